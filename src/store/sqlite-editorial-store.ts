import type Database from 'better-sqlite3';
import { SomkbError } from '../errors/index.js';
import type {
  AccountStore,
  ApiTokenRecord,
  AuditEntry,
  AuditFilter,
  AuditLog,
  DraftPatch,
  DraftRecord,
  DraftStore,
  EditorialStore,
  KnowledgeStore,
  KnowledgeVersionRecord,
  NewAuditEntry,
  SessionRecord,
  SignInFailures,
  UserPatch,
  UserRecord,
} from './editorial-store.js';
import type {
  ApiTokenRow,
  AuditRow,
  DraftRow,
  KnowledgeVersionRow,
  SessionRow,
  UserRow,
} from './editorial-rows.js';
import {
  apiTokenFromRow,
  apiTokenRow,
  auditFromRow,
  auditLimit,
  draftFromRow,
  draftNotFound,
  draftPatchColumns,
  draftRow,
  emailKey,
  emailTaken,
  knowledgeFromRow,
  sessionFromRow,
  sessionRow,
  staleDraft,
  staleKnowledge,
  userFromRow,
  userRow,
} from './editorial-rows.js';
import type { SqliteStoreNames } from './sqlite-database.js';
import { leaveWalMode, openSqliteDatabase, sqliteStoreError, sqliteStoreNames } from './sqlite-database.js';

/** Default wait for a lock held by another connection, in milliseconds. */
const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/** Options of {@link openSqliteEditorialStore}. */
export interface SqliteEditorialStoreOptions {
  /** How long to wait for a lock held by another connection, in milliseconds (default 5000). */
  readonly busyTimeoutMs?: number;
}

/** The SQLite error codes of a broken UNIQUE or PRIMARY KEY constraint. */
const UNIQUE_CODES = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && UNIQUE_CODES.has(code);
}

/** A user row as SQLite takes it (a boolean is 0 or 1). */
function sqliteUserRow(user: UserRecord): UserRow {
  const row = userRow(user);
  return { ...row, disabled: row.disabled === true ? 1 : 0 };
}

/**
 * The SQLite backend of {@link EditorialStore}, in the same file as the catalog store (the tables of
 * migration `0004-editorial`), on a connection of its own: it writes even while the catalog store of
 * `somkb serve` has the file open read-only, and WAL mode keeps that reader unblocked by its writes.
 * `:memory:` gives a store of its own. Each method is one statement or one transaction; a draft's
 * compare-and-set is one conditional UPDATE, so two connections (or processes) never both win.
 *
 * better-sqlite3 is synchronous; the async methods run on the calling thread.
 */
export class SqliteEditorialStore implements EditorialStore {
  readonly accounts: AccountStore;
  readonly drafts: DraftStore;
  readonly knowledge: KnowledgeStore;
  readonly audit: AuditLog;
  readonly #db: Database.Database;
  readonly #names: SqliteStoreNames;
  #closed = false;

  /** Use {@link openSqliteEditorialStore}, which opens and migrates the database first. */
  constructor(db: Database.Database, names: SqliteStoreNames) {
    this.#db = db;
    this.#names = names;
    const run = <T>(action: string, work: () => T): Promise<T> => this.#run(action, work);
    this.accounts = sqliteAccounts(db, run);
    this.drafts = sqliteDrafts(db, run);
    this.knowledge = sqliteKnowledge(db, run);
    this.audit = sqliteAudit(db, run);
  }

  /**
   * {@inheritDoc EditorialStore.close} Closing twice is harmless. The last connection to a file
   * leaves it in rollback-journal mode, as the catalog store's writer does.
   */
  close(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    this.#closed = true;
    try {
      if (!this.#db.memory) leaveWalMode(this.#db);
      this.#db.close();
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(sqliteStoreError('close', this.#names, error));
    }
  }

  #run<T>(action: string, work: () => T): Promise<T> {
    try {
      if (this.#closed) {
        throw new SomkbError('STORE_FAILED', `The editorial store ${this.#names.label} is closed.`, {
          where: this.#names.where,
        });
      }
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(sqliteStoreError(action, this.#names, error));
    }
  }
}

/** Runs one piece of work of the store, turning failures into `STORE_FAILED` naming the store. */
type Run = <T>(action: string, work: () => T) => Promise<T>;

function sqliteAccounts(db: Database.Database, run: Run): AccountStore {
  const s = {
    insertUser: db.prepare<[UserRow]>(
      `INSERT INTO users (id, email, email_key, role, password_hash, totp_secret, disabled, created_at, updated_at)
       VALUES (@id, @email, @email_key, @role, @password_hash, @totp_secret, @disabled, @created_at, @updated_at)`,
    ),
    user: db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?'),
    userByEmail: db.prepare<[string], UserRow>('SELECT * FROM users WHERE email_key = ?'),
    users: db.prepare<[], UserRow>('SELECT * FROM users ORDER BY email_key, id'),
    updateUser: db.prepare<[UserRow]>(
      `UPDATE users SET role = @role, password_hash = @password_hash, totp_secret = @totp_secret,
         disabled = @disabled, updated_at = @updated_at WHERE id = @id`,
    ),
    insertSession: db.prepare<[SessionRow]>(
      `INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, form_token, ip)
       VALUES (@id, @user_id, @created_at, @last_seen_at, @expires_at, @form_token, @ip)`,
    ),
    session: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?'),
    touchSession: db.prepare<[string, string]>('UPDATE sessions SET last_seen_at = ? WHERE id = ?'),
    deleteSession: db.prepare<[string]>('DELETE FROM sessions WHERE id = ?'),
    deleteSessionsOf: db.prepare<[string]>('DELETE FROM sessions WHERE user_id = ?'),
    insertToken: db.prepare<[ApiTokenRow]>(
      `INSERT INTO api_tokens (id, user_id, name, token_hash, created_at, last_used_at, revoked_at)
       VALUES (@id, @user_id, @name, @token_hash, @created_at, @last_used_at, @revoked_at)`,
    ),
    tokenByHash: db.prepare<[string], ApiTokenRow>('SELECT * FROM api_tokens WHERE token_hash = ?'),
    tokens: db.prepare<[], ApiTokenRow>('SELECT * FROM api_tokens ORDER BY created_at DESC, id DESC'),
    tokensOf: db.prepare<[string], ApiTokenRow>(
      'SELECT * FROM api_tokens WHERE user_id = ? ORDER BY created_at DESC, id DESC',
    ),
    touchToken: db.prepare<[string, string]>('UPDATE api_tokens SET last_used_at = ? WHERE id = ?'),
    revokeToken: db.prepare<[string, string]>(
      'UPDATE api_tokens SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?',
    ),
    revokeTokensOf: db.prepare<[string, string]>(
      'UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL',
    ),
    insertFailure: db.prepare<[string, string]>('INSERT INTO sign_in_failures (key, at) VALUES (?, ?)'),
    failures: db.prepare<[string, string], { readonly count: number; readonly last_at: string | null }>(
      'SELECT count(*) AS count, max(at) AS last_at FROM sign_in_failures WHERE key = ? AND at >= ?',
    ),
    clearFailures: db.prepare<[string]>('DELETE FROM sign_in_failures WHERE key = ?'),
  };
  const updateUser = db.transaction((id: string, patch: UserPatch, at: string): UserRecord => {
    const row = s.user.get(id);
    if (row === undefined) throw userNotFound(id);
    const current = userFromRow(row);
    const next: UserRecord = {
      ...current,
      ...(patch.role === undefined ? {} : { role: patch.role }),
      ...(patch.passwordHash === undefined ? {} : { passwordHash: patch.passwordHash }),
      ...(patch.totpSecret === undefined ? {} : { totpSecret: patch.totpSecret }),
      ...(patch.disabled === undefined ? {} : { disabled: patch.disabled }),
      updatedAt: at,
    };
    s.updateUser.run(sqliteUserRow(next));
    return next;
  });
  return {
    createUser: (user) =>
      run('add a user to', () => {
        try {
          s.insertUser.run(sqliteUserRow(user));
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          if (s.user.get(user.id) !== undefined) throw userExists(user.id);
          throw emailTaken(user.email);
        }
      }),
    findUser: (id) => run('read', () => mapRow(s.user.get(id), userFromRow)),
    findUserByEmail: (email) => run('read', () => mapRow(s.userByEmail.get(emailKey(email)), userFromRow)),
    listUsers: () => run('read', () => s.users.all().map(userFromRow)),
    updateUser: (id, patch, at) => run('update a user in', () => updateUser.immediate(id, patch, at)),

    createSession: (session: SessionRecord) =>
      run('add a session to', () => {
        s.insertSession.run(sessionRow(session));
      }),
    findSession: (id) => run('read', () => mapRow(s.session.get(id), sessionFromRow)),
    touchSession: (id, at) =>
      run('touch a session in', () => {
        s.touchSession.run(at, id);
      }),
    deleteSession: (id) =>
      run('end a session in', () => {
        s.deleteSession.run(id);
      }),
    deleteSessionsOf: (userId) => run('end sessions in', () => s.deleteSessionsOf.run(userId).changes),

    createApiToken: (token: ApiTokenRecord) =>
      run('add an API token to', () => {
        s.insertToken.run(apiTokenRow(token));
      }),
    findApiTokenByHash: (tokenHash) =>
      run('read', () => mapRow(s.tokenByHash.get(tokenHash), apiTokenFromRow)),
    listApiTokens: (userId) =>
      run('read', () =>
        (userId === undefined ? s.tokens.all() : s.tokensOf.all(userId)).map(apiTokenFromRow),
      ),
    touchApiToken: (id, at) =>
      run('touch an API token in', () => {
        s.touchToken.run(at, id);
      }),
    revokeApiToken: (id, at) =>
      run('revoke an API token in', () => {
        if (s.revokeToken.run(at, id).changes === 0) throw tokenNotFound(id);
      }),
    revokeApiTokensOf: (userId, at) =>
      run('revoke API tokens in', () => s.revokeTokensOf.run(at, userId).changes),

    recordSignInFailure: (key, at) =>
      run('record a failed sign-in in', () => {
        s.insertFailure.run(key, at);
      }),
    signInFailures: (key, since): Promise<SignInFailures> =>
      run('read', () => {
        const row = s.failures.get(key, since);
        return { count: row?.count ?? 0, lastAt: row?.last_at ?? null };
      }),
    clearSignInFailures: (key) =>
      run('clear failed sign-ins in', () => {
        s.clearFailures.run(key);
      }),
  };
}

function sqliteDrafts(db: Database.Database, run: Run): DraftStore {
  const s = {
    insert: db.prepare<[DraftRow]>(
      `INSERT INTO drafts (id, title, document_id, base, knowledge_base, author_id, reviewer_id, status,
         changes_json, comments_json, revision, created_at, updated_at, published_version)
       VALUES (@id, @title, @document_id, @base, @knowledge_base, @author_id, @reviewer_id, @status,
         @changes_json, @comments_json, @revision, @created_at, @updated_at, @published_version)`,
    ),
    draft: db.prepare<[string], DraftRow>('SELECT * FROM drafts WHERE id = ?'),
  };
  /** The UPDATE of a patch setting these columns, prepared once per set of columns. */
  const updates = new Map<string, Database.Statement<unknown[], DraftRow>>();
  const updateOf = (columns: readonly string[]): Database.Statement<unknown[], DraftRow> => {
    const key = columns.join(',');
    let statement = updates.get(key);
    if (statement === undefined) {
      const sets = [...columns.map((column) => `${column} = ?`), 'updated_at = ?', 'revision = revision + 1'];
      statement = db.prepare<unknown[], DraftRow>(
        `UPDATE drafts SET ${sets.join(', ')} WHERE id = ? AND revision = ? RETURNING *`,
      );
      updates.set(key, statement);
    }
    return statement;
  };
  return {
    createDraft: (draft) =>
      run('add a draft to', () => {
        try {
          s.insert.run(draftRow(draft));
        } catch (error) {
          if (isUniqueViolation(error)) {
            throw new SomkbError('CONFLICT', `A draft ${draft.id} already exists.`, {
              where: `draft ${draft.id}`,
            });
          }
          throw error;
        }
      }),
    findDraft: (id) => run('read', () => mapRow(s.draft.get(id), draftFromRow)),
    listDrafts: (filter = {}) =>
      run('read', () => {
        const conditions: string[] = [];
        const parameters: unknown[] = [];
        if (filter.authorId !== undefined) {
          conditions.push('author_id = ?');
          parameters.push(filter.authorId);
        }
        if (filter.statuses !== undefined) {
          if (filter.statuses.length === 0) return [];
          conditions.push(`status IN (${filter.statuses.map(() => '?').join(', ')})`);
          parameters.push(...filter.statuses);
        }
        const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
        return db
          .prepare<unknown[], DraftRow>(`SELECT * FROM drafts ${where} ORDER BY created_at DESC, id DESC`)
          .all(...parameters)
          .map(draftFromRow);
      }),
    updateDraft: (
      id: string,
      expectedRevision: number,
      patch: DraftPatch,
      at: string,
    ): Promise<DraftRecord> =>
      run('update a draft in', () => {
        const columns = draftPatchColumns(patch);
        const names = Object.keys(columns);
        const row = updateOf(names).get(
          ...names.map((name) => columns[name as keyof DraftRow]),
          at,
          id,
          expectedRevision,
        );
        if (row !== undefined) return draftFromRow(row);
        const current = s.draft.get(id);
        if (current === undefined) throw draftNotFound(id);
        throw staleDraft(draftFromRow(current), expectedRevision);
      }),
  };
}

function sqliteKnowledge(db: Database.Database, run: Run): KnowledgeStore {
  const s = {
    newest: db.prepare<[], KnowledgeVersionRow>(
      'SELECT * FROM knowledge_versions ORDER BY version DESC LIMIT 1',
    ),
    insert: db.prepare<[KnowledgeVersionRow]>(
      `INSERT INTO knowledge_versions (version, published_at, published_by, draft, thesaurus_json, mechanisms_json)
       VALUES (@version, @published_at, @published_by, @draft, @thesaurus_json, @mechanisms_json)`,
    ),
  };
  const publish = db.transaction(
    (base: number, record: Omit<KnowledgeVersionRecord, 'version'>): KnowledgeVersionRecord => {
      const current = s.newest.get()?.version ?? 0;
      if (current !== base) throw staleKnowledge(base, current);
      const row: KnowledgeVersionRow = {
        version: base + 1,
        published_at: record.publishedAt,
        published_by: record.by,
        draft: record.draft,
        thesaurus_json: JSON.stringify(record.thesaurus),
        mechanisms_json: JSON.stringify(record.mechanisms),
      };
      s.insert.run(row);
      return knowledgeFromRow(row);
    },
  );
  return {
    publishKnowledge: (base, record) =>
      run('publish the knowledge base to', () => publish.immediate(base, record)),
    currentKnowledge: () => run('read', () => mapRow(s.newest.get(), knowledgeFromRow)),
  };
}

function sqliteAudit(db: Database.Database, run: Run): AuditLog {
  const insert = db.prepare<[Omit<AuditRow, 'id'>], AuditRow>(
    `INSERT INTO audit_log (at, actor, ip, action, target, before, after, detail_json)
     VALUES (@at, @actor, @ip, @action, @target, @before, @after, @detail_json) RETURNING *`,
  );
  return {
    append: (entry: NewAuditEntry): Promise<AuditEntry> =>
      run('append to the audit log of', () => {
        const row = insert.get({
          at: entry.at,
          actor: entry.actor,
          ip: entry.ip,
          action: entry.action,
          target: entry.target,
          before: entry.before,
          after: entry.after,
          detail_json: JSON.stringify(entry.detail),
        });
        if (row === undefined) throw new Error('The audit log returned no entry.');
        return auditFromRow(row);
      }),
    list: (filter: AuditFilter = {}) =>
      run('read the audit log of', () => {
        const limit = auditLimit(filter);
        const conditions: string[] = [];
        const parameters: unknown[] = [];
        const add = (condition: string, value: unknown): void => {
          conditions.push(condition);
          parameters.push(value);
        };
        if (filter.actor !== undefined) add('actor = ?', filter.actor);
        if (filter.action !== undefined) add('action = ?', filter.action);
        if (filter.since !== undefined) add('at >= ?', filter.since);
        if (filter.until !== undefined) add('at < ?', filter.until);
        if (filter.beforeId !== undefined) add('id < ?', filter.beforeId);
        const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
        return db
          .prepare<unknown[], AuditRow>(`SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT ?`)
          .all(...parameters, limit)
          .map(auditFromRow);
      }),
  };
}

function mapRow<R, T>(row: R | undefined, map: (row: R) => T): T | undefined {
  return row === undefined ? undefined : map(row);
}

function userNotFound(id: string): SomkbError {
  return new SomkbError('NOT_FOUND', `There is no user ${id}.`, { where: `user ${id}` });
}

function userExists(id: string): SomkbError {
  return new SomkbError('CONFLICT', `A user ${id} already exists.`, { where: `user ${id}` });
}

function tokenNotFound(id: string): SomkbError {
  return new SomkbError('NOT_FOUND', `There is no API token ${id}.`, { where: `token ${id}` });
}

/**
 * Opens the editorial store in the SQLite file `path` (creating it and its schema when missing;
 * `:memory:` gives a store of its own) on a read-write connection of its own, and brings the schema
 * to the current version with the one migration list of the file.
 *
 * @throws SomkbError `STORE_FAILED` naming the file, as the catalog store does.
 */
export async function openSqliteEditorialStore(
  path: string,
  options: SqliteEditorialStoreOptions = {},
): Promise<SqliteEditorialStore> {
  const names = sqliteStoreNames(path, 'editorial store');
  const db = await openSqliteDatabase(path, names, {
    readonly: false,
    busyTimeoutMs: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
  });
  try {
    return new SqliteEditorialStore(db, names);
  } catch (error) {
    db.close();
    throw sqliteStoreError('open', names, error);
  }
}
