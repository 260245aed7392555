import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Practice } from '../../../shared/practices.schema.ts';
import { ApiError } from '../../api/client.ts';
import { type EditorState, toCreateInput, toProposeInput, toUpdateInput } from './editor-model.ts';
import {
  useCreatePracticeMutation,
  useFetchCurrentPractice,
  useProposeChangeMutation,
  useUpdatePracticeMutation,
} from './use-practice-queries.ts';

export const isEditConflict = (error: unknown): boolean => error instanceof ApiError && error.problem?.code === 'edit_conflict';

/**
 * Saves the editor's text the way its mode demands. An edit conflict does not lose anything: it loads the practice
 * as the server has it now, for the editor to show what changed.
 */
export function useEditorSave(practiceId: string | null, onSaved: () => void) {
  const { t } = useTranslation('practices');
  const navigate = useNavigate();
  const create = useCreatePracticeMutation();
  const update = useUpdatePracticeMutation();
  const propose = useProposeChangeMutation();
  const fetchCurrent = useFetchCurrentPractice();
  const [conflict, setConflict] = useState<Practice | null>(null);

  const callbacksFor = (mode: EditorState['mode']) => ({
    onSuccess: (saved: Practice) => {
      onSaved();
      setConflict(null);
      const message = mode === 'edit' && saved.status === 'published' ? 'editPublished' : mode;
      notifications.show({ color: 'relacja', message: t(`editor.saved.${message}`) });
      navigate(`/practices/${saved.slug}`);
    },
    onError: (error: Error) => {
      if (isEditConflict(error) && practiceId) void fetchCurrent(practiceId).then(setConflict);
    },
  });

  const save = (state: EditorState) => {
    const callbacks = callbacksFor(state.mode);
    if (state.mode === 'create') create.mutate([toCreateInput(state)], callbacks);
    else if (!practiceId) return;
    else if (state.mode === 'edit') update.mutate([practiceId, toUpdateInput(state)], callbacks);
    else propose.mutate([practiceId, toProposeInput(state)], callbacks);
  };

  const error = create.error ?? update.error ?? propose.error;
  return {
    save,
    saving: create.isPending || update.isPending || propose.isPending,
    error: isEditConflict(error) ? null : error,
    conflict,
    clearConflict: () => setConflict(null),
  };
}
