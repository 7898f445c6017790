import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEditorsApp } from '../../test/support/editors.js';
import type { EditorsApp } from '../../test/support/editors.js';
import { REDACTED, loggedPathOf } from './api/request-log.js';
import { createRequestLogger, requestLogHooks } from './index.js';

/**
 * The request log of `somkb serve` (pino, as main.ts makes it) never holds a secret: a cookie, an
 * Authorization header, a password, a token, a form token or a session id, query strings
 * included. The log of a sign-in, a failed sign-in, API calls with a token and with a session, and
 * a user added with a password is captured and searched for each secret those requests carried.
 */

const lines: string[] = [];
let world: EditorsApp;

beforeAll(async () => {
  const logger = createRequestLogger({ write: (line: string) => lines.push(line) }, 'info');
  world = await startEditorsApp(requestLogHooks(logger));
}, 120_000);

afterAll(async () => {
  await world.close();
});

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The session token a response's `Set-Cookie` sets, if any. */
function sessionTokenSet(response: Response): string | undefined {
  return /somkb_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
}

describe('the request log', () => {
  it('holds no cookie, Authorization, password, token, form token or session id', async () => {
    const { editor, reviewer } = world.users;
    const secrets = new Map<string, string>();
    const keep = (name: string, value: string | undefined) => {
      if (value === undefined || value === '') throw new Error(`no ${name} to look for`);
      secrets.set(name, value);
    };

    // A sign-in through the portal's form.
    const signedIn = await world.request('anonymous', '/sign-in', {
      form: { email: editor.email, password: editor.password },
    });
    expect(signedIn.status).toBe(303);
    const token = sessionTokenSet(signedIn);
    keep('session token of the sign-in', token);
    keep('session id of the sign-in', sha256(token ?? ''));
    keep('password', editor.password);

    // A failed sign-in.
    const wrong = 'not the password 1234 of anyone';
    const failed = await world.request('anonymous', '/sign-in', {
      form: { email: editor.email, password: wrong },
    });
    expect(failed.status).toBe(401);
    keep('wrong password', wrong);

    // API calls with a token: a read, a write, a bad token, the token sent where an id goes and in a query.
    keep('API token', reviewer.apiToken);
    expect((await world.request('reviewer', '/api/v1/me', { credential: 'token' })).status).toBe(200);
    const opened = await world.request('reviewer', '/api/v1/drafts', {
      json: { title: 'logged' },
      credential: 'token',
    });
    expect(opened.status).toBe(201);
    const bad = `somkb_${'x'.repeat(43)}`;
    keep('bad token', bad);
    const refused = await world.app.request('/api/v1/me', { headers: { Authorization: `Bearer ${bad}` } });
    expect(refused.status).toBe(401);
    await world.request('reviewer', `/api/v1/tokens/${reviewer.apiToken}`, {
      method: 'DELETE',
      credential: 'token',
    });
    await world.request('reviewer', `/api/v1/search?q=${reviewer.apiToken}`, { credential: 'token' });

    // API calls with a session: its cookie and form token; a user added with a password.
    keep('session token', editor.sessionToken);
    keep('session id', sha256(editor.sessionToken));
    keep('form token', editor.formToken);
    expect((await world.request('editor', '/api/v1/drafts', { json: { title: 'by session' } })).status).toBe(
      201,
    );
    const newPassword = 'a brand new password 9912 of someone';
    keep('new user password', newPassword);
    const added = await world.request('admin', '/api/v1/users', {
      json: { email: 'logged@example.org', role: 'editor', password: newPassword },
    });
    expect(added.status).toBe(201);
    const generated = await world.request('admin', '/api/v1/users', {
      json: { email: 'generated@example.org', role: 'editor' },
    });
    keep('generated password', ((await generated.json()) as { generatedPassword: string }).generatedPassword);
    const created = await world.request('admin', '/api/v1/tokens', { json: { name: 'logged' } });
    keep('created token', ((await created.json()) as { token: string }).token);

    const log = lines.join('');
    // What was logged: each request above, by path and status.
    const entries = lines.map((line) => JSON.parse(line) as { msg: string; path?: string; status?: number });
    expect(entries).toContainEqual(expect.objectContaining({ path: '/sign-in', status: 303 }));
    expect(entries).toContainEqual(expect.objectContaining({ path: '/sign-in', status: 401 }));
    expect(entries).toContainEqual(expect.objectContaining({ path: '/api/v1/me', status: 200 }));
    expect(entries).toContainEqual(expect.objectContaining({ path: '/api/v1/me', status: 401 }));
    expect(entries).toContainEqual(expect.objectContaining({ path: `/api/v1/tokens/${REDACTED}` }));
    expect(entries).toContainEqual(expect.objectContaining({ path: '/api/v1/users', status: 201 }));
    for (const [name, secret] of secrets)
      expect(log.includes(secret), `the log holds the ${name}`).toBe(false);
    expect(log).not.toMatch(/somkb_session|authorization|cookie|x-somkb-form-token/i);
  });
});

describe('loggedPathOf', () => {
  it('redacts the parts of a path that have the form of a secret, keeps ids', () => {
    const token = 'A'.repeat(43);
    expect(loggedPathOf(`/api/v1/tokens/somkb_${token}`)).toBe(`/api/v1/tokens/${REDACTED}`);
    expect(loggedPathOf(`/x/${token}/y`)).toBe(`/x/${REDACTED}/y`);
    expect(loggedPathOf(`/x/${'ab'.repeat(32)}`)).toBe(`/x/${REDACTED}`);
    expect(loggedPathOf('/api/v1/drafts/k3J9q2Zx0aB1/submit')).toBe('/api/v1/drafts/k3J9q2Zx0aB1/submit');
    expect(loggedPathOf(`/${'p'.repeat(300)}`)).toHaveLength(201);
  });
});
