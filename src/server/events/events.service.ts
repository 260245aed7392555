import type { FastifyBaseLogger } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { STAFF_EVENT_NAME, type StaffEvent } from '../../shared/events.schema.ts';
import type { Actor } from '../auth/actor.ts';
import type { Database } from '../db/database.ts';
import type { Config } from '../config.ts';
import { type BusMessage, createInProcessBus, type EventBus } from './event-bus.ts';
import {
  deleteInstancePresence,
  deletePresence,
  deleteStalePresence,
  insertPresence,
  listeningUserIds,
  touchPresence,
  usesPostgres,
} from './events.repository.ts';
import { createPostgresBus } from './postgres-bus.ts';
import { formatEvent, HEARTBEAT, type StreamSink } from './sse.ts';

export const HEARTBEAT_MS = 25_000;
/** A stream counts as listening while its instance touched it within this window (two missed heartbeats and a half). */
const LISTENING_WINDOW_MS = HEARTBEAT_MS * 2.5;
const STALE_AFTER_MS = HEARTBEAT_MS * 10;
/** Tells the browser how soon to reconnect after the stream ends. */
const RETRY_MS = 3000;

/** What other features use: reach the colleagues of a branch who have Relacja open. */
export interface StaffEvents {
  /** Sends the event to every listening colleague of the branch but one; resolves to how many people it reached. */
  notifyBranch(branchId: string, exceptUserId: string, event: StaffEvent): Promise<number>;
}

export interface EventStreams extends StaffEvents {
  /** Holds the stream open for the actor until the client leaves, the lifetime passes or the app closes. */
  attach(actor: Actor, sink: StreamSink): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

interface Connection {
  userId: string;
  sink: StreamSink;
  expiry: NodeJS.Timeout;
}

export interface EventStreamOptions {
  db: Database;
  bus: EventBus;
  log: FastifyBaseLogger;
  /** A stream never outlives its session's idle window; the browser reconnects through the session check. */
  maxLifetimeMs: number;
}

/** SQLite runs one process; PostgreSQL may run several instances, which hear each other through LISTEN/NOTIFY. */
export function busFor(db: Database, config: Config, log: FastifyBaseLogger): EventBus {
  if (!usesPostgres(db)) return createInProcessBus();
  if (config.databaseUrl) return createPostgresBus({ db, url: config.databaseUrl, log });
  log.warn('PostgreSQL without DATABASE_URL: staff events reach only the streams of this instance');
  return createInProcessBus();
}

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

export function createEventStreams({ db, bus, log, maxLifetimeMs }: EventStreamOptions): EventStreams {
  const instanceId = uuidv7();
  const connections = new Map<string, Connection>();
  let heartbeat: NodeJS.Timeout | undefined;

  const deliver = (message: BusMessage) => {
    const wanted = new Set(message.recipients);
    for (const connection of connections.values()) {
      if (wanted.has(connection.userId)) connection.sink.write(formatEvent(STAFF_EVENT_NAME, message.event, message.event.id));
    }
  };

  const beat = async () => {
    for (const connection of connections.values()) connection.sink.write(HEARTBEAT);
    await touchPresence(db, instanceId, new Date().toISOString());
    await deleteStalePresence(db, ago(STALE_AFTER_MS));
  };

  const detach = async (connectionId: string) => {
    const connection = connections.get(connectionId);
    if (!connection) return;
    connections.delete(connectionId);
    clearTimeout(connection.expiry);
    await deletePresence(db, connectionId).catch((error: unknown) => log.warn({ err: error }, 'could not remove event presence'));
  };

  return {
    async attach(actor, sink) {
      const connectionId = uuidv7();
      const expiry = setTimeout(() => sink.end(), maxLifetimeMs);
      expiry.unref();
      connections.set(connectionId, { userId: actor.id, sink, expiry });
      sink.onClose(() => void detach(connectionId));
      try {
        await insertPresence(db, { connectionId, userId: actor.id, branchIds: actor.branchIds, instanceId }, new Date().toISOString());
      } catch (error) {
        log.error({ err: error }, 'could not open an event stream');
        return sink.end();
      }
      if (!connections.has(connectionId)) return deletePresence(db, connectionId);
      sink.write(`retry: ${RETRY_MS}\n\n`);
      sink.write(formatEvent('ready', { connectionId }));
    },
    async notifyBranch(branchId, exceptUserId, event) {
      const recipients = await listeningUserIds(db, branchId, exceptUserId, ago(LISTENING_WINDOW_MS));
      if (recipients.length > 0) await bus.publish({ recipients, event });
      return recipients.length;
    },
    async start() {
      bus.subscribe(deliver);
      await bus.start();
      heartbeat = setInterval(
        () => void beat().catch((error: unknown) => log.warn({ err: error }, 'event heartbeat failed')),
        HEARTBEAT_MS,
      );
      heartbeat.unref();
    },
    async stop() {
      clearInterval(heartbeat);
      for (const [id, connection] of connections) {
        connection.sink.end();
        await detach(id);
      }
      await deleteInstancePresence(db, instanceId).catch(() => {});
      await bus.close();
    },
  };
}
