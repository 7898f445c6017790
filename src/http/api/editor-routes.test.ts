import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEditorsApp } from '../../../test/support/editors.js';
import type { EditorsApp } from '../../../test/support/editors.js';
import { EDITOR_ROUTE_DEFINITIONS } from '../create-api.js';
import { createApp } from '../index.js';

const DOCUMENT = 'thematic-summary-2021';

let world: EditorsApp;
let paragraphThree = '';

beforeAll(async () => {
  world = await startEditorsApp();
  const published = await world.catalogs.findPublished('zh');
  paragraphThree = published?.catalog.paragraphs.find((paragraph) => paragraph.number === 3)?.text ?? '';
}, 120_000);

afterAll(async () => {
  await world.close();
});

interface DraftBody {
  id: string;
  base: number;
  status: string;
  etag: string;
  author: string;
  reviewer: string | null;
  changes: { kind: string; target: string; text?: string }[];
  behind: boolean;
}

interface ErrorAnswer {
  error: { code: string; message: string; details: Record<string, unknown> };
}

/** The schema of a route's success answer. */
function schemaOf(name: keyof typeof EDITOR_ROUTE_DEFINITIONS): z.ZodType {
  const responses = EDITOR_ROUTE_DEFINITIONS[name].responses as Record<
    number,
    { content?: Record<string, { schema: z.ZodType }> } | undefined
  >;
  const success = responses[200] ?? responses[201];
  const schema = success?.content?.['application/json']?.schema;
  if (schema === undefined) throw new Error(`${name} has no JSON answer`);
  return schema;
}

/** The JSON of `response`, checked against the schema of route `name`. */
async function answerOf<T>(response: Response, name: keyof typeof EDITOR_ROUTE_DEFINITIONS): Promise<T> {
  const body: unknown = await response.json();
  const parsed = schemaOf(name).safeParse(body);
  expect(parsed.error?.issues ?? [], `${name} answers what its schema says`).toEqual([]);
  return body as T;
}

const paragraphPath = (id: string, number: number) =>
  `/api/v1/drafts/${id}/documents/${DOCUMENT}/paragraphs/${number}`;

async function openDraft(as: 'editor' | 'reviewer' = 'editor', title = 'A draft'): Promise<DraftBody> {
  const response = await world.request(as, '/api/v1/drafts', { json: { title }, credential: 'token' });
  expect(response.status).toBe(201);
  return answerOf<DraftBody>(response, 'openDraft');
}

describe('the drafts API (DESIGN.md contract)', () => {
  it('takes a paragraph from a draft through review to a published version, with API tokens', async () => {
    const opened = await openDraft();
    expect(opened).toMatchObject({ status: 'open', base: 1, author: 'editor@example.org' });
    expect(typeof opened.id).toBe('string');

    const text = `${paragraphThree}（经编辑修订）`;
    const changed = await world.request('editor', paragraphPath(opened.id, 3), {
      method: 'PUT',
      json: { text },
      credential: 'token',
      headers: { 'If-Match': opened.etag },
    });
    expect(changed.status).toBe(200);
    const draft = await answerOf<DraftBody>(changed, 'changeParagraph');
    expect(changed.headers.get('etag')).toBe(draft.etag);
    expect(draft.changes).toEqual([
      expect.objectContaining({ kind: 'paragraph', target: `paragraph:${DOCUMENT}:3:zh`, text }),
    ]);

    const submitted = await world.request('editor', `/api/v1/drafts/${opened.id}/submit`, {
      method: 'POST',
      credential: 'token',
    });
    expect(submitted.status).toBe(200);
    expect(await answerOf<DraftBody>(submitted, 'submit')).toMatchObject({ status: 'submitted' });

    const approved = await world.request('reviewer', `/api/v1/drafts/${opened.id}/approve`, {
      method: 'POST',
      credential: 'token',
    });
    expect(approved.status).toBe(200);
    expect(await answerOf<DraftBody>(approved, 'approve')).toMatchObject({
      status: 'approved',
      reviewer: 'reviewer@example.org',
    });

    const published = await world.request('reviewer', `/api/v1/drafts/${opened.id}/publish`, {
      method: 'POST',
      credential: 'token',
    });
    expect(published.status).toBe(201);
    const { version } = await answerOf<{ version: number }>(published, 'publish');
    expect(version).toBe(2);
    const paragraph = (await (
      await world.request('anonymous', `/api/v1/documents/${DOCUMENT}/paragraphs/3`)
    ).json()) as {
      text: string;
    };
    expect(paragraph.text).toBe(text);
  });

  it('refuses a reviewer who approves their own draft (403), and an editor who approves (403)', async () => {
    const own = await openDraft('reviewer');
    await world.drafts.change(world.users.reviewer.caller, own.id, {
      kind: 'paragraph',
      document: DOCUMENT,
      number: 3,
      language: 'zh',
      text: `${paragraphThree}（审稿人自己的）`,
      items: [],
    });
    await world.drafts.submit(world.users.reviewer.caller, own.id);
    const self = await world.request('reviewer', `/api/v1/drafts/${own.id}/approve`, { method: 'POST' });
    expect(self.status).toBe(403);
    expect(((await self.json()) as ErrorAnswer).error.code).toBe('FORBIDDEN');
    const editor = await world.request('editor', `/api/v1/drafts/${own.id}/approve`, { method: 'POST' });
    expect(editor.status).toBe(403);
  });

  it('answers a draft with its ETag; 304 when it did not change; a stale If-Match is 412 with the draft now', async () => {
    const opened = await openDraft();
    const read = await world.request('editor', `/api/v1/drafts/${opened.id}`);
    expect(read.status).toBe(200);
    const draft = await answerOf<DraftBody>(read, 'draft');
    expect(read.headers.get('etag')).toBe(draft.etag);
    expect(read.headers.get('cache-control')).toBe('private, no-store');
    const again = await world.request('editor', `/api/v1/drafts/${opened.id}`, {
      headers: { 'If-None-Match': draft.etag },
    });
    expect(again.status).toBe(304);

    const first = await world.request('editor', paragraphPath(opened.id, 3), {
      method: 'PUT',
      json: { text: `${paragraphThree}（第一次）` },
      headers: { 'If-Match': draft.etag },
    });
    expect(first.status).toBe(200);
    const stale = await world.request('editor', paragraphPath(opened.id, 3), {
      method: 'PUT',
      json: { text: `${paragraphThree}（第二次）` },
      headers: { 'If-Match': draft.etag },
    });
    expect(stale.status).toBe(412);
    const error = ((await stale.json()) as ErrorAnswer).error;
    expect(error.code).toBe('PRECONDITION_FAILED');
    const current = error.details['current'] as DraftBody;
    expect(current.etag).toBe(((await first.json()) as DraftBody).etag);
    expect(current.changes[0]).toMatchObject({
      target: `paragraph:${DOCUMENT}:3:zh`,
      text: `${paragraphThree}（第一次）`,
    });
  });

  it('names the fields of a change that breaks the rules (422 details.fields), and of a body that is not one (400)', async () => {
    const opened = await openDraft();
    const broken = await world.request('editor', paragraphPath(opened.id, 3), {
      method: 'PUT',
      json: { text: paragraphThree, items: [{ label: 'b', text: '第二项' }] },
    });
    expect(broken.status).toBe(422);
    const error = ((await broken.json()) as ErrorAnswer).error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(error.details['fields'] as Record<string, string>).join(' ')).toContain('items');

    const shapeless = await world.request('editor', paragraphPath(opened.id, 3), {
      method: 'PUT',
      json: { text: 42 },
    });
    expect(shapeless.status).toBe(400);
    const usage = ((await shapeless.json()) as ErrorAnswer).error;
    expect(usage.details['fields']).toEqual({ text: 'must be text' });

    const notJson = await world.request('editor', paragraphPath(opened.id, 3), {
      method: 'PUT',
      body: 'text=x',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(notJson.status).toBe(415);
  });

  it('refuses the second of two drafts that change one paragraph (409 details.conflicts), until rebased', async () => {
    const first = await openDraft('editor', 'first');
    const second = await openDraft('editor', 'second');
    const { drafts, users } = world;
    const editor = users.editor.caller;
    for (const [draft, words] of [
      [first, '（甲）'],
      [second, '（乙）'],
    ] as const) {
      await drafts.change(editor, draft.id, {
        kind: 'paragraph',
        document: DOCUMENT,
        number: 4,
        language: 'zh',
        text: `第四段的新文字${words}`,
        items: [],
      });
      await drafts.submit(editor, draft.id);
      await drafts.approve(users.reviewer.caller, draft.id);
    }
    const published = await world.request('admin', `/api/v1/drafts/${first.id}/publish`, { method: 'POST' });
    expect(published.status).toBe(201);
    const refused = await world.request('admin', `/api/v1/drafts/${second.id}/publish`, { method: 'POST' });
    expect(refused.status).toBe(409);
    const error = ((await refused.json()) as ErrorAnswer).error;
    expect(error.code).toBe('CONFLICT');
    const conflicts = error.details['conflicts'] as { target: string; theirs: unknown; ours: unknown }[];
    expect(conflicts.map((conflict) => conflict.target)).toEqual([`paragraph:${DOCUMENT}:4:zh`]);
    expect(JSON.stringify(conflicts[0]?.theirs)).toContain('（甲）');
    expect(JSON.stringify(conflicts[0]?.ours)).toContain('（乙）');

    const read = (await (await world.request('editor', `/api/v1/drafts/${second.id}`)).json()) as DraftBody;
    expect(read.behind).toBe(true);
    const rebased = await world.request('editor', `/api/v1/drafts/${second.id}/rebase`, { method: 'POST' });
    expect(rebased.status).toBe(200);
    expect(await answerOf<DraftBody>(rebased, 'rebase')).toMatchObject({ behind: false, status: 'open' });
  });

  it('refuses to publish a draft that is not approved (409)', async () => {
    const opened = await openDraft();
    const response = await world.request('admin', `/api/v1/drafts/${opened.id}/publish`, { method: 'POST' });
    expect(response.status).toBe(409);
  });

  it('lists, diffs, previews and takes a change back out', async () => {
    const opened = await openDraft('editor', 'listed');
    await world.request('editor', paragraphPath(opened.id, 5), {
      method: 'PUT',
      json: { text: '第五段，已修订。' },
    });
    const list = await world.request('reviewer', '/api/v1/drafts?status=open');
    const { drafts } = await answerOf<{ drafts: DraftBody[] }>(list, 'drafts');
    expect(drafts.some((draft) => draft.id === opened.id)).toBe(true);
    expect(drafts.every((draft) => draft.status === 'open')).toBe(true);

    const diff = await world.request('reviewer', `/api/v1/drafts/${opened.id}/diff`);
    const { diffs } = await answerOf<{ diffs: { changes: { kind: string; number?: number }[] }[] }>(
      diff,
      'diff',
    );
    expect(diffs[0]?.changes).toContainEqual(expect.objectContaining({ kind: 'paragraph', number: 5 }));

    const preview = await world.request('editor', `/api/v1/drafts/${opened.id}/preview`);
    const catalog = await answerOf<{ paragraphs: { number: number; text: string }[] }>(preview, 'preview');
    expect(catalog.paragraphs.find((paragraph) => paragraph.number === 5)?.text).toBe('第五段，已修订。');

    const undone = await world.request(
      'editor',
      `/api/v1/drafts/${opened.id}/changes/${encodeURIComponent(`paragraph:${DOCUMENT}:5:zh`)}`,
      { method: 'DELETE' },
    );
    expect(undone.status).toBe(200);
    expect((await answerOf<DraftBody>(undone, 'undoChange')).changes).toEqual([]);
  });

  it('names the draft of another editor as forbidden to change', async () => {
    const opened = await openDraft('reviewer', 'the reviewer’s');
    const response = await world.request('editor', paragraphPath(opened.id, 3), {
      method: 'PUT',
      json: { text: '别人的草稿' },
    });
    expect(response.status).toBe(403);
  });
});

describe('the audit log API', () => {
  it('answers entries newest first with at, actor, action, target and ip, filtered by user, action and time', async () => {
    const before = new Date(Date.now() - 1000).toISOString();
    const opened = await openDraft('editor', 'audited');
    const response = await world.request('admin', '/api/v1/audit');
    expect(response.status).toBe(200);
    const { entries } = await answerOf<{
      entries: { id: number; at: string; actor: string; action: string; target: string; ip: string }[];
    }>(response, 'audit');
    expect(entries.length).toBeGreaterThan(3);
    const ids = entries.map((entry) => entry.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(entries).toContainEqual(
      expect.objectContaining({
        actor: 'editor@example.org',
        action: 'draft-opened',
        target: `draft:${opened.id}`,
      }),
    );
    for (const entry of entries) {
      expect(Object.keys(entry)).toEqual(expect.arrayContaining(['at', 'actor', 'action', 'target', 'ip']));
    }

    const filtered = (await (
      await world.request(
        'admin',
        `/api/v1/audit?user=EDITOR@example.org&action=draft-opened&since=${before}`,
      )
    ).json()) as { entries: { actor: string; action: string; at: string }[] };
    expect(filtered.entries.length).toBeGreaterThan(0);
    expect(
      filtered.entries.every(
        (entry) => entry.actor === 'editor@example.org' && entry.action === 'draft-opened',
      ),
    ).toBe(true);
    expect(filtered.entries.every((entry) => entry.at >= before)).toBe(true);
    const none = (await (
      await world.request('admin', `/api/v1/audit?until=${before}&action=draft-opened`)
    ).json()) as {
      entries: { at: string }[];
    };
    expect(none.entries.every((entry) => entry.at < before)).toBe(true);

    const page = (await (await world.request('admin', '/api/v1/audit?limit=2')).json()) as {
      entries: { id: number }[];
      next: number;
    };
    expect(page.entries).toHaveLength(2);
    const next = (await (
      await world.request('admin', `/api/v1/audit?limit=2&before=${page.next}`)
    ).json()) as {
      entries: { id: number }[];
    };
    expect(next.entries[0]?.id).toBeLessThan(page.next);
  });

  it('refuses a bad filter with 400 naming it', async () => {
    const response = await world.request('admin', '/api/v1/audit?since=yesterday');
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorAnswer).error.details['parameter']).toBe('since');
  });
});

describe('the accounts API', () => {
  it('says who the caller is, by session and by token', async () => {
    const session = await world.request('reviewer', '/api/v1/me');
    expect(await answerOf(session, 'me')).toMatchObject({
      email: 'reviewer@example.org',
      role: 'reviewer',
      credential: 'session',
    });
    const token = await world.request('reviewer', '/api/v1/me', { credential: 'token' });
    expect(await token.json()).toMatchObject({ email: 'reviewer@example.org', credential: 'token' });
  });

  it('creates a token shown once, lists it with its last use, and revokes it: then it is refused', async () => {
    const created = await world.request('editor', '/api/v1/tokens', { json: { name: 'import script' } });
    expect(created.status).toBe(201);
    const { token, id } = await answerOf<{ token: string; id: string }>(created, 'createToken');
    const listedBefore = (await (await world.request('editor', '/api/v1/tokens')).json()) as {
      tokens: { id: string; lastUsedAt: string | null }[];
    };
    expect(JSON.stringify(listedBefore)).not.toContain(token);
    expect(listedBefore.tokens.find((each) => each.id === id)?.lastUsedAt).toBeNull();

    const used = await world.app.request('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
    expect(used.status).toBe(200);
    const listed = await world.request('editor', '/api/v1/tokens');
    const { tokens } = await answerOf<{ tokens: { id: string; lastUsedAt: string | null }[] }>(
      listed,
      'tokens',
    );
    expect(tokens.find((each) => each.id === id)?.lastUsedAt).not.toBeNull();

    const revoked = await world.request('editor', `/api/v1/tokens/${id}`, { method: 'DELETE' });
    expect(revoked.status).toBe(200);
    const refused = await world.app.request('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as ErrorAnswer).error.code).toBe('UNAUTHENTICATED');
  });

  it('lets an admin add a user (a password generated once), change their role and disable them: their token stops working', async () => {
    const added = await world.request('admin', '/api/v1/users', {
      json: { email: 'new.editor@example.org', role: 'editor' },
    });
    expect(added.status).toBe(201);
    const { generatedPassword } = await answerOf<{ generatedPassword?: string }>(added, 'addUser');
    expect(generatedPassword?.length).toBeGreaterThanOrEqual(12);
    const { token } = await world.accounts.createToken(world.cli, {
      email: 'new.editor@example.org',
      name: 'x',
    });
    const role = await world.request(
      'admin',
      `/api/v1/users/${encodeURIComponent('new.editor@example.org')}/role`,
      {
        method: 'PUT',
        json: { role: 'reviewer' },
      },
    );
    expect(await answerOf(role, 'changeRole')).toMatchObject({ role: 'reviewer' });
    const disabled = await world.request('admin', '/api/v1/users/new.editor@example.org/disable', {
      method: 'POST',
    });
    expect(await answerOf(disabled, 'disableUser')).toMatchObject({ disabled: true });
    const refused = await world.app.request('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
    expect(refused.status).toBe(401);
    const list = await world.request('admin', '/api/v1/users');
    const { users } = await answerOf<{ users: { email: string; disabled: boolean }[] }>(list, 'users');
    expect(users.find((user) => user.email === 'new.editor@example.org')?.disabled).toBe(true);
    const enabled = await world.request('admin', '/api/v1/users/new.editor@example.org/enable', {
      method: 'POST',
    });
    expect(await answerOf(enabled, 'enableUser')).toMatchObject({ disabled: false });
  });

  it('ends a session that signed out: its cookie is anonymous again (401 on the API)', async () => {
    const session = await world.signIn('editor');
    const resumed = await world.accounts.resumeSession(session.sessionToken);
    if (resumed === undefined) throw new Error('the session does not resume');
    await world.accounts.signOut({ actor: resumed.actor, ip: '127.0.0.1' }, resumed.sessionId);
    const response = await world.app.request('/api/v1/me', { headers: { Cookie: session.cookie } });
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toMatch(/^somkb_session=; Max-Age=0/);
  });
});

describe('the OpenAPI document', () => {
  it('lists every editors’ route, with its tag, when the app has the editors', async () => {
    const document = (await (await world.request('anonymous', '/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { tags?: string[] }>>;
      tags: { name: string }[];
    };
    for (const route of Object.values(EDITOR_ROUTE_DEFINITIONS)) {
      expect(document.paths[route.path]?.[route.method], `${route.method} ${route.path}`).toBeDefined();
    }
    expect(document.tags.map((tag) => tag.name)).toEqual(
      expect.arrayContaining(['drafts', 'accounts', 'audit']),
    );
  });

  it('lists none of them without the editors, whose paths then answer 404', async () => {
    const app = createApp({
      loadPublished: () => world.catalogs.findPublished('zh'),
      search: () => Promise.reject(new Error('no search')),
      version: 'test',
    });
    const document = (await (await app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(
      Object.keys(document.paths).filter((path) => /drafts|users|tokens|audit|\/me$/.test(path)),
    ).toEqual([]);
    expect((await app.request('/api/v1/drafts', { method: 'POST' })).status).toBe(404);
  });
});
