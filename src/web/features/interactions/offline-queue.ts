import { z } from 'zod';
import { type CreateInteractionInput, CreateInteractionSchema } from '../../../shared/interactions.schema.ts';

/**
 * Contacts logged while the network is down wait in the browser (localStorage, per user) and go out
 * when it returns. Each keeps the client id it was made with, so a resend never stores a duplicate.
 * Pure functions here; the hook in use-contact-queue.ts does the storing, timing and sending.
 */
export interface QueuedContact {
  input: CreateInteractionInput;
  queuedAt: string;
  attempts: number;
}

const QueuedContactSchema = z.object({
  input: z
    .unknown()
    .refine((value) => CreateInteractionSchema.safeParse(value).success)
    .transform(inputOf),
  queuedAt: z.string(),
  attempts: z.number().int().min(0),
});

/** The input exactly as it was queued (the schema's output would add defaults and trim). */
function inputOf(value: unknown): CreateInteractionInput {
  const parsed = CreateInteractionSchema.parse(value);
  return {
    clientId: parsed.clientId,
    branchId: parsed.branchId,
    channel: parsed.channel,
    needs: parsed.needs,
    attitude: parsed.attitude,
    effort: parsed.effort,
    outcome: parsed.outcome,
    practiceIds: parsed.practiceIds,
    returnSuggestions: parsed.returnSuggestions,
    note: parsed.note,
    ...(parsed.occurredAt ? { occurredAt: parsed.occurredAt } : {}),
  };
}

export function queueStorageKey(userId: string): string {
  return `relacja.contact-queue.${userId}`;
}

/** Whatever is stored, a list comes back; damaged entries are dropped rather than blocking the rest. */
export function parseQueue(text: string | null): QueuedContact[] {
  if (!text) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = QueuedContactSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export function serializeQueue(queue: readonly QueuedContact[]): string {
  return JSON.stringify(queue);
}

/** Queuing the same client id twice keeps one entry. */
export function enqueue(queue: readonly QueuedContact[], input: CreateInteractionInput, now: Date): QueuedContact[] {
  if (queue.some((item) => item.input.clientId === input.clientId)) return [...queue];
  return [...queue, { input, queuedAt: now.toISOString(), attempts: 0 }];
}

export function without(queue: readonly QueuedContact[], clientId: string): QueuedContact[] {
  return queue.filter((item) => item.input.clientId !== clientId);
}

export function withAttempt(queue: readonly QueuedContact[], clientId: string): QueuedContact[] {
  return queue.map((item) => (item.input.clientId === clientId ? { ...item, attempts: item.attempts + 1 } : item));
}

/**
 * What an answer means for a queued contact: 2xx sent (200 is a resend of one already stored);
 * no answer, 408, 429 or 5xx try again later; 401 waits for the next sign-in; any other 4xx will
 * never pass (e.g. the contact is now more than 7 days old) and is given up with a message.
 */
export type SendVerdict = 'sent' | 'retry' | 'signed-out' | 'rejected';

export function verdictFor(status: number): SendVerdict {
  if (status >= 200 && status < 300) return 'sent';
  if (status === 0 || status === 408 || status === 429 || status >= 500) return 'retry';
  if (status === 401) return 'signed-out';
  return 'rejected';
}

export interface FlushResult {
  queue: QueuedContact[];
  sent: number;
  rejected: { input: CreateInteractionInput; status: number; message: string }[];
  /** Why the flush stopped early, if it did. */
  stopped?: 'retry' | 'signed-out';
}

export type Send = (input: CreateInteractionInput) => Promise<{ status: number; message: string }>;

/** Sends oldest first, one at a time; stops at the first answer that says "later". */
export async function flush(queue: readonly QueuedContact[], send: Send): Promise<FlushResult> {
  let remaining = [...queue];
  const result: FlushResult = { queue: remaining, sent: 0, rejected: [] };
  for (const item of queue) {
    const answer = await send(item.input);
    const verdict = verdictFor(answer.status);
    if (verdict === 'retry' || verdict === 'signed-out') {
      return { ...result, queue: withAttempt(remaining, item.input.clientId), stopped: verdict };
    }
    remaining = without(remaining, item.input.clientId);
    if (verdict === 'sent') result.sent += 1;
    else result.rejected.push({ input: item.input, status: answer.status, message: answer.message });
    result.queue = remaining;
  }
  return result;
}

/** Seconds until the next automatic attempt: 5 s, doubling, at most 2 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(120_000, 5_000 * 2 ** Math.min(attempts, 5));
}

/** Whether a failed send should put the contact in the queue rather than show an error in the form. */
export function shouldQueue(status: number, online: boolean): boolean {
  return !online || verdictFor(status) === 'retry';
}
