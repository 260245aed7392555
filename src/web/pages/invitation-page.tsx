import { Alert, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { NewPasswordFields } from '../features/auth/password-fields.tsx';
import { useAcceptInvitationMutation } from '../features/auth/use-session.ts';
import { useErrorMessage } from '../ui/error-state.tsx';

export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const accept = useAcceptInvitationMutation();
  const errorMessage = useErrorMessage();
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const fieldError = accept.error instanceof ApiError ? accept.error.fieldError('newPassword') : undefined;

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={460} maw="100%">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (next === repeat) accept.mutate([token, next], { onSuccess: () => navigate('/') });
          }}
        >
          <Stack>
            <Title order={1} size="h2">
              {t('invitation.title')}
            </Title>
            <Text>{t('invitation.body')}</Text>
            {accept.error && !fieldError && (
              <Alert color="red" role="alert">
                {errorMessage(accept.error)}
              </Alert>
            )}
            <NewPasswordFields value={next} repeat={repeat} onChange={setNext} onRepeatChange={setRepeat} error={fieldError} />
            <Button type="submit" loading={accept.isPending} disabled={next !== repeat}>
              {t('invitation.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
