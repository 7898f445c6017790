import type { Context, MiddlewareHandler } from 'hono';
import { isComplete } from './complete-response.js';

/** A Content-Security-Policy as directives, each with its sources. */
type PolicyDirectives = Readonly<Record<string, readonly string[]>>;

/**
 * The policy of the site: scripts, styles, images and forms from the site only (the portal serves
 * its script and stylesheet as files under /assets/, with no inline code), no plugins, no `<base>`,
 * no framing.
 */
const SITE_POLICY: PolicyDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

function policyText(policy: PolicyDirectives): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/** The Content-Security-Policy of every response but the API reference's (see {@link SITE_POLICY}). */
export const CONTENT_SECURITY_POLICY = policyText(SITE_POLICY);

/** The policy of the API reference (Swagger UI), which draws its icons as `data:` images. */
export const API_DOCS_CONTENT_SECURITY_POLICY = policyText({
  ...SITE_POLICY,
  'img-src': ["'self'", 'data:'],
});

/**
 * The security headers besides the Content-Security-Policy and `Referrer-Policy`, as Hono's
 * `secureHeaders` set them by default (with `X-Frame-Options: DENY`), in that order. Written out
 * here so that a page answered with all its headers in one plain object (`pageResponseOf`) carries
 * the same ones as every other response.
 */
const OTHER_SECURITY_HEADERS: readonly (readonly [name: string, value: string])[] = [
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'DENY'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

/**
 * The `Referrer-Policy` of the answer to `c`: `same-origin` for a signed-in session and the editors'
 * pages (`c.var.sameOriginReferrer`), else `no-referrer`. Under `no-referrer` a browser sends
 * `Origin: null` with the forms a page posts, and the server could not tell this site's forms from
 * another's; the referrer still never leaves the site.
 */
function referrerPolicyOf(c: Context): string {
  return c.var.session !== undefined || c.var.sameOriginReferrer === true ? 'same-origin' : 'no-referrer';
}

/**
 * Adds the security headers of the answer to `c` to `headers` (a plain object of names as written,
 * as `pageResponseOf` sends them): the Content-Security-Policy `policy`, `Referrer-Policy` by
 * {@link referrerPolicyOf}, and {@link OTHER_SECURITY_HEADERS}.
 */
export function addSecurityHeaders(c: Context, headers: Record<string, string>, policy: string): void {
  for (const [name, value] of OTHER_SECURITY_HEADERS) headers[name] = value;
  headers['Referrer-Policy'] = referrerPolicyOf(c);
  headers['Content-Security-Policy'] = policy;
}

/**
 * Sets the security headers on every response it wraps: the Content-Security-Policy `policy`,
 * `nosniff`, `no-referrer` (or `same-origin`: see {@link referrerPolicyOf}), `X-Frame-Options: DENY`
 * and the others of {@link OTHER_SECURITY_HEADERS}, over any the response has, and removes
 * `X-Powered-By`. A middleware registered earlier runs outermost and sets its headers last, over
 * those of one registered later. A response answered with all its headers (`pageResponseOf`,
 * which adds the site's with {@link addSecurityHeaders}) is left alone: reading its headers would
 * make them a `Headers` object again, which costs a page without cache a tenth of its time.
 */
export function securityHeaders(policy: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (isComplete(c.res)) return;
    const headers = c.res.headers;
    for (const [name, value] of OTHER_SECURITY_HEADERS) headers.set(name, value);
    headers.set('Referrer-Policy', referrerPolicyOf(c));
    headers.delete('X-Powered-By');
    headers.set('Content-Security-Policy', policy);
  };
}
