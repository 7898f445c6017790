import type { Context, Env, Hono, MiddlewareHandler } from 'hono';
import type { Role } from '../accounts/index.js';
import { roleIncludes } from '../accounts/index.js';
import { SomkbError } from '../errors/index.js';
import { checkSameOrigin, isStateChanging } from './request-caller.js';

declare module 'hono' {
  interface ContextVariableMap {
    /**
     * True on the routes of the editors (their pages post forms): the answer's `Referrer-Policy` is
     * `same-origin` instead of `no-referrer`, so that the browser names this site in the `Origin` of
     * the forms it posts (with `no-referrer` it sends `Origin: null`).
     */
    sameOriginReferrer: boolean | undefined;
  }
}

/** The methods a route of the table answers (`GET` answers `HEAD` too). */
export type RouteMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who may call a route: anyone (`anonymous`, readers included), or a user of this role or above. */
export type RouteAccessLevel = 'anonymous' | Role;

/**
 * A rule of the use case beyond the role, which the service enforces (403 FORBIDDEN), so that a
 * route's answer depends on whose the thing is:
 * - `author`: only the draft's author (change it, submit, withdraw, rebase);
 * - `not-author`: a reviewer or an admin who is not the draft's author (approve, send back);
 * - `draft-reader`: the draft's author, or any reviewer or admin (read it, its diff, its preview);
 * - `approver-or-admin`: an admin, or the reviewer who approved the draft (publish);
 * - `own`: the caller's own thing (their token), or anyone's for an admin.
 */
export type ServiceRule = 'author' | 'not-author' | 'draft-reader' | 'approver-or-admin' | 'own';

/** One route of the app and who may call it. */
export interface RouteAccess {
  readonly method: RouteMethod;
  /** The path as Hono matches it, from the site's root (`/api/v1/drafts/:id`, `/papers/*`). */
  readonly path: string;
  readonly access: RouteAccessLevel;
  readonly rule?: ServiceRule;
  /**
   * A route of the editors: it exists only when the app has them (`CreateAppDeps.editors`; without
   * them it answers 404), and its pages name this site in the `Origin` of their forms.
   */
  readonly editing?: true;
  /** May be used by an admin whose session must first set up one-time codes (the setup pages, sign-out). */
  readonly duringTotpSetup?: true;
}

/** The prefix of the JSON API's routes. */
export const API_PREFIX = '/api/v1';

/** The portal's sign-in page, where an anonymous visit to an editors' page is sent. */
export const SIGN_IN_PATH = '/sign-in';

const read = (path: string): RouteAccess => ({ method: 'GET', path, access: 'anonymous' });

const editing = (
  method: RouteMethod,
  path: string,
  access: RouteAccessLevel,
  rule?: ServiceRule,
): RouteAccess => ({ method, path, access, editing: true, ...(rule === undefined ? {} : { rule }) });

/** The draft routes of the API, under `/api/v1/drafts`. */
const DRAFTS = `${API_PREFIX}/drafts`;

/**
 * Every route of the app (the portal's pages and assets, the API, its reference) and who may call
 * it: the one table from which the guards are applied ({@link applyRouteGuards}: 401 UNAUTHENTICATED
 * without a valid credential, an anonymous visit to a page sent to sign-in, 403 FORBIDDEN for a role
 * too low) and which a test walks with every role. A route missing from it fails that test.
 */
export const ROUTE_ACCESS: readonly RouteAccess[] = [
  // The portal's reader pages and assets.
  read('/'),
  read('/themes/:id'),
  read('/papers/:slug'),
  read('/papers/*'),
  read('/topics'),
  read('/topics/:id'),
  read('/search'),
  read('/references'),
  read('/mechanisms'),
  read('/history'),
  read('/history/:range'),
  read('/brief'),
  read('/brief/download'),
  read('/assets/portal.css'),
  read('/assets/portal.js'),
  read('/assets/icon.svg'),
  read('/favicon.ico'),
  // The API reference.
  read('/api/docs'),
  read('/api/docs/init.js'),
  read('/api/docs/swagger-ui-bundle.js'),
  read('/api/docs/swagger-ui.css'),
  // The API's reads.
  read(`${API_PREFIX}/openapi.json`),
  read(`${API_PREFIX}/health`),
  read(`${API_PREFIX}/catalog`),
  read(`${API_PREFIX}/documents`),
  read(`${API_PREFIX}/documents/:id`),
  read(`${API_PREFIX}/documents/:id/paragraphs`),
  read(`${API_PREFIX}/documents/:id/paragraphs/:number`),
  read(`${API_PREFIX}/themes`),
  read(`${API_PREFIX}/themes/:id`),
  read(`${API_PREFIX}/papers`),
  read(`${API_PREFIX}/papers/:symbol`),
  read(`${API_PREFIX}/meetings`),
  read(`${API_PREFIX}/meetings/:number`),
  read(`${API_PREFIX}/concepts`),
  read(`${API_PREFIX}/concepts/:id`),
  read(`${API_PREFIX}/provisions`),
  read(`${API_PREFIX}/provisions/:id`),
  read(`${API_PREFIX}/mechanisms`),
  read(`${API_PREFIX}/mechanisms/:id`),
  read(`${API_PREFIX}/search`),
  { method: 'POST', path: `${API_PREFIX}/search`, access: 'anonymous' },
  read(`${API_PREFIX}/suggest`),
  read(`${API_PREFIX}/export`),
  read(`${API_PREFIX}/brief`),
  read(`${API_PREFIX}/versions`),
  read(`${API_PREFIX}/versions/:n`),
  read(`${API_PREFIX}/diff`),
  // The API of the editors: who they are, their tokens.
  editing('GET', `${API_PREFIX}/me`, 'editor'),
  editing('GET', `${API_PREFIX}/tokens`, 'editor'),
  editing('POST', `${API_PREFIX}/tokens`, 'editor'),
  editing('DELETE', `${API_PREFIX}/tokens/:id`, 'editor', 'own'),
  // Drafts.
  editing('GET', DRAFTS, 'editor'),
  editing('POST', DRAFTS, 'editor'),
  editing('GET', `${DRAFTS}/:id`, 'editor', 'draft-reader'),
  editing('PUT', `${DRAFTS}/:id/documents/:document/paragraphs/:number`, 'editor', 'author'),
  editing('PUT', `${DRAFTS}/:id/documents/:document/papers/:symbol`, 'editor', 'author'),
  editing('POST', `${DRAFTS}/:id/documents/:document/papers`, 'editor', 'author'),
  editing('PUT', `${DRAFTS}/:id/documents/:document/themes/:theme/key-topics`, 'editor', 'author'),
  editing('PUT', `${DRAFTS}/:id/concepts/:concept`, 'editor', 'author'),
  editing('PUT', `${DRAFTS}/:id/mechanisms/:mechanism`, 'editor', 'author'),
  editing('DELETE', `${DRAFTS}/:id/changes/:target`, 'editor', 'author'),
  editing('GET', `${DRAFTS}/:id/diff`, 'editor', 'draft-reader'),
  editing('GET', `${DRAFTS}/:id/preview`, 'editor', 'draft-reader'),
  editing('POST', `${DRAFTS}/:id/submit`, 'editor', 'author'),
  editing('POST', `${DRAFTS}/:id/withdraw`, 'editor', 'author'),
  editing('POST', `${DRAFTS}/:id/rebase`, 'editor', 'author'),
  editing('POST', `${DRAFTS}/:id/approve`, 'reviewer', 'not-author'),
  editing('POST', `${DRAFTS}/:id/send-back`, 'reviewer', 'not-author'),
  editing('POST', `${DRAFTS}/:id/publish`, 'reviewer', 'approver-or-admin'),
  // Users and the audit log (admins).
  editing('GET', `${API_PREFIX}/users`, 'admin'),
  editing('POST', `${API_PREFIX}/users`, 'admin'),
  editing('PUT', `${API_PREFIX}/users/:email/role`, 'admin'),
  editing('POST', `${API_PREFIX}/users/:email/disable`, 'admin'),
  editing('POST', `${API_PREFIX}/users/:email/enable`, 'admin'),
  editing('GET', `${API_PREFIX}/audit`, 'admin'),
  // The portal's pages of the editors: sign-in (anyone), their account, drafts, users and audit log.
  editing('GET', SIGN_IN_PATH, 'anonymous'),
  editing('POST', SIGN_IN_PATH, 'anonymous'),
  { ...editing('POST', '/sign-out', 'editor'), duringTotpSetup: true },
  { ...editing('GET', '/account', 'editor'), duringTotpSetup: true },
  editing('POST', '/account/password', 'editor'),
  { ...editing('POST', '/account/totp', 'editor'), duringTotpSetup: true },
  { ...editing('POST', '/account/totp/confirm', 'editor'), duringTotpSetup: true },
  editing('POST', '/account/tokens', 'editor'),
  editing('POST', '/account/tokens/:id/revoke', 'editor', 'own'),
  editing('GET', '/admin/users', 'admin'),
  editing('POST', '/admin/users', 'admin'),
  editing('POST', '/admin/users/role', 'admin'),
  editing('POST', '/admin/users/disable', 'admin'),
  editing('POST', '/admin/users/enable', 'admin'),
  editing('GET', '/admin/audit', 'admin'),
  editing('GET', '/drafts', 'editor'),
  editing('GET', '/drafts/new', 'editor'),
  editing('POST', '/drafts/new', 'editor'),
  editing('GET', '/drafts/:id', 'editor', 'draft-reader'),
  editing('GET', '/drafts/:id/edit/:kind', 'editor', 'author'),
  editing('POST', '/drafts/:id/edit/:kind', 'editor', 'author'),
  editing('POST', '/drafts/:id/undo', 'editor', 'author'),
  editing('POST', '/drafts/:id/submit', 'editor', 'author'),
  editing('POST', '/drafts/:id/withdraw', 'editor', 'author'),
  editing('POST', '/drafts/:id/rebase', 'editor', 'author'),
  editing('POST', '/drafts/:id/approve', 'reviewer', 'not-author'),
  editing('POST', '/drafts/:id/send-back', 'reviewer', 'not-author'),
  editing('POST', '/drafts/:id/publish', 'reviewer', 'approver-or-admin'),
  editing('GET', '/drafts/:id/preview', 'editor', 'draft-reader'),
  editing('GET', '/drafts/:id/preview/themes/:theme', 'editor', 'draft-reader'),
  editing('GET', '/drafts/:id/preview/papers/:slug', 'editor', 'draft-reader'),
];

/** True for a path of the JSON API under {@link API_PREFIX}. */
export function isApiV1Path(path: string): boolean {
  return path === API_PREFIX || path.startsWith(`${API_PREFIX}/`);
}

/** Where an anonymous visit to `c`'s page is sent: sign-in, then back to it. */
function signInRedirect(c: Context): string {
  const url = new URL(c.req.url);
  return `${SIGN_IN_PATH}?${new URLSearchParams({ next: `${url.pathname}${url.search}` }).toString()}`;
}

/**
 * The guard of one route of the table: marks the editors' routes for a same-origin referrer; on a
 * route anyone may call, refuses a state-changing anonymous request from another site's page (a
 * sign-in posted from elsewhere); on a route of a role, answers an anonymous request with 401
 * UNAUTHENTICATED (a page of the portal asked with GET: a redirect to sign-in), a role too low, or an
 * admin who must first set up one-time codes, with 403 FORBIDDEN.
 */
export function guardRoute(route: RouteAccess, pages: boolean): MiddlewareHandler {
  return async (c, next) => {
    if (route.editing === true) c.set('sameOriginReferrer', true);
    const { actor } = c.get('caller');
    if (route.access === 'anonymous') {
      if (actor.kind === 'anonymous' && isStateChanging(c.req.method)) checkSameOrigin(c, false);
      await next();
      return;
    }
    if (actor.kind === 'anonymous') {
      if (pages && c.req.method === 'GET') return c.redirect(signInRedirect(c), 303);
      throw new SomkbError('UNAUTHENTICATED', 'sign in first: this needs a session or an API token', {
        where: 'Authorization',
      });
    }
    if (!roleIncludes(actor.role, route.access)) {
      throw new SomkbError(
        'FORBIDDEN',
        `${route.method} ${route.path} needs the role ${route.access}; ${actor.email} is ${actor.role}`,
        { details: { needed: route.access, role: actor.role } },
      );
    }
    if (c.get('session')?.totpSetupRequired === true && route.duringTotpSetup !== true) {
      throw new SomkbError(
        'FORBIDDEN',
        'an admin must set up one-time codes before anything else: see your account page',
        { details: { totpSetupRequired: true } },
      );
    }
    await next();
    return undefined;
  };
}

/**
 * Registers the guard of each route of `routes` whose path starts with `prefix` on `app` (a route
 * of `/api/v1` on the API's own app, whose paths lack the prefix). Call it before the routes are
 * added, so that each guard runs before its route's handler. Reader routes get no guard: a
 * reader's request runs exactly the middleware it ran before the editors came. `pages` says that
 * `app` serves pages (an anonymous GET is sent to sign-in) rather than the API.
 */
export function applyRouteGuards<E extends Env>(
  app: Hono<E>,
  options: { readonly prefix: string; readonly pages: boolean; readonly routes?: readonly RouteAccess[] },
): void {
  const routes = options.routes ?? ROUTE_ACCESS;
  for (const route of routes) {
    if (route.editing !== true) continue;
    if (options.pages === isApiV1Path(route.path)) continue;
    app.on(route.method, route.path.slice(options.prefix.length), guardRoute(route, options.pages));
  }
}
