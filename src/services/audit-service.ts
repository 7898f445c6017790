import type { Caller } from '../accounts/index.js';
import { roleIncludes } from '../accounts/index.js';
import { SomkbError } from '../errors/index.js';
import type { AuditAction, AuditEntry, AuditFilter, AuditLog } from '../store/index.js';
import { AUDIT_ACTIONS } from '../store/index.js';

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

/** True if `value` is an {@link AuditAction}. */
export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/**
 * An audit entry as the front ends show it (`somkb audit --json`, `GET /api/v1/audit`, the admin
 * page): `{ id, at, actor, ip, action, target, before, after, detail }`, in that order.
 */
export interface AuditEntryView {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly ip: string;
  readonly action: AuditAction;
  readonly target: string;
  readonly before: string | null;
  readonly after: string | null;
  readonly detail: Readonly<Record<string, unknown>>;
}

/** The one view of an audit entry (see {@link AuditEntryView}). */
export function viewAuditEntry(entry: AuditEntry): AuditEntryView {
  return {
    id: entry.id,
    at: entry.at,
    actor: entry.actor,
    ip: entry.ip,
    action: entry.action,
    target: entry.target,
    before: entry.before,
    after: entry.after,
    detail: entry.detail,
  };
}

/** How many entries a listing gives when none is asked for: 100. */
export const DEFAULT_AUDIT_LIMIT = 100;
/** The most entries one listing gives: 1,000 (page on with `beforeId`). */
export const MAX_AUDIT_LIMIT = 1000;

/**
 * Keys an event's detail may not have: the names under which a secret would be passed. A use case
 * that tried is a bug (`INTERNAL`), caught by its tests before a secret reaches the log.
 */
const SECRET_KEYS = new Set([
  'password',
  'passwordhash',
  'newpassword',
  'currentpassword',
  'token',
  'tokenhash',
  'sessiontoken',
  'sessionid',
  'formtoken',
  'secret',
  'totpsecret',
  'code',
  'totp',
]);

/** Refuses a detail that carries a key of {@link SECRET_KEYS}, at any depth. */
function checkNoSecrets(value: unknown, path: string): void {
  if (value === null || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) {
    if (SECRET_KEYS.has(key.toLowerCase().replace(/[^a-z]/g, '')))
      throw new SomkbError('INTERNAL', `an audit entry's detail may not carry '${path}${key}' (a secret)`);
    checkNoSecrets(inner, `${path}${key}.`);
  }
}

/** Options of {@link createAuditService}. */
export interface AuditServiceOptions {
  /** The clock (tests inject one); the system's by default. */
  readonly now?: () => Date;
}

/** An ISO 8601 time of a filter, or `VALIDATION_FAILED` naming the field. */
function filterTime(value: string | undefined, field: 'since' | 'until'): string | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time))
    throw new SomkbError('VALIDATION_FAILED', `${field} is not a date or time (got '${value}')`, {
      details: { fields: { [field]: 'a date (2026-12-01) or a time (2026-12-01T08:00:00Z)' } },
    });
  return new Date(time).toISOString();
}

/**
 * The audit service over the append-only log of the editorial store. `record` stamps each event with
 * the time, the caller's email (`cli:<os user>` for the command line, `anonymous` for nobody signed
 * in) and address, and refuses a detail that carries a secret by name; `list` answers admins only.
 */
export function createAuditService(log: AuditLog, options: AuditServiceOptions = {}): AuditService {
  const now = options.now ?? (() => new Date());
  return {
    async record(caller, event) {
      const detail = event.detail ?? {};
      checkNoSecrets(detail, '');
      return log.append({
        at: now().toISOString(),
        actor: caller.actor.kind === 'user' ? caller.actor.email : 'anonymous',
        ip: caller.ip,
        action: event.action,
        target: event.target,
        before: event.before ?? null,
        after: event.after ?? null,
        detail,
      });
    },
    async list(caller, filter = {}) {
      if (caller.actor.kind !== 'user' || !roleIncludes(caller.actor.role, 'admin'))
        throw new SomkbError('FORBIDDEN', 'only an admin may read the audit log');
      const limit = filter.limit ?? DEFAULT_AUDIT_LIMIT;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_AUDIT_LIMIT)
        throw new SomkbError(
          'VALIDATION_FAILED',
          `limit is a whole number from 1 to ${MAX_AUDIT_LIMIT} (got ${limit})`,
          { details: { fields: { limit: `from 1 to ${MAX_AUDIT_LIMIT}` } } },
        );
      if (filter.action !== undefined && !isAuditAction(filter.action))
        throw new SomkbError('VALIDATION_FAILED', `no such audit action: '${String(filter.action)}'`, {
          details: { fields: { action: AUDIT_ACTIONS.join(', ') } },
        });
      const since = filterTime(filter.since, 'since');
      const until = filterTime(filter.until, 'until');
      return log.list({
        ...filter,
        limit,
        ...(since === undefined ? {} : { since }),
        ...(until === undefined ? {} : { until }),
      });
    },
  };
}
