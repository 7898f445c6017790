import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../accounts/index.js';
import type { DraftView } from '../services/index.js';
import { startEditorsApp } from '../../test/support/editors.js';
import { bundledKnowledgeFiles } from '../../test/support/knowledge.js';
import type { EditorRequestInit, EditorsApp, RequestRole } from '../../test/support/editors.js';
import { API_PREFIX, ROUTE_ACCESS, SIGN_IN_PATH, isApiV1Path } from './route-access.js';
import type { RouteAccess } from './route-access.js';

/**
 * The walk of every route of the app with every role: the routes the app serves and the rows of
 * ROUTE_ACCESS must be the same, and each route answers each role as its row says: 200/201 (or the
 * route's own success) when the role may, 401 without a credential (a page asked with GET: a
 * redirect to sign-in), 403 for a role too low or a rule of the use case that refuses it.
 */

const ROLES: readonly RequestRole[] = ['anonymous', 'editor', 'reviewer', 'admin'];
const DOCUMENT = 'thematic-summary-2021';

/** A request of a route, made for one role, and what it must answer when the role may call it. */
interface Sample {
  readonly path: string;
  readonly init?: EditorRequestInit;
  /** The answer when allowed (default: 200, or 201 for the routes that create). */
  readonly allowed?: number;
}

type SampleMaker = (as: RequestRole) => Promise<Sample> | Sample;

let world: EditorsApp;
let counter = 0;
const unique = (): number => ++counter;

/** The text of paragraph 2 of the summary, which a draft changes. */
let paragraphTwo = '';

/** A draft of the editor with one change, brought to `status`. */
async function draftOf(status: 'open' | 'submitted' | 'approved'): Promise<DraftView> {
  const { drafts, users } = world;
  const editor = users.editor.caller;
  let draft = await drafts.open(editor, { title: `walk ${unique()}` });
  draft = await drafts.change(editor, draft.id, {
    kind: 'paragraph',
    document: DOCUMENT,
    number: 2,
    language: 'zh',
    text: `${paragraphTwo}（修订${unique()}）`,
    items: [],
  });
  if (status === 'open') return draft;
  draft = await drafts.submit(editor, draft.id, draft.etag);
  if (status === 'submitted') return draft;
  return drafts.approve(users.reviewer.caller, draft.id);
}

/** A user added for a route that changes one. */
async function someUser(): Promise<string> {
  const email = `walk-${unique()}@example.org`;
  await world.accounts.addUser(world.cli, {
    email,
    role: 'editor',
    password: 'a long walk in the park 4821',
  });
  return email;
}

const json = (method: string, body: unknown): EditorRequestInit => ({ method, json: body });

/** How to call each route that needs more than its path. */
const SAMPLES: Readonly<Record<string, SampleMaker>> = {
  'GET /themes/:id': () => ({ path: '/themes/theme-1' }),
  'GET /papers/:slug': () => ({ path: '/papers/CTOC-COP-WG.7-2015-4' }),
  'GET /papers/*': () => ({ path: '/papers/CTOC/COP/WG.7/2015/4', allowed: 301 }),
  'GET /topics/:id': () => ({ path: '/topics/money-laundering' }),
  'GET /search': () => ({ path: '/search?q=%E5%9B%BD%E9%99%85%E5%90%88%E4%BD%9C' }),
  'GET /history/:range': () => ({ path: '/history/1..2' }),
  'GET /brief/download': () => ({ path: '/brief/download?theme=theme-1&format=md' }),
  'GET /api/v1/documents/:id': () => ({ path: `/api/v1/documents/${DOCUMENT}` }),
  'GET /api/v1/documents/:id/paragraphs': () => ({ path: `/api/v1/documents/${DOCUMENT}/paragraphs` }),
  'GET /api/v1/documents/:id/paragraphs/:number': () => ({
    path: `/api/v1/documents/${DOCUMENT}/paragraphs/2`,
  }),
  'GET /api/v1/themes/:id': () => ({ path: '/api/v1/themes/theme-1' }),
  'GET /api/v1/papers/:symbol': () => ({ path: '/api/v1/papers/CTOC-COP-WG.7-2015-4' }),
  'GET /api/v1/meetings/:number': () => ({ path: '/api/v1/meetings/3' }),
  'GET /api/v1/concepts/:id': () => ({ path: '/api/v1/concepts/money-laundering' }),
  'GET /api/v1/provisions/:id': () => ({ path: '/api/v1/provisions/untoc-27' }),
  'GET /api/v1/mechanisms/:id': () => ({ path: '/api/v1/mechanisms/eurosur' }),
  'GET /api/v1/search': () => ({ path: '/api/v1/search?q=hawala' }),
  'POST /api/v1/search': () => ({ path: '/api/v1/search', init: json('POST', { q: 'hawala' }) }),
  'GET /api/v1/suggest': () => ({ path: '/api/v1/suggest?q=haw' }),
  'GET /api/v1/export': () => ({ path: '/api/v1/export?format=csv' }),
  'GET /api/v1/brief': () => ({ path: '/api/v1/brief?theme=theme-1&format=md' }),
  'GET /api/v1/versions/:n': () => ({ path: '/api/v1/versions/1' }),
  'GET /api/v1/diff': () => ({ path: '/api/v1/diff?from=1&to=2' }),
  'POST /api/v1/tokens': () => ({
    path: '/api/v1/tokens',
    init: json('POST', { name: `walk ${unique()}` }),
    allowed: 201,
  }),
  'DELETE /api/v1/tokens/:id': async (as) => {
    // The caller's own token (an anonymous caller's: the editor's).
    const owner = as === 'anonymous' ? world.users.editor : world.users[as];
    const { view } = await world.accounts.createToken(world.cli, {
      email: owner.email,
      name: `walk ${unique()}`,
    });
    return { path: `/api/v1/tokens/${view.id}`, init: { method: 'DELETE' } };
  },
  'POST /api/v1/drafts': () => ({
    path: '/api/v1/drafts',
    init: json('POST', { title: `walk ${unique()}` }),
    allowed: 201,
  }),
  'GET /api/v1/drafts/:id': async () => ({ path: `/api/v1/drafts/${(await draftOf('open')).id}` }),
  'PUT /api/v1/drafts/:id/documents/:document/paragraphs/:number': async () => ({
    path: `/api/v1/drafts/${(await draftOf('open')).id}/documents/${DOCUMENT}/paragraphs/3`,
    init: json('PUT', { text: `一段修订的文字 ${unique()}。` }),
  }),
  'PUT /api/v1/drafts/:id/documents/:document/papers/:symbol': async () => ({
    path: `/api/v1/drafts/${(await draftOf('open')).id}/documents/${DOCUMENT}/papers/CTOC-COP-WG.7-2015-4`,
    init: json('PUT', { theme: 'theme-3' }),
  }),
  'POST /api/v1/drafts/:id/documents/:document/papers': async () => ({
    path: `/api/v1/drafts/${(await draftOf('open')).id}/documents/${DOCUMENT}/papers`,
    init: json('POST', {
      symbol: 'CTOC/COP/WG.7/2023/2',
      theme: 'theme-1',
      year: 2023,
      meeting: 8,
      subject: { zh: '无人机监视' },
      paragraphs: [
        { zh: { text: '2023年，秘书处为工作组第八次会议编写了一份背景文件（CTOC/COP/WG.7/2023/2）。' } },
        { zh: { text: '该文件讨论了海上边境的无人机。' } },
      ],
    }),
  }),
  'PUT /api/v1/drafts/:id/documents/:document/themes/:theme/key-topics': async () => ({
    path: `/api/v1/drafts/${(await draftOf('open')).id}/documents/${DOCUMENT}/themes/theme-1/key-topics`,
    init: json('PUT', { keyTopics: await keyTopicsOfThemeOne() }),
  }),
  'PUT /api/v1/drafts/:id/concepts/:concept': async () => ({
    path: `/api/v1/drafts/${(await draftOf('open')).id}/concepts/drone-surveillance`,
    init: json('PUT', {
      kind: 'term',
      prefLabel: {
        zh: '无人机监视',
        en: 'drone surveillance',
        fr: 'surveillance par drone',
        es: 'vigilancia con drones',
        ru: 'наблюдение с помощью беспилотников',
        ar: 'المراقبة بالطائرات المسيرة',
      },
      ownRendering: ['fr', 'es', 'ru', 'ar'],
    }),
  }),
  'PUT /api/v1/drafts/:id/mechanisms/:mechanism': async () => ({
    path: `/api/v1/drafts/${(await draftOf('open')).id}/mechanisms/eurosur`,
    init: json('PUT', mechanismEntry('eurosur')),
  }),
  'DELETE /api/v1/drafts/:id/changes/:target': async () => ({
    path: `/api/v1/drafts/${(await draftOf('open')).id}/changes/${encodeURIComponent(`paragraph:${DOCUMENT}:2:zh`)}`,
    init: { method: 'DELETE' },
  }),
  'GET /api/v1/drafts/:id/diff': async () => ({ path: `/api/v1/drafts/${(await draftOf('open')).id}/diff` }),
  'GET /api/v1/drafts/:id/preview': async () => ({
    path: `/api/v1/drafts/${(await draftOf('open')).id}/preview?lang=zh`,
  }),
  'POST /api/v1/drafts/:id/submit': async () => ({
    path: `/api/v1/drafts/${(await draftOf('open')).id}/submit`,
    init: { method: 'POST' },
  }),
  'POST /api/v1/drafts/:id/withdraw': async () => ({
    path: `/api/v1/drafts/${(await draftOf('open')).id}/withdraw`,
    init: { method: 'POST' },
  }),
  'POST /api/v1/drafts/:id/rebase': async () => ({
    path: `/api/v1/drafts/${(await draftOf('open')).id}/rebase`,
    init: { method: 'POST' },
  }),
  'POST /api/v1/drafts/:id/approve': async () => ({
    path: `/api/v1/drafts/${(await draftOf('submitted')).id}/approve`,
    init: { method: 'POST' },
  }),
  'POST /api/v1/drafts/:id/send-back': async () => ({
    path: `/api/v1/drafts/${(await draftOf('submitted')).id}/send-back`,
    init: json('POST', { comment: 'Please cite the paper.' }),
  }),
  'POST /api/v1/drafts/:id/publish': async () => ({
    path: `/api/v1/drafts/${(await draftOf('approved')).id}/publish`,
    init: { method: 'POST' },
    allowed: 201,
  }),
  'POST /api/v1/users': () => ({
    path: '/api/v1/users',
    init: json('POST', {
      email: `walk-${unique()}@example.org`,
      role: 'editor',
      password: 'a long walk in the park 4821',
    }),
    allowed: 201,
  }),
  'PUT /api/v1/users/:email/role': async () => ({
    path: `/api/v1/users/${encodeURIComponent(await someUser())}/role`,
    init: json('PUT', { role: 'reviewer' }),
  }),
  'POST /api/v1/users/:email/disable': async () => ({
    path: `/api/v1/users/${encodeURIComponent(await someUser())}/disable`,
    init: { method: 'POST' },
  }),
  'POST /api/v1/users/:email/enable': async () => ({
    path: `/api/v1/users/${encodeURIComponent(await someUser())}/enable`,
    init: { method: 'POST' },
  }),
  'GET /api/v1/audit': () => ({ path: '/api/v1/audit?action=draft-opened&limit=5' }),
  // The portal's pages of the editors: their forms answer with a redirect (303) when done.
  'GET /sign-in': (as) => ({ path: '/sign-in', allowed: as === 'anonymous' ? 200 : 303 }),
  // A wrong password (a right one would end the walk's session of the user): refused alike for all.
  'POST /sign-in': () => ({
    path: '/sign-in',
    init: { form: { email: `walk-nobody-${unique()}@example.org`, password: 'not the password at all' } },
    allowed: 401,
  }),
  // Signs out a session of its own (made in the store), so that the walk's session of the user stays.
  'POST /sign-out': async (as) => {
    if (as === 'anonymous') return { path: '/sign-out', init: { form: {} } };
    const { actor } = world.users[as].caller;
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    await world.editorial.accounts.createSession({
      id: createHash('sha256').update(token).digest('hex'),
      userId: actor.kind === 'user' ? actor.userId : '',
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + 3_600_000).toISOString(),
      formToken: `walk-form-${unique()}`,
      ip: '127.0.0.1',
    });
    const session = await world.accounts.resumeSession(token);
    return {
      path: '/sign-out',
      init: { headers: { Cookie: `somkb_session=${token}` }, form: { _form: session?.formToken ?? '' } },
      allowed: 303,
    };
  },
  // A wrong current password: the walk's users keep theirs.
  'POST /account/password': () => ({
    path: '/account/password',
    init: { form: { current: 'not the current one', next: 'a new password of a walk 9931' } },
    allowed: 422,
  }),
  'POST /account/totp': () => ({ path: '/account/totp', init: { form: {} } }),
  'POST /account/totp/confirm': () => ({
    path: '/account/totp/confirm',
    init: { form: { secret: 'JBSWY3DPEHPK3PXP', code: '000000' } },
    allowed: 422,
  }),
  'POST /account/tokens': () => ({
    path: '/account/tokens',
    init: { form: { name: `walk ${unique()}` } },
    allowed: 201,
  }),
  'POST /account/tokens/:id/revoke': async (as) => {
    const owner = as === 'anonymous' ? world.users.editor : world.users[as];
    const { view } = await world.accounts.createToken(world.cli, {
      email: owner.email,
      name: `walk ${unique()}`,
    });
    return { path: `/account/tokens/${view.id}/revoke`, init: { form: {} }, allowed: 303 };
  },
  'POST /admin/users': () => ({
    path: '/admin/users',
    init: {
      form: {
        email: `walk-${unique()}@example.org`,
        role: 'editor',
        password: 'a long walk in the park 4821',
      },
    },
    allowed: 303,
  }),
  'POST /admin/users/role': async () => ({
    path: '/admin/users/role',
    init: { form: { email: await someUser(), role: 'reviewer' } },
    allowed: 303,
  }),
  'POST /admin/users/disable': async () => ({
    path: '/admin/users/disable',
    init: { form: { email: await someUser() } },
    allowed: 303,
  }),
  'POST /admin/users/enable': async () => ({
    path: '/admin/users/enable',
    init: { form: { email: await someUser() } },
    allowed: 303,
  }),
  'POST /drafts/new': () => ({
    path: '/drafts/new',
    init: { form: { title: `walk ${unique()}` } },
    allowed: 303,
  }),
  'GET /drafts/:id': async () => ({ path: `/drafts/${(await draftOf('open')).id}` }),
  'GET /drafts/:id/edit/:kind': async () => ({
    path: `/drafts/${(await draftOf('open')).id}/edit/paragraph?number=3&language=zh`,
  }),
  'POST /drafts/:id/edit/:kind': async () => ({
    path: `/drafts/${(await draftOf('open')).id}/edit/paragraph`,
    init: { form: { number: '3', language: 'zh', text: `一段修订的文字 ${unique()}。`, items: '' } },
    allowed: 303,
  }),
  'POST /drafts/:id/undo': async () => ({
    path: `/drafts/${(await draftOf('open')).id}/undo`,
    init: { form: { target: `paragraph:${DOCUMENT}:2:zh` } },
    allowed: 303,
  }),
  'POST /drafts/:id/submit': async () => ({
    path: `/drafts/${(await draftOf('open')).id}/submit`,
    init: { form: {} },
    allowed: 303,
  }),
  'POST /drafts/:id/withdraw': async () => ({
    path: `/drafts/${(await draftOf('open')).id}/withdraw`,
    init: { form: {} },
    allowed: 303,
  }),
  'POST /drafts/:id/rebase': async () => ({
    path: `/drafts/${(await draftOf('open')).id}/rebase`,
    init: { form: {} },
    allowed: 303,
  }),
  'POST /drafts/:id/approve': async () => ({
    path: `/drafts/${(await draftOf('submitted')).id}/approve`,
    init: { form: {} },
    allowed: 303,
  }),
  'POST /drafts/:id/send-back': async () => ({
    path: `/drafts/${(await draftOf('submitted')).id}/send-back`,
    init: { form: { comment: 'Please cite the paper.' } },
    allowed: 303,
  }),
  'POST /drafts/:id/publish': async () => ({
    path: `/drafts/${(await draftOf('approved')).id}/publish`,
    init: { form: {} },
    allowed: 303,
  }),
  'GET /drafts/:id/preview': async () => ({ path: `/drafts/${(await draftOf('open')).id}/preview` }),
  'GET /drafts/:id/preview/themes/:theme': async () => ({
    path: `/drafts/${(await draftOf('open')).id}/preview/themes/theme-1`,
  }),
  'GET /drafts/:id/preview/papers/:slug': async () => ({
    path: `/drafts/${(await draftOf('open')).id}/preview/papers/CTOC-COP-WG.7-2015-4`,
  }),
};

async function keyTopicsOfThemeOne(): Promise<string[]> {
  const published = await world.catalogs.findPublished('zh');
  return [...(published?.catalog.themes.find((theme) => theme.id === 'theme-1')?.keyTopics ?? [])].reverse();
}

/** A mechanism's entry of the bundled directory, its note changed. */
function mechanismEntry(id: string): Record<string, unknown> {
  const files = bundledKnowledgeFiles() as { mechanisms: { mechanisms: Record<string, unknown>[] } };
  const entry = files.mechanisms.mechanisms.find((each) => each['id'] === id) ?? {};
  return { ...entry, note: `Walked ${unique()}.` };
}

const key = (route: { readonly method: string; readonly path: string }): string =>
  `${route.method} ${route.path}`;

/** The sample of a route: its own, or its path when it has no parameter. */
function sampleOf(route: RouteAccess, as: RequestRole): Promise<Sample> | Sample {
  const own = SAMPLES[key(route)];
  if (own !== undefined) return own(as);
  if (/[:*]/.test(route.path)) throw new Error(`the walk has no sample of ${key(route)}: add one to SAMPLES`);
  return { path: route.path, ...(route.method === 'GET' ? {} : { init: { method: route.method } }) };
}

/** What a route must answer `as`, given what its sample answers when allowed. */
function expected(route: RouteAccess, as: RequestRole, allowed: number): number | 'sign-in' {
  if (route.access === 'anonymous') return allowed;
  if (as === 'anonymous') return !isApiV1Path(route.path) && route.method === 'GET' ? 'sign-in' : 401;
  const rank: Record<Role, number> = { editor: 0, reviewer: 1, admin: 2 };
  if (rank[as] < rank[route.access]) return 403;
  // The samples' drafts are the editor's.
  if (route.rule === 'author' && as !== 'editor') return 403;
  return allowed;
}

/** The success of a route's sample: 201 for a POST that creates, else 200. */
function successOf(route: RouteAccess, sample: Sample): number {
  return sample.allowed ?? 200;
}

beforeAll(async () => {
  world = await startEditorsApp({ apiDocs: { bundle: '/* bundle */', css: '/* css */' } });
  const published = await world.catalogs.findPublished('zh');
  paragraphTwo = published?.catalog.paragraphs.find((paragraph) => paragraph.number === 2)?.text ?? '';
  // A second version, for the history's routes.
  const draft = await draftOf('approved');
  await world.drafts.publish(world.users.admin.caller, draft.id);
}, 120_000);

afterAll(async () => {
  await world.close();
});

describe('ROUTE_ACCESS', () => {
  it('lists every route of the app, and only those', () => {
    const served = new Set(
      world.app.routes.filter((route) => route.method !== 'ALL').map((route) => key(route)),
    );
    const listed = new Set(ROUTE_ACCESS.map((route) => key(route)));
    expect(
      [...served].filter((route) => !listed.has(route)),
      'routes missing from ROUTE_ACCESS',
    ).toEqual([]);
    expect(
      [...listed].filter((route) => !served.has(route)),
      'rows of ROUTE_ACCESS the app lacks',
    ).toEqual([]);
    expect(listed.size, 'a route listed twice').toBe(ROUTE_ACCESS.length);
  });

  describe.each(ROLES)('walked as %s', (as) => {
    it.each(ROUTE_ACCESS.map((route) => [key(route), route] as const))(
      '%s answers as the table says',
      async (_name, route) => {
        const sample = await sampleOf(route, as);
        const credentials: readonly ('session' | 'token')[] =
          as !== 'anonymous' && route.path.startsWith(API_PREFIX) ? ['session', 'token'] : ['session'];
        for (const credential of credentials) {
          const again = credential === 'session' ? sample : await sampleOf(route, as);
          const response = await world.request(as, again.path, { ...again.init, credential });
          const want = expected(route, as, successOf(route, again));
          const what = `${key(route)} as ${as} (${credential}): ${again.path}`;
          if (want === 'sign-in') {
            expect(response.status, what).toBe(303);
            expect(response.headers.get('location'), what).toMatch(new RegExp(`^${SIGN_IN_PATH}\\?next=`));
          } else {
            expect(
              response.status,
              `${what} → ${await response
                .clone()
                .text()
                .then((text) => text.slice(0, 300))}`,
            ).toBe(want);
          }
          if (want === 401 && isApiV1Path(route.path)) {
            const body = (await response.json()) as { error: { code: string } };
            expect(body.error.code, what).toBe('UNAUTHENTICATED');
          }
          if (want === 403 && isApiV1Path(route.path)) {
            const body = await response.text();
            expect(body, what).toContain('FORBIDDEN');
          }
        }
      },
      60_000,
    );
  });
});
