import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Practice } from '../../../shared/practices.schema.ts';
import { useErrorMessage } from '../../ui/error-state.tsx';
import { useSession } from '../auth/use-session.ts';
import { draftKey, removeDraft } from './use-draft-autosave.ts';
import { useDeleteDraftMutation } from './use-practice-queries.ts';

/** Discarding a never-published draft: asked once, final, and the browser's unsaved copy goes with it. */
export function DeleteDraftDialog({ practice, onClose }: { practice: Pick<Practice, 'id' | 'title' | 'version'>; onClose: () => void }) {
  const { t } = useTranslation('practices');
  const describe = useErrorMessage();
  const navigate = useNavigate();
  const { user } = useSession();
  const remove = useDeleteDraftMutation(() => {
    removeDraft(draftKey(user.id, practice.id));
    notifications.show({ color: 'relacja', message: t('workflow.deleteDraft.done') });
    navigate('/practices/mine');
  });
  return (
    <Modal opened onClose={onClose} title={t('workflow.deleteDraft.title')}>
      <Stack>
        <Text>{t('workflow.deleteDraft.body', { title: practice.title })}</Text>
        {remove.error && (
          <Alert color="red" role="alert">
            {describe(remove.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common:cancel')}
          </Button>
          <Button color="red.9" loading={remove.isPending} onClick={() => remove.mutate([practice.id, practice.version])}>
            {t('workflow.deleteDraft.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
