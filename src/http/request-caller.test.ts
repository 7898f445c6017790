import { Hono } from 'hono';
import type { Context } from 'hono';
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../accounts/index.js';
import type {
  AccountService,
  AuditService,
  DraftService,
  ResumedSession,
  UserView,
} from '../services/index.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { publishedOf } from '../../test/support/published.js';
import { toPublicError } from './error-response.js';
import { createApp } from './index.js';
import type { CreateAppDeps } from './index.js';
import { FORM_TOKEN_HEADER, resolveCaller } from './request-caller.js';
import type { EditorServices } from './request-caller.js';
import { SIGN_IN_PATH, applyRouteGuards } from './route-access.js';
import type { RouteAccess } from './route-access.js';
import { SESSION_COOKIE, clearSessionCookie, setSessionCookie } from './session-cookie.js';

const ORIGIN = 'http://localhost';
const SESSION_TOKEN = 'session-token-of-the-editor';
const FORM_TOKEN = 'form-token-of-the-editor';
const API_TOKEN = 'api-token-of-the-reviewer';

function userOf(email: string, role: Role): UserView {
  return { id: `id-${email}`, email, role, disabled: false, totp: false, createdAt: '2026-12-01T00:00:00Z' };
}

function actorOf(user: UserView, credential: 'session' | 'token'): Actor {
  return { kind: 'user', userId: user.id, email: user.email, role: user.role, credential };
}

const EDITOR = userOf('editor@example.org', 'editor');
const REVIEWER = userOf('reviewer@example.org', 'reviewer');

/** Editors' services whose accounts know one session (the editor's) and one API token (the reviewer's); every call is counted. */
function fakeEditors(options: { readonly totpSetupRequired?: boolean } = {}) {
  const calls: string[] = [];
  const session: ResumedSession = {
    actor: actorOf(EDITOR, 'session'),
    user: EDITOR,
    sessionId: 'hash-of-the-session',
    formToken: FORM_TOKEN,
    totpSetupRequired: options.totpSetupRequired ?? false,
  };
  const known: Partial<AccountService> = {
    resumeSession: (token) => Promise.resolve(token === SESSION_TOKEN ? session : undefined),
    authenticateToken: (token) =>
      Promise.resolve(token === API_TOKEN ? actorOf(REVIEWER, 'token') : undefined),
  };
  const counting = <T extends object>(name: string, implemented: Partial<T>): T =>
    new Proxy(implemented, {
      get(target, property: string) {
        calls.push(`${name}.${property}`);
        const method = (target as Record<string, unknown>)[property];
        if (method === undefined) throw new Error(`${name}.${property} is not faked`);
        return method;
      },
    }) as T;
  const editors: EditorServices = {
    accounts: counting<AccountService>('accounts', known),
    drafts: counting<DraftService>('drafts', {}),
    audit: counting<AuditService>('audit', {}),
  };
  return { editors, calls };
}

/** The app over the sample catalog with `editors`, and two routes that say who calls them. */
function appWith(editors: EditorServices | undefined, overrides: Partial<CreateAppDeps> = {}) {
  const app = createApp({
    loadPublished: () => Promise.resolve(publishedOf(makeSampleCatalog())),
    search: () => Promise.reject(new Error('no search in these tests')),
    version: 'test',
    ...(editors === undefined ? {} : { editors }),
    ...overrides,
  });
  const whoami = (c: Context) =>
    c.json({ actor: c.var.caller.actor, ip: c.var.caller.ip, session: c.var.session?.sessionId ?? null });
  app.get('/whoami', whoami);
  app.post('/whoami', async (c) => {
    const body = c.req.header('content-type')?.startsWith('application/x-www-form-urlencoded')
      ? await c.req.parseBody()
      : {};
    return c.json({ actor: c.var.caller.actor, body });
  });
  return app;
}

const withSession = (headers: Record<string, string> = {}) => ({
  Cookie: `somkb_lang=en; ${SESSION_COOKIE}=${SESSION_TOKEN}`,
  ...headers,
});

describe('a reader (no session cookie, no Authorization)', () => {
  it('looks nothing up, sets no cookie and keeps the page and API caching', async () => {
    const { editors, calls } = fakeEditors();
    const app = appWith(editors);
    const before = appWith(undefined);
    for (const path of ['/', '/themes/theme-1', '/api/v1/papers', '/api/v1/health']) {
      const response = await app.request(path, { headers: { Cookie: 'somkb_lang=en' } });
      const unchanged = await before.request(path, { headers: { Cookie: 'somkb_lang=en' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('set-cookie'), path).toBeNull();
      expect(response.headers.get('cache-control'), path).toBe(unchanged.headers.get('cache-control'));
      // The portal's pages gain only the readers' discreet sign-in link (the same for every reader).
      if (path.startsWith('/api/'))
        expect(response.headers.get('etag'), path).toBe(unchanged.headers.get('etag'));
      else
        expect(
          (await response.text()).replace(/ · <a href="[^"]*" class="sign-in-link"[^>]*>[^<]*<\/a>/, ''),
          path,
        ).toBe(await unchanged.text());
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
    const again = await app.request('/', {
      headers: { 'If-None-Match': (await app.request('/')).headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
    expect(calls).toEqual([]);
  });

  it('is anonymous, with the address the app is told', async () => {
    const app = appWith(fakeEditors().editors, { clientAddress: () => '192.0.2.7' });
    expect(await (await app.request('/whoami')).json()).toEqual({
      actor: { kind: 'anonymous' },
      ip: '192.0.2.7',
      session: null,
    });
  });

  it('is anonymous, and looks nothing up, in an app without editors even with a cookie and a token', async () => {
    const app = appWith(undefined);
    const response = await app.request('/whoami', {
      headers: { ...withSession(), Authorization: `Bearer ${API_TOKEN}` },
    });
    expect(((await response.json()) as { actor: Actor }).actor).toEqual({ kind: 'anonymous' });
  });
});

describe('an API token (Authorization: Bearer)', () => {
  it('makes the token’s user the caller, without Origin or form token for a write', async () => {
    const app = appWith(fakeEditors().editors);
    const read = await app.request('/whoami', { headers: { Authorization: `Bearer ${API_TOKEN}` } });
    expect(((await read.json()) as { actor: Actor }).actor).toEqual(actorOf(REVIEWER, 'token'));
    expect(read.headers.get('cache-control')).toBe('private, no-store');
    const write = await app.request('/whoami', {
      method: 'POST',
      headers: { Authorization: `bearer ${API_TOKEN}` },
    });
    expect(write.status).toBe(200);
    expect(((await write.json()) as { actor: Actor }).actor).toEqual(actorOf(REVIEWER, 'token'));
  });

  it('is refused with 401 when unknown, revoked or empty, on the API and the portal alike', async () => {
    const app = appWith(fakeEditors().editors);
    for (const [path, authorization] of [
      ['/api/v1/papers', 'Bearer not-a-token'],
      ['/api/v1/health', 'Bearer'],
      ['/', 'Bearer revoked-token'],
    ] as const) {
      const response = await app.request(path, { headers: { Authorization: authorization } });
      expect(response.status, path).toBe(401);
      expect(response.headers.get('www-authenticate'), path).toMatch(/^Bearer realm="somkb"/);
      if (path.startsWith('/api/')) {
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('UNAUTHENTICATED');
        expect(body.error.message).toContain('API token is not valid');
      }
    }
  });

  it('leaves other schemes of Authorization (a proxy’s Basic) to readers', async () => {
    const { editors, calls } = fakeEditors();
    const response = await appWith(editors).request('/api/v1/health', {
      headers: { Authorization: 'Basic dXNlcjpwYXNz' },
    });
    expect(response.status).toBe(200);
    expect(calls).toEqual([]);
  });
});

describe('a session cookie', () => {
  it('makes the session’s user the caller; the answer is private and not stored', async () => {
    const app = appWith(fakeEditors().editors);
    const response = await app.request('/whoami', { headers: withSession() });
    expect(await response.json()).toEqual({
      actor: actorOf(EDITOR, 'session'),
      ip: 'unknown',
      session: 'hash-of-the-session',
    });
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    const page = await app.request('/', { headers: withSession() });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('private, no-store');
  });

  it('of a session that ended leaves the caller anonymous and clears the cookie', async () => {
    const app = appWith(fakeEditors().editors);
    const response = await app.request('/whoami', {
      headers: { Cookie: `${SESSION_COOKIE}=an-ended-session` },
    });
    expect(((await response.json()) as { actor: Actor }).actor).toEqual({ kind: 'anonymous' });
    expect(response.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=; Max-Age=0; `));
    expect(response.headers.get('cache-control')).toBeNull();
  });

  describe('on a request that changes something', () => {
    const post = (headers: Record<string, string>, body?: string) =>
      appWith(fakeEditors().editors).request('/whoami', {
        method: 'POST',
        headers: withSession(headers),
        ...(body === undefined ? {} : { body }),
      });
    const refusal = async (response: Response) => {
      expect(response.status).toBe(403);
      return ((await response.json()) as { error: { code: string; message: string; details: unknown } })
        .error;
    };
    // The portal answers errors as pages; under /whoami the JSON of the API is not used, so the
    // refusals are read from an API path too.
    const postApi = (headers: Record<string, string>) =>
      appWith(fakeEditors().editors).request('/api/v1/search', {
        method: 'POST',
        headers: withSession({ 'Content-Type': 'application/json', ...headers }),
        body: JSON.stringify({ q: '移民' }),
      });

    it('passes with this site’s Origin and the form token in the header', async () => {
      const response = await post({ Origin: ORIGIN, [FORM_TOKEN_HEADER]: FORM_TOKEN });
      expect(response.status).toBe(200);
    });

    it('passes with the form token in the form field _form, and the route still reads the form', async () => {
      const response = await post(
        { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded' },
        new URLSearchParams({ _form: FORM_TOKEN, title: 'Corrections' }).toString(),
      );
      expect(response.status).toBe(200);
      expect(((await response.json()) as { body: unknown }).body).toEqual({
        _form: FORM_TOKEN,
        title: 'Corrections',
      });
    });

    it('passes with a same-origin Referer when there is no Origin', async () => {
      const response = await post({ Referer: `${ORIGIN}/drafts/1`, [FORM_TOKEN_HEADER]: FORM_TOKEN });
      expect(response.status).toBe(200);
    });

    it('is refused from another origin, naming it', async () => {
      const error = await refusal(
        await postApi({ Origin: 'https://evil.example', [FORM_TOKEN_HEADER]: FORM_TOKEN }),
      );
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toContain('another site (Origin: https://evil.example)');
      expect((await post({ Origin: 'null', [FORM_TOKEN_HEADER]: FORM_TOKEN })).status).toBe(403);
      expect(
        (await post({ Referer: 'https://evil.example/page', [FORM_TOKEN_HEADER]: FORM_TOKEN })).status,
      ).toBe(403);
    });

    it('is refused without Origin or Referer, naming them', async () => {
      const error = await refusal(await postApi({ [FORM_TOKEN_HEADER]: FORM_TOKEN }));
      expect(error.message).toContain('no Origin (nor Referer) header');
      expect(error.details).toMatchObject({ missing: 'origin', where: 'Origin' });
    });

    it('is refused without the form token, or with another session’s, naming it', async () => {
      const missing = await refusal(await postApi({ Origin: ORIGIN }));
      expect(missing.message).toContain('no form token');
      expect(missing.message).toContain('_form');
      expect(missing.message).toContain(FORM_TOKEN_HEADER);
      expect(missing.details).toMatchObject({ missing: 'form-token' });
      const wrong = await refusal(await postApi({ Origin: ORIGIN, [FORM_TOKEN_HEADER]: 'another-token' }));
      expect(wrong.message).toContain('form token is not this session');
      expect(
        (
          await post(
            { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded' },
            new URLSearchParams({ title: 'no token' }).toString(),
          )
        ).status,
      ).toBe(403);
    });
  });
});

describe('the session cookie', () => {
  const issued = { token: 'a-token', formToken: 'f', expiresAt: '2026-12-01T12:00:00.000Z' };
  const now = new Date('2026-12-01T10:00:00.000Z');
  const cookieOf = async (url: string, set: (c: Context) => void) => {
    const app = new Hono();
    app.get('/', (c) => {
      set(c);
      return c.text('ok');
    });
    return (await app.request(url)).headers.get('set-cookie') ?? '';
  };

  it('is HttpOnly, SameSite=Lax, Path=/, Secure, and lasts to the session’s absolute end', async () => {
    const cookie = await cookieOf('https://somkb.example/', (c) => {
      setSessionCookie(c, issued, now);
    });
    expect(cookie).toBe(`${SESSION_COOKIE}=a-token; Max-Age=7200; Path=/; HttpOnly; Secure; SameSite=Lax`);
  });

  it('is not Secure on this machine (localhost, 127.0.0.1, [::1]), which may be plain HTTP', async () => {
    for (const url of ['http://localhost:8080/', 'http://127.0.0.1/', 'http://[::1]:3000/']) {
      const cookie = await cookieOf(url, (c) => {
        setSessionCookie(c, issued, now);
      });
      expect(cookie, url).not.toContain('Secure');
      expect(cookie, url).toContain('HttpOnly');
    }
  });

  it('is cleared with Max-Age=0', async () => {
    const cookie = await cookieOf('https://somkb.example/', (c) => {
      clearSessionCookie(c);
    });
    expect(cookie).toBe(`${SESSION_COOKIE}=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Lax`);
  });
});

describe('the route guards of the table', () => {
  const ROUTES: readonly RouteAccess[] = [
    { method: 'GET', path: '/drafts', access: 'editor', editing: true },
    { method: 'GET', path: '/admin/users', access: 'admin', editing: true },
    { method: 'GET', path: '/account', access: 'editor', editing: true, duringTotpSetup: true },
    { method: 'POST', path: '/sign-in', access: 'anonymous', editing: true },
  ];
  /** An app with the guards of ROUTES over routes that answer 200, behind the caller's middleware. */
  function guarded(editors: EditorServices) {
    const app = new Hono();
    app.use('*', resolveCaller({ editors }));
    applyRouteGuards(app, { prefix: '', pages: true, routes: ROUTES });
    for (const route of ROUTES) app.on(route.method, route.path, (c) => c.text('ok'));
    app.onError((error, c) => c.text(toPublicError(error).code, toPublicError(error).status));
    return app;
  }

  it('sends an anonymous visit to a page to sign-in, and comes back after', async () => {
    const response = await guarded(fakeEditors().editors).request('/drafts?status=open');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(
      `${SIGN_IN_PATH}?next=${encodeURIComponent('/drafts?status=open')}`,
    );
  });

  it('answers 403 to a role too low, 200 to one high enough', async () => {
    const app = guarded(fakeEditors().editors);
    const low = await app.request('/admin/users', { headers: withSession() });
    expect(low.status).toBe(403);
    expect(await low.text()).toBe('FORBIDDEN');
    expect((await app.request('/drafts', { headers: withSession() })).status).toBe(200);
    expect((await app.request('/drafts', { headers: { Authorization: `Bearer ${API_TOKEN}` } })).status).toBe(
      200,
    );
  });

  it('lets an admin who must set up one-time codes reach only the setup pages', async () => {
    const app = guarded(fakeEditors({ totpSetupRequired: true }).editors);
    expect((await app.request('/drafts', { headers: withSession() })).status).toBe(403);
    expect((await app.request('/account', { headers: withSession() })).status).toBe(200);
  });

  it('refuses an anonymous form posted from another site (a sign-in), accepts one from this site', async () => {
    const app = guarded(fakeEditors().editors);
    const foreign = await app.request('/sign-in', {
      method: 'POST',
      headers: { Origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const own = await app.request('/sign-in', { method: 'POST', headers: { Origin: ORIGIN } });
    expect(own.status).toBe(200);
  });
});

describe('an app without editors', () => {
  it('answers 404 on the editors’ API routes', async () => {
    const app = appWith(undefined);
    for (const [method, path] of [
      ['GET', '/api/v1/drafts'],
      ['POST', '/api/v1/drafts'],
      ['GET', '/api/v1/audit'],
      ['GET', '/api/v1/me'],
    ] as const) {
      const response = await app.request(path, { method });
      expect(response.status, `${method} ${path}`).toBe(404);
    }
  });
});
