import type { ServerResponse } from 'node:http';

/** The sending end of one event stream, kept apart from Node's response so the hub can be tested without sockets. */
export interface StreamSink {
  write(chunk: string): void;
  end(): void;
  onClose(listener: () => void): void;
}

/** One server-sent event; data is JSON on a single line, so it never needs splitting. */
export function formatEvent(name: string, data: unknown, id?: string): string {
  const idLine = id ? `id: ${id}\n` : '';
  return `${idLine}event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

export const HEARTBEAT = ': heartbeat\n\n';

/** Starts the stream on a hijacked response; `headers` carries what Fastify's hooks already set (security headers). */
export function openSink(response: ServerResponse, headers: Record<string, string | number | string[] | undefined>): StreamSink {
  response.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  response.socket?.setNoDelay(true);
  return {
    write: (chunk) => {
      if (!response.writableEnded) response.write(chunk);
    },
    end: () => {
      if (!response.writableEnded) response.end();
    },
    onClose: (listener) => {
      response.on('close', listener);
    },
  };
}
