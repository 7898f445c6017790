import type { Context, MiddlewareHandler } from 'hono';
import { isApiV1Path } from '../route-access.js';
import type { ApiLogEntry } from './api-deps.js';

/** The most characters of a path the request log keeps; the query string is never logged. */
export const LOGGED_PATH_LIMIT = 200;

/** `path` as the request log keeps it: at most {@link LOGGED_PATH_LIMIT} characters, then `…`. */
function capLoggedPath(path: string): string {
  return path.length <= LOGGED_PATH_LIMIT ? path : `${path.slice(0, LOGGED_PATH_LIMIT)}…`;
}

/** The entry of a request answered, without its request id. */
function entryOf(c: Context, started: number): Omit<ApiLogEntry, 'requestId'> {
  return {
    method: c.req.method,
    path: capLoggedPath(c.req.path),
    status: c.res.status,
    ms: Math.round((performance.now() - started) * 100) / 100,
  };
}

/**
 * Logs one short entry per request (after the answer): its request id, method, path (without its
 * query string, capped), status and time. Nothing else of the request is logged: no header (so no
 * cookie, `Authorization` or form token), no query string, no body (so no password or token).
 */
export function logRequests(log: ((entry: ApiLogEntry) => void) | undefined): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    log?.({ requestId: c.get('requestId'), ...entryOf(c, started) });
  };
}

/**
 * Logs the requests of the editors' pages (sign-in, drafts, accounts …: the routes the table marks
 * `editing`, whose guard sets `c.var.sameOriginReferrer`) as the API's are logged, with a request id
 * of their own; a reader's page is not logged, nor the API (which logs its own). The same entry, so the same secrets kept out.
 */
export function logEditorPages(log: ((entry: ApiLogEntry) => void) | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (log === undefined) {
      await next();
      return;
    }
    const started = performance.now();
    await next();
    if (c.var.sameOriginReferrer === true && !isApiV1Path(c.req.path))
      log({ requestId: crypto.randomUUID(), ...entryOf(c, started) });
  };
}
