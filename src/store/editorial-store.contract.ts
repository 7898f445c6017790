import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftChange } from '../editing/index.js';
import { isSomkbError } from '../errors/index.js';
import type { SomkbError, SomkbErrorCode } from '../errors/index.js';
import type {
  ApiTokenRecord,
  AuditAction,
  AuditEntry,
  DraftRecord,
  EditorialStore,
  NewAuditEntry,
  SessionRecord,
  UserRecord,
} from './editorial-store.js';

/** A time `minutes` after a fixed start, ISO 8601 UTC. */
export function at(minutes: number): string {
  return new Date(Date.UTC(2026, 11, 1, 6, 0, 0) + minutes * 60_000).toISOString();
}

/** A user for store tests; fields may be overridden. */
export function sampleUser(id: string, overrides: Partial<UserRecord> = {}): UserRecord {
  return {
    id,
    email: `${id}@un.org`,
    role: 'editor',
    passwordHash: `$argon2id$v=19$m=19456,t=2,p=1$${id}$hash`,
    totpSecret: null,
    disabled: false,
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  };
}

/** A draft for store tests, opened by `authorId`; fields may be overridden. */
export function sampleDraft(id: string, authorId: string, overrides: Partial<DraftRecord> = {}): DraftRecord {
  return {
    id,
    title: `Draft ${id}`,
    documentId: 'thematic-summary-2021',
    base: 1,
    knowledgeBase: 0,
    authorId,
    reviewerId: null,
    status: 'open',
    changes: [],
    comments: [],
    revision: 1,
    createdAt: at(0),
    updatedAt: at(0),
    publishedVersion: null,
    ...overrides,
  };
}

/** One change of every kind, with text that a careless JSON round trip would alter. */
const EVERY_CHANGE: readonly DraftChange[] = [
  {
    kind: 'paragraph',
    document: 'thematic-summary-2021',
    number: 12,
    language: 'zh',
    text: '缔约国应当加强合作 — "引号" \\ 反斜杠 😀 e\u0301 \u0000 nul, tab\tand\nnewline',
    items: [
      { label: 'a', text: '（a）项 <script>alert(1)</script>' },
      { label: 'b', text: '' },
    ],
  },
  {
    kind: 'paper',
    document: 'thematic-summary-2021',
    symbol: 'CTOC/COP/WG.7/2018/2',
    language: 'en',
    subject: 'Financial investigations',
    year: 2018,
    meeting: 5,
  },
  {
    kind: 'new-paper',
    document: 'thematic-summary-2021',
    symbol: 'CTOC/COP/WG.7/2023/2',
    theme: 'theme-3',
    year: 2023,
    meeting: 9,
    subject: { zh: '新文件', en: 'A new paper', ar: 'ورقة جديدة' },
    paragraphs: [
      { zh: { text: '第一段', items: [] }, en: { text: 'First paragraph', items: [] } },
      { zh: { text: '第二段', items: [{ label: 'a', text: '项' }] } },
    ],
  },
  {
    kind: 'key-topics',
    document: 'thematic-summary-2021',
    theme: 'theme-1',
    language: 'fr',
    keyTopics: ['Coopération internationale', 'Extradition'],
  },
  {
    kind: 'concept',
    id: 'financial-investigation',
    entry: {
      id: 'financial-investigation',
      prefLabel: { zh: '金融调查', ru: 'финансовое расследование' },
      altLabel: [],
      n: 1.5,
    },
  },
  {
    kind: 'mechanism',
    id: 'eurojust',
    entry: { id: 'eurojust', names: { en: 'Eurojust' }, nested: { deep: [null, true] } },
  },
];

function session(id: string, userId: string, overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: id.padEnd(64, '0'),
    userId,
    createdAt: at(0),
    lastSeenAt: at(0),
    expiresAt: at(60 * 12),
    formToken: `form-${id}`,
    ip: '192.0.2.1',
    ...overrides,
  };
}

function token(id: string, userId: string, overrides: Partial<ApiTokenRecord> = {}): ApiTokenRecord {
  return {
    id,
    userId,
    name: `token ${id}`,
    tokenHash: id.padEnd(64, 'f'),
    createdAt: at(0),
    lastUsedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

function entry(minutes: number, actor: string, action: AuditAction, target = 'session'): NewAuditEntry {
  return {
    at: at(minutes),
    actor,
    ip: '198.51.100.7',
    action,
    target,
    before: null,
    after: null,
    detail: {},
  };
}

/** Runs `work` and returns the SomkbError of `code` it rejected with, failing if it did not. */
export async function failure(code: SomkbErrorCode, work: () => Promise<unknown>): Promise<SomkbError> {
  try {
    await work();
  } catch (error) {
    expect(isSomkbError(error, code), String(error)).toBe(true);
    return error as SomkbError;
  }
  throw new Error(`expected a ${code} error`);
}

/**
 * The contract every {@link EditorialStore} backend must pass. `openStore` must return a new, empty
 * store on every call; `openSecond`, when given, opens a second store over the same database as the
 * last store `openStore` returned (another connection or pool), for the races of compare-and-set.
 */
export function runEditorialStoreContract(
  name: string,
  openStore: () => Promise<EditorialStore>,
  openSecond?: () => Promise<EditorialStore>,
): void {
  describe(`EditorialStore contract: ${name}`, () => {
    let store: EditorialStore;

    beforeEach(async () => {
      store = await openStore();
    });

    afterEach(async () => {
      await store.close();
    });

    describe('users', () => {
      it('adds a user and finds it by id and by email, whatever the case of the email', async () => {
        const ana = sampleUser('u-ana', {
          email: 'ana@un.org',
          role: 'reviewer',
          totpSecret: 'JBSWY3DPEHPK3PXP',
        });
        await store.accounts.createUser(ana);
        expect(await store.accounts.findUser('u-ana')).toEqual(ana);
        expect(await store.accounts.findUserByEmail('ana@un.org')).toEqual(ana);
        expect(await store.accounts.findUserByEmail('ANA@UN.ORG')).toEqual(ana);
        expect(await store.accounts.findUserByEmail('Ana@Un.Org')).toEqual(ana);
        expect(await store.accounts.findUser('u-nobody')).toBeUndefined();
        expect(await store.accounts.findUserByEmail('nobody@un.org')).toBeUndefined();
      });

      it('refuses a second user with the same email in another case, with CONFLICT, and keeps the first', async () => {
        await store.accounts.createUser(sampleUser('u-1', { email: 'ana@un.org' }));
        const taken = await failure('CONFLICT', () =>
          store.accounts.createUser(sampleUser('u-2', { email: 'ANA@un.ORG' })),
        );
        expect(taken.message).toContain('ANA@un.ORG');
        await failure('CONFLICT', () =>
          store.accounts.createUser(sampleUser('u-1', { email: 'other@un.org' })),
        );
        expect((await store.accounts.listUsers()).map((user) => user.id)).toEqual(['u-1']);
        expect(await store.accounts.findUser('u-2')).toBeUndefined();
      });

      it('lists every user by email', async () => {
        for (const [id, email] of [
          ['u-3', 'zoe@un.org'],
          ['u-1', 'bob@un.org'],
          ['u-2', 'ana@un.org'],
        ] as const) {
          await store.accounts.createUser(sampleUser(id, { email }));
        }
        expect((await store.accounts.listUsers()).map((user) => user.email)).toEqual([
          'ana@un.org',
          'bob@un.org',
          'zoe@un.org',
        ]);
      });

      it('updates only the fields of a patch, sets updatedAt, and says NOT_FOUND for no user', async () => {
        const user = sampleUser('u-1');
        await store.accounts.createUser(user);
        const disabled = await store.accounts.updateUser('u-1', { disabled: true }, at(5));
        expect(disabled).toEqual({ ...user, disabled: true, updatedAt: at(5) });
        const changed = await store.accounts.updateUser(
          'u-1',
          { role: 'admin', passwordHash: 'new-hash', totpSecret: 'SECRET', disabled: false },
          at(6),
        );
        expect(changed).toEqual({
          ...user,
          role: 'admin',
          passwordHash: 'new-hash',
          totpSecret: 'SECRET',
          disabled: false,
          updatedAt: at(6),
        });
        expect(await store.accounts.findUser('u-1')).toEqual(changed);
        const cleared = await store.accounts.updateUser('u-1', { totpSecret: null }, at(7));
        expect(cleared.totpSecret).toBeNull();
        expect(cleared.role).toBe('admin');
        await failure('NOT_FOUND', () => store.accounts.updateUser('u-none', { disabled: true }, at(8)));
      });
    });

    describe('sessions', () => {
      it('creates, finds, touches and deletes sessions, and ends every session of a user', async () => {
        await store.accounts.createUser(sampleUser('u-1'));
        await store.accounts.createUser(sampleUser('u-2'));
        const one = session('a', 'u-1');
        await store.accounts.createSession(one);
        await store.accounts.createSession(session('b', 'u-1'));
        await store.accounts.createSession(session('c', 'u-2'));
        expect(await store.accounts.findSession(one.id)).toEqual(one);
        await store.accounts.touchSession(one.id, at(30));
        expect(await store.accounts.findSession(one.id)).toEqual({ ...one, lastSeenAt: at(30) });
        await store.accounts.deleteSession(one.id);
        expect(await store.accounts.findSession(one.id)).toBeUndefined();
        expect(await store.accounts.deleteSessionsOf('u-1')).toBe(1);
        expect(await store.accounts.findSession(session('b', 'u-1').id)).toBeUndefined();
        expect(await store.accounts.findSession(session('c', 'u-2').id)).toEqual(session('c', 'u-2'));
        expect(await store.accounts.deleteSessionsOf('u-1')).toBe(0);
        await store.accounts.deleteSession('no-such-session');
      });
    });

    describe('API tokens', () => {
      it('creates tokens, finds one by its hash, lists them newest first, and records their use', async () => {
        await store.accounts.createUser(sampleUser('u-1'));
        await store.accounts.createUser(sampleUser('u-2'));
        const first = token('t-1', 'u-1', { createdAt: at(1) });
        const second = token('t-2', 'u-1', { createdAt: at(2) });
        const other = token('t-3', 'u-2', { createdAt: at(3) });
        for (const t of [first, other, second]) await store.accounts.createApiToken(t);
        expect(await store.accounts.findApiTokenByHash(first.tokenHash)).toEqual(first);
        expect(await store.accounts.findApiTokenByHash('0'.repeat(64))).toBeUndefined();
        expect((await store.accounts.listApiTokens('u-1')).map((t) => t.id)).toEqual(['t-2', 't-1']);
        expect((await store.accounts.listApiTokens()).map((t) => t.id)).toEqual(['t-3', 't-2', 't-1']);
        expect(await store.accounts.listApiTokens('u-none')).toEqual([]);
        await store.accounts.touchApiToken('t-1', at(10));
        expect(await store.accounts.findApiTokenByHash(first.tokenHash)).toEqual({
          ...first,
          lastUsedAt: at(10),
        });
      });

      it('revokes one token (NOT_FOUND for none) or every live token of a user, keeping them listed', async () => {
        await store.accounts.createUser(sampleUser('u-1'));
        await store.accounts.createUser(sampleUser('u-2'));
        for (const t of [
          token('t-1', 'u-1', { createdAt: at(1) }),
          token('t-2', 'u-1', { createdAt: at(2) }),
          token('t-3', 'u-1', { createdAt: at(3) }),
          token('t-4', 'u-2', { createdAt: at(4) }),
        ]) {
          await store.accounts.createApiToken(t);
        }
        await store.accounts.revokeApiToken('t-1', at(10));
        await store.accounts.revokeApiToken('t-1', at(11));
        await failure('NOT_FOUND', () => store.accounts.revokeApiToken('t-none', at(12)));
        expect(await store.accounts.revokeApiTokensOf('u-1', at(20))).toBe(2);
        expect(await store.accounts.revokeApiTokensOf('u-1', at(21))).toBe(0);
        const listed = await store.accounts.listApiTokens('u-1');
        expect(listed.map((t) => [t.id, t.revokedAt])).toEqual([
          ['t-3', at(20)],
          ['t-2', at(20)],
          ['t-1', at(10)],
        ]);
        expect((await store.accounts.listApiTokens('u-2'))[0]?.revokedAt).toBeNull();
      });
    });

    describe('failed sign-ins', () => {
      it('counts the failures of a key since a time, with the last one, and forgets them', async () => {
        expect(await store.accounts.signInFailures('ip:192.0.2.1', at(0))).toEqual({
          count: 0,
          lastAt: null,
        });
        for (const minutes of [1, 2, 3])
          await store.accounts.recordSignInFailure('ip:192.0.2.1', at(minutes));
        await store.accounts.recordSignInFailure('account:ana@un.org', at(4));
        expect(await store.accounts.signInFailures('ip:192.0.2.1', at(0))).toEqual({
          count: 3,
          lastAt: at(3),
        });
        expect(await store.accounts.signInFailures('ip:192.0.2.1', at(2))).toEqual({
          count: 2,
          lastAt: at(3),
        });
        expect(await store.accounts.signInFailures('ip:192.0.2.1', at(4))).toEqual({
          count: 0,
          lastAt: null,
        });
        await store.accounts.clearSignInFailures('ip:192.0.2.1');
        expect(await store.accounts.signInFailures('ip:192.0.2.1', at(0))).toEqual({
          count: 0,
          lastAt: null,
        });
        expect(await store.accounts.signInFailures('account:ana@un.org', at(0))).toEqual({
          count: 1,
          lastAt: at(4),
        });
      });
    });

    describe('drafts', () => {
      it('adds a draft at revision 1 and reads back every kind of change exactly (JSON round trip)', async () => {
        const draft = sampleDraft('d-1', 'u-1', {
          changes: EVERY_CHANGE,
          comments: [{ at: at(3), by: 'rev@un.org', text: 'Voir le § 12 — « merci » 👍' }],
        });
        await store.drafts.createDraft(draft);
        const found = await store.drafts.findDraft('d-1');
        expect(found).toEqual(draft);
        expect(found?.changes).toEqual(EVERY_CHANGE);
        const paragraph = found?.changes[0];
        expect(paragraph?.kind === 'paragraph' ? paragraph.text : '').toBe(
          EVERY_CHANGE[0]?.kind === 'paragraph' ? EVERY_CHANGE[0].text : 'x',
        );
        expect(await store.drafts.findDraft('d-none')).toBeUndefined();
        await failure('CONFLICT', () => store.drafts.createDraft(sampleDraft('d-1', 'u-2')));
        expect((await store.drafts.findDraft('d-1'))?.authorId).toBe('u-1');
      });

      it('lists drafts newest first, by author and by statuses', async () => {
        await store.drafts.createDraft(sampleDraft('d-1', 'u-1', { createdAt: at(1) }));
        await store.drafts.createDraft(sampleDraft('d-2', 'u-2', { createdAt: at(2), status: 'submitted' }));
        await store.drafts.createDraft(sampleDraft('d-3', 'u-1', { createdAt: at(3), status: 'approved' }));
        await store.drafts.createDraft(sampleDraft('d-4', 'u-2', { createdAt: at(4), status: 'published' }));
        const ids = (drafts: readonly DraftRecord[]): string[] => drafts.map((draft) => draft.id);
        expect(ids(await store.drafts.listDrafts())).toEqual(['d-4', 'd-3', 'd-2', 'd-1']);
        expect(ids(await store.drafts.listDrafts({ authorId: 'u-1' }))).toEqual(['d-3', 'd-1']);
        expect(ids(await store.drafts.listDrafts({ statuses: ['submitted', 'approved'] }))).toEqual([
          'd-3',
          'd-2',
        ]);
        expect(ids(await store.drafts.listDrafts({ authorId: 'u-2', statuses: ['submitted'] }))).toEqual([
          'd-2',
        ]);
        expect(await store.drafts.listDrafts({ statuses: [] })).toEqual([]);
        expect(await store.drafts.listDrafts({ authorId: 'u-none' })).toEqual([]);
      });

      it('updates a draft on its current revision: only the patch, the next revision, the time', async () => {
        const draft = sampleDraft('d-1', 'u-1');
        await store.drafts.createDraft(draft);
        const edited = await store.drafts.updateDraft('d-1', 1, { changes: EVERY_CHANGE.slice(0, 2) }, at(5));
        expect(edited).toEqual({
          ...draft,
          changes: EVERY_CHANGE.slice(0, 2),
          revision: 2,
          updatedAt: at(5),
        });
        const approved = await store.drafts.updateDraft(
          'd-1',
          2,
          {
            title: 'Renamed',
            base: 3,
            knowledgeBase: 2,
            reviewerId: 'u-9',
            status: 'approved',
            comments: [{ at: at(6), by: 'r@un.org', text: 'ok' }],
            publishedVersion: 4,
          },
          at(6),
        );
        expect(approved).toEqual({
          ...edited,
          title: 'Renamed',
          base: 3,
          knowledgeBase: 2,
          reviewerId: 'u-9',
          status: 'approved',
          comments: [{ at: at(6), by: 'r@un.org', text: 'ok' }],
          publishedVersion: 4,
          revision: 3,
          updatedAt: at(6),
        });
        expect(await store.drafts.findDraft('d-1')).toEqual(approved);
        const cleared = await store.drafts.updateDraft(
          'd-1',
          3,
          { reviewerId: null, publishedVersion: null },
          at(7),
        );
        expect(cleared.reviewerId).toBeNull();
        expect(cleared.publishedVersion).toBeNull();
        expect(cleared.revision).toBe(4);
      });

      it('refuses a stale revision with PRECONDITION_FAILED carrying the current draft, and NOT_FOUND for none', async () => {
        await store.drafts.createDraft(sampleDraft('d-1', 'u-1'));
        const current = await store.drafts.updateDraft('d-1', 1, { title: 'First' }, at(1));
        const stale = await failure('PRECONDITION_FAILED', () =>
          store.drafts.updateDraft('d-1', 1, { title: 'Second' }, at(2)),
        );
        expect(stale.details['current']).toEqual(current);
        expect(stale.message).toMatch(/revision 2\b/);
        expect(await store.drafts.findDraft('d-1')).toEqual(current);
        await failure('NOT_FOUND', () => store.drafts.updateDraft('d-none', 1, { title: 'x' }, at(3)));
      });

      it('of two updates with the same expected revision, exactly one wins', async () => {
        await store.drafts.createDraft(sampleDraft('d-1', 'u-1'));
        const other = openSecond === undefined ? store : await openSecond();
        try {
          const outcomes = await Promise.allSettled([
            store.drafts.updateDraft('d-1', 1, { title: 'A' }, at(1)),
            other.drafts.updateDraft('d-1', 1, { title: 'B' }, at(1)),
          ]);
          const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
          const lost = outcomes.filter((outcome) => outcome.status === 'rejected');
          expect(won).toHaveLength(1);
          expect(lost).toHaveLength(1);
          expect(isSomkbError(lost[0]?.reason, 'PRECONDITION_FAILED')).toBe(true);
          const final = await store.drafts.findDraft('d-1');
          expect(final?.revision).toBe(2);
          expect(final).toEqual(won[0]?.value);
        } finally {
          if (other !== store) await other.close();
        }
      });
    });

    describe('knowledge versions', () => {
      it('has none at first, publishes on its base as base + 1, and refuses a stale base with CONFLICT', async () => {
        expect(await store.knowledge.currentKnowledge()).toBeUndefined();
        const thesaurus = {
          concepts: [{ id: 'c-1', prefLabel: { zh: '金融调查', en: 'financial investigation' } }],
        };
        const mechanisms = { mechanisms: [{ id: 'm-1', names: { en: 'Eurojust' } }] };
        const first = await store.knowledge.publishKnowledge(0, {
          publishedAt: at(1),
          by: 'admin@un.org',
          draft: 'd-1',
          thesaurus,
          mechanisms,
        });
        expect(first).toEqual({
          version: 1,
          publishedAt: at(1),
          by: 'admin@un.org',
          draft: 'd-1',
          thesaurus,
          mechanisms,
        });
        expect(await store.knowledge.currentKnowledge()).toEqual(first);
        const stale = await failure('CONFLICT', () =>
          store.knowledge.publishKnowledge(0, {
            publishedAt: at(2),
            by: 'b@un.org',
            draft: null,
            thesaurus: {},
            mechanisms: {},
          }),
        );
        expect(stale.message).toMatch(/version 1\b/);
        await failure('CONFLICT', () =>
          store.knowledge.publishKnowledge(5, {
            publishedAt: at(2),
            by: 'b@un.org',
            draft: null,
            thesaurus: {},
            mechanisms: {},
          }),
        );
        const second = await store.knowledge.publishKnowledge(1, {
          publishedAt: at(3),
          by: 'b@un.org',
          draft: null,
          thesaurus: { concepts: [] },
          mechanisms: { mechanisms: [] },
        });
        expect(second.version).toBe(2);
        expect(await store.knowledge.currentKnowledge()).toEqual(second);
      });

      it('of two publishes on one base, exactly one wins', async () => {
        const other = openSecond === undefined ? store : await openSecond();
        try {
          const record = { publishedAt: at(1), by: 'a@un.org', draft: null, thesaurus: {}, mechanisms: {} };
          const outcomes = await Promise.allSettled([
            store.knowledge.publishKnowledge(0, record),
            other.knowledge.publishKnowledge(0, { ...record, by: 'b@un.org' }),
          ]);
          expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
          const lost = outcomes.find((outcome) => outcome.status === 'rejected');
          expect(isSomkbError(lost?.reason, 'CONFLICT'), String(lost?.reason)).toBe(true);
          expect((await store.knowledge.currentKnowledge())?.version).toBe(1);
        } finally {
          if (other !== store) await other.close();
        }
      });
    });

    describe('audit log', () => {
      it('appends entries numbered in order and reads them back exactly, newest first', async () => {
        const first = await store.audit.append({
          ...entry(1, 'ana@un.org', 'draft-edited', 'draft:d-1'),
          before: '3',
          after: '4',
          detail: {
            change: 'paragraph:thematic-summary-2021:12:zh',
            note: '“引号” 😀',
            nested: { n: [1, null] },
          },
        });
        const second = await store.audit.append(
          entry(2, 'cli:root', 'catalog-ingested', 'document:thematic-summary-2021'),
        );
        expect(second.id).toBeGreaterThan(first.id);
        expect(first).toEqual({
          id: first.id,
          ...entry(1, 'ana@un.org', 'draft-edited', 'draft:d-1'),
          before: '3',
          after: '4',
          detail: {
            change: 'paragraph:thematic-summary-2021:12:zh',
            note: '“引号” 😀',
            nested: { n: [1, null] },
          },
        });
        expect(await store.audit.list()).toEqual([second, first]);
      });

      it('filters by actor, action, since (inclusive), until (exclusive), beforeId, and limits', async () => {
        const appended: AuditEntry[] = [];
        const plan: readonly [number, string, AuditAction][] = [
          [1, 'ana@un.org', 'sign-in'],
          [2, 'bob@un.org', 'sign-in'],
          [3, 'ana@un.org', 'draft-opened'],
          [4, 'anonymous', 'sign-in-failed'],
          [5, 'ana@un.org', 'sign-out'],
          [6, 'bob@un.org', 'draft-approved'],
        ];
        for (const [minutes, actor, action] of plan)
          appended.push(await store.audit.append(entry(minutes, actor, action)));
        const ids = async (filter: Parameters<EditorialStore['audit']['list']>[0]): Promise<number[]> =>
          (await store.audit.list(filter)).map((e) => e.id);
        const id = (index: number): number => appended[index]?.id ?? -1;
        expect(await ids({ actor: 'ana@un.org' })).toEqual([id(4), id(2), id(0)]);
        expect(await ids({ action: 'sign-in' })).toEqual([id(1), id(0)]);
        expect(await ids({ actor: 'ana@un.org', action: 'sign-in' })).toEqual([id(0)]);
        expect(await ids({ since: at(3) })).toEqual([id(5), id(4), id(3), id(2)]);
        expect(await ids({ until: at(3) })).toEqual([id(1), id(0)]);
        expect(await ids({ since: at(2), until: at(5) })).toEqual([id(3), id(2), id(1)]);
        expect(await ids({ beforeId: id(3) })).toEqual([id(2), id(1), id(0)]);
        expect(await ids({ limit: 2 })).toEqual([id(5), id(4)]);
        expect(await ids({ limit: 2, beforeId: id(4) })).toEqual([id(3), id(2)]);
        expect(await ids({ actor: 'nobody' })).toEqual([]);
        await failure('USAGE', () => store.audit.list({ limit: 0 }));
      });

      it('returns 100 entries by default', async () => {
        for (let n = 0; n < 105; n++)
          await store.audit.append(entry(n, 'ana@un.org', 'token-used', `token:t-${n}`));
        const listed = await store.audit.list();
        expect(listed).toHaveLength(100);
        expect(listed[0]?.target).toBe('token:t-104');
        expect(listed.at(-1)?.target).toBe('token:t-5');
      });
    });

    it('refuses work once closed, with STORE_FAILED', async () => {
      const closed = await openStore();
      await closed.close();
      await closed.close();
      await failure('STORE_FAILED', () => closed.accounts.listUsers());
      await failure('STORE_FAILED', () => closed.audit.append(entry(1, 'a@un.org', 'sign-in')));
    });
  });
}
