import { Hono } from 'hono';
import type { MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import { describe, expect, it } from 'vitest';
import { markComplete } from './complete-response.js';
import { entityTags, etagMatches } from './entity-tags.js';

/** The routes both apps answer: bodies of every size, with and without their own ETag, and failures. */
function withRoutes(middleware: MiddlewareHandler): Hono {
  const long = 'é偷运'.repeat(70_000);
  const app = new Hono();
  app.use('*', middleware);
  app.get('/short', (c) => c.text('偷运移民'));
  app.get('/empty', (c) => c.text(''));
  app.get('/none', (c) => c.body(null, 200));
  app.get('/long', (c) => c.text(long));
  app.get('/exact', (c) => c.body(new Uint8Array(262_144 * 2).fill(7)));
  app.get('/tagged', (c) => c.body('tagged', 200, { ETag: 'W/"own"', 'Cache-Control': 'no-cache' }));
  app.get('/missing', (c) => c.text('no such thing', 404));
  app.post('/short', (c) => c.text('posted'));
  return app;
}

/** Status, headers (all of them) and body of an answer, to compare. */
async function answerOf(app: Hono, path: string, init?: RequestInit) {
  const response = await app.request(path, init);
  return { status: response.status, headers: [...response.headers], body: await response.text() };
}

describe('entityTags', () => {
  it('answers as Hono’s etag(): the same tags, 304s and headers for every body and If-None-Match', async () => {
    const ours = withRoutes(entityTags());
    const hono = withRoutes(etag());
    const paths = ['/short', '/empty', '/none', '/long', '/exact', '/tagged', '/missing'];
    const tags = await Promise.all(paths.map(async (path) => (await hono.request(path)).headers.get('etag')));
    expect(tags.filter((tag) => tag !== null)).toHaveLength(4);
    const asked = ['', '*', '"nothing"', 'W/"own"', '"own"', ...tags.filter((tag) => tag !== null)];
    for (const path of paths) {
      for (const ifNoneMatch of asked) {
        const init = ifNoneMatch === '' ? {} : { headers: { 'if-none-match': `"x", ${ifNoneMatch}` } };
        expect(await answerOf(ours, path, init), `${path} ${ifNoneMatch}`).toEqual(
          await answerOf(hono, path, init),
        );
      }
    }
    expect(await answerOf(ours, '/short', { method: 'POST' })).toEqual(
      await answerOf(hono, '/short', { method: 'POST' }),
    );
  });

  it('leaves a response answered with all its headers alone', async () => {
    const app = new Hono()
      .use('*', entityTags())
      .get('/', () => markComplete(new Response('page', { headers: { 'Content-Type': 'text/plain' } })));
    const response = await app.request('/', { headers: { 'if-none-match': '*' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBeNull();
  });
});

describe('etagMatches', () => {
  it('finds the tag among the quoted tags of If-None-Match, a weak W/ of the tag ignored', () => {
    expect(etagMatches('"a"', '"b", "a"')).toBe(true);
    expect(etagMatches('W/"a"', '"a"')).toBe(true);
    expect(etagMatches('"a"', '"ab"')).toBe(false);
    expect(etagMatches('"a"', 'a')).toBe(false);
  });
});
