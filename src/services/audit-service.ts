import type { Caller } from '../accounts/index.js';
import type { AuditAction, AuditEntry, AuditFilter } from '../store/index.js';

/** What a use case appends to the audit log; who, when and from where come from the caller and the clock. */
export interface AuditEvent {
  readonly action: AuditAction;
  /** What it was done to: `user:<email>`, `draft:<id>`, `token:<id>`, `document:<id>`, `session`. */
  readonly target: string;
  /** The id of the state before, when there is one (a draft's revision, a version, a role). */
  readonly before?: string | null;
  /** The id of the state after, when there is one. */
  readonly after?: string | null;
  /** More facts; never a password, token or session id. */
  readonly detail?: Readonly<Record<string, unknown>>;
}

/**
 * The audit log's use cases: every service appends its writes and security events with `record`;
 * admins read the log (`/admin/audit`, `GET /api/v1/audit`, `somkb audit`). There is no way to
 * change or remove an entry.
 */
export interface AuditService {
  /** Appends one event, by `caller` (their email, or `anonymous`), now. */
  record(caller: Caller, event: AuditEvent): Promise<AuditEntry>;
  /** Entries matching `filter`, newest first; `FORBIDDEN` for anyone but an admin. */
  list(caller: Caller, filter?: AuditFilter): Promise<readonly AuditEntry[]>;
}
