import { randomUUID } from 'node:crypto';
import autocannon, { type Result } from 'autocannon';
import type { BenchUser } from './session.ts';

const NEEDS = ['information', 'loan', 'account', 'fees', 'space', 'digital', 'events', 'complaint', 'accessibility', 'social', 'other'];
const CHANNELS = ['desk', 'desk', 'desk', 'phone', 'email', 'chat'];
const ATTITUDES = ['friendly', 'neutral', 'uncertain', 'negative'];
const OUTCOMES = ['resolved', 'resolved', 'referred', 'follow_up', 'unresolved'];
/** Recently sent ids, some still in flight, from which the deliberate duplicates are drawn. */
const RECENT_IDS = 200;

export interface LoadOptions {
  baseUrl: string;
  user: BenchUser;
  connections: number;
  durationSeconds: number;
  /** The share of requests that resend a client id already sent. */
  duplicateShare: number;
  /** Offered requests per second; without it the connections send as fast as they are answered. */
  rate?: number;
}

/** What was acknowledged: per client id, how many 201 and 200 answers came back. */
export interface Acknowledgements {
  created: Map<string, number>;
  repeated: Map<string, number>;
  sent: number;
  duplicatesSent: number;
  otherStatuses: Map<number, number>;
}

export interface LoadResult {
  result: Result;
  /** Every response's time in ms, for percentiles autocannon does not report (p95). */
  latencies: number[];
}

function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(Math.random() * items.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}

function contact(clientId: string, user: BenchUser) {
  const needs = [...new Set([pick(NEEDS), ...(Math.random() < 0.3 ? [pick(NEEDS)] : [])])];
  const practiceIds = Math.random() < 0.5 && user.practiceIds.length > 0 ? [pick(user.practiceIds)] : [];
  return {
    clientId,
    branchId: user.branchId,
    channel: pick(CHANNELS),
    needs,
    attitude: pick(ATTITUDES),
    effort: 1 + Math.floor(Math.random() * 6),
    outcome: pick(OUTCOMES),
    practiceIds,
    ...(Math.random() < 0.2 ? { note: 'Czytelnik wróci po rezerwację w przyszłym tygodniu.' } : {}),
  };
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function newAcknowledgements(): Acknowledgements {
  return { created: new Map(), repeated: new Map(), sent: 0, duplicatesSent: 0, otherStatuses: new Map() };
}

export function runLoad(options: LoadOptions, acks: Acknowledgements): Promise<LoadResult> {
  const recent: string[] = [];
  const latencies: number[] = [];
  const nextId = (): string => {
    if (recent.length > 0 && Math.random() < options.duplicateShare) {
      acks.duplicatesSent += 1;
      return pick(recent);
    }
    const id = randomUUID();
    recent.push(id);
    if (recent.length > RECENT_IDS) recent.shift();
    return id;
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: options.durationSeconds,
        timeout: 10,
        ...(options.rate ? { overallRate: options.rate } : {}),
        requests: [
          {
            method: 'POST',
            path: '/api/interactions',
            headers: {
              'content-type': 'application/json',
              cookie: options.user.session.cookie,
              'x-csrf-token': options.user.session.csrfToken,
            },
            setupRequest: (request, context) => {
              const clientId = nextId();
              context.clientId = clientId;
              acks.sent += 1;
              return { ...request, body: JSON.stringify(contact(clientId, options.user)) };
            },
            onResponse: (status, _body, context) => {
              const clientId = String(context.clientId);
              if (status === 201) bump(acks.created, clientId);
              else if (status === 200) bump(acks.repeated, clientId);
              else bump(acks.otherStatuses, status);
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve({ result, latencies })),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
