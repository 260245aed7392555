import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Practice } from '../../../shared/practices.schema.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
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
    <ConfirmDialog
      title={t('workflow.deleteDraft.title')}
      body={t('workflow.deleteDraft.body', { title: practice.title })}
      confirmLabel={t('workflow.deleteDraft.confirm')}
      cancelLabel={t('common:cancel')}
      danger
      focus="cancel"
      loading={remove.isPending}
      error={remove.error ? describe(remove.error) : undefined}
      onConfirm={() => remove.mutate([practice.id, practice.version])}
      onClose={onClose}
    />
  );
}
