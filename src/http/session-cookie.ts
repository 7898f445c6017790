import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { IssuedSession } from '../services/index.js';
import { markHeadersPrepared } from './complete-response.js';

/** The name of the cookie that holds a signed-in browser's session token. */
export const SESSION_COOKIE = 'somkb_session';

/** `somkb_session=` as it starts the cookie in a `Cookie` header: a reader's request lacks it. */
const SESSION_COOKIE_PREFIX = `${SESSION_COOKIE}=`;

/** The hosts a browser reaches over plain HTTP in development: no `Secure` cookie there. */
const LOCAL_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True if `c` is a request to this machine (`localhost`, `127.0.0.1`, `[::1]`), which may be plain HTTP. */
export function isLocalRequest(c: Context): boolean {
  return LOCAL_HOSTS.has(new URL(c.req.url).hostname);
}

/**
 * True if the request's `Cookie` header may hold a session cookie: a cheap look at the header, so
 * that a reader's request (no cookie, or only the language cookie) parses nothing.
 */
export function mayHoldSessionCookie(c: Context): boolean {
  return c.req.header('cookie')?.includes(SESSION_COOKIE_PREFIX) === true;
}

/** The session token of the request's cookie, or `undefined` when it has none. */
export function sessionTokenOf(c: Context): string | undefined {
  if (!mayHoldSessionCookie(c)) return undefined;
  const token = getCookie(c, SESSION_COOKIE);
  return token === undefined || token === '' ? undefined : token;
}

/**
 * Sets the session cookie of a session just issued (the portal's sign-in): `HttpOnly` (no script
 * reads it), `SameSite=Lax` (not sent with another site's posts), `Path=/`, `Secure` unless the
 * request is to this machine ({@link isLocalRequest}), and `Max-Age` to the session's absolute end
 * (whole seconds from now; the idle timeout is the server's to enforce).
 */
export function setSessionCookie(c: Context, session: IssuedSession, now: Date = new Date()): void {
  const seconds = Math.max(0, Math.floor((Date.parse(session.expiresAt) - now.getTime()) / 1000));
  setCookie(c, SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: !isLocalRequest(c),
    maxAge: seconds,
  });
  markHeadersPrepared(c);
}

/** Clears the session cookie (sign-out, or a cookie whose session has ended). */
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: !isLocalRequest(c) });
  markHeadersPrepared(c);
}
