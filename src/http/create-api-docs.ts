import { Hono } from 'hono';
import { ICON_PATH } from '../web/index.js';

/** The files of the interactive API reference (Swagger UI), read by `main.ts` from its package. */
export interface ApiDocsAssets {
  /** `swagger-ui-bundle.js`. */
  readonly bundle: string;
  /** `swagger-ui.css`. */
  readonly css: string;
}

/** How long browsers may keep the reference's script and stylesheet, in seconds. */
const ASSET_MAX_AGE = 86_400;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>somkb API reference</title>
<link rel="icon" href="${ICON_PATH}" type="image/svg+xml">
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<main id="api-reference" aria-label="somkb API reference"><noscript>The interactive reference needs JavaScript; the OpenAPI 3.1 document is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</noscript></main>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>
`;

const INIT = `window.addEventListener('load', function () {
  window.SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#api-reference', deepLinking: true, tryItOutEnabled: true });
});
`;

/**
 * The interactive reference of the API at `/api/docs`: Swagger UI served from the site itself (no
 * third-party host, and its start-up code is a file, so the Content-Security-Policy needs no inline
 * script), reading `/api/v1/openapi.json`.
 */
export function createApiDocs(assets: ApiDocsAssets): Hono {
  const docs = new Hono();
  const asset =
    (body: string, type: string) =>
    (c: { body: (b: string, s: 200, h: Record<string, string>) => Response }) =>
      c.body(body, 200, { 'content-type': type, 'cache-control': `public, max-age=${ASSET_MAX_AGE}` });
  docs.get('/', (c) => c.html(PAGE));
  docs.get('/swagger-ui-bundle.js', asset(assets.bundle, 'text/javascript; charset=utf-8'));
  docs.get('/swagger-ui.css', asset(assets.css, 'text/css; charset=utf-8'));
  docs.get('/init.js', asset(INIT, 'text/javascript; charset=utf-8'));
  return docs;
}
