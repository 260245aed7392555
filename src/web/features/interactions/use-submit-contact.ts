import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Interaction } from '../../../shared/interactions.schema.ts';
import { ApiError } from '../../api/client.ts';
import { type ContactFormValues, toCreateInput, toUpdateInput } from './contact-form-model.ts';
import { correctContact, logContact } from './interactions.api.ts';
import { shouldQueue } from './offline-queue.ts';
import { INTERACTIONS_KEY, useSaveDefaultsMutation } from './use-interaction-queries.ts';

export type SubmitResult = 'saved' | 'queued';

interface SubmitOptions {
  clientId: string;
  editing: Interaction | undefined;
  enqueue: (input: ReturnType<typeof toCreateInput>) => void;
}

/**
 * Saves a new contact, or queues it in the browser when the server cannot be reached (offline, or an
 * answer that says "later"); a correction is sent directly. Form errors (4xx) stay in the dialog.
 */
export function useSubmitContact({ clientId, editing, enqueue }: SubmitOptions) {
  const { t } = useTranslation('interactions');
  const client = useQueryClient();
  const saveDefaults = useSaveDefaultsMutation();
  const notify = (message: string) =>
    notifications.show({ color: 'relacja', message, withCloseButton: true, closeButtonProps: { 'aria-label': t('common:close') } });

  return useMutation({
    // Offline is exactly when this must run (and queue), not pause as mutations do by default.
    networkMode: 'always',
    mutationFn: async (values: ContactFormValues): Promise<SubmitResult> => {
      if (values.rememberDefaults && values.branchId) saveDefaults.mutate({ branchId: values.branchId, channel: values.channel });
      if (editing) {
        await correctContact(editing.id, toUpdateInput(values));
        return 'saved';
      }
      const input = toCreateInput(values, clientId);
      if (!navigator.onLine) {
        enqueue(input);
        return 'queued';
      }
      try {
        await logContact(input);
        return 'saved';
      } catch (error) {
        if (!(error instanceof ApiError) || !shouldQueue(error.status, navigator.onLine)) throw error;
        enqueue(input);
        return 'queued';
      }
    },
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: INTERACTIONS_KEY });
      notify(result === 'queued' ? t('dialog.queued') : t(editing ? 'dialog.updated' : 'dialog.saved'));
    },
  });
}
