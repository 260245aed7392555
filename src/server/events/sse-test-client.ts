import http from 'node:http';
import { StaffEventSchema, type StaffEvent } from '../../shared/events.schema.ts';

export interface TestStream {
  status: number;
  contentType: string;
  /** Every staff event received so far. */
  events: StaffEvent[];
  /** Resolves with the next staff event not yet taken (perhaps already received), or rejects after the timeout. */
  nextEvent(timeoutMs?: number): Promise<StaffEvent>;
  close(): void;
}

function parseBlock(block: string): { event: string; data: string } {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event: ')) event = line.slice(7);
    if (line.startsWith('data: ')) data.push(line.slice(6));
  }
  return { event, data: data.join('\n') };
}

function request(baseUrl: string, cookie: string): Promise<http.IncomingMessage & { abort: () => void }> {
  return new Promise((resolve, reject) => {
    // One socket per stream and none kept open afterwards, as a browser's EventSource does.
    const outgoing = http.get(`${baseUrl}/api/events`, { agent: false, headers: { cookie, accept: 'text/event-stream' } }, (incoming) =>
      resolve(Object.assign(incoming, { abort: () => outgoing.destroy() })),
    );
    outgoing.on('error', reject);
  });
}

/** Opens GET /api/events over a real HTTP connection and resolves once the server says the stream is ready. */
export async function openTestStream(baseUrl: string, cookie: string): Promise<TestStream> {
  const response = await request(baseUrl, cookie);
  const events: StaffEvent[] = [];
  const waiting: ((event: StaffEvent) => void)[] = [];
  let consumed = 0;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  let buffer = '';
  response.setEncoding('utf8');
  response.on('error', () => {});
  response.on('data', (chunk: string) => {
    buffer += chunk;
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = parseBlock(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (block.event === 'ready') markReady();
      if (block.event === 'staff') {
        const event = StaffEventSchema.parse(JSON.parse(block.data));
        events.push(event);
        const waiter = waiting.shift();
        if (waiter) {
          consumed += 1;
          waiter(event);
        }
      }
      end = buffer.indexOf('\n\n');
    }
  });
  if (response.statusCode === 200) await ready;
  return {
    status: response.statusCode ?? 0,
    contentType: response.headers['content-type'] ?? '',
    events,
    nextEvent: (timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const received = events[consumed];
        if (received) {
          consumed += 1;
          return resolve(received);
        }
        const timer = setTimeout(() => reject(new Error('no staff event arrived')), timeoutMs);
        waiting.push((event) => {
          clearTimeout(timer);
          resolve(event);
        });
      }),
    close: () => response.abort(),
  };
}
