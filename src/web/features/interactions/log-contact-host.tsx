import { useHotkeys } from '@mantine/hooks';
import { useEffect } from 'react';
import { useSession } from '../auth/use-session.ts';
import { LogContactDialog } from './log-contact-dialog.tsx';
import { logContactStore, useLogContactState } from './log-contact-context.tsx';
import { useContactQueue } from './use-contact-queue.ts';
import { useBranchOptionsQuery, useDefaultsQuery, usePracticeOptionsQuery } from './use-interaction-queries.ts';

/** Mounted once in the app shell: the dialog, its shortcuts and the queue of contacts waiting for the network. */
export function LogContactHost() {
  const { user } = useSession();
  const { request } = useLogContactState();
  const { pending, add, flushNow } = useContactQueue(user.id);
  // Kept observed here so the dialog has its choices even after the network drops.
  useDefaultsQuery();
  useBranchOptionsQuery();
  usePracticeOptionsQuery();
  useHotkeys([
    ['alt+l', logContactStore.openIfClosed],
    ['l', logContactStore.openIfClosed],
  ]);
  useEffect(() => logContactStore.setPending(pending), [pending]);
  useEffect(() => logContactStore.setSender(() => void flushNow()), [flushNow]);
  if (!request) return null;
  return <LogContactDialog key={request.clientId} request={request} onClose={logContactStore.close} enqueue={add} />;
}
