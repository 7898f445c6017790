import type { Context } from 'hono';

declare module 'hono' {
  interface ContextVariableMap {
    /**
     * True once a middleware has set a header on the request's answer before its route ran (a
     * cookie): Hono keeps such headers for the responses it makes (`c.body`, `c.html` …) only, so
     * the route must answer through them, not with a response of its own ({@link markComplete}).
     */
    headersPrepared: boolean | undefined;
  }
}

/**
 * The responses answered with all their headers in one plain object (`pageResponseOf`), which the
 * header middlewares leave alone.
 */
const completeResponses = new WeakSet<Response>();

/** Marks `response` as answered with all its headers: the header middlewares will leave it alone. */
export function markComplete(response: Response): Response {
  completeResponses.add(response);
  return response;
}

/** True if `response` was answered with all its headers ({@link markComplete}). */
export function isComplete(response: Response): boolean {
  return completeResponses.has(response);
}

/**
 * Says that a header was set on `c`'s answer before its route ran (`setCookie` and the like, which
 * Hono keeps for the responses it makes): the route's answer is then made by Hono, and the header
 * middlewares set their headers on it one by one.
 */
export function markHeadersPrepared(c: Context): void {
  c.set('headersPrepared', true);
}
