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

/** LISTEN needs a connection of its own for as long as the instance runs, so it is not taken from the pool. */
export function createPostgresBus(options: { db: Database; url: string; log: FastifyBaseLogger }): EventBus {
  const listeners = new Set<(message: BusMessage) => void>();
  let client: pg.Client | undefined;
  let closed = false;
  let delay = RECONNECT_MIN_MS;

  const deliver = (notification: pg.Notification) => {
    const message = parseMessage(notification.payload);
    if (!message) return options.log.warn('ignored a malformed staff event notification');
    for (const listener of listeners) listener(message);
  };

  const scheduleReconnect = () => {
    if (closed) return;
    setTimeout(() => void connect().catch(() => scheduleReconnect()), delay).unref();
    delay = Math.min(delay * 2, RECONNECT_MAX_MS);
  };

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: options.url });
    next.on('notification', deliver);
    next.on('error', (error) => {
      options.log.warn({ err: error }, 'staff event listener lost its connection; reconnecting');
      if (client === next) client = undefined;
      void next.end().catch(() => {});
      scheduleReconnect();
    });
    await next.connect();
    await next.query(`LISTEN ${EVENTS_CHANNEL}`);
    if (closed) {
      await next.end();
      return;
    }
    client = next;
    delay = RECONNECT_MIN_MS;
  }

  return {
    start: connect,
    publish: async (message) => {
      for (const recipients of chunks(message.recipients)) {
        await notifyChannel(options.db, EVENTS_CHANNEL, JSON.stringify({ recipients, event: message.event }));
      }
    },
    subscribe: (listener) => {
      listeners.add(listener);
    },
    close: async () => {
      closed = true;
      listeners.clear();
      await client?.end().catch(() => {});
      client = undefined;
    },
  };
}
