import { Alert, Button, Group, Kbd, Stack, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Practice, PracticeContent } from '../../../shared/practices.schema.ts';
import { ApiError } from '../../api/client.ts';
import { useErrorMessage } from '../../ui/error-state.tsx';
import { useFormat } from '../../ui/format.ts';
import { useSession } from '../auth/use-session.ts';
import { ConflictPanel } from './conflict-panel.tsx';
import { EditorFields } from './editor-fields.tsx';
import {
  changedFields,
  cleaned,
  contentOf,
  type EditorMode,
  type EditorState,
  isDirty,
  newState,
  rebase,
  stateFrom,
} from './editor-model.ts';
import { draftKey, readDraft, removeDraft, useDraftAutosave } from './use-draft-autosave.ts';
import { useEditorSave } from './use-editor-save.ts';

interface PracticeEditorProps {
  mode: EditorMode;
  practice?: Practice;
  /** The user's own pending proposal, to continue from. */
  proposal?: PracticeContent;
  /** What a new practice starts with, e.g. the words of a search that found nothing. */
  prefill?: Partial<PracticeContent>;
}

function useFieldErrors(error: unknown) {
  return (field: string): string | undefined => {
    if (!(error instanceof ApiError)) return undefined;
    return error.problem?.errors?.find((item) => item.field === field)?.message;
  };
}

function withPrefill(state: EditorState, prefill: Partial<PracticeContent> | undefined): EditorState {
  return prefill ? { ...state, content: { ...state.content, ...prefill } } : state;
}

function RestoredNotice({ savedAt, outdated, onDiscard }: { savedAt: string; outdated: boolean; onDiscard: () => void }) {
  const { t } = useTranslation('practices');
  const format = useFormat();
  return (
    <Alert color="blue" title={t('editor.restored.title')} role="status">
      <Stack gap="xs">
        <Text size="sm">{t('editor.restored.body', { date: format.dateTime(savedAt) })}</Text>
        {outdated && <Text size="sm">{t('editor.restored.outdated')}</Text>}
        <Group>
          <Button size="compact-sm" variant="light" onClick={onDiscard}>
            {t('editor.restored.discard')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** Create, edit or propose: every field, autosaved in the browser, safe against concurrent edits. */
export function PracticeEditor({ mode, practice, proposal, prefill }: PracticeEditorProps) {
  const { t } = useTranslation('practices');
  const describe = useErrorMessage();
  const { user } = useSession();
  const key = draftKey(user.id, practice?.id ?? null);
  const initial = useMemo(
    () => (practice && mode !== 'create' ? stateFrom(practice, mode, proposal) : withPrefill(newState(user.locale, null), prefill)),
    [practice, mode, proposal, user.locale, prefill],
  );
  const [stored] = useState(() => readDraft(key, mode));
  const [state, setState] = useState<EditorState>(() => stored?.state ?? initial);
  const [restoredAt, setRestoredAt] = useState(stored && isDirty(stored.state, initial) ? stored.savedAt : null);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const { discard } = useDraftAutosave(key, state, isDirty(state, initial));
  const { save, saving, error, conflict, clearConflict } = useEditorSave(practice?.id ?? null, discard);
  const fieldError = useFieldErrors(error);

  const setField = <K extends keyof PracticeContent>(field: K, value: PracticeContent[K]) =>
    setState((s) => ({ ...s, content: { ...s.content, [field]: value } }));

  useHotkeys([['mod+S', () => form.current?.requestSubmit(), { preventDefault: true }]], []);

  const submit = (target: EditorState) => {
    setNotice(null);
    if (target.mode === 'propose' && changedFields(target.original, cleaned(target.content)).length === 0) {
      setNotice(t('editor.nothingToPropose'));
      return;
    }
    save(target);
  };

  return (
    <form
      ref={form}
      onSubmit={(event) => {
        event.preventDefault();
        submit(state);
      }}
    >
      <Stack gap="lg">
        {restoredAt && (
          <RestoredNotice
            savedAt={restoredAt}
            outdated={practice !== undefined && state.baseVersion !== null && state.baseVersion !== practice.version}
            onDiscard={() => {
              removeDraft(key);
              setState(initial);
              setRestoredAt(null);
            }}
          />
        )}
        {mode === 'edit' && practice?.status === 'published' && <Alert color="yellow">{t('editor.publishedEdit')}</Alert>}
        {mode === 'propose' && <Alert color="blue">{t('editor.proposeInfo')}</Alert>}
        {conflict && (
          <ConflictPanel
            state={state}
            current={conflict}
            saving={saving}
            onTakeServer={(field) => setField(field, contentOf(conflict)[field])}
            onSaveOnTop={() => {
              const next = rebase(state, conflict);
              setState(next);
              clearConflict();
              submit(next);
            }}
          />
        )}
        <EditorFields
          state={state}
          onField={setField}
          onState={(changes) => setState((s) => ({ ...s, ...changes }))}
          fieldError={fieldError}
        />
        <TextInput
          label={t('editor.comment')}
          description={t('editor.hints.comment')}
          value={state.comment}
          onChange={(event) => {
            const comment = event.currentTarget.value;
            setState((s) => ({ ...s, comment }));
          }}
          maxLength={2000}
        />
        {(notice || error) && (
          <Alert color="red" role="alert">
            {notice ?? describe(error)}
          </Alert>
        )}
        <Group className="editor-actions">
          <Button
            type="submit"
            loading={saving}
            aria-keyshortcuts="Control+S"
            rightSection={
              <Kbd size="xs" aria-hidden="true" visibleFrom="sm">
                Ctrl+S
              </Kbd>
            }
          >
            {t(`editor.submit.${mode}`)}
          </Button>
          <Button variant="default" component={Link} to={practice ? `/practices/${practice.slug}` : '/practices'}>
            {t('common:cancel')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('editor.autosaveNote')}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
