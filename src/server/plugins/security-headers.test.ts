import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerSecurityHeaders } from './security-headers.ts';

async function appWith(secure: boolean) {
  const app = Fastify();
  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: { defaultSrc: ["'self'"], frameAncestors: ["'none'"], upgradeInsecureRequests: secure ? [] : null },
    },
    strictTransportSecurity: secure,
  });
  app.get('/ok', async () => ({ ok: true }));
  app.get('/fails', async () => {
    throw new Error('boom');
  });
  await app.ready();
  return app;
}

describe('security headers', () => {
  it('are on every answer: a success, an error and an unknown path', async () => {
    const app = await appWith(false);
    for (const url of ['/ok', '/fails', '/missing']) {
      const response = await app.inject(url);
      expect(response.headers['content-security-policy']).toMatch(/^default-src 'self';.*frame-ancestors 'none'/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
    await app.close();
  });

  it('ask browsers for HTTPS only when the server is reached over HTTPS', async () => {
    const app = await appWith(true);
    const response = await app.inject('/ok');
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    await app.close();
  });
});
