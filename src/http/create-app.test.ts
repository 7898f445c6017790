import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createCatalogService } from '../services/index.js';
import { openSqliteCatalogStore } from '../store/index.js';
import type { Catalog } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import type { SomkbErrorCode } from '../errors/index.js';
import { catalogTerms, createAnalyzer } from '../analysis/index.js';
import { toExportJson } from '../export/index.js';
import { buildSearchIndex, documentsFromCatalog, search } from '../search/index.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { publishedOf } from '../../test/support/published.js';
import { CONTENT_SECURITY_POLICY, STATUS_BY_CODE, createApp } from './index.js';
import type { CreateAppDeps } from './index.js';

const VERSION = '0.1.0-test';

/** An app over a fixed catalog (or none), with 5xx reports collected instead of printed. */
function appWith(catalog: Catalog | undefined, overrides: Partial<CreateAppDeps> = {}) {
  const reportError = vi.fn<(error: unknown) => void>();
  const index =
    catalog === undefined
      ? undefined
      : buildSearchIndex(
          documentsFromCatalog(catalog),
          createAnalyzer('zh', { userWords: catalogTerms(catalog) }),
        );
  const app = createApp({
    loadPublished: () => Promise.resolve(catalog === undefined ? undefined : publishedOf(catalog)),
    search: (request) =>
      index === undefined
        ? Promise.reject(new SomkbError('CATALOG_EMPTY', "no catalog in 'zh' is published yet"))
        : Promise.resolve(search(index, request)),
    version: VERSION,
    reportError,
    ...overrides,
  });
  return { app, reportError };
}

/** An app whose catalog loader throws `error`. */
function failingApp(error: Error) {
  return appWith(undefined, { loadPublished: () => Promise.reject(error) });
}

describe('GET /', () => {
  it('lists the themes with their key topics, and the meetings with their papers', async () => {
    const { app } = appWith(makeSampleCatalog());
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8$/i);
    const page = await response.text();
    expect(page).toContain('<html lang="zh" dir="ltr">');
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toMatch(/<title>[^<]+ · somkb<\/title>/);
    expect(page).toContain('<a href="/themes/theme-1">');
    expect(page).toContain('刑事司法对策');
    expect(page).toContain('保护被偷运移民的权利');
    expect(page).toContain('>特别调查手段（特工行动、线人）</span>');
    expect(page).toContain(
      '<a href="/papers/CTOC-COP-WG.7-2015-4"><bdi class="symbol">CTOC/COP/WG.7/2015/4</bdi></a>',
    );
    expect(page).toContain('第三次会议');
    expect(page).not.toContain('尚未发布');
  });

  it('escapes catalog text', async () => {
    const catalog = makeSampleCatalog();
    const hostile: Catalog = {
      ...catalog,
      themes: catalog.themes.map((theme, position) =>
        position === 0 ? { ...theme, name: '<script>alert("x")</script>', keyTopics: ['a & b'] } : theme,
      ),
      papers: catalog.papers.map((paper, position) =>
        position === 0 ? { ...paper, url: 'javascript:alert(1)' } : paper,
      ),
    };
    const { app } = appWith(hostile);
    const page = await (await app.request('/')).text();
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).toContain('>a &amp; b</span>');
    const paper = await (await app.request('/papers/CTOC-COP-WG.7-2018-2')).text();
    expect(paper).not.toContain('javascript:');
    expect(paper).toContain('href="https://undocs.org/CTOC/COP/WG.7/2018/2"');
  });

  it('says that nothing is published yet when there is no catalog', async () => {
    const response = await appWith(undefined).app.request('/');
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<html lang="zh" dir="ltr">');
    expect(page).toContain('尚未发布任何目录。');
    expect(page).not.toContain('<h2');
  });
});

describe('GET /api/v1/health', () => {
  it('reports the version and the catalog counts', async () => {
    const response = await appWith(makeSampleCatalog()).app.request('/api/v1/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      status: 'ok',
      version: VERSION,
      catalog: { version: publishedOf(makeSampleCatalog()).version, paragraphs: 9, papers: 3, themes: 2 },
      published: true,
    });
  });

  it('says degraded, still 200 with the catalog held, while the store cannot reach its database', async () => {
    const store = {
      status: 'degraded' as const,
      since: '2026-12-01T00:00:00.000Z',
      reason: 'connection refused',
    };
    const { app } = appWith(makeSampleCatalog(), { storeHealth: () => store });
    const response = await app.request('/api/v1/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'degraded',
      store,
      version: VERSION,
      catalog: { version: publishedOf(makeSampleCatalog()).version, paragraphs: 9, papers: 3, themes: 2 },
      published: true,
    });
    const healthy = appWith(makeSampleCatalog(), { storeHealth: () => ({ status: 'ok' }) }).app;
    expect(((await (await healthy.request('/api/v1/health')).json()) as { status: string }).status).toBe(
      'ok',
    );
  });

  it('reports a null catalog when none is published, and says so', async () => {
    const response = await appWith(undefined).app.request('/api/v1/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      version: VERSION,
      catalog: null,
      published: false,
      message: 'no catalog is published yet; run: somkb ingest <file>',
    });
  });

  it('says that nothing is published over a zero-length database file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'somkb-health-'));
    const path = join(folder, 'somkb.db');
    writeFileSync(path, '');
    const store = await openSqliteCatalogStore(path);
    try {
      const service = createCatalogService(store);
      const { app } = appWith(undefined, { loadPublished: () => service.findPublished('zh') });
      const body = (await (await app.request('/api/v1/health')).json()) as {
        published: boolean;
        catalog: null;
      };
      expect(body.published).toBe(false);
      expect(body.catalog).toBeNull();
    } finally {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('never shows an absolute path of the server in details.where, only its base name', async () => {
    const { app } = failingApp(
      new SomkbError('STORE_FAILED', 'database disk image is malformed', {
        where: '/var/lib/somkb/somkb.db',
      }),
    );
    const response = await app.request('/api/v1/health');
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(text).not.toContain('/var/lib');
    expect((JSON.parse(text) as { error: { details: { where: string } } }).error.details.where).toBe(
      'somkb.db',
    );
  });
});

describe('GET /api/v1/catalog', () => {
  it('returns the export object of the catalog', async () => {
    const catalog = makeSampleCatalog();
    const response = await appWith(catalog).app.request('/api/v1/catalog');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(toExportJson(catalog));
  });

  it('answers 404 CATALOG_EMPTY when none is published', async () => {
    const response = await appWith(undefined).app.request('/api/v1/catalog');
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('CATALOG_EMPTY');
    expect(body.error.message).toMatch(/published/);
  });
});

describe('unknown routes', () => {
  it('answer an HTML 404 outside the API', async () => {
    const response = await appWith(undefined).app.request('/no/such/page?<b>');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/i);
    const page = await response.text();
    expect(page).toContain('<html lang="zh" dir="ltr">');
    expect(page).toContain('404');
  });

  it('answer a JSON 404 under /api', async () => {
    const response = await appWith(undefined).app.request('/api/v1/nothing');
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('NOT_FOUND');
    expect(typeof body.error.message).toBe('string');
  });
});

describe('security headers', () => {
  it.each(['/', '/api/v1/health', '/api/v1/catalog', '/missing', '/api/missing'])(
    'are set on %s',
    async (path) => {
      const response = await appWith(undefined).app.request(path);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    },
  );

  it('are set on error responses', async () => {
    const response = await failingApp(new Error('boom')).app.request('/api/v1/health');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});

describe('errors', () => {
  it('map a SomkbError to its status and code, with its message, under /api', async () => {
    const { app, reportError } = failingApp(new SomkbError('UNSUPPORTED_LANGUAGE', 'No grammar for xx.'));
    const response = await app.request('/api/v1/catalog');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'UNSUPPORTED_LANGUAGE', message: 'No grammar for xx.', details: {} },
    });
    expect(reportError).not.toHaveBeenCalled();
  });

  it('map a server-side SomkbError to its status without its internal text', async () => {
    const { app, reportError } = failingApp(
      new SomkbError('STORE_FAILED', 'SQLITE_CANTOPEN /var/lib/somkb/secret.db'),
    );
    const response = await app.request('/api/v1/health');
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(text).toContain('"code":"STORE_FAILED"');
    expect(text).not.toContain('secret.db');
    expect(reportError).toHaveBeenCalledOnce();
  });

  it('map a SomkbError to its status on an HTML page outside /api', async () => {
    const { app } = failingApp(new SomkbError('STORE_FAILED', 'disk /srv/x is gone'));
    const response = await app.request('/');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/i);
    expect(await response.text()).not.toContain('/srv/x');
  });

  it('give 500 for an unexpected Error, without leaking its message', async () => {
    const { app, reportError } = failingApp(new Error('password=hunter2 at /etc/somkb'));
    for (const path of ['/api/v1/catalog', '/']) {
      const response = await app.request(path);
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toContain('hunter2');
      expect(text).not.toContain('/etc/somkb');
    }
    const json = (await (await app.request('/api/v1/health')).json()) as { error: { code: string } };
    expect(json.error.code).toBe('INTERNAL');
    expect(reportError).toHaveBeenCalledTimes(3);
  });
});

describe('STATUS_BY_CODE', () => {
  it('maps every code to the agreed status', () => {
    const expected: Record<SomkbErrorCode, number> = {
      USAGE: 400,
      NOT_FOUND: 404,
      INPUT_EMPTY: 400,
      INPUT_TOO_LARGE: 413,
      INPUT_BINARY: 400,
      INPUT_ENCODING: 400,
      INPUT_LANGUAGE: 400,
      INPUT_STRUCTURE: 400,
      INPUT_MALFORMED: 400,
      UNSUPPORTED_MEDIA_TYPE: 415,
      INPUT_UNREADABLE: 400,
      VALIDATION_FAILED: 422,
      ALIGNMENT_FAILED: 422,
      UNSUPPORTED_LANGUAGE: 400,
      CATALOG_EMPTY: 404,
      CONFLICT: 409,
      REMOVALS_REFUSED: 409,
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      PRECONDITION_FAILED: 412,
      RATE_LIMITED: 429,
      STORE_FAILED: 503,
      STORE_FOLDER: 503,
      INTERNAL: 500,
    };
    expect(STATUS_BY_CODE).toEqual(expected);
  });
});

describe('GET /api/v1/search', () => {
  interface SearchBody {
    hits: { paragraph: number; paper: string | null; snippet: string }[];
    total: number;
    facets: { theme: { value: string; count: number }[] };
    groups?: { paper: string | null }[];
  }

  it('answers hits with snippets, a total and facets', async () => {
    const catalog = makeSampleCatalog();
    const { app } = appWith(catalog);
    const word = catalog.themes[0]?.name ?? '';
    const response = await app.request(`/api/v1/search?q=${encodeURIComponent(word)}&group=paper`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as SearchBody;
    expect(body.total).toBeGreaterThan(0);
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.facets.theme[0]?.value).toBe(word);
    expect(body.groups?.length).toBeGreaterThan(0);
  });

  it('takes any query text as data', async () => {
    const { app } = appWith(makeSampleCatalog());
    for (const query of ['"', 'NEAR(a b', '*', 'OR AND', '\u0000\u0007', '😀', '-', 'theme:', '：']) {
      const response = await app.request(`/api/v1/search?q=${encodeURIComponent(query)}`);
      expect(response.status, query).toBe(200);
    }
    const invalidUtf8 = await app.request('/api/v1/search?q=%ED%A0%80%FF%C0');
    expect(invalidUtf8.status).toBe(200);
  });

  it('refuses a missing query, a bad limit and an oversized query with 400 and a message', async () => {
    const { app } = appWith(makeSampleCatalog());
    const missing = await app.request('/api/v1/search');
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toContain('q');
    const limit = await app.request('/api/v1/search?q=x&limit=abc');
    expect(limit.status).toBe(400);
    expect(((await limit.json()) as { error: { message: string } }).error.message).toContain('limit');
    expect((await app.request('/api/v1/search?q=x&limit=1000')).status).toBe(400);
    const long = await app.request(`/api/v1/search?q=${'偷'.repeat(3000)}`);
    expect(long.status).toBe(400);
  });

  it('says 404 CATALOG_EMPTY when nothing is published', async () => {
    const { app } = appWith(undefined);
    const response = await app.request('/api/v1/search?q=x');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('CATALOG_EMPTY');
  });
});

describe('the API reference at /api/docs', () => {
  it('serves Swagger UI from the site, reading the OpenAPI document, with data: images allowed there only', async () => {
    const { app } = appWith(makeSampleCatalog(), { apiDocs: { bundle: '/* ui */', css: '/* css */' } });
    const page = await app.request('/api/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('src="/api/docs/swagger-ui-bundle.js"');
    expect(html).not.toMatch(/<script>[^<]/);
    expect(page.headers.get('content-security-policy')).toContain("img-src 'self' data:");
    const init = await app.request('/api/docs/init.js');
    expect(await init.text()).toContain("url: '/api/v1/openapi.json'");
    expect((await app.request('/api/docs/swagger-ui-bundle.js')).headers.get('content-type')).toMatch(
      /javascript/,
    );
    expect((await app.request('/')).headers.get('content-security-policy')).toContain("img-src 'self';");
    const spec = (await (await app.request('/api/v1/openapi.json')).json()) as { openapi: string };
    expect(spec.openapi).toBe('3.1.0');
  });

  it('is absent when no assets are given', async () => {
    expect((await appWith(makeSampleCatalog()).app.request('/api/docs')).status).toBe(404);
  });
});
