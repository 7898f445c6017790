/**
 * The catalog of error codes somkb raises. Each names a class of failure a caller can act on;
 * the HTTP layer maps them to statuses in one table and the CLI prints them on one line.
 */
export type SomkbErrorCode =
  /** A command line or request was malformed (unknown option, wrong type, missing argument). */
  | 'USAGE'
  /** A file or resource that was named does not exist. */
  | 'NOT_FOUND'
  /** The input holds no text at all. */
  | 'INPUT_EMPTY'
  /** The input is larger than the configured limit. */
  | 'INPUT_TOO_LARGE'
  /** The input is binary data, not text. */
  | 'INPUT_BINARY'
  /** The input is text, but not in UTF-8 (GBK, UTF-16 …). */
  | 'INPUT_ENCODING'
  /** The text is not in the language it was declared to be in. */
  | 'INPUT_LANGUAGE'
  /** The text does not have the structure of a thematic summary. */
  | 'INPUT_STRUCTURE'
  /**
   * A request body could not be read as what it must be: not valid JSON, beginning with a byte order
   * mark, or ended before it was complete (the client hung up).
   */
  | 'INPUT_MALFORMED'
  /** A request body was sent without the media type it must have (e.g. not `application/json`). */
  | 'UNSUPPORTED_MEDIA_TYPE'
  /**
   * A PDF or Word file could not be read as a document: no text layer (a scan), encrypted, damaged
   * or cut, or not the format its content claims; or the tool that reads it is missing.
   */
  | 'INPUT_UNREADABLE'
  /** The text parsed, but validation found errors; nothing was published. */
  | 'VALIDATION_FAILED'
  /**
   * A language version does not align with the language versions of the document already published
   * (paragraph numbers, paper symbols, themes and their papers, item letters); nothing was published.
   */
  | 'ALIGNMENT_FAILED'
  /** No grammar exists for the requested language yet. */
  | 'UNSUPPORTED_LANGUAGE'
  /** The store has no published catalog yet. */
  | 'CATALOG_EMPTY'
  /**
   * The request contradicts the current state: a publish based on a version that is no longer
   * current, a version number that already exists, a rollback to the current version.
   */
  | 'CONFLICT'
  /** A publish would remove paragraphs, papers or themes of the current version, and that was not allowed. */
  | 'REMOVALS_REFUSED'
  /**
   * The request needs a signed-in user or an API token, and carried none, or one that is unknown,
   * expired, revoked or of a disabled user; or a sign-in failed. Says nothing about whether an
   * account exists.
   */
  | 'UNAUTHENTICATED'
  /**
   * The caller is known but may not do this: a role without the right (an editor calling an admin
   * route), a reviewer approving their own draft, another editor's draft, a state-changing request
   * from another origin or without its form token.
   */
  | 'FORBIDDEN'
  /**
   * A change was based on a state that is no longer current: an edit carrying a draft's old ETag
   * (`If-Match`). `details` hold the current state, so that nothing is lost silently.
   */
  | 'PRECONDITION_FAILED'
  /** Too many attempts (sign-in): try again later; `details.retryAfterSeconds` says when. */
  | 'RATE_LIMITED'
  /** The store could not be read or written. */
  | 'STORE_FAILED'
  /** The folder for the database could not be created (a file in the way, no permission). */
  | 'STORE_FOLDER'
  /** A bug: something that should not happen did. */
  | 'INTERNAL';

/** Optional extra context carried by a {@link SomkbError}. */
export interface SomkbErrorOptions {
  /** The underlying error, if any. */
  readonly cause?: unknown;
  /** Where the problem is: a file path, a line number, a field name. */
  readonly where?: string;
  /**
   * Facts a caller can act on, safe to show to the client that caused the error (never a secret,
   * never a machine path), as JSON: e.g. `{ fields: { text: 'message' } }` for a rejected form,
   * `{ current: … }` for a stale edit, `{ theirs, ours }` for a conflict, `{ retryAfterSeconds }`.
   * The API returns them in its error body's `details`; the portal shows them next to the fields.
   */
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * The one error type of somkb. `message` is written for the person who caused the problem and
 * names the thing that was wrong; `where` (when set) says where it was, e.g. `line 212`.
 */
export class SomkbError extends Error {
  override readonly name = 'SomkbError';
  readonly code: SomkbErrorCode;
  readonly where: string | undefined;
  /** See {@link SomkbErrorOptions.details}; empty when none were given. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: SomkbErrorCode, message: string, options: SomkbErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.where = options.where;
    this.details = options.details ?? {};
  }

  /** The message with its location, on one line, as the CLI prints it. */
  describe(): string {
    const oneLine = this.message.replace(/\s*\n\s*/g, ' ');
    return this.where === undefined ? oneLine : `${this.where}: ${oneLine}`;
  }
}

/** True if `error` is a {@link SomkbError}, optionally of the given code. */
export function isSomkbError(error: unknown, code?: SomkbErrorCode): error is SomkbError {
  return error instanceof SomkbError && (code === undefined || error.code === code);
}
