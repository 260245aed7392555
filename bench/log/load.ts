import autocannon from 'autocannon';
import { type Acknowledgements, contactSource, headersFor } from './contacts.ts';
import type { BenchUser } from './session.ts';

export interface LoadOptions {
  baseUrl: string;
  user: BenchUser;
  connections: number;
  durationSeconds: number;
  /** The share of requests that resend a client id already sent. */
  duplicateShare: number;
}

/** One run's figures, whichever tool produced them. */
export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  /** Every response's time in ms (autocannon itself reports no p95). */
  latencies: number[];
  /** Connection errors, timeouts and answers other than 2xx. */
  errors: number;
}

/** autocannon: every connection sends its next contact as soon as the previous one is answered. */
export function runLoad(options: LoadOptions, acks: Acknowledgements): Promise<LoadResult> {
  const source = contactSource(options.user, options.duplicateShare, acks);
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: options.durationSeconds,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            path: '/api/interactions',
            headers: headersFor(options.user),
            setupRequest: (request, context) => {
              const next = source.next();
              context.clientId = next.clientId;
              return { ...request, body: next.body };
            },
            onResponse: (status, _body, context) => source.answered(String(context.clientId), status),
          },
        ],
      },
      (error, result) =>
        error
          ? reject(error)
          : resolve({
              requests: result.requests.total,
              requestsPerSecond: result.requests.average,
              latencies,
              errors: result.errors + result.timeouts + result.non2xx,
            }),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
