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

/** What one app instance holds: its open streams, and how to reach the database and the other instances. */
interface Hub extends EventStreamOptions {
  instanceId: string;
  connections: Map<string, Connection>;
  heartbeat?: NodeJS.Timeout;
}

function deliver(hub: Hub, message: BusMessage): void {
  const wanted = new Set(message.recipients);
  for (const connection of hub.connections.values()) {
    if (wanted.has(connection.userId)) connection.sink.write(formatEvent(STAFF_EVENT_NAME, message.event, message.event.id));
  }
}

async function beat(hub: Hub): Promise<void> {
  for (const connection of hub.connections.values()) connection.sink.write(HEARTBEAT);
  await touchPresence(hub.db, hub.instanceId, new Date().toISOString());
  await deleteStalePresence(hub.db, ago(STALE_AFTER_MS));
}

async function detach(hub: Hub, connectionId: string): Promise<void> {
  const connection = hub.connections.get(connectionId);
  if (!connection) return;
  hub.connections.delete(connectionId);
  clearTimeout(connection.expiry);
  await deletePresence(hub.db, connectionId).catch((error: unknown) => hub.log.warn({ err: error }, 'could not remove event presence'));
}

async function attach(hub: Hub, actor: Actor, sink: StreamSink): Promise<void> {
  const connectionId = uuidv7();
  const expiry = setTimeout(() => sink.end(), hub.maxLifetimeMs);
  expiry.unref();
  hub.connections.set(connectionId, { userId: actor.id, sink, expiry });
  sink.onClose(() => void detach(hub, connectionId));
  const entry = { connectionId, userId: actor.id, branchIds: actor.branchIds, instanceId: hub.instanceId };
  try {
    await insertPresence(hub.db, entry, new Date().toISOString());
  } catch (error) {
    hub.log.error({ err: error }, 'could not open an event stream');
    return sink.end();
  }
  // The browser may have left while the presence was being written.
  if (!hub.connections.has(connectionId)) return deletePresence(hub.db, connectionId);
  sink.write(`retry: ${RETRY_MS}\n\n`);
  sink.write(formatEvent('ready', { connectionId }));
}

async function notifyBranch(hub: Hub, branchId: string, exceptUserId: string, event: StaffEvent): Promise<number> {
  const recipients = await listeningUserIds(hub.db, branchId, exceptUserId, ago(LISTENING_WINDOW_MS));
  if (recipients.length > 0) await hub.bus.publish({ recipients, event });
  return recipients.length;
}

async function start(hub: Hub): Promise<void> {
  hub.bus.subscribe((message) => deliver(hub, message));
  await hub.bus.start();
  const tick = () => void beat(hub).catch((error: unknown) => hub.log.warn({ err: error }, 'event heartbeat failed'));
  hub.heartbeat = setInterval(tick, HEARTBEAT_MS);
  hub.heartbeat.unref();
}

async function stop(hub: Hub): Promise<void> {
  clearInterval(hub.heartbeat);
  for (const [id, connection] of hub.connections) {
    connection.sink.end();
    await detach(hub, id);
  }
  await deleteInstancePresence(hub.db, hub.instanceId).catch(() => {});
  await hub.bus.close();
}

export function createEventStreams(options: EventStreamOptions): EventStreams {
  const hub: Hub = { ...options, instanceId: uuidv7(), connections: new Map() };
  return {
    attach: (actor, sink) => attach(hub, actor, sink),
    notifyBranch: (branchId, exceptUserId, event) => notifyBranch(hub, branchId, exceptUserId, event),
    start: () => start(hub),
    stop: () => stop(hub),
  };
}
