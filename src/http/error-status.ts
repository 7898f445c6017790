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
