import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Practice, RevisionSummary } from '../../../shared/practices.schema.ts';
import { useErrorMessage } from '../../ui/error-state.tsx';
import { useRestoreRevisionMutation } from './use-practice-queries.ts';

/** An older text becomes current again, as a new revision; nothing in the history is lost. */
export function RestoreDialog({ practice, revision, onClose }: { practice: Practice; revision: RevisionSummary; onClose: () => void }) {
  const { t } = useTranslation('practices');
  const describe = useErrorMessage();
  const restore = useRestoreRevisionMutation();
  const [comment, setComment] = useState(t('history.restoreDefault', { number: revision.number }));
  return (
    <Modal opened onClose={onClose} title={t('history.restoreTitle', { number: revision.number })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          restore.mutate([practice.id, revision.id, practice.version, comment.trim()], { onSuccess: onClose });
        }}
      >
        <Stack>
          <Text>{t(practice.status === 'published' ? 'history.restoreBodyPublished' : 'history.restoreBody')}</Text>
          <Textarea
            label={t('workflow.comment')}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            maxLength={2000}
            autosize
            data-autofocus
          />
          {restore.error && (
            <Alert color="red" role="alert">
              {describe(restore.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={restore.isPending}>
              {t('history.restoreConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
