import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/**
 * Swagger UI's stock colours and top bar fail WCAG AA (contrast, an unlabelled URL field, a logo
 * without text). Staff and integrators use this page too, so it is themed to pass axe.
 */
const ACCESSIBLE_CSS = `
.swagger-ui .topbar, .swagger-ui .dark-mode-toggle { display: none; }
.swagger-ui, .swagger-ui .info .title, .swagger-ui .opblock-tag, .swagger-ui .opblock .opblock-summary-description,
.swagger-ui .opblock .opblock-summary-path, .swagger-ui table thead tr th, .swagger-ui .parameter__name,
.swagger-ui .response-col_status, .swagger-ui .tab li, .swagger-ui .model-title, .swagger-ui .info .base-url,
.swagger-ui .info a, .swagger-ui .info p, .swagger-ui .btn { color: #1f2328; }
.swagger-ui .info .title small pre, .swagger-ui .info .title small { background: #3b4148; color: #fff; }
.swagger-ui .info .title small.version-stamp { background: #1e6b2f; }
.swagger-ui .info .url, .swagger-ui .info a { color: #1c5fa8; }
.swagger-ui .btn.authorize { color: #1e6b2f; border-color: #1e6b2f; }
.swagger-ui .btn.authorize svg { fill: #1e6b2f; }
.swagger-ui .opblock .opblock-summary-method { color: #fff; text-shadow: none; }
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #1c5fa8; }
.swagger-ui .opblock.opblock-post .opblock-summary-method { background: #1e6b2f; }
.swagger-ui .opblock.opblock-put .opblock-summary-method { background: #a8440b; }
.swagger-ui .opblock.opblock-patch .opblock-summary-method { background: #0b6b5a; }
.swagger-ui .opblock.opblock-delete .opblock-summary-method { background: #b02525; }
.swagger-ui .parameter__type, .swagger-ui .parameter__in, .swagger-ui .prop-format, .swagger-ui .renderedMarkdown p { color: #3b4148; }
`;

/** Names for the icon-only buttons Swagger UI renders, added as the page changes. */
const ACCESSIBLE_JS = `
(function () {
  function name() {
    document.querySelectorAll('button:not([aria-label])').forEach(function (button) {
      if (button.textContent && button.textContent.trim()) return;
      var label = button.classList.contains('copy-to-clipboard') ? 'Copy to clipboard'
        : button.classList.contains('authorization__btn') ? 'Authorization'
        : button.classList.contains('opblock-control-arrow') ? 'Expand or collapse' : 'Button';
      button.setAttribute('aria-label', label);
    });
    document.querySelectorAll('img:not([alt])').forEach(function (img) { img.setAttribute('alt', ''); });
  }
  new MutationObserver(name).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', name);
})();
`;

export async function registerApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Relacja API',
        version: '1',
        description: 'Relacja — good practices of reader service. Errors are application/problem+json (RFC 9457).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'relacja_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    transformStaticCSP: (header) => header.replace("style-src 'self' https:", "style-src 'self' 'unsafe-inline'"),
    uiConfig: { docExpansion: 'list', deepLinking: false },
    theme: {
      title: 'Relacja API',
      css: [{ filename: 'relacja-accessible.css', content: ACCESSIBLE_CSS }],
      js: [{ filename: 'relacja-accessible.js', content: ACCESSIBLE_JS }],
    },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
