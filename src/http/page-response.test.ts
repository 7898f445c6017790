import { Hono } from 'hono';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { describe, expect, it } from 'vitest';
import { isComplete } from './complete-response.js';
import { entityTags } from './entity-tags.js';
import { negotiateInterfaceLanguage } from './interface-language.js';
import { entityTag, utf8Bytes } from './json-body.js';
import { pageResponseOf } from './page-response.js';
import { CONTENT_SECURITY_POLICY, securityHeaders } from './security-headers.js';

/** The bytes of a fixture page. */
const PAGE = utf8Bytes('<!doctype html><p>偷运移民 (fixture page)</p>');

/** The fixture page, with its status by the path's last segment (`/…/404` is not found). */
function pageOf(c: Context) {
  const status: ContentfulStatusCode = c.req.path.endsWith('/404') ? 404 : 200;
  return { body: PAGE, status, etag: entityTag(PAGE), cacheControl: 'no-cache' };
}

/**
 * An app with the header middlewares of `createApp`, in its order, answering the same page under
 * `/complete/…` with {@link pageResponseOf} and under `/hono/…` through Hono (`c.body`, the way pages
 * were answered before), and under `/editing/…` as an editors' page (`sameOriginReferrer`).
 */
function appWithPages(): { app: Hono; answered: Response[] } {
  const answered: Response[] = [];
  const app = new Hono();
  app.use('*', securityHeaders(CONTENT_SECURITY_POLICY));
  app.use('*', entityTags());
  app.use('*', negotiateInterfaceLanguage());
  app.use('/editing/*', async (c, next) => {
    c.set('sameOriginReferrer', true);
    await next();
  });
  const complete = (c: Context) => {
    const response = pageResponseOf(c, pageOf(c));
    answered.push(response);
    return response;
  };
  app.get('/complete/:status', complete);
  app.get('/editing/:status', complete);
  app.get('/hono/:status', (c) => {
    const page = pageOf(c);
    return c.body(page.body, page.status, {
      'Content-Type': 'text/html; charset=UTF-8',
      'Cache-Control': page.cacheControl,
      ETag: page.etag,
    });
  });
  return { app, answered };
}

/** Status, every header and the body of an answer. */
async function answerOf(app: Hono, path: string, init?: RequestInit) {
  const response = await app.request(path, init);
  return { status: response.status, headers: [...response.headers], body: await response.text() };
}

describe('pageResponseOf', () => {
  it('answers a page with the headers the middlewares give it through Hono: 200, 304, HEAD, languages, 404', async () => {
    const { app } = appWithPages();
    const tag = entityTag(PAGE);
    const asked: [string, RequestInit][] = [
      ['/200', {}],
      ['/200', { headers: { 'accept-language': 'fr-CH, en;q=0.5' } }],
      ['/200', { headers: { cookie: 'somkb_lang=ar' } }],
      ['/200?lang=ru', {}],
      ['/200?lang=ru', { headers: { cookie: 'somkb_lang=ru' } }],
      ['/200', { headers: { 'if-none-match': tag } }],
      ['/200', { headers: { 'if-none-match': `"other", W/${tag}` } }],
      ['/200', { headers: { 'if-none-match': '*' } }],
      ['/200', { headers: { 'if-none-match': '"other"' } }],
      ['/200?lang=es', { headers: { 'if-none-match': tag } }],
      ['/200', { method: 'HEAD', headers: { 'if-none-match': tag } }],
      ['/200', { method: 'HEAD' }],
      ['/404', { headers: { 'if-none-match': tag } }],
    ];
    for (const [path, init] of asked) {
      const expected = await answerOf(app, `/hono${path}`, init);
      expect(await answerOf(app, `/complete${path}`, init), `${path} ${JSON.stringify(init)}`).toEqual(
        expected,
      );
    }
    const notModified = await app.request('/complete/200', { headers: { 'if-none-match': tag } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(notModified.headers.get('content-language')).toBeNull();
  });

  it('is complete unless a cookie was set before the route, and says same-origin on the editors’ pages', async () => {
    const { app, answered } = appWithPages();
    await app.request('/complete/200');
    await app.request('/complete/200?lang=ru');
    expect(answered.map(isComplete)).toEqual([true, false]);
    const editing = await app.request('/editing/200');
    expect(isComplete(answered[2] ?? new Response())).toBe(true);
    expect(editing.headers.get('referrer-policy')).toBe('same-origin');
    expect((await app.request('/complete/200')).headers.get('referrer-policy')).toBe('no-referrer');
  });
});
