import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { ANONYMOUS } from '../accounts/index.js';
import type { Caller } from '../accounts/index.js';
import { SomkbError } from '../errors/index.js';
import type { AccountService, AuditService, DraftService, ResumedSession } from '../services/index.js';
import { clearSessionCookie, mayHoldSessionCookie, sessionTokenOf } from './session-cookie.js';

declare module 'hono' {
  interface ContextVariableMap {
    /** Who makes the request, and from where: anonymous for a reader (see {@link resolveCaller}). */
    caller: Caller;
    /** The request's session, when its cookie names a live one; `undefined` for readers and API tokens. */
    session: ResumedSession | undefined;
  }
}

/** The use cases of the people who maintain the catalog; without them the app is read-only. */
export interface EditorServices {
  readonly accounts: AccountService;
  readonly drafts: DraftService;
  readonly audit: AuditService;
}

/** The request header that carries the session's form token for scripts (forms send `_form`). */
export const FORM_TOKEN_HEADER = 'X-Somkb-Form-Token';

/** The form field that carries the session's form token. */
export const FORM_TOKEN_FIELD = '_form';

/** The methods that change state: each needs a credential's proof that the site itself sent it. */
const STATE_CHANGING: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True for a method that changes state (POST, PUT, PATCH, DELETE). */
export function isStateChanging(method: string): boolean {
  return STATE_CHANGING.has(method);
}

/** A client address when the server cannot tell one (a request made in-process, as tests do). */
const UNKNOWN_ADDRESS = 'unknown';

/**
 * The client's address as the server saw it (the socket's peer under `@hono/node-server`), or
 * `unknown` for a request that came through no socket.
 */
export function socketAddressOf(c: Context): string {
  const env = c.env as { incoming?: IncomingMessage } | undefined;
  return env?.incoming?.socket.remoteAddress ?? UNKNOWN_ADDRESS;
}

/** How {@link resolveCaller} works. */
export interface ResolveCallerOptions {
  /** The editors' use cases; without them every request is anonymous and nothing is looked up. */
  readonly editors: EditorServices | undefined;
  /** The client's address of a request (default {@link socketAddressOf}); behind a proxy, the proxy's. */
  readonly clientAddress?: (c: Context) => string;
  /** Leaves the requests for which it is true to another resolver (the API resolves its own, after its log). */
  readonly skip?: (c: Context) => boolean;
}

/** The bearer token of an `Authorization: Bearer …` header, `''` for an empty one, `undefined` for none. */
function bearerTokenOf(c: Context): string | undefined {
  const header = c.req.header('authorization');
  if (header === undefined) return undefined;
  const match = /^bearer(?:\s+(.*))?$/i.exec(header.trim());
  return match === null ? undefined : (match[1] ?? '').trim();
}

/** True if two secrets are equal, in a time that does not depend on where they differ. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The host (`name:port`) an `Origin` or `Referer` names, or `undefined` for `null` or a value that
 * is no URL.
 */
function hostOf(value: string): string | undefined {
  if (value === 'null') return undefined;
  try {
    return new URL(value).host;
  } catch {
    return undefined;
  }
}

/**
 * Refuses (FORBIDDEN) a state-changing request whose `Origin` (or, without one, `Referer`) is not
 * this site's, naming what was wrong; `required` refuses one that has neither too. The site is the
 * host the request was sent to (its `Host`): a reverse proxy that keeps the host (and may end TLS)
 * keeps the check working.
 */
export function checkSameOrigin(c: Context, required: boolean): void {
  const origin = c.req.header('origin');
  const referer = origin === undefined ? c.req.header('referer') : undefined;
  const given = origin ?? referer;
  const header = origin === undefined ? 'Referer' : 'Origin';
  if (given === undefined) {
    if (!required) return;
    throw new SomkbError(
      'FORBIDDEN',
      'a signed-in request that changes something must say where it comes from: it has no Origin (nor Referer) header',
      { where: 'Origin', details: { missing: 'origin' } },
    );
  }
  if (hostOf(given) !== new URL(c.req.url).host) {
    throw new SomkbError(
      'FORBIDDEN',
      `the request comes from another site (${header}: ${given.slice(0, 100)}); send it from this site's own pages`,
      { where: header, details: { missing: 'origin' } },
    );
  }
}

/** The form token a request carries: the header for scripts, else the `_form` field of a form body. */
async function formTokenOf(c: Context): Promise<string | undefined> {
  const header = c.req.header(FORM_TOKEN_HEADER);
  if (header !== undefined) return header;
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) return undefined;
  // Kept in Hono's body cache: the route reads the same parsed body again.
  const body = await c.req.parseBody();
  const field = body[FORM_TOKEN_FIELD];
  return typeof field === 'string' ? field : undefined;
}

/**
 * Refuses (FORBIDDEN) a state-changing request of a session that lacks proof the site sent it: a
 * same-origin `Origin` (or `Referer`) and the session's form token (`_form` or
 * {@link FORM_TOKEN_HEADER}), naming what was missing or wrong.
 */
export async function checkSessionWrite(c: Context, session: ResumedSession): Promise<void> {
  checkSameOrigin(c, true);
  const token = await formTokenOf(c);
  if (token === undefined || token === '') {
    throw new SomkbError(
      'FORBIDDEN',
      `the request has no form token: send the session's form token in the form field ${FORM_TOKEN_FIELD} or the header ${FORM_TOKEN_HEADER}`,
      { where: FORM_TOKEN_FIELD, details: { missing: 'form-token' } },
    );
  }
  if (!sameSecret(token, session.formToken)) {
    throw new SomkbError(
      'FORBIDDEN',
      'the form token is not this session’s (a page of an older session?): reload the page and send it again',
      { where: FORM_TOKEN_FIELD, details: { missing: 'form-token' } },
    );
  }
}

/**
 * Resolves who makes each request and sets `c.var.caller` and `c.var.session`:
 * - `Authorization: Bearer <token>`: the token's user (`accounts.authenticateToken`, which records
 *   its use); an unknown, revoked or disabled user's token is refused with UNAUTHENTICATED, whatever
 *   the route. Such a request needs no form token nor Origin (a browser never adds the header to
 *   another site's request).
 * - the `somkb_session` cookie: its session (`accounts.resumeSession`); an ended session leaves the
 *   caller anonymous and clears the cookie. A state-changing request (POST, PUT, PATCH, DELETE) of a
 *   session must come from this site's pages ({@link checkSessionWrite}), else FORBIDDEN.
 * - neither: an anonymous reader. Nothing is looked up, no cookie is set: the request is answered
 *   as before the editors came, with its caches.
 *
 * A signed-in request's answer is `Cache-Control: private, no-store`: it may hold what only its
 * caller may see.
 */
export function resolveCaller(options: ResolveCallerOptions): MiddlewareHandler {
  const { editors, skip } = options;
  const clientAddress = options.clientAddress ?? socketAddressOf;
  return async (c, next) => {
    if (skip?.(c) === true) {
      await next();
      return;
    }
    const ip = clientAddress(c);
    const bearer = editors === undefined ? undefined : bearerTokenOf(c);
    if (editors === undefined || (bearer === undefined && !mayHoldSessionCookie(c))) {
      c.set('caller', { actor: ANONYMOUS, ip });
      c.set('session', undefined);
      await next();
      return;
    }
    if (bearer !== undefined) {
      const actor = bearer === '' ? undefined : await editors.accounts.authenticateToken(bearer, ip);
      if (actor === undefined) {
        c.header('WWW-Authenticate', 'Bearer realm="somkb", error="invalid_token"');
        throw new SomkbError(
          'UNAUTHENTICATED',
          'the API token is not valid (unknown, revoked, or its user is disabled); create one with somkb tokens create',
          { where: 'Authorization' },
        );
      }
      c.set('caller', { actor, ip });
      c.set('session', undefined);
    } else {
      const token = sessionTokenOf(c);
      const session = token === undefined ? undefined : await editors.accounts.resumeSession(token);
      if (session === undefined) {
        clearSessionCookie(c);
        c.set('caller', { actor: ANONYMOUS, ip });
        c.set('session', undefined);
        await next();
        return;
      }
      c.set('caller', { actor: session.actor, ip });
      c.set('session', session);
      if (isStateChanging(c.req.method)) await checkSessionWrite(c, session);
    }
    await next();
    c.res.headers.set('Cache-Control', 'private, no-store');
  };
}
