import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

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
 * Sets the security headers on every response it wraps: the Content-Security-Policy `policy`,
 * `nosniff`, `no-referrer`, `X-Frame-Options: DENY` and Hono's other defaults. A middleware
 * registered earlier runs outermost and sets its headers last, over those of one registered later.
 *
 * The answers to a signed-in session and the editors' pages (`c.var.sameOriginReferrer`) say
 * `Referrer-Policy: same-origin` instead: under `no-referrer` a browser sends `Origin: null` with
 * the forms a page posts, and the server could not tell this site's forms from another's. The
 * referrer still never leaves the site.
 */
export function securityHeaders(policy: string): MiddlewareHandler {
  const others = secureHeaders({
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: 'nosniff',
    xFrameOptions: 'DENY',
  });
  return async (c, next) => {
    await others(c, next);
    c.res.headers.set('Content-Security-Policy', policy);
    if (c.var.session !== undefined || c.var.sameOriginReferrer === true)
      c.res.headers.set('Referrer-Policy', 'same-origin');
  };
}
