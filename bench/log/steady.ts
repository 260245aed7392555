import http from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { type Acknowledgements, contactSource, headersFor } from './contacts.ts';
import type { LoadResult } from './load.ts';
import type { BenchUser } from './session.ts';

export interface SteadyOptions {
  baseUrl: string;
  user: BenchUser;
  /** Requests started per second, evenly spaced, whether or not earlier ones were answered. */
  rate: number;
  durationSeconds: number;
  duplicateShare: number;
  maxConnections: number;
}

function post(agent: http.Agent, url: URL, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (answer) => {
        answer.resume();
        answer.on('end', () => resolve(answer.statusCode ?? 0));
        answer.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/**
 * An open-loop load: a request starts every 1/rate s on schedule, so a slow answer cannot hold back the
 * next request and hide its own delay (autocannon's rate option sends each second's quota in a burst).
 * The time a request waits for a free connection counts in its latency.
 */
export async function runSteady(options: SteadyOptions, acks: Acknowledgements): Promise<LoadResult> {
  const source = contactSource(options.user, options.duplicateShare, acks);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxConnections });
  const url = new URL('/api/interactions', options.baseUrl);
  const headers = headersFor(options.user);
  const latencies: number[] = [];
  let errors = 0;
  const send = async () => {
    const { clientId, body } = source.next();
    const started = performance.now();
    try {
      const status = await post(agent, url, headers, body);
      latencies.push(performance.now() - started);
      source.answered(clientId, status);
      if (status >= 300) errors += 1;
    } catch {
      errors += 1;
    }
  };
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  const total = Math.round(options.rate * options.durationSeconds);
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / options.rate - performance.now();
    if (wait > 0) await delay(wait);
    inFlight.push(send());
  }
  await Promise.all(inFlight);
  agent.destroy();
  return { requests: total, requestsPerSecond: total / ((performance.now() - start) / 1000), latencies, errors };
}
