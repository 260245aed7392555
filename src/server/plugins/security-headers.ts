import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's headers, worked out once. The same options give the same headers on every response (no
 * nonces), while @fastify/helmet rebuilt Helmet, parsing the whole Content-Security-Policy again, on
 * every request — a noticeable share of a small API call.
 */
export function securityHeaders(options: HelmetOptions): [string, string][] {
  const headers = new Map<string, [string, string]>();
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.set(name.toLowerCase(), [name, String(value)]),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, () => {});
  return [...headers.values()];
}

/** Every response carries the headers, set on the raw response as Helmet does (so hijacked streams keep them). */
export function registerSecurityHeaders(app: FastifyInstance, options: HelmetOptions): void {
  const headers = securityHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}
