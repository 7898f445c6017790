import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { markComplete } from './complete-response.js';
import { etagMatches } from './entity-tags.js';
import { LANGUAGE_VARY, interfaceLanguageOf } from './interface-language.js';
import { CONTENT_SECURITY_POLICY, addSecurityHeaders } from './security-headers.js';

/** A rendered page of the portal, as answered. */
export interface PageAnswer {
  /** The page: its text, or its bytes (UTF-8) sent as they are. */
  readonly body: string | Uint8Array<ArrayBuffer>;
  readonly status: ContentfulStatusCode;
  /** Its ETag, quoted (`entityTag` of `body`). */
  readonly etag: string;
  /** Its `Cache-Control`. */
  readonly cacheControl: string;
}

/**
 * Answers a portal page to `c` with all its headers in one plain object: `Content-Type` HTML,
 * `Cache-Control`, `ETag`, the interface language's `Content-Language` and `Vary`, and the site's
 * security headers (`addSecurityHeaders`); or, when the page is 2xx, the method GET or HEAD and the
 * request's `If-None-Match` names the page's ETag (or is `*`), 304 with the headers a 304 keeps
 * (`Cache-Control`, `ETag`, `Vary`) and the security headers. These are the headers the app's
 * middlewares (`securityHeaders`, `entityTags`, `negotiateInterfaceLanguage`) would set one by one,
 * and they leave such a response alone (`isComplete`): each of them turned its plain header object
 * into a `Headers` and read or set it again, with Hono's, a tenth of an uncached search page's time.
 *
 * When a middleware set a header before the route ran (`markHeadersPrepared`: the language cookie,
 * the session cookie cleared), the page is answered through Hono (`c.body`), which keeps that
 * header, and the middlewares add theirs as for any other response.
 */
export function pageResponseOf(c: Context, page: PageAnswer): Response {
  if (c.var.headersPrepared === true) {
    return c.body(page.body, page.status, {
      'Content-Type': 'text/html; charset=UTF-8',
      'Cache-Control': page.cacheControl,
      ETag: page.etag,
    });
  }
  const method = c.req.method;
  const ifNoneMatch = c.req.header('if-none-match');
  const notModified =
    page.status >= 200 &&
    page.status < 300 &&
    (method === 'GET' || method === 'HEAD') &&
    ifNoneMatch !== undefined &&
    (ifNoneMatch === '*' || etagMatches(page.etag, ifNoneMatch));
  const headers: Record<string, string> = notModified
    ? { 'Cache-Control': page.cacheControl, ETag: page.etag, Vary: LANGUAGE_VARY }
    : {
        'Content-Type': 'text/html; charset=UTF-8',
        'Cache-Control': page.cacheControl,
        ETag: page.etag,
        Vary: LANGUAGE_VARY,
        'Content-Language': interfaceLanguageOf(c),
      };
  addSecurityHeaders(c, headers, CONTENT_SECURITY_POLICY);
  return markComplete(
    notModified
      ? new Response(null, { status: 304, statusText: 'Not Modified', headers })
      : new Response(page.body, { status: page.status, headers }),
  );
}
