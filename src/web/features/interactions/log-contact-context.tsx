import { useSyncExternalStore } from 'react';
import { v7 as uuidv7 } from 'uuid';
import type { Interaction } from '../../../shared/interactions.schema.ts';
import type { ContactPrefill } from './contact-form-model.ts';

export type LogContactPrefill = ContactPrefill & { practices?: { id: string; title: string }[] };

export interface DialogRequest {
  /** A fresh id per opening: saving twice, or again from the queue, stores one contact. */
  clientId: string;
  prefill?: LogContactPrefill;
  editing?: Interaction;
}

interface State {
  request: DialogRequest | undefined;
  pending: number;
}

/**
 * One dialog and one queue for the whole signed-in app. A tiny store rather than a context, so any
 * screen can open the dialog while the shell only mounts the host (log-contact-host.tsx).
 */
let state: State = { request: undefined, pending: 0 };
let sendPending: () => void = () => {};
const listeners = new Set<() => void>();

function update(next: Partial<State>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const logContactStore = {
  open: (prefill?: LogContactPrefill) => update({ request: { clientId: uuidv7(), ...(prefill ? { prefill } : {}) } }),
  /** For keyboard shortcuts: pressing again while the dialog is open keeps what was typed. */
  openIfClosed: () => {
    if (!state.request) update({ request: { clientId: uuidv7() } });
  },
  edit: (entry: Interaction) => update({ request: { clientId: entry.clientId, editing: entry } }),
  close: () => update({ request: undefined }),
  setPending: (pending: number) => {
    if (pending !== state.pending) update({ pending });
  },
  setSender: (send: () => void) => {
    sendPending = send;
  },
};

export function useLogContactState(): State {
  return useSyncExternalStore(subscribe, () => state);
}

/** For any screen: open the dialog (pre-filled by a practice page or the desk assistant), correct an entry, see the queue. */
export function useLogContact() {
  const { pending } = useLogContactState();
  return { open: logContactStore.open, edit: logContactStore.edit, pending, sendPending: () => sendPending() };
}
