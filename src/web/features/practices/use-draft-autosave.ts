import { useCallback, useEffect, useRef } from 'react';
import { type EditorMode, type EditorState, type StoredDraft, StoredDraftSchema } from './editor-model.ts';

const PREFIX = 'relacja.practice-draft';

/** Per user, so a shared desk computer never offers one person's unsaved text to another. */
export function draftKey(userId: string, practiceId: string | null): string {
  return `${PREFIX}.${userId}.${practiceId ?? 'new'}`;
}

export function readDraft(key: string, mode: EditorMode): StoredDraft | null {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return null;
    const parsed = StoredDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.state.mode === mode ? parsed.data : null;
  } catch {
    return null;
  }
}

function writeDraft(key: string, state: EditorState): void {
  try {
    const draft: StoredDraft = { savedAt: new Date().toISOString(), state };
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // A full or disabled storage only loses the safety copy; the editor itself keeps working.
  }
}

export function removeDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored then, nothing to remove.
  }
}

/**
 * Keeps a copy of unsaved text in the browser after every change (writing a few kilobytes is cheaper than any
 * timer that could miss the last keystrokes before a tab is closed); `discard` removes it after a successful save.
 */
export function useDraftAutosave(key: string, state: EditorState, dirty: boolean) {
  const stopped = useRef(false);
  useEffect(() => {
    if (stopped.current) return;
    if (dirty) writeDraft(key, state);
    else removeDraft(key);
  }, [key, state, dirty]);

  const discard = useCallback(() => {
    stopped.current = true;
    removeDraft(key);
  }, [key]);
  return { discard };
}
