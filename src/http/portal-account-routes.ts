import type { Context, Hono } from 'hono';
import { isRole } from '../accounts/index.js';
import { isAuditAction, viewAuditEntry } from '../services/index.js';
import type { AuditFilter } from '../services/index.js';
import {
  ACCOUNT_PASSWORD_PATH,
  ACCOUNT_PATH,
  ACCOUNT_TOKENS_PATH,
  ACCOUNT_TOTP_CONFIRM_PATH,
  ACCOUNT_TOTP_PATH,
  ADMIN_AUDIT_PATH,
  ADMIN_USERS_PATH,
  DRAFTS_PATH,
  SIGN_IN_PATH,
  SIGN_OUT_PATH,
  USER_ACTIONS,
  localPath,
  renderAccountPage,
  renderAuditPage,
  renderSignInPage,
  renderUsersPage,
  withNotice,
} from '../web/index.js';
import type { AccountView, AuditFilterForm, SignInView, UsersView } from '../web/index.js';
import type { EditorPortal } from './portal-editor-kit.js';
import {
  attempt,
  callerOf,
  fieldProblemsOf,
  formValuesOf,
  noticeOf,
  statusOf,
  viewerOf,
} from './portal-editor-kit.js';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from './session-cookie.js';

/** How many entries a page of the audit log shows. */
export const AUDIT_PAGE_SIZE = 50;

/**
 * The sign-in and sign-out routes, the account page and its forms, and the admins' users and audit
 * log pages, over the accounts and audit use cases. Every page is rendered for its request only
 * (never cached: the caller middleware marks a signed-in answer `private, no-store`).
 */
export function addAccountRoutes(app: Hono, { portal, editors }: EditorPortal): void {
  const { accounts, audit } = editors;
  const { contextOf, htmlResponse } = portal;

  // Sign-in: a signed-in visitor goes on to where they were going.
  app.get(SIGN_IN_PATH, (c) => {
    const next = localPath(c.req.query('next'));
    if (c.get('session') !== undefined) return c.redirect(next ?? DRAFTS_PATH, 303);
    const context = contextOf(c);
    const notice = noticeOf(c, context);
    const view: SignInView = {
      step: 'password',
      ...(next === undefined ? {} : { next, required: true }),
      ...(notice === undefined ? {} : { notice }),
    };
    return htmlResponse(c, renderSignInPage(context, view));
  });

  app.post(SIGN_IN_PATH, async (c) => {
    const values = await formValuesOf(c);
    const next = localPath(values.next);
    const email = (values.email ?? '').trim();
    const password = values.password ?? '';
    const totp = (values.totp ?? '').replace(/\s+/g, '');
    const step = totp === '' ? 'password' : 'totp';
    const base = { email, ...(next === undefined ? {} : { next }) };
    // The session the browser held before, if any, ends: a signed-in session is always a new one.
    const replacing = sessionTokenOf(c);
    const outcome = await attempt(
      () =>
        accounts.signIn({
          email,
          password,
          ...(totp === '' ? {} : { totp }),
          ...(replacing === undefined ? {} : { replacing }),
          ip: callerOf(c).ip,
        }),
      ['UNAUTHENTICATED', 'RATE_LIMITED', 'VALIDATION_FAILED'],
    );
    const context = contextOf(c);
    if (!outcome.ok) {
      const { error } = outcome;
      const retry = Number(error.details.retryAfterSeconds);
      const limited = error.code === 'RATE_LIMITED';
      if (limited) c.header('Retry-After', String(Number.isFinite(retry) ? Math.ceil(retry) : 60));
      const view: SignInView = {
        ...base,
        step,
        ...(step === 'totp' ? { password } : {}),
        problem: limited
          ? { kind: 'rate-limited', retryAfterSeconds: Number.isFinite(retry) ? Math.ceil(retry) : 60 }
          : { kind: 'failed' },
      };
      return htmlResponse(c, renderSignInPage(context, view), limited ? 429 : 401);
    }
    const result = outcome.value;
    if (result.status === 'totp-required')
      return htmlResponse(c, renderSignInPage(context, { ...base, step: 'totp', password }));
    setSessionCookie(c, result.session);
    const mustSetUpCodes = result.user.role === 'admin' && !result.user.totp;
    return c.redirect(mustSetUpCodes ? ACCOUNT_PATH : (next ?? DRAFTS_PATH), 303);
  });

  app.post(SIGN_OUT_PATH, async (c) => {
    const session = c.get('session');
    if (session !== undefined) await accounts.signOut(callerOf(c), session.sessionId);
    clearSessionCookie(c);
    return c.redirect(withNotice(SIGN_IN_PATH, 'signed-out'), 303);
  });

  /** The account page of the request's user, with `extra` (a form that came back, a setup, a new token). */
  async function accountPage(
    c: Context,
    extra: Partial<Omit<AccountView, 'viewer' | 'user' | 'tokens'>> = {},
    status: 200 | 201 | 400 | 401 | 409 | 422 | 429 = 200,
  ): Promise<Response> {
    const viewer = viewerOf(c);
    const session = c.get('session');
    if (session === undefined) return c.redirect(SIGN_IN_PATH, 303);
    const context = contextOf(c);
    const tokens = await accounts.listTokens(callerOf(c), viewer.email);
    const notice = noticeOf(c, context);
    const view: AccountView = {
      viewer,
      user: session.user,
      tokens,
      ...(notice === undefined ? {} : { notice }),
      ...extra,
    };
    return htmlResponse(c, renderAccountPage(context, view), status);
  }

  app.get(ACCOUNT_PATH, (c) => accountPage(c));

  app.post(ACCOUNT_PASSWORD_PATH, async (c) => {
    const values = await formValuesOf(c);
    const keepSession = c.get('session')?.sessionId;
    const outcome = await attempt(
      () =>
        accounts.changePassword(callerOf(c), {
          current: values.current ?? '',
          next: values.next ?? '',
          ...(keepSession === undefined ? {} : { keepSession }),
        }),
      ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'RATE_LIMITED'],
    );
    if (outcome.ok) return c.redirect(withNotice(ACCOUNT_PATH, 'password-changed'), 303);
    const { error } = outcome;
    const errors = fieldProblemsOf(error, error.code === 'VALIDATION_FAILED' ? 'next' : 'current');
    if (errors.password !== undefined && errors.next === undefined) errors.next = errors.password;
    // A wrong current password is the form's problem, not the session's: 422, not a sign-in.
    return accountPage(c, { password: { values: {}, errors } }, error.code === 'RATE_LIMITED' ? 429 : 422);
  });

  app.post(ACCOUNT_TOTP_PATH, async (c) => {
    const setup = await accounts.startTotp(callerOf(c));
    return accountPage(c, { totpSetup: { setup, form: { values: {}, errors: {} } } });
  });

  app.post(ACCOUNT_TOTP_CONFIRM_PATH, async (c) => {
    const values = await formValuesOf(c);
    const secret = values.secret ?? '';
    const code = (values.code ?? '').replace(/\s+/g, '');
    const outcome = await attempt(
      () => accounts.confirmTotp(callerOf(c), { secret, code }),
      ['VALIDATION_FAILED', 'UNAUTHENTICATED'],
    );
    if (outcome.ok) return c.redirect(withNotice(ACCOUNT_PATH, 'totp-enabled'), 303);
    const errors = fieldProblemsOf(outcome.error, 'code');
    if (errors.code === undefined) errors.code = contextOf(c).messages.editors.totpFailed;
    return accountPage(c, { totpSetup: { setup: { secret }, form: { values: { code }, errors } } }, 422);
  });

  app.post(ACCOUNT_TOKENS_PATH, async (c) => {
    const values = await formValuesOf(c);
    const name = (values.name ?? '').trim();
    const viewer = viewerOf(c);
    if (name === '')
      return accountPage(
        c,
        { tokenForm: { values, errors: { name: contextOf(c).messages.editors.requiredField } } },
        422,
      );
    const outcome = await attempt(
      () => accounts.createToken(callerOf(c), { email: viewer.email, name }),
      ['VALIDATION_FAILED', 'CONFLICT'],
    );
    if (!outcome.ok)
      return accountPage(c, { tokenForm: { values, errors: fieldProblemsOf(outcome.error, 'name') } }, 422);
    return accountPage(c, { createdToken: { name, token: outcome.value.token } }, 201);
  });

  app.post(`${ACCOUNT_TOKENS_PATH}/:id/revoke`, async (c) => {
    await accounts.revokeToken(callerOf(c), c.req.param('id'));
    return c.redirect(`${withNotice(ACCOUNT_PATH, 'token-revoked')}#tokens`, 303);
  });

  /** The users page, with `extra` (the add form that came back, a password made, a refusal). */
  async function usersPage(
    c: Context,
    extra: Partial<Omit<UsersView, 'viewer' | 'users'>> = {},
    status: 200 | 201 | 404 | 409 | 422 = 200,
  ): Promise<Response> {
    const context = contextOf(c);
    const users = await accounts.listUsers(callerOf(c));
    const notice = noticeOf(c, context);
    const view: UsersView = {
      viewer: viewerOf(c),
      users,
      ...(notice === undefined ? {} : { notice }),
      ...extra,
    };
    return htmlResponse(c, renderUsersPage(context, view), status);
  }

  app.get(ADMIN_USERS_PATH, (c) => usersPage(c));

  app.post(ADMIN_USERS_PATH, async (c) => {
    const values = await formValuesOf(c);
    const email = (values.email ?? '').trim();
    const role = values.role ?? '';
    const password = values.password ?? '';
    const words = contextOf(c).messages.editors;
    if (!isRole(role))
      return usersPage(c, { addForm: { values, errors: { role: words.requiredField } } }, 422);
    const outcome = await attempt(
      () => accounts.addUser(callerOf(c), { email, role, ...(password === '' ? {} : { password }) }),
      ['VALIDATION_FAILED', 'CONFLICT'],
    );
    if (!outcome.ok) {
      const kept = { email, role };
      return usersPage(
        c,
        { addForm: { values: kept, errors: fieldProblemsOf(outcome.error, 'email') } },
        statusOf(outcome.error) === 409 ? 409 : 422,
      );
    }
    const generated = outcome.value.generatedPassword;
    if (generated === undefined) return c.redirect(withNotice(ADMIN_USERS_PATH, 'user-added'), 303);
    return usersPage(c, { generated: { email: outcome.value.user.email, password: generated } }, 201);
  });

  for (const action of USER_ACTIONS) {
    app.post(`${ADMIN_USERS_PATH}/${action}`, async (c) => {
      const values = await formValuesOf(c);
      const email = values.email ?? '';
      const role = values.role ?? '';
      const caller = callerOf(c);
      const outcome = await attempt(() => {
        if (action === 'disable') return accounts.disableUser(caller, email);
        if (action === 'enable') return accounts.enableUser(caller, email);
        if (!isRole(role)) return Promise.reject(new Error('no role'));
        return accounts.changeRole(caller, email, role);
      }, ['VALIDATION_FAILED', 'CONFLICT', 'NOT_FOUND']);
      if (outcome.ok) return c.redirect(withNotice(ADMIN_USERS_PATH, 'user-updated'), 303);
      return usersPage(c, { problem: outcome.error.message }, statusOf(outcome.error) === 404 ? 404 : 422);
    });
  }

  app.get(ADMIN_AUDIT_PATH, async (c) => {
    const context = contextOf(c);
    const words = context.messages.editors;
    const filter: AuditFilterForm = {
      user: (c.req.query('user') ?? '').trim(),
      action: c.req.query('action') ?? '',
      from: c.req.query('from') ?? '',
      to: c.req.query('to') ?? '',
    };
    const errors: Record<string, string> = {};
    const dayStart = (name: 'from' | 'to', shift: number): string | undefined => {
      const value = filter[name];
      if (value === '') return undefined;
      const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00.000Z`) : Number.NaN;
      if (Number.isNaN(time)) {
        errors[name] = words.badDate;
        return undefined;
      }
      return new Date(time + shift * 86_400_000).toISOString();
    };
    const since = dayStart('from', 0);
    const until = dayStart('to', 1);
    if (filter.action !== '' && !isAuditAction(filter.action)) errors.action = words.badAction;
    const before = c.req.query('before');
    const beforeId = before !== undefined && /^\d{1,15}$/.test(before) ? Number(before) : undefined;
    const query: AuditFilter = {
      ...(filter.user === '' ? {} : { actor: filter.user.toLowerCase() }),
      ...(filter.action !== '' && isAuditAction(filter.action) ? { action: filter.action } : {}),
      ...(since === undefined ? {} : { since }),
      ...(until === undefined ? {} : { until }),
      ...(beforeId === undefined ? {} : { beforeId }),
      limit: AUDIT_PAGE_SIZE + 1,
    };
    const found = Object.keys(errors).length > 0 ? [] : await audit.list(callerOf(c), query);
    const entries = found.slice(0, AUDIT_PAGE_SIZE).map(viewAuditEntry);
    const last = entries.at(-1);
    const page = renderAuditPage(context, {
      filter,
      errors,
      entries,
      paged: beforeId !== undefined,
      ...(found.length > AUDIT_PAGE_SIZE && last !== undefined ? { olderBefore: last.id } : {}),
    });
    return htmlResponse(c, page, Object.keys(errors).length > 0 ? 400 : 200);
  });
}
