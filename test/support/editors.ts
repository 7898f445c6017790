import type { Hono } from 'hono';
import * as OTPAuth from 'otpauth';
import type { Caller, Role } from '../../src/accounts/index.js';
import { TOTP_SETTINGS } from '../../src/accounts/index.js';
import type { CreateAppDeps } from '../../src/http/index.js';
import { FORM_TOKEN_HEADER, SESSION_COOKIE, createApp } from '../../src/http/index.js';
import type {
  AccountService,
  AuditService,
  CatalogService,
  DraftService,
  EditorialStore,
} from '../../src/services/index.js';
import {
  createAccountService,
  createAuditService,
  createCatalogService,
  createDraftService,
  createHistoryService,
  createKnowledgeService,
  createSearchService,
} from '../../src/services/index.js';
import type { CatalogStore } from '../../src/store/index.js';
import { openEditorialStoreFor, openSqliteCatalogStore } from '../../src/store/index.js';
import { bundledIngestRequest } from './corpus.js';
import { bundledKnowledge, bundledKnowledgeSource } from './knowledge.js';

/** The origin of the requests `app.request` makes (`http://localhost/…`): this site's own. */
export const EDITORS_ORIGIN = 'http://localhost';

/** Who may make a request in the tests: nobody in particular, or a user of a role. */
export type RequestRole = 'anonymous' | Role;

/** A user of the editors' app, signed in, with an API token. */
export interface EditorUser {
  readonly email: string;
  readonly password: string;
  readonly role: Role;
  /** The caller of the use cases (as the CLI would make it, with a session's credential). */
  readonly caller: Caller;
  /** The `Cookie` header of their session (`somkb_session=…`). */
  readonly cookie: string;
  /** Their session's token (what the cookie holds). */
  readonly sessionToken: string;
  /** Their session's form token. */
  readonly formToken: string;
  /** An API token of theirs (`Authorization: Bearer …`). */
  readonly apiToken: string;
}

/** How {@link EditorsApp.request} sends a request. */
export interface EditorRequestInit extends RequestInit {
  /** Sign the request with the user's session cookie (default) or their API token. */
  readonly credential?: 'session' | 'token';
  /** A JSON body (sets `Content-Type: application/json`). */
  readonly json?: unknown;
  /** A form body (`application/x-www-form-urlencoded`); the session's `_form` is added unless given. */
  readonly form?: Readonly<Record<string, string>>;
  /** Another session of the user than their usual one (a request that ends it: sign-out, sign-in). */
  readonly session?: { readonly cookie: string; readonly formToken: string };
}

/** The app `somkb serve` runs with the editors, over the bundled summary, and users of each role. */
export interface EditorsApp {
  readonly app: Hono;
  readonly catalogStore: CatalogStore;
  readonly editorial: EditorialStore;
  readonly catalogs: CatalogService;
  readonly accounts: AccountService;
  readonly drafts: DraftService;
  readonly audit: AuditService;
  /** One user of each role, signed in (the admin with one-time codes set up). */
  readonly users: Readonly<Record<Role, EditorUser>>;
  /** The caller of the command line (an admin). */
  readonly cli: Caller;
  /**
   * Makes a request as `as`: anonymous (no credential), or that user with their session (cookie,
   * this site's `Origin` and, on a state-changing request, their form token) or API token.
   */
  request(as: RequestRole, path: string, init?: EditorRequestInit): Promise<Response>;
  /**
   * Signs a user in again: a new session (its cookie and form token). An admin's one-time code is
   * accepted once: for another admin's session, use {@link EditorsApp.newUser}.
   */
  signIn(
    role: Role,
  ): Promise<{ readonly cookie: string; readonly formToken: string; readonly sessionToken: string }>;
  /** Adds a user of `role` (an admin with one-time codes set up), signed in, with an API token. */
  newUser(role: Role): Promise<EditorUser>;
  close(): Promise<void>;
}

/** The password of each test user: long and uncommon, as the policy asks. */
const PASSWORDS: Readonly<Record<Role, string>> = {
  editor: 'editor harbour lantern 7381',
  reviewer: 'reviewer meadow compass 2954',
  admin: 'admin glacier teapot 6402',
};

/** The one-time codes of a secret at `at` (default now). */
export function totpCode(secret: string, at: Date = new Date()): string {
  return new OTPAuth.TOTP({
    issuer: TOTP_SETTINGS.issuer,
    algorithm: TOTP_SETTINGS.algorithm,
    digits: TOTP_SETTINGS.digits,
    period: TOTP_SETTINGS.periodSeconds,
    secret: OTPAuth.Secret.fromBase32(secret),
  }).generate({ timestamp: at.getTime() });
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Starts the editors' app: a `:memory:` catalog store with the bundled summary published, a
 * `:memory:` editorial store, the real account, audit and draft services, the knowledge and search
 * services over the editors' knowledge (as `main.ts` wires them), and one user of each role signed
 * in, each with an API token. `overrides` change the app's dependencies (a request log, an address).
 */
export async function startEditorsApp(overrides: Partial<CreateAppDeps> = {}): Promise<EditorsApp> {
  const catalogStore = await openSqliteCatalogStore(':memory:');
  const editorial = await openEditorialStoreFor(':memory:');
  const catalogs = createCatalogService(catalogStore);
  await catalogs.ingest(bundledIngestRequest());
  const knowledgeSource = bundledKnowledgeSource(editorial.knowledge);
  const currentKnowledge = async () => (await knowledgeSource.current()).base;
  const knowledge = createKnowledgeService(catalogs, bundledKnowledge(), { currentKnowledge });
  const searches = createSearchService(catalogs, bundledKnowledge(), { currentKnowledge });
  const audit = createAuditService(editorial.audit);
  const accounts = createAccountService({ accounts: editorial.accounts, audit });
  const drafts = createDraftService({
    drafts: editorial.drafts,
    knowledge: editorial.knowledge,
    audit,
    accounts: editorial.accounts,
    catalogs,
    knowledgeSource,
  });
  const app = createApp({
    loadPublished: () => catalogs.findPublished('zh'),
    loadKnowledge: () => knowledge.current('zh'),
    chooseLanguage: (language) => catalogs.chooseLanguage(language),
    listPublished: () => catalogs.listPublished(),
    describeKnowledge: (published) => knowledge.describe(published),
    history: createHistoryService(catalogStore, catalogs),
    search: (request) => searches.search(request),
    version: '0.1.0-test',
    editors: { accounts, drafts, audit },
    ...overrides,
  });

  const cli: Caller = {
    actor: { kind: 'user', userId: 'cli:test', email: 'cli:test', role: 'admin', credential: 'cli' },
    ip: 'cli',
  };
  async function signIn(role: Role) {
    if (role === 'admin') throw new Error('an admin signs in once a code: use newUser("admin")');
    const outcome = await accounts.signIn({
      email: users[role].email,
      password: PASSWORDS[role],
      ip: '127.0.0.1',
    });
    if (outcome.status !== 'signed-in') throw new Error(`${role} could not sign in: ${outcome.status}`);
    const { token, formToken } = outcome.session;
    return { cookie: `${SESSION_COOKIE}=${token}`, formToken, sessionToken: token };
  }

  async function makeUser(role: Role, email: string): Promise<EditorUser> {
    const { user } = await accounts.addUser(cli, { email, role, password: PASSWORDS[role] });
    const caller: Caller = {
      actor: { kind: 'user', userId: user.id, email, role, credential: 'session' },
      ip: '127.0.0.1',
    };
    let totp: string | undefined;
    if (role === 'admin') {
      // Admins must use one-time codes: set them up (a code of now), then sign in with the next
      // step's code (a code is accepted once; the window accepts the next one).
      const setup = await accounts.startTotp(caller);
      await accounts.confirmTotp(caller, { secret: setup.secret, code: totpCode(setup.secret) });
      totp = totpCode(setup.secret, new Date(Date.now() + 30_000));
    }
    const outcome = await accounts.signIn({
      email,
      password: PASSWORDS[role],
      ip: '127.0.0.1',
      ...(totp === undefined ? {} : { totp }),
    });
    if (outcome.status !== 'signed-in') throw new Error(`${email} could not sign in: ${outcome.status}`);
    const { token, formToken } = outcome.session;
    const { token: apiToken } = await accounts.createToken(cli, { email, name: 'tests' });
    return {
      email,
      password: PASSWORDS[role],
      role,
      caller,
      cookie: `${SESSION_COOKIE}=${token}`,
      sessionToken: token,
      formToken,
      apiToken,
    };
  }

  const users = {} as Record<Role, EditorUser>;
  for (const role of ['editor', 'reviewer', 'admin'] as const)
    users[role] = await makeUser(role, `${role}@example.org`);
  let added = 0;
  const newUser = (role: Role) => makeUser(role, `${role}-${++added}@example.org`);

  function request(as: RequestRole, path: string, init: EditorRequestInit = {}): Promise<Response> {
    const { credential = 'session', json, form, session, ...rest } = init;
    const method = (rest.method ?? (json !== undefined || form !== undefined ? 'POST' : 'GET')).toUpperCase();
    const headers = new Headers(rest.headers);
    let body = rest.body;
    const user = as === 'anonymous' ? undefined : { ...users[as], ...session };
    if (user !== undefined && credential === 'token') headers.set('Authorization', `Bearer ${user.apiToken}`);
    if (user !== undefined && credential === 'session') {
      // A sample may send another session of the user's (one it may end, as sign-out does).
      if (!headers.has('Cookie')) headers.set('Cookie', user.cookie);
      if (STATE_CHANGING.has(method)) {
        if (!headers.has('Origin')) headers.set('Origin', EDITORS_ORIGIN);
        if (form === undefined && !headers.has(FORM_TOKEN_HEADER))
          headers.set(FORM_TOKEN_HEADER, user.formToken);
      }
    } else if (STATE_CHANGING.has(method) && !headers.has('Origin')) {
      headers.set('Origin', EDITORS_ORIGIN);
    }
    if (json !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(json);
    }
    if (form !== undefined) {
      headers.set('Content-Type', 'application/x-www-form-urlencoded');
      const fields = new URLSearchParams(form);
      if (user !== undefined && credential === 'session' && !fields.has('_form'))
        fields.set('_form', user.formToken);
      body = fields.toString();
    }
    return Promise.resolve(
      app.request(path, { ...rest, method, headers, ...(body === undefined ? {} : { body }) }),
    );
  }

  return {
    app,
    catalogStore,
    editorial,
    catalogs,
    accounts,
    drafts,
    audit,
    users,
    cli,
    request,
    signIn,
    newUser,
    close: async () => {
      await editorial.close();
      await catalogStore.close();
    },
  };
}
