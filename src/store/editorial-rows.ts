import type { Role } from '../accounts/index.js';
import type { DraftChange, DraftStatus } from '../editing/index.js';
import { SomkbError } from '../errors/index.js';
import type {
  ApiTokenRecord,
  AuditAction,
  AuditEntry,
  AuditFilter,
  DraftComment,
  DraftPatch,
  DraftRecord,
  KnowledgeVersionRecord,
  SessionRecord,
  UserRecord,
} from './editorial-store.js';

/**
 * The rows of the editorial store's tables, named alike in both backends (SQLite and PostgreSQL,
 * see migration `0004-editorial` of each), and their records. JSON is kept as text in both, so that
 * what a draft holds comes back exactly as it was written.
 */

/** The default number of audit entries a listing returns. */
export const DEFAULT_AUDIT_LIMIT = 100;

export interface UserRow {
  readonly id: string;
  readonly email: string;
  readonly email_key: string;
  readonly role: string;
  readonly password_hash: string;
  readonly totp_secret: string | null;
  /** 0 or 1 on SQLite, a boolean on PostgreSQL. */
  readonly disabled: number | boolean;
  readonly created_at: string;
  readonly updated_at: string;
}

export interface SessionRow {
  readonly id: string;
  readonly user_id: string;
  readonly created_at: string;
  readonly last_seen_at: string;
  readonly expires_at: string;
  readonly form_token: string;
  readonly ip: string;
}

export interface ApiTokenRow {
  readonly id: string;
  readonly user_id: string;
  readonly name: string;
  readonly token_hash: string;
  readonly created_at: string;
  readonly last_used_at: string | null;
  readonly revoked_at: string | null;
}

export interface DraftRow {
  readonly id: string;
  readonly title: string;
  readonly document_id: string;
  readonly base: number;
  readonly knowledge_base: number;
  readonly author_id: string;
  readonly reviewer_id: string | null;
  readonly status: string;
  readonly changes_json: string;
  readonly comments_json: string;
  readonly revision: number;
  readonly created_at: string;
  readonly updated_at: string;
  readonly published_version: number | null;
}

export interface KnowledgeVersionRow {
  readonly version: number;
  readonly published_at: string;
  readonly published_by: string;
  readonly draft: string | null;
  readonly thesaurus_json: string;
  readonly mechanisms_json: string;
}

export interface AuditRow {
  /** A number on SQLite; PostgreSQL's bigint comes as a string. */
  readonly id: number | string;
  readonly at: string;
  readonly actor: string;
  readonly ip: string;
  readonly action: string;
  readonly target: string;
  readonly before: string | null;
  readonly after: string | null;
  readonly detail_json: string;
}

/**
 * The key under which an email is unique: the email in lower case (Unicode's simple case folding
 * as JavaScript does it, the same on both backends), so that `Ana@UN.org` and `ana@un.org` are one
 * user whatever the database's collation.
 */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export function userRow(user: UserRecord): UserRow {
  return {
    id: user.id,
    email: user.email,
    email_key: emailKey(user.email),
    role: user.role,
    password_hash: user.passwordHash,
    totp_secret: user.totpSecret,
    disabled: user.disabled,
    created_at: user.createdAt,
    updated_at: user.updatedAt,
  };
}

export function userFromRow(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    role: row.role as Role,
    passwordHash: row.password_hash,
    totpSecret: row.totp_secret,
    disabled: row.disabled === true || row.disabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function sessionRow(session: SessionRecord): SessionRow {
  return {
    id: session.id,
    user_id: session.userId,
    created_at: session.createdAt,
    last_seen_at: session.lastSeenAt,
    expires_at: session.expiresAt,
    form_token: session.formToken,
    ip: session.ip,
  };
}

export function sessionFromRow(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    userId: row.user_id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    formToken: row.form_token,
    ip: row.ip,
  };
}

export function apiTokenRow(token: ApiTokenRecord): ApiTokenRow {
  return {
    id: token.id,
    user_id: token.userId,
    name: token.name,
    token_hash: token.tokenHash,
    created_at: token.createdAt,
    last_used_at: token.lastUsedAt,
    revoked_at: token.revokedAt,
  };
}

export function apiTokenFromRow(row: ApiTokenRow): ApiTokenRecord {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    tokenHash: row.token_hash,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** The row of a new draft: its revision is 1 whatever the record says (see `DraftStore.createDraft`). */
export function draftRow(draft: DraftRecord): DraftRow {
  return {
    id: draft.id,
    title: draft.title,
    document_id: draft.documentId,
    base: draft.base,
    knowledge_base: draft.knowledgeBase,
    author_id: draft.authorId,
    reviewer_id: draft.reviewerId,
    status: draft.status,
    changes_json: JSON.stringify(draft.changes),
    comments_json: JSON.stringify(draft.comments),
    revision: 1,
    created_at: draft.createdAt,
    updated_at: draft.updatedAt,
    published_version: draft.publishedVersion,
  };
}

export function draftFromRow(row: DraftRow): DraftRecord {
  return {
    id: row.id,
    title: row.title,
    documentId: row.document_id,
    base: row.base,
    knowledgeBase: row.knowledge_base,
    authorId: row.author_id,
    reviewerId: row.reviewer_id,
    status: row.status as DraftStatus,
    changes: JSON.parse(row.changes_json) as DraftChange[],
    comments: JSON.parse(row.comments_json) as DraftComment[],
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedVersion: row.published_version,
  };
}

/** The columns a draft patch sets (besides the revision and the time), in a fixed order. */
export function draftPatchColumns(patch: DraftPatch): Partial<Record<keyof DraftRow, unknown>> {
  const columns: Partial<Record<keyof DraftRow, unknown>> = {};
  if (patch.title !== undefined) columns.title = patch.title;
  if (patch.base !== undefined) columns.base = patch.base;
  if (patch.knowledgeBase !== undefined) columns.knowledge_base = patch.knowledgeBase;
  if (patch.reviewerId !== undefined) columns.reviewer_id = patch.reviewerId;
  if (patch.status !== undefined) columns.status = patch.status;
  if (patch.changes !== undefined) columns.changes_json = JSON.stringify(patch.changes);
  if (patch.comments !== undefined) columns.comments_json = JSON.stringify(patch.comments);
  if (patch.publishedVersion !== undefined) columns.published_version = patch.publishedVersion;
  return columns;
}

export function knowledgeFromRow(row: KnowledgeVersionRow): KnowledgeVersionRecord {
  return {
    version: row.version,
    publishedAt: row.published_at,
    by: row.published_by,
    draft: row.draft,
    thesaurus: JSON.parse(row.thesaurus_json) as unknown,
    mechanisms: JSON.parse(row.mechanisms_json) as unknown,
  };
}

export function auditFromRow(row: AuditRow): AuditEntry {
  return {
    id: Number(row.id),
    at: row.at,
    actor: row.actor,
    ip: row.ip,
    action: row.action as AuditAction,
    target: row.target,
    before: row.before,
    after: row.after,
    detail: JSON.parse(row.detail_json) as Record<string, unknown>,
  };
}

/**
 * The number of entries a listing returns: `filter.limit`, or {@link DEFAULT_AUDIT_LIMIT}.
 *
 * @throws SomkbError `USAGE` when the limit is not a whole number from 1.
 */
export function auditLimit(filter: AuditFilter): number {
  const limit = filter.limit ?? DEFAULT_AUDIT_LIMIT;
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new SomkbError('USAGE', `The audit log's limit must be a whole number from 1, not ${limit}.`, {
      where: 'limit',
    });
  }
  return limit;
}

/** The `CONFLICT` of a new user whose email another user has, whatever its case. */
export function emailTaken(email: string): SomkbError {
  return new SomkbError('CONFLICT', `A user with the email ${email} already exists.`, { where: 'email' });
}

/** The `PRECONDITION_FAILED` of a draft update based on a revision that is no longer current. */
export function staleDraft(current: DraftRecord, expected: number): SomkbError {
  return new SomkbError(
    'PRECONDITION_FAILED',
    `The draft ${current.id} was changed meanwhile: it is at revision ${current.revision}, not ` +
      `${expected}; look at its current state and make the change again.`,
    { where: `draft ${current.id}`, details: { current } },
  );
}

export function draftNotFound(id: string): SomkbError {
  return new SomkbError('NOT_FOUND', `There is no draft ${id}.`, { where: `draft ${id}` });
}

/** The `CONFLICT` of a knowledge publish based on a version that is no longer the newest. */
export function staleKnowledge(base: number, current: number): SomkbError {
  return new SomkbError(
    'CONFLICT',
    `Someone published the knowledge base meanwhile: version ${current} is current, but version ` +
      `${base} was when this publish began; look at the new version and try again.`,
    { where: 'knowledge base', details: { current } },
  );
}
