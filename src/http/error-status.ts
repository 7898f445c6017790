import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SomkbErrorCode } from '../errors/index.js';

/**
 * The one table that maps each somkb error code to its HTTP status. It is a total record, so adding
 * a code to `SomkbErrorCode` fails the build until the code has a status here.
 */
export const STATUS_BY_CODE: Readonly<Record<SomkbErrorCode, ContentfulStatusCode>> = {
  USAGE: 400,
  NOT_FOUND: 404,
  INPUT_EMPTY: 400,
  INPUT_TOO_LARGE: 413,
  INPUT_BINARY: 400,
  INPUT_ENCODING: 400,
  INPUT_LANGUAGE: 400,
  INPUT_STRUCTURE: 400,
  INPUT_MALFORMED: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INPUT_UNREADABLE: 400,
  VALIDATION_FAILED: 422,
  ALIGNMENT_FAILED: 422,
  UNSUPPORTED_LANGUAGE: 400,
  CATALOG_EMPTY: 404,
  CONFLICT: 409,
  REMOVALS_REFUSED: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PRECONDITION_FAILED: 412,
  RATE_LIMITED: 429,
  STORE_FAILED: 503,
  STORE_FOLDER: 503,
  INTERNAL: 500,
};

/**
 * The headers an error answer carries besides its body, by code: how to authenticate after a 401
 * (`WWW-Authenticate`), when to try again after a 429 (`Retry-After`, from
 * `details.retryAfterSeconds`, in whole seconds).
 */
const HEADERS_BY_CODE: Readonly<
  Partial<Record<SomkbErrorCode, (details: Readonly<Record<string, unknown>>) => Record<string, string>>>
> = {
  UNAUTHENTICATED: () => ({ 'WWW-Authenticate': 'Bearer realm="somkb"' }),
  RATE_LIMITED: (details) => {
    const seconds = details['retryAfterSeconds'];
    return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0
      ? { 'Retry-After': String(Math.ceil(seconds)) }
      : {};
  },
};

/** The headers of an error answer of `code` with `details` (see {@link HEADERS_BY_CODE}). */
export function errorHeadersOf(
  code: SomkbErrorCode,
  details: Readonly<Record<string, unknown>>,
): Record<string, string> {
  return HEADERS_BY_CODE[code]?.(details) ?? {};
}
