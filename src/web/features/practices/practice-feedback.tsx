import { Alert, Button, Group, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../ui/error-state.tsx';
import { IconThumbDown, IconThumbUp } from './icons.tsx';
import { useFeedbackMutation } from './use-practice-queries.ts';

/** "Did it help?" at the point of use; a comment flags the practice for improvement. */
export function PracticeFeedback({ practiceId }: { practiceId: string }) {
  const { t } = useTranslation('practices');
  const describe = useErrorMessage();
  const feedback = useFeedbackMutation();
  const [helpful, setHelpful] = useState<boolean | null>(null);
  const [comment, setComment] = useState('');

  if (feedback.isSuccess) {
    return (
      <Alert color="relacja" role="status" title={t('feedback.thanks')} className="no-print">
        {feedback.data.flagged ? t('feedback.flagged') : t('feedback.recorded')}
      </Alert>
    );
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="feedback-title" className="no-print">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (helpful !== null) feedback.mutate([practiceId, { helpful, comment: comment.trim() || undefined }]);
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="feedback-title">
            {t('feedback.title')}
          </Title>
          <Group gap="sm">
            <Button
              variant={helpful === true ? 'filled' : 'default'}
              leftSection={<IconThumbUp />}
              aria-pressed={helpful === true}
              onClick={() => setHelpful(true)}
            >
              {t('feedback.helpful')}
            </Button>
            <Button
              variant={helpful === false ? 'filled' : 'default'}
              color={helpful === false ? 'red.9' : undefined}
              leftSection={<IconThumbDown />}
              aria-pressed={helpful === false}
              onClick={() => setHelpful(false)}
            >
              {t('feedback.notHelpful')}
            </Button>
          </Group>
          {helpful !== null && (
            <>
              <Textarea
                label={t('feedback.comment')}
                description={t('feedback.commentHint')}
                value={comment}
                onChange={(event) => setComment(event.currentTarget.value)}
                maxLength={1000}
                autosize
                minRows={2}
                data-autofocus
              />
              {feedback.error && (
                <Alert color="red" role="alert">
                  {describe(feedback.error)}
                </Alert>
              )}
              <Group>
                <Button type="submit" loading={feedback.isPending}>
                  {t('feedback.send')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
