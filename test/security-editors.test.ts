import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiLogEntry } from '../src/http/index.js';
import type { EditorsApp } from './support/editors.js';
import { EDITORS_ORIGIN, startEditorsApp } from './support/editors.js';

// The security tests of issue 15 on the editors' app as `somkb serve` runs it (real account, audit
// and draft services over :memory: stores): session fixation, cross-site requests, brute force on
// sign-in, roles and other people's drafts, disabled users, and secrets kept out of the request log
// and the audit log. Each test states what an attacker tries and checks that it fails.

const DOCUMENT = 'thematic-summary-2021';

/** More users than the app's one of each role, made as the CLI makes them. */
const PASSWORDS = {
  other: 'other editor kettle 48213',
  victim: 'victim editor saddle 90357',
  second: 'second reviewer anchor 13579',
  leaving: 'leaving editor pebble 24680',
} as const;
type Extra = keyof typeof PASSWORDS;
const emailOf = (who: Extra): string => `${who}@example.org`;

let world: EditorsApp;
const requestLog: ApiLogEntry[] = [];
/** Every secret handed out or typed in these tests: none may reach a log. */
const secrets = new Set<string>(Object.values(PASSWORDS));

/** Records a session's secrets: its token, the token's SHA-256 (its id in the store) and its form token. */
function keepSecret(session: { readonly token: string; readonly formToken: string }): void {
  secrets
    .add(session.token)
    .add(session.formToken)
    .add(createHash('sha256').update(session.token).digest('hex'));
}

/** The env of a request from `ip`, as @hono/node-server gives the socket's peer. */
const from = (ip: string) => ({ incoming: { socket: { remoteAddress: ip } } });

interface Session {
  readonly token: string;
  readonly formToken: string;
  readonly cookie: string;
}

/** Signs one of the extra users in through the account service, from `ip`. */
async function signIn(who: Extra, ip = '192.0.2.10', replacing?: string): Promise<Session> {
  const outcome = await world.accounts.signIn({
    email: emailOf(who),
    password: PASSWORDS[who],
    ip,
    ...(replacing === undefined ? {} : { replacing }),
  });
  if (outcome.status !== 'signed-in') throw new Error(`${who} did not sign in: ${outcome.status}`);
  keepSecret(outcome.session);
  return { ...outcome.session, cookie: `somkb_session=${outcome.session.token}` };
}

/** `GET /api/v1/me` with `headers`: 200 for a live credential, 401 otherwise. */
const me = (headers: Record<string, string>) =>
  world.app.request(`${EDITORS_ORIGIN}/api/v1/me`, { headers }, from('192.0.2.10'));

/** A request of a session with the headers given (no Origin or form token unless given). */
function sessionRequest(
  method: string,
  path: string,
  session: Session,
  headers: Record<string, string>,
  body?: unknown,
): Promise<Response> {
  return Promise.resolve(
    world.app.request(
      `${EDITORS_ORIGIN}${path}`,
      {
        method,
        headers: { Cookie: session.cookie, 'Content-Type': 'application/json', ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      },
      from('192.0.2.10'),
    ),
  );
}

/** An API call of one of the extra users with a bearer token of theirs. */
const tokens = new Map<Extra, string>();
async function api(who: Extra, method: string, path: string, body?: unknown): Promise<Response> {
  let token = tokens.get(who);
  if (token === undefined) {
    token = (await world.accounts.createToken(world.cli, { email: emailOf(who), name: 'security tests' }))
      .token;
    secrets.add(token);
    tokens.set(who, token);
  }
  return world.app.request(`${EDITORS_ORIGIN}/api/v1${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function json<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  if (response.status !== status)
    throw new Error(`expected ${status}, got ${response.status}: ${text.slice(0, 400)}`);
  return JSON.parse(text) as T;
}

interface DraftBody {
  readonly id: string;
  readonly status: string;
  readonly etag: string;
  readonly changes: readonly unknown[];
}

beforeAll(async () => {
  world = await startEditorsApp({
    logRequest: (entry) => {
      requestLog.push(entry);
    },
  });
  for (const user of Object.values(world.users)) {
    secrets.add(user.password).add(user.apiToken);
    keepSecret({ token: user.sessionToken, formToken: user.formToken });
  }
  for (const who of Object.keys(PASSWORDS) as Extra[]) {
    await world.accounts.addUser(world.cli, {
      email: emailOf(who),
      role: who === 'second' ? 'reviewer' : 'editor',
      password: PASSWORDS[who],
    });
  }
}, 120_000);

afterAll(async () => {
  await world.close();
});

describe('session fixation', () => {
  it('a session id planted before sign-in is not the one after, and never works', async () => {
    const planted = 'A'.repeat(43);
    expect((await me({ Cookie: `somkb_session=${planted}` })).status).toBe(401);
    const session = await signIn('other', '192.0.2.10', planted);
    expect(session.token).not.toBe(planted);
    expect((await me({ Cookie: `somkb_session=${planted}` })).status).toBe(401);
    expect((await me({ Cookie: session.cookie })).status).toBe(200);
  });

  it('signing in again from a signed-in browser makes a new session and ends the old one', async () => {
    const first = await signIn('other');
    expect((await me({ Cookie: first.cookie })).status).toBe(200);
    const second = await signIn('other', '192.0.2.10', first.token);
    expect(second.token).not.toBe(first.token);
    expect(second.formToken).not.toBe(first.formToken);
    expect((await me({ Cookie: first.cookie })).status).toBe(401);
    expect((await me({ Cookie: second.cookie })).status).toBe(200);
  });
});

describe('a state-changing request of a session from another site', () => {
  const makeToken = (session: Session, headers: Record<string, string>) =>
    sessionRequest('POST', '/api/v1/tokens', session, headers, { name: 'csrf probe' });

  it('is refused without a same-origin Origin or Referer, or without the session’s own form token; nothing is made', async () => {
    const editor = await signIn('other');
    const victim = await signIn('victim');
    const token = { 'X-Somkb-Form-Token': editor.formToken };
    const attempts: Record<string, Record<string, string>> = {
      'another origin': { Origin: 'https://evil.example', ...token },
      'a look-alike origin': { Origin: 'http://localhost.evil.example', ...token },
      'another port': { Origin: 'http://localhost:8081', ...token },
      'Origin null': { Origin: 'null', ...token },
      'no Origin nor Referer': { ...token },
      'a Referer of another site': { Referer: 'https://evil.example/page', ...token },
      'no form token': { Origin: EDITORS_ORIGIN },
      'another session’s form token': { Origin: EDITORS_ORIGIN, 'X-Somkb-Form-Token': victim.formToken },
      'a form token altered': { Origin: EDITORS_ORIGIN, 'X-Somkb-Form-Token': `${editor.formToken}x` },
    };
    const statuses: Record<string, number> = {};
    for (const [name, headers] of Object.entries(attempts))
      statuses[name] = (await makeToken(editor, headers)).status;
    expect(statuses).toEqual(Object.fromEntries(Object.keys(attempts).map((name) => [name, 403])));
    const listed = await sessionRequest('GET', '/api/v1/tokens', editor, {});
    expect(listed.status).toBe(200);
    expect(await listed.text()).not.toContain('csrf probe');
  });

  it('is accepted from this site with the form token, by Origin or by Referer', async () => {
    const editor = await signIn('other');
    const byOrigin = await makeToken(editor, {
      Origin: EDITORS_ORIGIN,
      'X-Somkb-Form-Token': editor.formToken,
    });
    expect(byOrigin.status).toBe(201);
    secrets.add(((await byOrigin.json()) as { token: string }).token);
    const byReferer = await makeToken(editor, {
      Referer: `${EDITORS_ORIGIN}/account`,
      'X-Somkb-Form-Token': editor.formToken,
    });
    expect(byReferer.status).toBe(201);
    secrets.add(((await byReferer.json()) as { token: string }).token);
  });

  it('a portal form posted from another site is refused, its form token included', async () => {
    const response = await world.request('editor', '/drafts/new', {
      method: 'POST',
      headers: { Origin: 'https://evil.example' },
      form: { title: 'planted by another site' },
    });
    expect(response.status).toBe(403);
    const drafts = await world.drafts.list(world.users.editor.caller);
    expect(drafts.map((draft) => draft.title)).not.toContain('planted by another site');
  });

  it('a bearer request needs neither, and a bad token is 401 even beside a good cookie', async () => {
    const editor = await signIn('other');
    const bearer = await api('other', 'POST', '/tokens', { name: 'from a script' });
    expect(bearer.status).toBe(201);
    secrets.add(((await bearer.json()) as { token: string }).token);
    const riding = await sessionRequest(
      'POST',
      '/api/v1/tokens',
      editor,
      {
        Authorization: 'Bearer somkb_not-a-token',
        Origin: EDITORS_ORIGIN,
        'X-Somkb-Form-Token': editor.formToken,
      },
      { name: 'riding' },
    );
    expect(riding.status).toBe(401);
  });
});

describe('brute force on sign-in', () => {
  const attempt = (email: string, password: string, ip: string): Promise<string> =>
    world.accounts.signIn({ email, password, ip }).then(
      (outcome) => outcome.status,
      (error: unknown) => (error as { code?: string }).code ?? String(error),
    );

  it('after the limit of an account its right password is refused too, from any address, with a wait', async () => {
    const codes: string[] = [];
    for (let index = 0; index < 6; index += 1)
      codes.push(await attempt(emailOf('victim'), `wrong guess ${index}`, `198.51.100.${index}`));
    expect(codes.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => 'UNAUTHENTICATED'));
    const refusal = await world.accounts
      .signIn({ email: emailOf('victim'), password: PASSWORDS.victim, ip: '198.51.100.99' })
      .then(
        () => undefined,
        (error: unknown) => error as { code: string; details: { retryAfterSeconds?: number } },
      );
    expect(refusal?.code).toBe('RATE_LIMITED');
    expect(refusal?.details.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('after the limit of an address the right password of another account is refused from it, not from elsewhere', async () => {
    const ip = '203.0.113.7';
    const codes: string[] = [];
    // One machine trying one password on many accounts (unknown ones count as known ones do).
    for (let index = 0; index < 22; index += 1)
      codes.push(await attempt(`guess-${index}@example.org`, 'Winter2026!!', ip));
    expect(codes.slice(0, 20)).toEqual(Array.from({ length: 20 }, () => 'UNAUTHENTICATED'));
    expect(codes).toContain('RATE_LIMITED');
    expect(await attempt(emailOf('second'), PASSWORDS.second, ip)).toBe('RATE_LIMITED');
    expect(await attempt(emailOf('second'), PASSWORDS.second, '203.0.113.8')).toBe('signed-in');
  });

  it('says the same of an unknown account as of a wrong password', async () => {
    const refusal = (email: string, ip: string) =>
      world.accounts.signIn({ email, password: 'whatever it is 12345', ip }).then(
        () => 'signed in',
        (error: unknown) => (error as Error).message,
      );
    expect(await refusal('nobody@example.org', '192.0.2.50')).toBe(
      await refusal(emailOf('second'), '192.0.2.51'),
    );
  });
});

describe('roles and drafts', () => {
  const edit = (who: Extra, id: string, number: number, text: string) =>
    api(who, 'PUT', `/drafts/${id}/documents/${DOCUMENT}/paragraphs/${number}`, { text, items: [] });
  const open = async (who: Extra, title: string) =>
    json<DraftBody>(await api(who, 'POST', '/drafts', { title }), 201);

  it('an author never approves their own draft; an editor never reviews, publishes, manages users or reads the audit', async () => {
    const draft = await open('other', 'own draft');
    expect((await edit('other', draft.id, 12, '作者对第 12 段的测试修改。')).status).toBe(200);
    expect((await api('other', 'POST', `/drafts/${draft.id}/submit`)).status).toBe(200);
    const refused: Record<string, number> = {};
    for (const [method, path, body] of [
      ['POST', `/drafts/${draft.id}/approve`, undefined],
      ['POST', `/drafts/${draft.id}/send-back`, { comment: 'no' }],
      ['POST', `/drafts/${draft.id}/publish`, undefined],
      ['GET', '/users', undefined],
      ['POST', '/users', { email: 'planted@example.org', role: 'admin' }],
      ['POST', `/users/${encodeURIComponent(emailOf('second'))}/disable`, undefined],
      ['PUT', `/users/${encodeURIComponent(emailOf('other'))}/role`, { role: 'admin' }],
      ['GET', '/audit', undefined],
    ] as const)
      refused[`${method} ${path}`] = (await api('other', method, path, body)).status;
    expect(refused).toEqual(Object.fromEntries(Object.keys(refused).map((key) => [key, 403])));
    expect((await json<DraftBody>(await api('other', 'GET', `/drafts/${draft.id}`), 200)).status).toBe(
      'submitted',
    );
    const users = await world.accounts.listUsers(world.cli);
    expect(users.find((user) => user.email === emailOf('other'))?.role).toBe('editor');
    expect(users.map((user) => user.email)).not.toContain('planted@example.org');
  });

  it('a reviewer never approves their own draft, nor calls an admin route, nor publishes what another approved', async () => {
    const own = await open('second', 'reviewer’s own draft');
    expect((await edit('second', own.id, 13, '审查人自己的测试修改。')).status).toBe(200);
    expect((await api('second', 'POST', `/drafts/${own.id}/submit`)).status).toBe(200);
    expect((await api('second', 'POST', `/drafts/${own.id}/approve`)).status).toBe(403);
    expect((await api('second', 'GET', '/users')).status).toBe(403);
    expect((await api('second', 'GET', '/audit')).status).toBe(403);
    const theirs = await open('other', 'approved by the app’s reviewer');
    expect((await edit('other', theirs.id, 15, '另一位编辑的测试修改。')).status).toBe(200);
    expect((await api('other', 'POST', `/drafts/${theirs.id}/submit`)).status).toBe(200);
    expect(
      (
        await world.request('reviewer', `/api/v1/drafts/${theirs.id}/approve`, {
          method: 'POST',
          credential: 'token',
        })
      ).status,
    ).toBe(200);
    expect((await api('second', 'POST', `/drafts/${theirs.id}/publish`)).status).toBe(403);
  });

  it('one editor can neither read nor change another editor’s draft', async () => {
    const draft = await open('victim', 'private draft');
    expect((await edit('victim', draft.id, 14, '作者的修改。')).status).toBe(200);
    const before = await json<DraftBody>(await api('victim', 'GET', `/drafts/${draft.id}`), 200);
    const target = encodeURIComponent(`paragraph:${DOCUMENT}:14:zh`);
    const attempts: Record<string, Promise<Response>> = {
      read: api('other', 'GET', `/drafts/${draft.id}`),
      diff: api('other', 'GET', `/drafts/${draft.id}/diff`),
      preview: api('other', 'GET', `/drafts/${draft.id}/preview`),
      change: edit('other', draft.id, 14, '别人的修改。'),
      undo: api('other', 'DELETE', `/drafts/${draft.id}/changes/${target}`),
      submit: api('other', 'POST', `/drafts/${draft.id}/submit`),
      withdraw: api('other', 'POST', `/drafts/${draft.id}/withdraw`),
      rebase: api('other', 'POST', `/drafts/${draft.id}/rebase`),
    };
    const statuses: Record<string, number> = {};
    for (const [name, response] of Object.entries(attempts)) statuses[name] = (await response).status;
    expect(statuses).toEqual(Object.fromEntries(Object.keys(attempts).map((name) => [name, 403])));
    const listed = await json<{ drafts: DraftBody[] }>(await api('other', 'GET', '/drafts'), 200);
    expect(listed.drafts.map((listedDraft) => listedDraft.id)).not.toContain(draft.id);
    const page = await world.request('editor', `/drafts/${draft.id}`);
    expect([403, 404]).toContain(page.status);
    expect(await page.text()).not.toContain('作者的修改');
    expect(await json<DraftBody>(await api('victim', 'GET', `/drafts/${draft.id}`), 200)).toEqual(before);
  });
});

describe('a disabled user', () => {
  it('loses their session and their token at once', async () => {
    const session = await signIn('leaving', '192.0.2.77');
    const { token } = await world.accounts.createToken(world.cli, {
      email: emailOf('leaving'),
      name: 'to be cut',
    });
    secrets.add(token);
    expect((await me({ Cookie: session.cookie })).status).toBe(200);
    expect((await me({ Authorization: `Bearer ${token}` })).status).toBe(200);
    const disabled = await world.request(
      'admin',
      `/api/v1/users/${encodeURIComponent(emailOf('leaving'))}/disable`,
      {
        method: 'POST',
        credential: 'token',
      },
    );
    expect(disabled.status).toBe(200);
    expect((await me({ Cookie: session.cookie })).status).toBe(401);
    expect((await me({ Authorization: `Bearer ${token}` })).status).toBe(401);
  });
});

describe('secrets in the logs', () => {
  it('no password, session token or its hash, form token or API token is in the request log or the audit log', async () => {
    // A sign-in through the portal's form, and a failed one, so that their requests are in the log.
    await world.request('anonymous', '/sign-in', {
      form: { email: emailOf('other'), password: PASSWORDS.other },
    });
    await world.request('anonymous', '/sign-in', {
      form: { email: emailOf('other'), password: 'a wrong password 1' },
    });
    secrets.add('a wrong password 1');
    // A password typed into the email field (a common slip) is not an email: it is not written down.
    await world.accounts
      .signIn({ email: PASSWORDS.victim, password: PASSWORDS.victim, ip: '192.0.2.99' })
      .catch(() => undefined);
    await world.accounts
      .signIn({
        email: `${emailOf('other')} ${PASSWORDS.other}`,
        password: PASSWORDS.other,
        ip: '192.0.2.99',
      })
      .catch(() => undefined);
    expect(requestLog.length).toBeGreaterThan(20);
    const entries = await world.audit.list(world.cli, { limit: 1000 });
    expect(entries.length).toBeGreaterThan(20);
    const logs = `${JSON.stringify(requestLog)}\n${JSON.stringify(entries)}`;
    expect(secrets.size).toBeGreaterThan(20);
    expect([...secrets].filter((secret) => logs.includes(secret))).toEqual([]);
  });
});
