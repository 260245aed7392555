import { Writable } from 'node:stream';
import Fastify, { LogController } from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerRequestLog } from './request-log.ts';

async function appLoggingAt(level: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const app = Fastify({ logger: { level, stream }, logController: new LogController({ disableRequestLogging: true }) });
  registerRequestLog(app);
  app.get('/api/things', async () => ({ ok: true }));
  app.get('/api/refused', async (_request, reply) => reply.status(403).send({ refused: true }));
  await app.ready();
  const requestLines = () => lines.filter((line) => line.msg === 'request completed');
  return { app, requestLines };
}

describe('request log', () => {
  it('at info level has one line for a refused request, without the query string, and none for a plain success', async () => {
    const { app, requestLines } = await appLoggingAt('info');
    await app.inject('/api/things?q=Kowalski');
    await app.inject('/api/refused?q=Kowalski');
    expect(requestLines()).toEqual([
      expect.objectContaining({ level: 30, method: 'GET', url: '/api/refused', statusCode: 403, responseTime: expect.any(Number) }),
    ]);
    expect(JSON.stringify(requestLines())).not.toContain('Kowalski');
    await app.close();
  });

  it('at debug level has one line for every request', async () => {
    const { app, requestLines } = await appLoggingAt('debug');
    await app.inject('/api/things');
    await app.inject('/api/refused');
    expect(requestLines().map((line) => [line.url, line.statusCode])).toEqual([
      ['/api/things', 200],
      ['/api/refused', 403],
    ]);
    await app.close();
  });
});
