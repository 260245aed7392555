import type { FastifyInstance } from 'fastify';

/** Answers slower than this are logged at info level whatever their status. */
export const SLOW_REQUEST_MS = 500;

/**
 * One log line per request, instead of Fastify's two ("incoming request", "request completed"), and at
 * info level only for the requests worth a look: answered 4xx or 5xx, or slower than SLOW_REQUEST_MS.
 * The rest are logged at debug level (LOG_LEVEL=debug gives a full access log). Serializing two JSON
 * lines for every successful call cost more than a whole small API call otherwise does; unexpected
 * errors are still logged with their stack by the error handler. The query string is left out: search
 * queries are the readers' words.
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    const responseTime = Math.round(reply.elapsedTime * 10) / 10;
    const { statusCode } = reply;
    const fields = { method: request.method, url: request.url.split('?', 1)[0], statusCode, responseTime };
    // pino's methods below the configured level do nothing
    if (statusCode >= 400 || responseTime >= SLOW_REQUEST_MS) request.log.info(fields, 'request completed');
    else request.log.debug(fields, 'request completed');
    done();
  });
}
