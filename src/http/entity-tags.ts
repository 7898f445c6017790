import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { isComplete } from './complete-response.js';

/**
 * The headers a 304 keeps of the response it stands for (RFC 9110 §15.4.5: those a 200 would have
 * sent of Cache-Control, Content-Location, Date, ETag, Expires and Vary), lower-case.
 */
const RETAINED_304_HEADERS: ReadonlySet<string> = new Set([
  'cache-control',
  'content-location',
  'date',
  'etag',
  'expires',
  'vary',
]);

/**
 * True if `ifNoneMatch` (an `If-None-Match` header) names `etag`: one of its quoted tags equals it,
 * a weak `W/` prefix of `etag` ignored (the weak comparison of RFC 9110 §13.1.2, as Hono's `etag`).
 */
export function etagMatches(etag: string, ifNoneMatch: string): boolean {
  const expected = etag.startsWith('W/') ? etag.slice(2) : etag;
  return ifNoneMatch.match(/"[^"]*"/g)?.some((tag) => tag === expected) ?? false;
}

/** Bytes hashed at once when a body without an ETag is tagged (256 KiB), as Hono's `etag` hashes them. */
const DIGEST_CHUNK_BYTES = 262_144;

/**
 * The tag of a body without one, as Hono's `etag` makes it: the SHA-1 (hex) of the body when it is
 * at most {@link DIGEST_CHUNK_BYTES} long; of a longer one, the SHA-1 of each chunk after the digest
 * of the chunks before it. `undefined` for an empty body.
 */
function digestOf(body: Uint8Array): string | undefined {
  let digest: Buffer | undefined;
  for (let start = 0; start < body.byteLength; start += DIGEST_CHUNK_BYTES) {
    const hash = createHash('sha1');
    if (digest !== undefined) hash.update(digest);
    digest = hash.update(body.subarray(start, start + DIGEST_CHUNK_BYTES)).digest();
  }
  return digest?.toString('hex');
}

/**
 * ETags and 304s for every GET, HEAD (and QUERY) answered 2xx, as Hono's `etag()` middleware gives them: a
 * response with an `ETag` keeps it, one without is tagged from its body (`"<sha-1>"`, see
 * {@link digestOf}); a request whose `If-None-Match` names the tag ({@link etagMatches}) or is `*` is
 * answered 304 with the headers of {@link RETAINED_304_HEADERS} only. A response answered with all
 * its headers (`isComplete`: a portal page, which made its own 304) is left alone, its headers never
 * read.
 */
export function entityTags(): MiddlewareHandler {
  return async (c, next) => {
    const ifNoneMatch = c.req.header('if-none-match');
    await next();
    const method = c.req.method;
    if (isComplete(c.res) || !(method === 'GET' || method === 'HEAD' || method === 'QUERY') || !c.res.ok)
      return;
    const response = c.res;
    let etag = response.headers.get('ETag');
    if (etag === null) {
      if (response.body === null) return;
      const digest = digestOf(new Uint8Array(await response.clone().arrayBuffer()));
      if (digest === undefined) return;
      etag = `"${digest}"`;
    }
    if (ifNoneMatch === '*' || (ifNoneMatch !== undefined && etagMatches(etag, ifNoneMatch))) {
      await response.body?.cancel();
      c.res = new Response(null, { status: 304, statusText: 'Not Modified', headers: { ETag: etag } });
      for (const name of Array.from(c.res.headers.keys()))
        if (!RETAINED_304_HEADERS.has(name.toLowerCase())) c.res.headers.delete(name);
    } else {
      c.res.headers.set('ETag', etag);
    }
  };
}
