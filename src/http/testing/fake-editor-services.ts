import type { Actor, Caller, Role } from '../../accounts/index.js';
import type { Catalog, Language } from '../../domain/index.js';
import type { DraftChange } from '../../editing/index.js';
import { changeTarget } from '../../editing/index.js';
import { SomkbError } from '../../errors/index.js';
import type { CatalogDiff } from '../../history/index.js';
import type {
  AccountService,
  AuditEntry,
  AuditFilter,
  AuditService,
  DraftService,
  DraftView,
  ResumedSession,
  TokenView,
  UserView,
} from '../../services/index.js';
import { makeSampleCatalog } from '../../../test/support/sample-catalog.js';
import type { EditorServices } from '../request-caller.js';

/**
 * In-memory editors' services for the portal's route tests, with known answers: passwords are
 * `password of <email>`, the one-time code is {@link GOOD_CODE}, `limited@example.org` is
 * rate-limited, a paragraph text with `REFUSED` is refused on its `text` field, and a draft whose
 * title has `conflict` is refused at publish with a conflict. Sessions are `session-<email>` with
 * form token `form-<email>`.
 */

/** The one-time code the fake accepts. */
export const GOOD_CODE = '123456';
/** The email whose sign-in is rate-limited (90 seconds). */
export const LIMITED_EMAIL = 'limited@example.org';

export function passwordOf(email: string): string {
  return `password of ${email}`;
}

export function sessionTokenOf(email: string): string {
  return `session-${email}`;
}

export function formTokenOf(email: string): string {
  return `form-${email}`;
}

interface FakeUser {
  view: UserView;
  password: string;
}

function actorOf(user: UserView, credential: 'session' | 'token'): Actor {
  return { kind: 'user', userId: user.id, email: user.email, role: user.role, credential };
}

function emailOf(caller: Caller): string {
  return caller.actor.kind === 'user' ? caller.actor.email : 'anonymous';
}

/** The fakes and what they hold, for tests to look into. */
export interface FakeEditors {
  readonly services: EditorServices;
  readonly users: Map<string, FakeUser>;
  readonly drafts: Map<string, DraftView>;
  readonly audit: AuditEntry[];
  /** The sign-in requests, as sent. */
  readonly signIns: { email: string; totp?: string }[];
  readonly tokens: TokenView[];
}

/** The sample catalog with a draft's paragraph changes applied (the fake preview). */
function previewOf(draft: DraftView, language: Language): Catalog {
  const catalog = { ...makeSampleCatalog(), language };
  const paragraphs = catalog.paragraphs.map((paragraph) => {
    const change = draft.changes.find(
      (entry): entry is Extract<DraftChange, { kind: 'paragraph' }> =>
        entry.kind === 'paragraph' && entry.number === paragraph.number && entry.language === language,
    );
    return change === undefined ? paragraph : { ...paragraph, text: change.text, items: change.items };
  });
  return { ...catalog, paragraphs };
}

/** Makes the fakes with users of each role (`editor@`, `reviewer@`, `admin@example.org`; the admin has codes). */
export function fakeEditorServices(): FakeEditors {
  const users = new Map<string, FakeUser>();
  const add = (email: string, role: Role, totp = false) =>
    users.set(email, {
      view: { id: `id-${email}`, email, role, disabled: false, totp, createdAt: '2026-12-01T06:00:00.000Z' },
      password: passwordOf(email),
    });
  add('editor@example.org', 'editor');
  add('editor2@example.org', 'editor');
  add('reviewer@example.org', 'reviewer');
  add('admin@example.org', 'admin', true);
  add('newadmin@example.org', 'admin', false);
  const drafts = new Map<string, DraftView>();
  const audit: AuditEntry[] = [];
  const signIns: { email: string; totp?: string }[] = [];
  const tokens: TokenView[] = [];
  let revision = 0;

  const record = (caller: Caller, action: AuditEntry['action'], target: string) => {
    const entry: AuditEntry = {
      id: audit.length + 1,
      at: new Date(Date.UTC(2026, 11, 1, 6, 0, audit.length)).toISOString(),
      actor: emailOf(caller),
      ip: caller.ip,
      action,
      target,
      before: null,
      after: null,
      detail: {},
    };
    audit.push(entry);
    return entry;
  };

  const userOf = (email: string): FakeUser => {
    const user = users.get(email.toLowerCase());
    if (user === undefined) throw new SomkbError('NOT_FOUND', `no user ${email}`);
    return user;
  };

  const sessionOf = (email: string): ResumedSession => {
    const { view } = userOf(email);
    return {
      actor: actorOf(view, 'session'),
      user: view,
      sessionId: `hash-${email}`,
      formToken: formTokenOf(email),
      totpSetupRequired: view.role === 'admin' && !view.totp,
    };
  };

  const accounts: AccountService = {
    addUser(caller, request) {
      if (!request.email.includes('@'))
        return Promise.reject(
          new SomkbError('VALIDATION_FAILED', 'not an email', {
            details: { fields: { email: 'not an email address' } },
          }),
        );
      if (users.has(request.email))
        return Promise.reject(new SomkbError('CONFLICT', `${request.email} is taken`));
      add(request.email, request.role);
      record(caller, 'user-added', `user:${request.email}`);
      return Promise.resolve({
        user: userOf(request.email).view,
        ...(request.password === undefined ? { generatedPassword: 'generated-password-once' } : {}),
      });
    },
    listUsers: () => Promise.resolve([...users.values()].map((user) => user.view)),
    changeRole(caller, email, role) {
      const user = userOf(email);
      user.view = { ...user.view, role };
      record(caller, 'user-role-changed', `user:${email}`);
      return Promise.resolve(user.view);
    },
    disableUser(caller, email) {
      const user = userOf(email);
      user.view = { ...user.view, disabled: true };
      record(caller, 'user-disabled', `user:${email}`);
      return Promise.resolve(user.view);
    },
    enableUser(caller, email) {
      const user = userOf(email);
      user.view = { ...user.view, disabled: false };
      return Promise.resolve(user.view);
    },
    changePassword(caller, request) {
      const user = userOf(emailOf(caller));
      if (request.current !== user.password)
        return Promise.reject(new SomkbError('UNAUTHENTICATED', 'the current password is not right'));
      if (request.next.length < 12)
        return Promise.reject(
          new SomkbError('VALIDATION_FAILED', 'too short', {
            details: { fields: { password: 'at least 12 characters' } },
          }),
        );
      user.password = request.next;
      return Promise.resolve();
    },
    signIn(request) {
      signIns.push({ email: request.email, ...(request.totp === undefined ? {} : { totp: request.totp }) });
      if (request.email === LIMITED_EMAIL)
        return Promise.reject(
          new SomkbError('RATE_LIMITED', 'too many', { details: { retryAfterSeconds: 90 } }),
        );
      const user = users.get(request.email.toLowerCase());
      if (user === undefined || user.password !== request.password || user.view.disabled)
        return Promise.reject(new SomkbError('UNAUTHENTICATED', 'sign-in failed'));
      if (user.view.totp && request.totp === undefined) return Promise.resolve({ status: 'totp-required' });
      if (user.view.totp && request.totp !== GOOD_CODE)
        return Promise.reject(new SomkbError('UNAUTHENTICATED', 'sign-in failed'));
      return Promise.resolve({
        status: 'signed-in',
        user: user.view,
        session: {
          token: sessionTokenOf(user.view.email),
          formToken: formTokenOf(user.view.email),
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      });
    },
    resumeSession(token) {
      const email = token.startsWith('session-') ? token.slice('session-'.length) : '';
      const user = users.get(email);
      return Promise.resolve(user === undefined || user.view.disabled ? undefined : sessionOf(email));
    },
    signOut(caller) {
      record(caller, 'sign-out', 'session');
      return Promise.resolve();
    },
    startTotp: () =>
      Promise.resolve({
        secret: 'JBSWY3DPEHPK3PXP',
        uri: 'otpauth://totp/somkb:x?secret=JBSWY3DPEHPK3PXP&issuer=somkb',
        qrSvg:
          '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29" shape-rendering="crispEdges"><path fill="#ffffff" d="M0 0h29v29H0z"/><path stroke="#000000" d="M4 4.5h7"/></svg>\n',
      }),
    confirmTotp(caller, request) {
      if (request.code !== GOOD_CODE)
        return Promise.reject(
          new SomkbError('VALIDATION_FAILED', 'wrong code', {
            details: { fields: { code: 'the code is not right' } },
          }),
        );
      const user = userOf(emailOf(caller));
      user.view = { ...user.view, totp: true };
      return Promise.resolve();
    },
    createToken(caller, request) {
      const view: TokenView = {
        id: `t${tokens.length + 1}`,
        email: request.email,
        name: request.name,
        createdAt: '2026-12-01T06:00:00.000Z',
        lastUsedAt: null,
        revokedAt: null,
      };
      tokens.unshift(view);
      record(caller, 'token-created', `token:${view.id}`);
      return Promise.resolve({ token: `somkb_secret_${view.id}`, view });
    },
    listTokens: (_caller, email) =>
      Promise.resolve(tokens.filter((token) => email === undefined || token.email === email)),
    revokeToken(caller, id) {
      const at = tokens.findIndex((token) => token.id === id);
      if (at < 0) return Promise.reject(new SomkbError('NOT_FOUND', `no token ${id}`));
      tokens[at] = { ...(tokens[at] as TokenView), revokedAt: '2026-12-01T07:00:00.000Z' };
      record(caller, 'token-revoked', `token:${id}`);
      return Promise.resolve();
    },
    authenticateToken: () => Promise.resolve(undefined),
  };

  const draftOf = (caller: Caller, id: string): DraftView => {
    const draft = drafts.get(id);
    if (draft === undefined) throw new SomkbError('NOT_FOUND', `no draft ${id}`);
    const email = emailOf(caller);
    const role = caller.actor.kind === 'user' ? caller.actor.role : undefined;
    if (draft.author !== email && role === 'editor')
      throw new SomkbError('FORBIDDEN', 'another editor’s draft');
    return draft;
  };
  const write = (draft: DraftView, patch: Partial<DraftView>): DraftView => {
    revision += 1;
    const next: DraftView = {
      ...draft,
      ...patch,
      etag: `"${draft.id}-r${revision}"`,
      updatedAt: '2026-12-01T07:00:00.000Z',
    };
    drafts.set(draft.id, next);
    return next;
  };
  const checkEtag = (draft: DraftView, ifMatch: string | undefined) => {
    if (ifMatch !== undefined && ifMatch !== draft.etag)
      throw new SomkbError('PRECONDITION_FAILED', 'the draft changed', { details: { current: draft } });
  };

  const draftService: DraftService = {
    open(caller, request) {
      revision += 1;
      const id = `d${drafts.size + 1}`;
      const draft: DraftView = {
        id,
        title: request.title,
        document: 'thematic-summary-2021',
        base: 1,
        status: 'open',
        author: emailOf(caller),
        reviewer: null,
        etag: `"${id}-r${revision}"`,
        changes: [],
        comments: [],
        createdAt: '2026-12-01T06:30:00.000Z',
        updatedAt: '2026-12-01T06:30:00.000Z',
        publishedVersion: null,
        behind: false,
      };
      drafts.set(id, draft);
      record(caller, 'draft-opened', `draft:${id}`);
      return Promise.resolve(draft);
    },
    list: (caller) =>
      Promise.resolve(
        [...drafts.values()].filter(
          (draft) =>
            caller.actor.kind === 'user' &&
            (caller.actor.role !== 'editor' || draft.author === caller.actor.email),
        ),
      ),
    get: (caller, id) => Promise.resolve().then(() => draftOf(caller, id)),
    change: (caller, id, change, ifMatch) =>
      Promise.resolve().then(() => {
        const draft = draftOf(caller, id);
        if (draft.author !== emailOf(caller)) throw new SomkbError('FORBIDDEN', 'not the author');
        checkEtag(draft, ifMatch);
        if (change.kind === 'paragraph' && change.text.includes('REFUSED'))
          throw new SomkbError('VALIDATION_FAILED', 'refused', {
            details: { fields: { text: 'the text is refused', 'items[1]': 'item b is refused' } },
          });
        const others = draft.changes.filter((entry) => changeTarget(entry) !== changeTarget(change));
        return write(draft, { changes: [...others, change], status: 'open' });
      }),
    undoChange: (caller, id, target, ifMatch) =>
      Promise.resolve().then(() => {
        const draft = draftOf(caller, id);
        checkEtag(draft, ifMatch);
        return write(draft, { changes: draft.changes.filter((entry) => changeTarget(entry) !== target) });
      }),
    submit: (caller, id, ifMatch) =>
      Promise.resolve().then(() => {
        const draft = draftOf(caller, id);
        checkEtag(draft, ifMatch);
        return write(draft, { status: 'submitted' });
      }),
    approve: (caller, id, comment) =>
      Promise.resolve().then(() => {
        const draft = draftOf(caller, id);
        if (draft.author === emailOf(caller)) throw new SomkbError('FORBIDDEN', 'one’s own draft');
        if (draft.status !== 'submitted') throw new SomkbError('CONFLICT', `the draft is ${draft.status}`);
        const comments =
          comment === undefined
            ? draft.comments
            : [...draft.comments, { at: '2026-12-01T07:00:00.000Z', by: emailOf(caller), text: comment }];
        return write(draft, { status: 'approved', reviewer: emailOf(caller), comments });
      }),
    sendBack: (caller, id, comment) =>
      Promise.resolve().then(() => {
        const draft = draftOf(caller, id);
        return write(draft, {
          status: 'open',
          comments: [
            ...draft.comments,
            { at: '2026-12-01T07:00:00.000Z', by: emailOf(caller), text: comment },
          ],
        });
      }),
    withdraw: (caller, id) =>
      Promise.resolve().then(() => write(draftOf(caller, id), { status: 'withdrawn' })),
    publish: (caller, id) =>
      Promise.resolve().then(() => {
        const draft = draftOf(caller, id);
        if (draft.title.includes('conflict'))
          throw new SomkbError('CONFLICT', 'changed since', {
            details: {
              conflicts: [
                {
                  target: 'paragraph:thematic-summary-2021:4:zh',
                  base: { text: '基础文本' },
                  theirs: { text: '已发布的<b>文本</b>' },
                  ours: { text: '草稿的文本' },
                },
              ],
            },
          });
        if (draft.status !== 'approved') throw new SomkbError('CONFLICT', `the draft is ${draft.status}`);
        const published = write(draft, { status: 'published', publishedVersion: 2 });
        return { version: 2, draft: published };
      }),
    rebase: (caller, id) =>
      Promise.resolve().then(() => write(draftOf(caller, id), { status: 'open', behind: false })),
    diff: (caller, id) =>
      Promise.resolve().then((): CatalogDiff[] => {
        const draft = draftOf(caller, id);
        return draft.changes.flatMap((change) =>
          change.kind === 'paragraph'
            ? [
                {
                  document: draft.document,
                  from: 1,
                  to: 2,
                  changes: [
                    {
                      kind: 'paragraph',
                      change: 'changed',
                      lang: change.language,
                      number: change.number,
                      before: 'old',
                      after: change.text,
                      parts: [
                        { op: 'delete', text: 'old' },
                        { op: 'insert', text: change.text },
                      ],
                    },
                  ],
                },
              ]
            : [],
        );
      }),
    preview: (caller, id, language) => Promise.resolve().then(() => previewOf(draftOf(caller, id), language)),
  };

  const auditService: AuditService = {
    record: (caller, event) => Promise.resolve(record(caller, event.action, event.target)),
    list(caller, filter: AuditFilter = {}) {
      if (caller.actor.kind !== 'user' || caller.actor.role !== 'admin')
        return Promise.reject(new SomkbError('FORBIDDEN', 'admins only'));
      const chosen = [...audit]
        .reverse()
        .filter((entry) => filter.actor === undefined || entry.actor === filter.actor)
        .filter((entry) => filter.action === undefined || entry.action === filter.action)
        .filter((entry) => filter.since === undefined || entry.at >= filter.since)
        .filter((entry) => filter.until === undefined || entry.at < filter.until)
        .filter((entry) => filter.beforeId === undefined || entry.id < filter.beforeId);
      return Promise.resolve(chosen.slice(0, filter.limit ?? 100));
    },
  };

  return {
    services: { accounts, drafts: draftService, audit: auditService },
    users,
    drafts,
    audit,
    signIns,
    tokens,
  };
}
