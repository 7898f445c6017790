import { basename, isAbsolute } from 'node:path';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isSomkbError } from '../errors/index.js';
import type { SomkbErrorCode } from '../errors/index.js';
import { STATUS_BY_CODE } from './error-status.js';

/** The JSON body of every API error response: `{ error: { code, message, details } }`. */
export interface ErrorBody {
  readonly error: {
    readonly code: SomkbErrorCode;
    readonly message: string;
    readonly details: Readonly<Record<string, unknown>>;
  };
}

/** What a failed request answers: a status, a code, a message safe to show and its details. */
export interface PublicError {
  readonly status: ContentfulStatusCode;
  readonly code: SomkbErrorCode;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** Messages shown instead of the internal text of 5xx errors. */
const SERVER_ERROR_MESSAGES: Readonly<Partial<Record<SomkbErrorCode, string>>> = {
  STORE_FAILED: 'The catalog store is unavailable. Try again later.',
};

/** The message of a 5xx error whose code has none of its own in {@link SERVER_ERROR_MESSAGES}. */
export const GENERIC_SERVER_ERROR = 'An unexpected error occurred.';

/**
 * A `where` as a client may see it: an absolute path of the server (a database file, a folder) is
 * reduced to its base name, so that no path of the server's file system reaches a client.
 */
export function publicWhere(where: string): string {
  return isAbsolute(where) || /^[A-Za-z]:[\\/]/.test(where) ? basename(where.replaceAll('\\', '/')) : where;
}

/**
 * The public form of any error, for the API's error body and the portal's error page alike: a
 * SomkbError keeps its code and its status from {@link STATUS_BY_CODE}, its message and its
 * `details` below 500 (a fixed text from 500), and its `where` (reduced by {@link publicWhere}) as
 * `details.where`;
 * anything else is an INTERNAL 500 with a generic message.
 */
export function toPublicError(error: unknown): PublicError {
  if (error instanceof HTTPException && error.status < 500) return fromHttpException(error);
  if (!isSomkbError(error))
    return { status: 500, code: 'INTERNAL', message: GENERIC_SERVER_ERROR, details: {} };
  const status = STATUS_BY_CODE[error.code];
  const message = status < 500 ? error.message : (SERVER_ERROR_MESSAGES[error.code] ?? GENERIC_SERVER_ERROR);
  const where = error.where === undefined ? {} : { where: publicWhere(error.where) };
  const details = status < 500 ? { ...error.details, ...where } : where;
  return { status, code: error.code, message, details };
}

/**
 * The public form of a 4xx HTTPException that Hono or a middleware raised (the somkb code that
 * matches its status, its message): a refusal of the request, never a server error.
 */
function fromHttpException(error: HTTPException): PublicError {
  const code: SomkbErrorCode =
    error.status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : error.status === 413 ? 'INPUT_TOO_LARGE' : 'USAGE';
  return {
    status: STATUS_BY_CODE[code],
    code,
    message: error.message || 'the request is not valid',
    details: {},
  };
}

/** The API's error body of `code`, `message` and `details`. */
export function errorBody(
  code: SomkbErrorCode,
  message: string,
  details: Readonly<Record<string, unknown>> = {},
): ErrorBody {
  return { error: { code, message, details } };
}

/** The API's error body of a {@link PublicError}. */
export function errorBodyOf(failure: PublicError): ErrorBody {
  return errorBody(failure.code, failure.message, failure.details);
}
