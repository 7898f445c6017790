import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller, Role } from '../accounts/index.js';
import type { DraftChange } from '../editing/index.js';
import { changeTarget } from '../editing/index.js';
import { isSomkbError } from '../errors/index.js';
import type { SomkbError } from '../errors/index.js';
import type { CatalogStore, EditorialStore } from '../store/index.js';
import { openEditorialStoreFor, openSqliteCatalogStore } from '../store/index.js';
import { bundledKnowledge, bundledKnowledgeSource } from '../../test/support/knowledge.js';
import { languageFixtureRequest } from '../../test/support/language-fixtures.js';
import type { AuditService } from './audit-service.js';
import { createCatalogService } from './catalog-service.js';
import type { CatalogService } from './catalog-service.js';
import { createDraftService } from './draft-service.js';
import type { DraftService } from './draft-service.js';
import { createKnowledgeService } from './knowledge-service.js';
import { createSearchService } from './search-service.js';

const DOCUMENT = 'thematic-summary-2021';
const NEW_SYMBOL = 'CTOC/COP/WG.7/2021/3';

interface World {
  readonly catalogStore: CatalogStore;
  readonly editorial: EditorialStore;
  readonly catalogs: CatalogService;
  readonly drafts: DraftService;
  readonly audit: AuditService;
  readonly users: Record<'editor' | 'other' | 'reviewer' | 'second' | 'admin', Caller>;
}

/** The audit service the drafts record through: appends to the store's log, as the accounts' one does. */
function storeAudit(editorial: EditorialStore): AuditService {
  return {
    record: (caller, event) =>
      editorial.audit.append({
        at: new Date().toISOString(),
        actor: caller.actor.kind === 'user' ? caller.actor.email : 'anonymous',
        ip: caller.ip,
        action: event.action,
        target: event.target,
        before: event.before ?? null,
        after: event.after ?? null,
        detail: event.detail ?? {},
      }),
    list: (_caller, filter) => editorial.audit.list(filter),
  };
}

async function addUser(editorial: EditorialStore, email: string, role: Role): Promise<Caller> {
  const id = `user-${email.split('@')[0] ?? email}`;
  const at = new Date().toISOString();
  await editorial.accounts.createUser({
    id,
    email,
    role,
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$aGFzaA',
    totpSecret: null,
    disabled: false,
    createdAt: at,
    updatedAt: at,
  });
  return { actor: { kind: 'user', userId: id, email, role, credential: 'session' }, ip: '127.0.0.1' };
}

let world: World;

beforeEach(async () => {
  const catalogStore = await openSqliteCatalogStore(':memory:');
  const editorial = await openEditorialStoreFor(':memory:');
  const catalogs = createCatalogService(catalogStore);
  for (const language of ['zh', 'en'] as const) await catalogs.ingest(languageFixtureRequest(language));
  const audit = storeAudit(editorial);
  const drafts = createDraftService({
    drafts: editorial.drafts,
    knowledge: editorial.knowledge,
    audit,
    accounts: editorial.accounts,
    catalogs,
    knowledgeSource: bundledKnowledgeSource(editorial.knowledge),
  });
  world = {
    catalogStore,
    editorial,
    catalogs,
    drafts,
    audit,
    users: {
      editor: await addUser(editorial, 'editor@example.org', 'editor'),
      other: await addUser(editorial, 'other@example.org', 'editor'),
      reviewer: await addUser(editorial, 'reviewer@example.org', 'reviewer'),
      second: await addUser(editorial, 'second@example.org', 'reviewer'),
      admin: await addUser(editorial, 'admin@example.org', 'admin'),
    },
  };
});

afterEach(async () => {
  await world.editorial.close();
  await world.catalogStore.close();
});

/** The error `work` fails with (the test fails when it does not). */
async function refusal(work: () => Promise<unknown>): Promise<SomkbError> {
  const error: unknown = await work().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(isSomkbError(error), `expected a refusal, got ${String(error)}`).toBe(true);
  return error as SomkbError;
}

function paragraph(number: number, text: string, language: 'zh' | 'en' = 'en'): DraftChange {
  return { kind: 'paragraph', document: DOCUMENT, number, language, text, items: [] };
}

/** A new paper of the eighth meeting under theme 1, in Chinese and English, whose second paragraph names `word`. */
function newPaper(word: string): DraftChange {
  return {
    kind: 'new-paper',
    document: DOCUMENT,
    symbol: NEW_SYMBOL,
    theme: 'theme-1',
    year: 2021,
    meeting: 8,
    subject: { zh: '无人机监视', en: 'surveillance by drones' },
    paragraphs: [
      {
        zh: { text: `2021年，秘书处为工作组第八次会议编写了一份背景文件（${NEW_SYMBOL}）。`, items: [] },
        en: {
          text: `In 2021, the Secretariat prepared a background paper for the eighth meeting of the Working Group (${NEW_SYMBOL}).`,
          items: [],
        },
      },
      {
        zh: { text: '该文件讨论了海上边境的无人机。', items: [] },
        en: { text: `The paper discussed ${word} watching the sea borders.`, items: [] },
      },
    ],
  };
}

/** Opens a draft of `editor` with `changes`, submits it, and has `reviewer` approve it. */
async function approvedDraft(
  changes: readonly DraftChange[],
  editor = world.users.editor,
  reviewer = world.users.reviewer,
) {
  const { drafts } = world;
  let draft = await drafts.open(editor, { title: 'a draft' });
  for (const change of changes) draft = await drafts.change(editor, draft.id, change, draft.etag);
  await drafts.submit(editor, draft.id, draft.etag);
  return drafts.approve(reviewer, draft.id);
}

describe('the draft service', () => {
  it('takes a new paper from an editor through review to a published version readers and search see', async () => {
    const { drafts, users, catalogs } = world;
    const search = createSearchService(catalogs, bundledKnowledge(), {
      currentKnowledge: async () => (await bundledKnowledgeSource(world.editorial.knowledge).current()).base,
    });
    const before = await search.search({ query: 'quadcopters', catalogLanguage: 'en' });
    expect(before.total).toBe(0);

    const opened = await drafts.open(users.editor, { title: 'The paper of the eighth meeting' });
    expect(opened).toMatchObject({ status: 'open', base: 2, author: 'editor@example.org', reviewer: null });
    const changed = await drafts.change(users.editor, opened.id, newPaper('quadcopters'), opened.etag);
    expect(changed.problems).toEqual([]);
    expect(changed.etag).not.toBe(opened.etag);
    const submitted = await drafts.submit(users.editor, opened.id, changed.etag);
    expect(submitted.status).toBe('submitted');
    const approved = await drafts.approve(users.reviewer, opened.id, 'Good.');
    expect(approved).toMatchObject({ status: 'approved', reviewer: 'reviewer@example.org' });
    expect(approved.comments.map((comment) => comment.text)).toEqual(['Good.']);

    const diff = await drafts.diff(users.reviewer, opened.id);
    expect(
      diff.map((one) => one.changes.some((change) => change.kind === 'paper' && change.change === 'added')),
    ).toEqual([true, true]);
    const preview = await drafts.preview(users.reviewer, opened.id, 'en');
    expect(preview.papers.find((paper) => paper.symbol === NEW_SYMBOL)?.paragraphs).toEqual([6, 7]);

    const { version, draft } = await drafts.publish(users.reviewer, opened.id);
    expect(version).toBe(4);
    expect(draft).toMatchObject({ status: 'published', publishedVersion: 4 });

    const en = await catalogs.findPublished('en');
    expect(en?.catalog.paragraphs).toHaveLength(14);
    expect(en?.catalog.paragraphs[6]?.text).toBe('The paper discussed quadcopters watching the sea borders.');
    expect(en?.source).toMatchObject({
      name: `draft ${opened.id}`,
      draft: opened.id,
      author: 'editor@example.org',
      reviewer: 'reviewer@example.org',
    });
    expect(en?.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(en?.by).toBe('reviewer@example.org');
    const history = await world.catalogStore.history(DOCUMENT);
    expect(history.map((record) => [record.version, record.language, record.source.draft ?? null])).toEqual([
      [1, 'zh', null],
      [2, 'en', null],
      [3, 'zh', opened.id],
      [4, 'en', opened.id],
    ]);

    const after = await search.search({ query: 'quadcopters', catalogLanguage: 'en' });
    expect(after.hits.map((hit) => hit.paragraph)).toEqual([7]);

    const entries = await world.editorial.audit.list({});
    expect(entries.map((entry) => entry.action).reverse()).toEqual([
      'draft-opened',
      'draft-edited',
      'draft-submitted',
      'draft-approved',
      'draft-published',
    ]);
    expect(entries[0]).toMatchObject({
      actor: 'reviewer@example.org',
      target: `draft:${opened.id}`,
      before: '2',
      after: '4',
    });
    expect(entries[1]).toMatchObject({ actor: 'reviewer@example.org', before: '3', after: '4' });
  });

  it('refuses by role and by whose the draft is', async () => {
    const { drafts, users } = world;
    const anonymous: Caller = { actor: { kind: 'anonymous' }, ip: '127.0.0.1' };
    expect((await refusal(() => drafts.open(anonymous, { title: 't' }))).code).toBe('UNAUTHENTICATED');
    const draft = await drafts.open(users.editor, { title: 'mine' });
    expect((await refusal(() => drafts.get(users.other, draft.id))).code).toBe('FORBIDDEN');
    expect((await refusal(() => drafts.change(users.other, draft.id, paragraph(4, 'x')))).code).toBe(
      'FORBIDDEN',
    );
    expect((await refusal(() => drafts.change(users.admin, draft.id, paragraph(4, 'x')))).code).toBe(
      'FORBIDDEN',
    );
    expect((await drafts.list(users.other)).map((one) => one.id)).toEqual([]);
    expect((await drafts.list(users.reviewer)).map((one) => one.id)).toEqual([draft.id]);
    expect((await drafts.get(users.reviewer, draft.id)).id).toBe(draft.id);

    const changed = await drafts.change(
      users.editor,
      draft.id,
      paragraph(4, 'A better paragraph.'),
      draft.etag,
    );
    expect((await refusal(() => drafts.approve(users.reviewer, draft.id))).code).toBe('CONFLICT');
    await drafts.submit(users.editor, draft.id, changed.etag);
    expect((await refusal(() => drafts.approve(users.other, draft.id))).code).toBe('FORBIDDEN');
    expect((await refusal(() => drafts.publish(users.admin, draft.id))).code).toBe('CONFLICT');

    const own = await drafts.open(users.reviewer, { title: 'a reviewer’s own' });
    const ownChanged = await drafts.change(users.reviewer, own.id, paragraph(5, 'Changed.'), own.etag);
    await drafts.submit(users.reviewer, own.id, ownChanged.etag);
    const selfApproval = await refusal(() => drafts.approve(users.reviewer, own.id));
    expect(selfApproval.code).toBe('FORBIDDEN');
    expect(selfApproval.message).toContain('your own');

    await drafts.approve(users.reviewer, draft.id);
    expect((await refusal(() => drafts.publish(users.second, draft.id))).code).toBe('FORBIDDEN');
    expect((await refusal(() => drafts.publish(users.editor, draft.id))).code).toBe('FORBIDDEN');
    expect((await drafts.publish(users.admin, draft.id)).version).toBe(3);
  });

  it('answers a stale edit with 412 and the draft as it is now, losing nothing', async () => {
    const { drafts, users } = world;
    const draft = await drafts.open(users.editor, { title: 'two tabs' });
    const first = await drafts.change(
      users.editor,
      draft.id,
      paragraph(4, 'From the first tab.'),
      draft.etag,
    );
    const stale = await refusal(() =>
      drafts.change(users.editor, draft.id, paragraph(5, 'From the second tab.'), draft.etag),
    );
    expect(stale.code).toBe('PRECONDITION_FAILED');
    const current = stale.details['current'] as { etag: string; changes: readonly DraftChange[] };
    expect(current.etag).toBe(first.etag);
    expect(current.changes.map(changeTarget)).toEqual([`paragraph:${DOCUMENT}:4:en`]);
    const again = await drafts.change(
      users.editor,
      draft.id,
      paragraph(5, 'From the second tab.'),
      current.etag,
    );
    expect(again.changes.map(changeTarget)).toEqual([
      `paragraph:${DOCUMENT}:4:en`,
      `paragraph:${DOCUMENT}:5:en`,
    ]);
    const undone = await drafts.undoChange(users.editor, draft.id, `paragraph:${DOCUMENT}:4:en`, again.etag);
    expect(undone.changes.map(changeTarget)).toEqual([`paragraph:${DOCUMENT}:5:en`]);
  });

  it('refuses the second publish of a paragraph two drafts changed with both changes, then publishes it rebased', async () => {
    const { drafts, users, catalogs } = world;
    const theirs = await approvedDraft([paragraph(4, 'Their wording of paragraph 4.')]);
    const ours = await approvedDraft(
      [paragraph(4, 'Our wording of paragraph 4.'), paragraph(10, 'Ours alone.')],
      users.other,
    );
    await drafts.publish(users.reviewer, theirs.id);

    expect((await drafts.get(users.other, ours.id)).behind).toBe(true);
    const conflict = await refusal(() => drafts.publish(users.admin, ours.id));
    expect(conflict.code).toBe('CONFLICT');
    expect(conflict.details['conflicts']).toEqual([
      {
        target: `paragraph:${DOCUMENT}:4:en`,
        base: expect.objectContaining({ items: [] }) as unknown,
        theirs: { text: 'Their wording of paragraph 4.', items: [] },
        ours: { text: 'Our wording of paragraph 4.', items: [] },
      },
    ]);
    expect((await catalogs.findPublished('en'))?.catalog.paragraphs[3]?.text).toBe(
      'Their wording of paragraph 4.',
    );

    const rebased = await drafts.rebase(users.other, ours.id);
    expect(rebased).toMatchObject({ status: 'open', base: 3, behind: false, reviewer: null });
    await drafts.submit(users.other, ours.id, rebased.etag);
    await drafts.approve(users.second, ours.id);
    const { version } = await drafts.publish(users.second, ours.id);
    expect(version).toBe(4);
    const en = await catalogs.findPublished('en');
    expect(en?.catalog.paragraphs[3]?.text).toBe('Our wording of paragraph 4.');
    expect(en?.catalog.paragraphs[9]?.text).toBe('Ours alone.');
  });

  it('refuses changes by the rules of ingest, each message at its field', async () => {
    const { drafts, users } = world;
    const draft = await drafts.open(users.editor, { title: 'mistakes' });
    const fieldsOf = async (change: DraftChange): Promise<Record<string, string>> => {
      const error = await refusal(() => drafts.change(users.editor, draft.id, change));
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.details['target']).toBe(changeTarget(change));
      return error.details['fields'] as Record<string, string>;
    };
    const paper = newPaper('drones') as Extract<DraftChange, { kind: 'new-paper' }>;
    expect(Object.keys(await fieldsOf({ ...paper, symbol: 'WG.7/2021/3' }))).toContain('symbol');
    expect((await fieldsOf({ ...paper, meeting: 5 }))['year']).toContain(
      'disagrees with meeting 5, held in 2018',
    );
    expect((await fieldsOf({ ...paper, theme: 'theme-40' }))['theme']).toContain('no theme «theme-40»');
    expect((await fieldsOf(paragraph(4, ' ')))['text']).toBe('the text of paragraph 4 is empty');
    expect(
      (
        await fieldsOf({
          kind: 'concept',
          id: 'drones',
          entry: {
            id: 'drones',
            kind: 'term',
            prefLabel: { zh: '无人机', en: 'drones' },
            broader: ['flying'],
          },
        })
      )['broader'],
    ).toContain("broader 'flying' is not a concept id");
    const mechanism = (await world.editorial.knowledge.currentKnowledge()) === undefined;
    expect(mechanism).toBe(true);
    expect(
      (
        await fieldsOf({
          kind: 'mechanism',
          id: 'drone-watch',
          entry: {
            id: 'drone-watch',
            printed: ['无人机观察'],
            en: 'Drone Watch',
            abbreviation: null,
            kind: 'club',
            region: null,
            year: null,
            parent: null,
            note: null,
          },
        })
      )['kind'],
    ).toContain('field "kind"');
    expect((await drafts.get(users.editor, draft.id)).changes).toEqual([]);

    const misaligned: DraftChange = {
      kind: 'paragraph',
      document: DOCUMENT,
      number: 9,
      language: 'en',
      text: 'Examples were given:',
      items: ['a', 'b', 'c', 'd'].map((label) => ({ label, text: `item ${label}` })),
    };
    const withItem = await drafts.change(users.editor, draft.id, misaligned);
    expect(withItem.problems).toEqual([
      expect.objectContaining({ target: changeTarget(misaligned), field: 'items', severity: 'incomplete' }),
    ]);
    const notAligned = await refusal(() => drafts.submit(users.editor, draft.id));
    expect(notAligned.code).toBe('ALIGNMENT_FAILED');
    expect(notAligned.details['fields']).toEqual({
      [`${changeTarget(misaligned)} items`]: expect.stringContaining(
        'an item (d) in en that zh does not have',
      ) as unknown,
    });

    const onlyEnglish = {
      ...paper,
      subject: { en: 'drones' },
      paragraphs: paper.paragraphs.map((one) => (one.en === undefined ? {} : { en: one.en })),
    };
    await drafts.undoChange(users.editor, draft.id, changeTarget(misaligned));
    await drafts.change(users.editor, draft.id, onlyEnglish);
    const missing = await refusal(() => drafts.submit(users.editor, draft.id));
    expect(missing.code).toBe('ALIGNMENT_FAILED');
    expect(missing.message).toContain(`the new paper ${NEW_SYMBOL} has no subject or text yet in zh`);
  });

  it('publishes a concept as a new knowledge version that readers’ knowledge and search follow', async () => {
    const { drafts, users, catalogs, editorial } = world;
    const source = bundledKnowledgeSource(editorial.knowledge);
    const knowledge = createKnowledgeService(catalogs, bundledKnowledge(), {
      currentKnowledge: async () => (await source.current()).base,
    });
    const search = createSearchService(catalogs, bundledKnowledge(), {
      currentKnowledge: async () => (await source.current()).base,
    });
    const before = await knowledge.current('en');
    expect(before?.concepts.some((entry) => entry.concept.id === 'colour-coded-notices')).toBe(false);
    expect((await search.search({ query: 'chromatic bulletins', catalogLanguage: 'en' })).total).toBe(0);

    const concept: DraftChange = {
      kind: 'concept',
      id: 'colour-coded-notices',
      entry: {
        id: 'colour-coded-notices',
        kind: 'term',
        prefLabel: { zh: '彩色编码通知', en: 'colour-coded notices' },
        hiddenLabel: { en: ['chromatic bulletins'] },
      },
    };
    const draft = await approvedDraft([concept]);
    const { version } = await drafts.publish(users.admin, draft.id);
    expect(version).toBe(3);
    expect((await editorial.knowledge.currentKnowledge())?.version).toBe(1);
    const zh = await catalogs.findPublished('zh');
    expect(zh).toMatchObject({ version: 3, source: { draft: draft.id } });

    const after = await knowledge.current('en');
    expect(after?.concepts.some((entry) => entry.concept.id === 'colour-coded-notices')).toBe(true);
    const found = await search.search({ query: 'chromatic bulletins', catalogLanguage: 'en' });
    expect(found.hits.map((hit) => hit.paragraph)).toContain(12);
  });
});
