import { Alert, Button, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client.ts';
import { NewPasswordFields } from '../features/auth/password-fields.tsx';
import { useChangePasswordMutation, useSession } from '../features/auth/use-session.ts';
import { useErrorMessage } from '../ui/error-state.tsx';
import { PageTitle } from '../ui/page-title.tsx';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const change = useChangePasswordMutation();
  const errorMessage = useErrorMessage();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const fieldError = (field: string) => (change.error instanceof ApiError ? change.error.fieldError(field) : undefined);

  return (
    <Stack maw={480}>
      <PageTitle>{t('password.title')}</PageTitle>
      {user.mustChangePassword && (
        <Alert color="yellow" title={t('password.requiredTitle')}>
          {t('password.requiredBody')}
        </Alert>
      )}
      <Paper withBorder p="lg">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (next !== repeat) return;
            change.mutate([current, next], {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('password.changed') });
                navigate('/');
              },
            });
          }}
        >
          <Stack>
            {change.error && !fieldError('newPassword') && !fieldError('currentPassword') && (
              <Alert color="red" role="alert">
                {errorMessage(change.error)}
              </Alert>
            )}
            <PasswordInput
              label={t('password.current')}
              value={current}
              onChange={(event) => setCurrent(event.currentTarget.value)}
              error={fieldError('currentPassword')}
              autoComplete="current-password"
              required
            />
            <NewPasswordFields
              value={next}
              repeat={repeat}
              onChange={setNext}
              onRepeatChange={setRepeat}
              error={fieldError('newPassword')}
            />
            <Text size="sm" c="dimmed">
              {t('password.otherSessions')}
            </Text>
            <Button type="submit" loading={change.isPending} disabled={next !== repeat}>
              {t('password.save')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
