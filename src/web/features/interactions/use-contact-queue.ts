import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateInteractionInput } from '../../../shared/interactions.schema.ts';
import { ApiError } from '../../api/client.ts';
import { logContact } from './interactions.api.ts';
import {
  enqueue,
  flush,
  parseQueue,
  type QueuedContact,
  queueStorageKey,
  retryDelayMs,
  type Send,
  serializeQueue,
} from './offline-queue.ts';
import { INTERACTIONS_KEY } from './use-interaction-queries.ts';

const PERIODIC_RETRY_MS = 60_000;

const send: Send = async (input) => {
  try {
    await logContact(input);
    return { status: 201, message: '' };
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, message: error.problem?.detail ?? '' };
    return { status: 0, message: '' };
  }
};

function read(key: string): QueuedContact[] {
  return parseQueue(localStorage.getItem(key));
}

function write(key: string, queue: readonly QueuedContact[]): void {
  if (queue.length === 0) localStorage.removeItem(key);
  else localStorage.setItem(key, serializeQueue(queue));
}

/** What happened while a flush ran elsewhere (another tab, a new contact) is kept; what this flush settled goes. */
function merge(key: string, before: readonly QueuedContact[], after: readonly QueuedContact[]): QueuedContact[] {
  const left = new Map(after.map((item) => [item.input.clientId, item]));
  const settled = new Set(before.map((item) => item.input.clientId).filter((id) => !left.has(id)));
  return read(key)
    .filter((item) => !settled.has(item.input.clientId))
    .map((item) => left.get(item.input.clientId) ?? item);
}

function useNotices() {
  const { t } = useTranslation('interactions');
  const client = useQueryClient();
  return {
    sent: (count: number) => {
      void client.invalidateQueries({ queryKey: INTERACTIONS_KEY });
      notifications.show({
        color: 'relacja',
        message: t('queue.sent', { count }),
        withCloseButton: true,
        closeButtonProps: { 'aria-label': t('common:close') },
      });
    },
    rejected: (message: string) =>
      notifications.show({
        color: 'red',
        title: t('queue.rejectedTitle'),
        message: message || t('queue.rejected'),
        autoClose: false,
        closeButtonProps: { 'aria-label': t('common:close') },
      }),
  };
}

/** The browser's queue of contacts waiting for the network; sends on reconnect, on a timer and on request. */
export function useContactQueue(userId: string) {
  const key = queueStorageKey(userId);
  const [queue, setQueue] = useState<QueuedContact[]>(() => read(key));
  const flushing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const notices = useNotices();
  const noticesRef = useRef(notices);
  noticesRef.current = notices;

  const flushNow = useCallback(async () => {
    clearTimeout(timer.current);
    const before = read(key);
    if (flushing.current || before.length === 0) return;
    flushing.current = true;
    try {
      const result = await flush(before, send);
      const merged = merge(key, before, result.queue);
      write(key, merged);
      setQueue(merged);
      if (result.sent > 0) noticesRef.current.sent(result.sent);
      for (const refusal of result.rejected) noticesRef.current.rejected(refusal.message);
      if (result.stopped === 'retry' && merged[0]) timer.current = setTimeout(() => void flushNow(), retryDelayMs(merged[0].attempts));
    } finally {
      flushing.current = false;
    }
  }, [key]);

  const add = useCallback(
    (input: CreateInteractionInput) => {
      const next = enqueue(read(key), input, new Date());
      write(key, next);
      setQueue(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flushNow(), retryDelayMs(0));
    },
    [key, flushNow],
  );

  useEffect(() => {
    const onOnline = () => void flushNow();
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) setQueue(read(key));
    };
    window.addEventListener('online', onOnline);
    window.addEventListener('storage', onStorage);
    // A safety net besides the backoff timer: e.g. after a new sign-in, which answers no 'online' event.
    const periodic = setInterval(() => {
      if (navigator.onLine && read(key).length > 0) void flushNow();
    }, PERIODIC_RETRY_MS);
    setQueue(read(key));
    void flushNow();
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('storage', onStorage);
      clearInterval(periodic);
      clearTimeout(timer.current);
    };
  }, [key, flushNow]);

  return { pending: queue.length, add, flushNow };
}
