import { randomUUID } from 'node:crypto';
import type { BenchUser } from './session.ts';

const NEEDS = ['information', 'loan', 'account', 'fees', 'space', 'digital', 'events', 'complaint', 'accessibility', 'social', 'other'];
const CHANNELS = ['desk', 'desk', 'desk', 'phone', 'email', 'chat'];
const ATTITUDES = ['friendly', 'neutral', 'uncertain', 'negative'];
const OUTCOMES = ['resolved', 'resolved', 'referred', 'follow_up', 'unresolved'];
/** Recently sent ids, some still in flight, from which the deliberate duplicates are drawn. */
const RECENT_IDS = 200;

/** What was acknowledged: per client id, how many 201 and 200 answers came back. */
export interface Acknowledgements {
  created: Map<string, number>;
  repeated: Map<string, number>;
  sent: number;
  duplicatesSent: number;
  otherStatuses: Map<number, number>;
}

export function newAcknowledgements(): Acknowledgements {
  return { created: new Map(), repeated: new Map(), sent: 0, duplicatesSent: 0, otherStatuses: new Map() };
}

function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(Math.random() * items.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** A realistic contact: one or two needs, a practice half of the time, a short note now and then. */
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

/** Bodies to send, each with a new client id except a share that repeats a recent one; answers are tallied. */
export function contactSource(user: BenchUser, duplicateShare: number, acks: Acknowledgements) {
  const recent: string[] = [];
  const nextId = (): string => {
    if (recent.length > 0 && Math.random() < duplicateShare) {
      acks.duplicatesSent += 1;
      return pick(recent);
    }
    const id = randomUUID();
    recent.push(id);
    if (recent.length > RECENT_IDS) recent.shift();
    return id;
  };
  return {
    next: (): { clientId: string; body: string } => {
      const clientId = nextId();
      acks.sent += 1;
      return { clientId, body: JSON.stringify(contact(clientId, user)) };
    },
    answered: (clientId: string, status: number): void => {
      if (status === 201) bump(acks.created, clientId);
      else if (status === 200) bump(acks.repeated, clientId);
      else bump(acks.otherStatuses, status);
    },
  };
}

export function headersFor(user: BenchUser): Record<string, string> {
  return { 'content-type': 'application/json', cookie: user.session.cookie, 'x-csrf-token': user.session.csrfToken };
}
