import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { WEB_DIST_DIR } from '../paths.ts';

/** Serves the built single-page app; any non-API GET that is not a file gets index.html. */
export async function registerWeb(app: FastifyInstance): Promise<void> {
  if (!fs.existsSync(path.join(WEB_DIST_DIR, 'index.html'))) {
    app.log.warn({ dir: WEB_DIST_DIR }, 'web app not built: run npm run build');
    return;
  }
  await app.register(fastifyStatic, {
    root: WEB_DIST_DIR,
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    const file = path.join(WEB_DIST_DIR, path.normalize(url));
    if (file.startsWith(WEB_DIST_DIR) && url !== '/' && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply.sendFile(path.relative(WEB_DIST_DIR, file));
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}
