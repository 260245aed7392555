import { describe, expect, it } from 'vitest';
import type { CreateInteractionInput } from '../../../shared/interactions.schema.ts';
import {
  enqueue,
  flush,
  parseQueue,
  type QueuedContact,
  queueStorageKey,
  retryDelayMs,
  serializeQueue,
  shouldQueue,
  verdictFor,
} from './offline-queue.ts';

const BRANCH = '0190a0b4-0000-7000-8000-000000000001';
let counter = 0;

function contact(overrides: Partial<CreateInteractionInput> = {}): CreateInteractionInput {
  counter += 1;
  return {
    clientId: `0190a0b4-0000-7000-8000-${String(counter).padStart(12, '0')}`,
    branchId: BRANCH,
    channel: 'desk',
    needs: ['loan'],
    attitude: 'neutral',
    effort: 1,
    outcome: 'resolved',
    practiceIds: [],
    returnSuggestions: [],
    note: null,
    ...overrides,
  };
}

const now = new Date('2026-11-29T10:00:00.000Z');

describe('offline contact queue', () => {
  it('keeps one entry per client id, in the order queued', () => {
    const first = contact();
    const second = contact({ channel: 'phone' });
    let queue = enqueue([], first, now);
    queue = enqueue(queue, second, now);
    queue = enqueue(queue, first, now);
    expect(queue.map((item) => item.input.clientId)).toEqual([first.clientId, second.clientId]);
    expect(queue[0]).toEqual({ input: first, queuedAt: now.toISOString(), attempts: 0 });
  });

  it('survives a round trip through storage, and drops damaged entries and damaged text', () => {
    const good = contact({ occurredAt: '2026-11-29T09:30:00.000Z', note: 'Oddzwonić' });
    const stored = serializeQueue(enqueue([], good, now));
    expect(parseQueue(stored)).toEqual([{ input: good, queuedAt: now.toISOString(), attempts: 0 }]);
    const damaged = JSON.stringify([JSON.parse(stored)[0], { input: { clientId: 'x' }, queuedAt: 'x', attempts: 0 }, 'nonsense']);
    expect(parseQueue(damaged).map((item) => item.input.clientId)).toEqual([good.clientId]);
    expect(parseQueue('{not json')).toEqual([]);
    expect(parseQueue('{"a":1}')).toEqual([]);
    expect(parseQueue(null)).toEqual([]);
  });

  it('stores each user in a separate key, so a colleague on the same computer never sends them', () => {
    expect(queueStorageKey('a')).not.toBe(queueStorageKey('b'));
  });

  it.each([
    [201, 'sent'],
    [200, 'sent'],
    [0, 'retry'],
    [408, 'retry'],
    [429, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
    [401, 'signed-out'],
    [400, 'rejected'],
    [403, 'rejected'],
    [409, 'rejected'],
  ] as const)('reads status %i as %s', (status, verdict) => {
    expect(verdictFor(status)).toBe(verdict);
  });

  it('sends oldest first, drops what was sent or refused for good, and reports the refusals', async () => {
    const [a, b, c] = [contact(), contact(), contact()];
    let queue: QueuedContact[] = [];
    for (const input of [a, b, c]) queue = enqueue(queue, input, now);
    const sentOrder: string[] = [];
    const statuses = new Map([
      [a.clientId, 201],
      [b.clientId, 400],
      [c.clientId, 200],
    ]);
    const result = await flush(queue, async (input) => {
      sentOrder.push(input.clientId);
      return { status: statuses.get(input.clientId) ?? 500, message: 'Za stary kontakt' };
    });
    expect(sentOrder).toEqual([a.clientId, b.clientId, c.clientId]);
    expect(result).toEqual({ queue: [], sent: 2, rejected: [{ input: b, status: 400, message: 'Za stary kontakt' }] });
  });

  it('stops at the first contact that has to wait, counting the attempt, and keeps the rest in order', async () => {
    const [a, b, c] = [contact(), contact(), contact()];
    let queue: QueuedContact[] = [];
    for (const input of [a, b, c]) queue = enqueue(queue, input, now);
    const sent: string[] = [];
    const result = await flush(queue, async (input) => {
      sent.push(input.clientId);
      return { status: input.clientId === b.clientId ? 0 : 201, message: '' };
    });
    expect(sent).toEqual([a.clientId, b.clientId]);
    expect(result.stopped).toBe('retry');
    expect(result.sent).toBe(1);
    expect(result.queue.map((item) => [item.input.clientId, item.attempts])).toEqual([
      [b.clientId, 1],
      [c.clientId, 0],
    ]);
  });

  it('waits for a new sign-in on 401 and keeps everything', async () => {
    const queue = enqueue(enqueue([], contact(), now), contact(), now);
    const result = await flush(queue, async () => ({ status: 401, message: '' }));
    expect(result.stopped).toBe('signed-out');
    expect(result.queue).toHaveLength(2);
  });

  it('backs off from 5 seconds up to 2 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(retryDelayMs)).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 120_000, 120_000]);
  });

  it('queues instead of showing an error when offline or when the server cannot answer now', () => {
    expect(shouldQueue(0, true)).toBe(true);
    expect(shouldQueue(503, true)).toBe(true);
    expect(shouldQueue(400, false)).toBe(true);
    expect(shouldQueue(400, true)).toBe(false);
    expect(shouldQueue(403, true)).toBe(false);
  });
});
