import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Caller } from '../accounts/index.js';
import { SomkbError, isSomkbError } from '../errors/index.js';
import type { EditorNotice } from '../messages/index.js';
import type { PageContext, Viewer } from '../web/index.js';
import { FORM_TOKEN_FIELD } from '../web/index.js';
import { STATUS_BY_CODE } from './error-status.js';
import type { EditorServices } from './request-caller.js';
import type { PortalContext } from './portal-context.js';

/** What the routes of the editors' pages share: the portal's context, the services, and helpers. */
export interface EditorPortal {
  readonly portal: PortalContext;
  readonly editors: EditorServices;
}

/** The signed-in user of a request with a session; UNAUTHENTICATED without one (the guards let none through). */
export function viewerOf(c: Context): Viewer {
  const session = c.get('session');
  if (session === undefined)
    throw new SomkbError('UNAUTHENTICATED', 'the editors’ pages need a signed-in session', {
      where: 'Cookie',
    });
  return { email: session.user.email, role: session.user.role, formToken: session.formToken };
}

/** The request's caller (set by the caller middleware). */
export function callerOf(c: Context): Caller {
  return c.get('caller');
}

/** The fields of a form's body as strings (files and the form token left out). */
export async function formValuesOf(c: Context): Promise<Record<string, string>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) return {};
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === FORM_TOKEN_FIELD || typeof value !== 'string') continue;
    values[name] = value;
  }
  return values;
}

/**
 * The problems of a refused request by field (`SomkbError.details.fields`, strings only), else the
 * error's message under `fallback` (the field it most likely concerns).
 */
export function fieldProblemsOf(error: SomkbError, fallback?: string): Record<string, string> {
  const fields = error.details.fields;
  const problems: Record<string, string> = {};
  if (typeof fields === 'object' && fields !== null && !Array.isArray(fields)) {
    for (const [name, message] of Object.entries(fields as Record<string, unknown>)) {
      if (typeof message === 'string') problems[name] = message;
      else if (Array.isArray(message))
        problems[name] = message.filter((entry) => typeof entry === 'string').join('; ');
    }
  }
  if (Object.keys(problems).length === 0 && fallback !== undefined) problems[fallback] = error.message;
  return problems;
}

/** The HTTP status of a SomkbError, for a page that says it. */
export function statusOf(error: SomkbError): ContentfulStatusCode {
  return STATUS_BY_CODE[error.code];
}

/**
 * Runs a use case and gives its refusal back when it is one of `codes` (the page says it next to
 * the fields), throwing anything else on to the app's error handler (403, 404, 5xx pages).
 */
export async function attempt<T>(
  run: () => Promise<T>,
  codes: readonly SomkbError['code'][],
): Promise<{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: SomkbError }> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (isSomkbError(error) && codes.includes(error.code)) return { ok: false, error };
    throw error;
  }
}

/** The notices a `?done=` may name. */
const NOTICES: readonly EditorNotice[] = [
  'signed-out',
  'password-changed',
  'totp-enabled',
  'token-revoked',
  'user-added',
  'user-updated',
  'draft-opened',
  'change-saved',
  'change-removed',
  'submitted',
  'approved',
  'sent-back',
  'withdrawn',
  'published',
  'rebased',
];

/** The text of the `?done=` notice of a page, when it names one. */
export function noticeOf(c: Context, context: PageContext): string | undefined {
  const done = c.req.query('done');
  return NOTICES.find((notice) => notice === done) === undefined
    ? undefined
    : context.messages.editors.notices[done as EditorNotice];
}
