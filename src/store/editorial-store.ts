import type { Role } from '../accounts/index.js';
import type { DraftChange, DraftStatus } from '../editing/index.js';

/**
 * The editorial store: everything somkb keeps besides the published catalogs, for the people who
 * maintain them: accounts, sessions and API tokens, sign-in failures (rate limits), drafts, the
 * published versions of the knowledge base, and the audit log. One port with a SQLite and a
 * PostgreSQL adapter, opened on the same database as the catalog store (`openEditorialStoreFor`),
 * and one contract suite that both pass.
 *
 * Secrets are never stored in clear: passwords as argon2id hashes, session ids and API tokens as
 * SHA-256 hashes (lowercase hex). Times are ISO 8601 UTC strings.
 */
export interface EditorialStore {
  readonly accounts: AccountStore;
  readonly drafts: DraftStore;
  readonly knowledge: KnowledgeStore;
  readonly audit: AuditLog;
  /** Releases the store's resources; the store is unusable afterwards. */
  close(): Promise<void>;
}

/** A user as the store keeps them. */
export interface UserRecord {
  /** Opaque and stable (random); never reused. */
  readonly id: string;
  /** Lowercase; unique. */
  readonly email: string;
  readonly role: Role;
  /** argon2id, PHC string format. */
  readonly passwordHash: string;
  /** The TOTP secret (base32) once the user confirmed a code with it, else `null`. */
  readonly totpSecret: string | null;
  readonly disabled: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What may change of a user; omitted fields keep their value. */
export interface UserPatch {
  readonly role?: Role;
  readonly passwordHash?: string;
  readonly totpSecret?: string | null;
  readonly disabled?: boolean;
}

/** A signed-in session. Its id is the SHA-256 of the random token the browser holds. */
export interface SessionRecord {
  /** SHA-256 (hex) of the session token; the token itself is never stored. */
  readonly id: string;
  readonly userId: string;
  readonly createdAt: string;
  /** Last request seen; the idle timeout counts from it. */
  readonly lastSeenAt: string;
  /** The absolute end of the session, whatever its use. */
  readonly expiresAt: string;
  /** The form token of this session (random; the state-changing forms carry it). */
  readonly formToken: string;
  /** The address that signed in. */
  readonly ip: string;
}

/** An API token (`Authorization: Bearer …`). */
export interface ApiTokenRecord {
  /** Opaque and stable; shown in listings, never the token. */
  readonly id: string;
  readonly userId: string;
  /** What its owner called it (`--name`). */
  readonly name: string;
  /** SHA-256 (hex) of the token; the token itself is shown once and never stored. */
  readonly tokenHash: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

/** Failed sign-ins counted under one key (`ip:<address>` or `account:<email>`). */
export interface SignInFailures {
  /** How many failures since the time asked for. */
  readonly count: number;
  /** When the last one was, or `null` when none. */
  readonly lastAt: string | null;
}

/** Users, sessions, API tokens and failed sign-ins. */
export interface AccountStore {
  /** Adds a user; `CONFLICT` when the email is taken. */
  createUser(user: UserRecord): Promise<void>;
  findUser(id: string): Promise<UserRecord | undefined>;
  /** By email, case-insensitively. */
  findUserByEmail(email: string): Promise<UserRecord | undefined>;
  /** Every user, by email. */
  listUsers(): Promise<readonly UserRecord[]>;
  /** Changes a user and sets `updatedAt`; `NOT_FOUND` when there is none. */
  updateUser(id: string, patch: UserPatch, at: string): Promise<UserRecord>;

  createSession(session: SessionRecord): Promise<void>;
  findSession(id: string): Promise<SessionRecord | undefined>;
  /** Records a request of the session (idle timeout). */
  touchSession(id: string, at: string): Promise<void>;
  deleteSession(id: string): Promise<void>;
  /** Ends every session of a user (disabled, password or role changed); returns how many. */
  deleteSessionsOf(userId: string): Promise<number>;

  createApiToken(token: ApiTokenRecord): Promise<void>;
  findApiTokenByHash(tokenHash: string): Promise<ApiTokenRecord | undefined>;
  /** Every token (of one user, or all), newest first, revoked ones included. */
  listApiTokens(userId?: string): Promise<readonly ApiTokenRecord[]>;
  /** Records a use of the token. */
  touchApiToken(id: string, at: string): Promise<void>;
  /** Revokes one token; `NOT_FOUND` when there is none. */
  revokeApiToken(id: string, at: string): Promise<void>;
  /** Revokes every token of a user; returns how many were live. */
  revokeApiTokensOf(userId: string, at: string): Promise<number>;

  recordSignInFailure(key: string, at: string): Promise<void>;
  signInFailures(key: string, since: string): Promise<SignInFailures>;
  /** Forgets the failures under a key (a successful sign-in). */
  clearSignInFailures(key: string): Promise<void>;
}

/** A comment on a draft: a reviewer sending it back, or anyone who may see it. */
export interface DraftComment {
  readonly at: string;
  /** The email of who wrote it. */
  readonly by: string;
  readonly text: string;
}

/** A draft as the store keeps it. */
export interface DraftRecord {
  /** Opaque and stable (random, URL-safe). */
  readonly id: string;
  readonly title: string;
  /** The document it changes (`thematic-summary-2021`). */
  readonly documentId: string;
  /** The version of the document it is based on (its base); a rebase moves it. */
  readonly base: number;
  /** The version of the knowledge base it is based on (0 for the bundled files). */
  readonly knowledgeBase: number;
  readonly authorId: string;
  /** Who approved it, once approved. */
  readonly reviewerId: string | null;
  readonly status: DraftStatus;
  /** Its changes, at most one per target, in the order they were first made. */
  readonly changes: readonly DraftChange[];
  readonly comments: readonly DraftComment[];
  /**
   * Counts every write of the draft (1 when opened); the draft's ETag is made from it, and an update
   * must name the revision it read.
   */
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The version its publish made, once published. */
  readonly publishedVersion: number | null;
}

/** What may change of a draft; omitted fields keep their value. */
export interface DraftPatch {
  readonly title?: string;
  readonly base?: number;
  readonly knowledgeBase?: number;
  readonly reviewerId?: string | null;
  readonly status?: DraftStatus;
  readonly changes?: readonly DraftChange[];
  readonly comments?: readonly DraftComment[];
  readonly publishedVersion?: number | null;
}

/** Drafts: opened, changed with compare-and-set on their revision, never deleted. */
export interface DraftStore {
  /** Adds a draft (revision 1). */
  createDraft(draft: DraftRecord): Promise<void>;
  findDraft(id: string): Promise<DraftRecord | undefined>;
  /** Drafts, newest first, of one author or in some statuses when asked. */
  listDrafts(filter?: {
    readonly authorId?: string;
    readonly statuses?: readonly DraftStatus[];
  }): Promise<readonly DraftRecord[]>;
  /**
   * Changes a draft if its revision is still `expectedRevision`, and returns it with the next
   * revision; `PRECONDITION_FAILED` (with the current draft) when someone wrote it meanwhile,
   * `NOT_FOUND` when there is none.
   */
  updateDraft(id: string, expectedRevision: number, patch: DraftPatch, at: string): Promise<DraftRecord>;
}

/** One published version of the knowledge base (the thesaurus and the mechanisms directory). */
export interface KnowledgeVersionRecord {
  /** 1, 2, 3 …; 0 is the bundled files, which the store does not hold. */
  readonly version: number;
  readonly publishedAt: string;
  /** The email of who published it. */
  readonly by: string;
  /** The draft it came from. */
  readonly draft: string | null;
  /** The thesaurus as `knowledge/thesaurus.json` writes it. */
  readonly thesaurus: unknown;
  /** The mechanisms directory as `knowledge/mechanisms.json` writes it. */
  readonly mechanisms: unknown;
}

/** The published versions of the knowledge base; none until an editor publishes a change to it. */
export interface KnowledgeStore {
  /**
   * Publishes a new version if the current one is still `base` (`CONFLICT` otherwise) and returns
   * it, numbered `base + 1`.
   */
  publishKnowledge(
    base: number,
    record: Omit<KnowledgeVersionRecord, 'version'>,
  ): Promise<KnowledgeVersionRecord>;
  /** The newest version, or `undefined` while the bundled files are current. */
  currentKnowledge(): Promise<KnowledgeVersionRecord | undefined>;
  /**
   * One version (1, 2 …), or `undefined` when there is none: the base of a draft opened before the
   * current version, which a publish compares with the current one to find conflicts. Optional: a
   * store without it makes such a draft compare with the current version only.
   */
  knowledgeVersion?(version: number): Promise<KnowledgeVersionRecord | undefined>;
}

/**
 * What the audit log records. Security events: `sign-in`, `sign-in-failed`, `sign-out`,
 * `user-added`, `user-role-changed`, `user-disabled`, `user-enabled`, `password-changed`,
 * `totp-enabled`, `token-created`, `token-used`, `token-revoked`; writes: `draft-opened`,
 * `draft-edited`, `draft-submitted`, `draft-approved`, `draft-sent-back`, `draft-rebased`,
 * `draft-withdrawn`, `draft-published`, `catalog-ingested`, `catalog-rolled-back`.
 */
export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'user-added',
  'user-role-changed',
  'user-disabled',
  'user-enabled',
  'password-changed',
  'totp-enabled',
  'token-created',
  'token-used',
  'token-revoked',
  'draft-opened',
  'draft-edited',
  'draft-submitted',
  'draft-approved',
  'draft-sent-back',
  'draft-rebased',
  'draft-withdrawn',
  'draft-published',
  'catalog-ingested',
  'catalog-rolled-back',
] as const;

/** One of {@link AUDIT_ACTIONS}. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One entry of the audit log, as appended. */
export interface NewAuditEntry {
  readonly at: string;
  /** Who: a user's email, `cli:<os user>`, or `anonymous` (a failed sign-in names the email tried in `detail`, never the password). */
  readonly actor: string;
  /** From which address (`cli` for the command line). */
  readonly ip: string;
  readonly action: AuditAction;
  /** What it was done to: `user:<email>`, `draft:<id>`, `token:<id>`, `document:<id>`, `session`. */
  readonly target: string;
  /** The id of the state before (a draft's revision, a version, a role), when there is one. */
  readonly before: string | null;
  /** The id of the state after, when there is one. */
  readonly after: string | null;
  /** More facts, never a secret (no password, token or session id). */
  readonly detail: Readonly<Record<string, unknown>>;
}

/** One entry of the audit log, as read. */
export interface AuditEntry extends NewAuditEntry {
  /** Its position in the log: 1, 2, 3 … in the order appended. */
  readonly id: number;
}

/** Which entries to read: all of them by default, newest first. */
export interface AuditFilter {
  readonly actor?: string;
  readonly action?: AuditAction;
  /** From this time on (inclusive). */
  readonly since?: string;
  /** Before this time (exclusive). */
  readonly until?: string;
  /** Entries with an id below this one (the next page). */
  readonly beforeId?: number;
  /** At most this many (default 100). */
  readonly limit?: number;
}

/**
 * The audit log: append and read, nothing else. The database refuses to update or delete an entry
 * (triggers on SQLite; on PostgreSQL a trigger that also refuses TRUNCATE), so no code path can.
 */
export interface AuditLog {
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Entries matching `filter`, newest first. */
  list(filter?: AuditFilter): Promise<readonly AuditEntry[]>;
}
