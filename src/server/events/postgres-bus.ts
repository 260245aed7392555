import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import { StaffEventSchema } from '../../shared/events.schema.ts';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import type { BusMessage, EventBus } from './event-bus.ts';
import { notifyChannel } from './events.repository.ts';

export const EVENTS_CHANNEL = 'relacja_staff_events';
/** NOTIFY carries at most 8000 bytes; recipients are split so each message stays well below. */
const RECIPIENTS_PER_MESSAGE = 100;
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

const BusMessageSchema = z.object({ recipients: z.array(z.string()), event: StaffEventSchema });

function parseMessage(payload: string | undefined): BusMessage | undefined {
  if (!payload) return undefined;
  try {
    const parsed = BusMessageSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function chunks(recipients: readonly string[]): string[][] {
  const result: string[][] = [];
  for (let i = 0; i < recipients.length; i += RECIPIENTS_PER_MESSAGE) result.push(recipients.slice(i, i + RECIPIENTS_PER_MESSAGE));
  return result;
}

interface Listener {
  options: { db: Database; url: string; log: FastifyBaseLogger };
  listeners: Set<(message: BusMessage) => void>;
  client?: pg.Client;
  closed: boolean;
  reconnecting: boolean;
  delay: number;
}

function deliver(state: Listener, notification: pg.Notification): void {
  const message = parseMessage(notification.payload);
  if (!message) {
    state.options.log.warn('ignored a malformed staff event notification');
    return;
  }
  for (const listener of state.listeners) listener(message);
}

/** One reconnection at a time, backing off up to half a minute while the database is away. */
function scheduleReconnect(state: Listener): void {
  if (state.closed || state.reconnecting) return;
  state.reconnecting = true;
  const retry = () => {
    state.reconnecting = false;
    connect(state).catch(() => scheduleReconnect(state));
  };
  setTimeout(retry, state.delay).unref();
  state.delay = Math.min(state.delay * 2, RECONNECT_MAX_MS);
}

async function connect(state: Listener): Promise<void> {
  const next = new pg.Client({ connectionString: state.options.url });
  next.on('notification', (notification) => deliver(state, notification));
  next.on('error', (error) => {
    state.options.log.warn({ err: error }, 'staff event listener lost its connection; reconnecting');
    if (state.client === next) state.client = undefined;
    void next.end().catch(() => {});
    scheduleReconnect(state);
  });
  await next.connect();
  await next.query(`LISTEN ${EVENTS_CHANNEL}`);
  if (state.closed) {
    await next.end();
    return;
  }
  state.client = next;
  state.delay = RECONNECT_MIN_MS;
}

/** LISTEN needs a connection of its own for as long as the instance runs, so it is not taken from the pool. */
export function createPostgresBus(options: { db: Database; url: string; log: FastifyBaseLogger }): EventBus {
  const state: Listener = { options, listeners: new Set(), closed: false, reconnecting: false, delay: RECONNECT_MIN_MS };
  return {
    start: () => connect(state),
    publish: async (message) => {
      for (const recipients of chunks(message.recipients)) {
        await notifyChannel(options.db, EVENTS_CHANNEL, JSON.stringify({ recipients, event: message.event }));
      }
    },
    subscribe: (listener) => {
      state.listeners.add(listener);
    },
    close: async () => {
      state.closed = true;
      state.listeners.clear();
      await state.client?.end().catch(() => {});
      state.client = undefined;
    },
  };
}
