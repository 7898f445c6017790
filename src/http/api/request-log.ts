import type { Context, MiddlewareHandler } from 'hono';
import { isApiTokenFormat, isSessionTokenFormat } from '../../accounts/index.js';
import { isApiV1Path } from '../route-access.js';
import type { ApiLogEntry } from './api-deps.js';

/** The most characters of a path the request log keeps; the query string is never logged. */
export const LOGGED_PATH_LIMIT = 200;

/** What stands in the log for a part of a path that may be a secret. */
export const REDACTED = '[redacted]';

/** A run of characters long enough to be a token (43 base64url characters) or a session id (64 hex). */
const LONG_RUN = /[A-Za-z0-9_-]{40,}/;

/**
 * True for a part of a path that has the form of a secret: a session or form token, an API token
 * (a client that sends one where an id goes, `DELETE /tokens/<the token>`), or a session id (its
 * SHA-256 in hex).
 */
function looksSecret(segment: string): boolean {
  return isSessionTokenFormat(segment) || isApiTokenFormat(segment) || /^[0-9a-f]{64}$/i.test(segment);
}

/**
 * `path` as the request log keeps it: each part that has the form of a secret replaced with
 * {@link REDACTED}, then at most {@link LOGGED_PATH_LIMIT} characters, then `…`.
 */
export function loggedPathOf(path: string): string {
  const safe = LONG_RUN.test(path)
    ? path
        .split('/')
        .map((segment) => (looksSecret(segment) ? REDACTED : segment))
        .join('/')
    : path;
  return safe.length <= LOGGED_PATH_LIMIT ? safe : `${safe.slice(0, LOGGED_PATH_LIMIT)}…`;
}

/** The entry of a request answered, without its request id. */
function entryOf(c: Context, started: number): Omit<ApiLogEntry, 'requestId'> {
  return {
    method: c.req.method,
    path: loggedPathOf(c.req.path),
    status: c.res.status,
    ms: Math.round((performance.now() - started) * 100) / 100,
  };
}

/**
 * Logs one short entry per request (after the answer): its request id, method, path (without its
 * query string, its parts that look like secrets redacted, capped), status and time. Nothing else of
 * the request is logged: no header (so no cookie, `Authorization` or form token), no query string,
 * no body (so no password or token).
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
