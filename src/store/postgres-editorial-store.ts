import type { Generated, Kysely } from 'kysely';
import { sql } from 'kysely';
import { SomkbError } from '../errors/index.js';
import type {
  AccountStore,
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
import { createDatabase, postgresError, prepareSchema } from './postgres-catalog-store.js';
import type { PostgresLocation } from './store-url.js';
import { parsePostgresUrl } from './store-url.js';

/** Options of {@link openPostgresEditorialStore}. */
export interface PostgresEditorialStoreOptions {
  /** Most connections of the pool (default 5). */
  readonly poolSize?: number;
}

/** The tables of the editorial store (migration `0002-editorial`). */
interface EditorialDatabase {
  users: Omit<UserRow, 'disabled'> & { disabled: boolean };
  sessions: SessionRow;
  api_tokens: ApiTokenRow;
  sign_in_failures: { id: Generated<string>; key: string; at: string };
  drafts: DraftRow;
  knowledge_versions: KnowledgeVersionRow;
  audit_log: Omit<AuditRow, 'id'> & { id: Generated<string> };
}

/** PostgreSQL's code of a broken UNIQUE or PRIMARY KEY constraint. */
const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === UNIQUE_VIOLATION;
}

/**
 * The PostgreSQL backend of {@link EditorialStore}, in the same database as the catalog store, over
 * a small pool of its own. A draft's compare-and-set is one conditional UPDATE (the row lock makes
 * the second of two concurrent updates see the first's revision and match nothing); a knowledge
 * publish inserts version `base + 1` only when `base` is the newest, and of two that race the
 * primary key lets one in and the other gets `CONFLICT`.
 *
 * Messages name the database by its URL without the password; `where` is the database name.
 */
export class PostgresEditorialStore implements EditorialStore {
  readonly accounts: AccountStore;
  readonly drafts: DraftStore;
  readonly knowledge: KnowledgeStore;
  readonly audit: AuditLog;
  readonly #db: Kysely<EditorialDatabase>;
  readonly #location: PostgresLocation;
  #closed = false;

  /** Use {@link openPostgresEditorialStore}, which checks and migrates the schema first. */
  constructor(db: Kysely<EditorialDatabase>, location: PostgresLocation) {
    this.#db = db;
    this.#location = location;
    const run = <T>(action: string, work: () => Promise<T>): Promise<T> => this.#run(action, work);
    this.accounts = postgresAccounts(db, run);
    this.drafts = postgresDrafts(db, run);
    this.knowledge = postgresKnowledge(db, run);
    this.audit = postgresAudit(db, run);
  }

  /** {@inheritDoc EditorialStore.close} Closing twice is harmless. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#db.destroy();
  }

  async #run<T>(action: string, work: () => Promise<T>): Promise<T> {
    if (this.#closed) {
      throw new SomkbError('STORE_FAILED', `The editorial store ${this.#location.label} is closed.`, {
        where: this.#location.where,
      });
    }
    try {
      return await work();
    } catch (error) {
      throw postgresError(action, this.#location, error, 'editorial store');
    }
  }
}

/** Runs one piece of work of the store, turning failures into `STORE_FAILED` naming the store. */
type Run = <T>(action: string, work: () => Promise<T>) => Promise<T>;

function postgresUserRow(user: UserRecord): EditorialDatabase['users'] {
  return { ...userRow(user), disabled: user.disabled };
}

function postgresAccounts(db: Kysely<EditorialDatabase>, run: Run): AccountStore {
  const findUser = async (id: string): Promise<UserRecord | undefined> => {
    const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : userFromRow(row);
  };
  return {
    createUser: (user) =>
      run('add a user to', async () => {
        try {
          await db.insertInto('users').values(postgresUserRow(user)).execute();
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          if ((await findUser(user.id)) !== undefined) {
            throw new SomkbError('CONFLICT', `A user ${user.id} already exists.`, {
              where: `user ${user.id}`,
            });
          }
          throw emailTaken(user.email);
        }
      }),
    findUser: (id) => run('read', () => findUser(id)),
    findUserByEmail: (email) =>
      run('read', async () => {
        const row = await db
          .selectFrom('users')
          .selectAll()
          .where('email_key', '=', emailKey(email))
          .executeTakeFirst();
        return row === undefined ? undefined : userFromRow(row);
      }),
    listUsers: () =>
      run('read', async () => {
        const rows = await db
          .selectFrom('users')
          .selectAll()
          .orderBy(sql`email_key COLLATE "C"`)
          .orderBy('id')
          .execute();
        return rows.map(userFromRow);
      }),
    updateUser: (id: string, patch: UserPatch, at: string) =>
      run('update a user in', async () => {
        const row = await db
          .updateTable('users')
          .set({
            ...(patch.role === undefined ? {} : { role: patch.role }),
            ...(patch.passwordHash === undefined ? {} : { password_hash: patch.passwordHash }),
            ...(patch.totpSecret === undefined ? {} : { totp_secret: patch.totpSecret }),
            ...(patch.disabled === undefined ? {} : { disabled: patch.disabled }),
            updated_at: at,
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst();
        if (row === undefined) {
          throw new SomkbError('NOT_FOUND', `There is no user ${id}.`, { where: `user ${id}` });
        }
        return userFromRow(row);
      }),

    createSession: (session) =>
      run('add a session to', async () => {
        await db.insertInto('sessions').values(sessionRow(session)).execute();
      }),
    findSession: (id) =>
      run('read', async () => {
        const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
        return row === undefined ? undefined : sessionFromRow(row);
      }),
    touchSession: (id, at) =>
      run('touch a session in', async () => {
        await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
      }),
    deleteSession: (id) =>
      run('end a session in', async () => {
        await db.deleteFrom('sessions').where('id', '=', id).execute();
      }),
    deleteSessionsOf: (userId) =>
      run('end sessions in', async () => {
        const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
        return Number(result.numDeletedRows);
      }),

    createApiToken: (token) =>
      run('add an API token to', async () => {
        await db.insertInto('api_tokens').values(apiTokenRow(token)).execute();
      }),
    findApiTokenByHash: (tokenHash) =>
      run('read', async () => {
        const row = await db
          .selectFrom('api_tokens')
          .selectAll()
          .where('token_hash', '=', tokenHash)
          .executeTakeFirst();
        return row === undefined ? undefined : apiTokenFromRow(row);
      }),
    listApiTokens: (userId) =>
      run('read', async () => {
        let query = db.selectFrom('api_tokens').selectAll();
        if (userId !== undefined) query = query.where('user_id', '=', userId);
        const rows = await query
          .orderBy('created_at', 'desc')
          .orderBy(sql`id COLLATE "C"`, 'desc')
          .execute();
        return rows.map(apiTokenFromRow);
      }),
    touchApiToken: (id, at) =>
      run('touch an API token in', async () => {
        await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
      }),
    revokeApiToken: (id, at) =>
      run('revoke an API token in', async () => {
        const result = await db
          .updateTable('api_tokens')
          .set({ revoked_at: sql<string>`coalesce(revoked_at, ${at})` })
          .where('id', '=', id)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) {
          throw new SomkbError('NOT_FOUND', `There is no API token ${id}.`, { where: `token ${id}` });
        }
      }),
    revokeApiTokensOf: (userId, at) =>
      run('revoke API tokens in', async () => {
        const result = await db
          .updateTable('api_tokens')
          .set({ revoked_at: at })
          .where('user_id', '=', userId)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        return Number(result.numUpdatedRows);
      }),

    recordSignInFailure: (key, at) =>
      run('record a failed sign-in in', async () => {
        await db.insertInto('sign_in_failures').values({ key, at }).execute();
      }),
    signInFailures: (key, since): Promise<SignInFailures> =>
      run('read', async () => {
        const row = await db
          .selectFrom('sign_in_failures')
          .select([sql<string>`count(*)`.as('count'), sql<string | null>`max(at)`.as('last_at')])
          .where('key', '=', key)
          .where('at', '>=', since)
          .executeTakeFirst();
        return { count: Number(row?.count ?? 0), lastAt: row?.last_at ?? null };
      }),
    clearSignInFailures: (key) =>
      run('clear failed sign-ins in', async () => {
        await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
      }),
  };
}

function postgresDrafts(db: Kysely<EditorialDatabase>, run: Run): DraftStore {
  return {
    createDraft: (draft) =>
      run('add a draft to', async () => {
        try {
          await db.insertInto('drafts').values(draftRow(draft)).execute();
        } catch (error) {
          if (isUniqueViolation(error)) {
            throw new SomkbError('CONFLICT', `A draft ${draft.id} already exists.`, {
              where: `draft ${draft.id}`,
            });
          }
          throw error;
        }
      }),
    findDraft: (id) =>
      run('read', async () => {
        const row = await db.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();
        return row === undefined ? undefined : draftFromRow(row);
      }),
    listDrafts: (filter = {}) =>
      run('read', async () => {
        let query = db.selectFrom('drafts').selectAll();
        if (filter.authorId !== undefined) query = query.where('author_id', '=', filter.authorId);
        if (filter.statuses !== undefined) {
          if (filter.statuses.length === 0) return [];
          query = query.where('status', 'in', [...filter.statuses]);
        }
        const rows = await query
          .orderBy('created_at', 'desc')
          .orderBy(sql`id COLLATE "C"`, 'desc')
          .execute();
        return rows.map(draftFromRow);
      }),
    updateDraft: (
      id: string,
      expectedRevision: number,
      patch: DraftPatch,
      at: string,
    ): Promise<DraftRecord> =>
      run('update a draft in', async () => {
        const row = await db
          .updateTable('drafts')
          .set({
            ...(draftPatchColumns(patch) as Partial<DraftRow>),
            updated_at: at,
            revision: sql<number>`revision + 1`,
          })
          .where('id', '=', id)
          .where('revision', '=', expectedRevision)
          .returningAll()
          .executeTakeFirst();
        if (row !== undefined) return draftFromRow(row);
        const current = await db.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();
        if (current === undefined) throw draftNotFound(id);
        throw staleDraft(draftFromRow(current), expectedRevision);
      }),
  };
}

function postgresKnowledge(db: Kysely<EditorialDatabase>, run: Run): KnowledgeStore {
  const newest = async (): Promise<KnowledgeVersionRow | undefined> =>
    db.selectFrom('knowledge_versions').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
  return {
    publishKnowledge: (base: number, record: Omit<KnowledgeVersionRecord, 'version'>) =>
      run('publish the knowledge base to', async () => {
        const row: KnowledgeVersionRow = {
          version: base + 1,
          published_at: record.publishedAt,
          published_by: record.by,
          draft: record.draft,
          thesaurus_json: JSON.stringify(record.thesaurus),
          mechanisms_json: JSON.stringify(record.mechanisms),
        };
        // One statement: the row goes in only when `base` is the newest version (0: none yet);
        // of two publishes on one base, the primary key lets one in.
        let inserted: { version: number } | undefined;
        try {
          inserted = await db
            .insertInto('knowledge_versions')
            .columns([
              'version',
              'published_at',
              'published_by',
              'draft',
              'thesaurus_json',
              'mechanisms_json',
            ])
            .expression(
              db
                .selectNoFrom([
                  sql<number>`${row.version}::integer`.as('version'),
                  sql<string>`${row.published_at}::text`.as('published_at'),
                  sql<string>`${row.published_by}::text`.as('published_by'),
                  sql<string | null>`${row.draft}::text`.as('draft'),
                  sql<string>`${row.thesaurus_json}::text`.as('thesaurus_json'),
                  sql<string>`${row.mechanisms_json}::text`.as('mechanisms_json'),
                ])
                .where(sql<boolean>`(SELECT coalesce(max(version), 0) FROM knowledge_versions) = ${base}`),
            )
            .returning('version')
            .executeTakeFirst();
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
        }
        if (inserted === undefined) throw staleKnowledge(base, (await newest())?.version ?? 0);
        return knowledgeFromRow(row);
      }),
    currentKnowledge: () =>
      run('read', async () => {
        const row = await newest();
        return row === undefined ? undefined : knowledgeFromRow(row);
      }),
  };
}

function postgresAudit(db: Kysely<EditorialDatabase>, run: Run): AuditLog {
  return {
    append: (entry: NewAuditEntry): Promise<AuditEntry> =>
      run('append to the audit log of', async () => {
        const row = await db
          .insertInto('audit_log')
          .values({
            at: entry.at,
            actor: entry.actor,
            ip: entry.ip,
            action: entry.action,
            target: entry.target,
            before: entry.before,
            after: entry.after,
            detail_json: JSON.stringify(entry.detail),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return auditFromRow(row);
      }),
    list: (filter: AuditFilter = {}) =>
      run('read the audit log of', async () => {
        const limit = auditLimit(filter);
        let query = db.selectFrom('audit_log').selectAll();
        if (filter.actor !== undefined) query = query.where('actor', '=', filter.actor);
        if (filter.action !== undefined) query = query.where('action', '=', filter.action);
        if (filter.since !== undefined) query = query.where('at', '>=', filter.since);
        if (filter.until !== undefined) query = query.where('at', '<', filter.until);
        if (filter.beforeId !== undefined) query = query.where('id', '<', String(filter.beforeId));
        const rows = await query.orderBy('id', 'desc').limit(limit).execute();
        return rows.map(auditFromRow);
      }),
  };
}

/**
 * Opens the editorial store in the PostgreSQL database at `url`
 * (`postgres://user:password@host:port/database`), applying pending migrations under the
 * migrator's advisory lock (the one list the catalog store applies too).
 *
 * @throws SomkbError `STORE_FAILED` in one line without the password, as the catalog store does.
 */
export async function openPostgresEditorialStore(
  url: string,
  options: PostgresEditorialStoreOptions = {},
): Promise<PostgresEditorialStore> {
  const location = parsePostgresUrl(url);
  const db = createDatabase<EditorialDatabase>(location, options.poolSize ?? 5, () => undefined);
  try {
    await prepareSchema(db as unknown as Kysely<unknown>, location, true, 'editorial store');
    return new PostgresEditorialStore(db, location);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw postgresError('open', location, error, 'editorial store');
  }
}
