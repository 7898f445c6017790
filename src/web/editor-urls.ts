/**
 * The URLs of the editors' pages: one place that says how sign-in, the account, the admin pages, a
 * draft, its forms and its preview are addressed, so that every link and form agrees with the routes.
 */

import type { DraftChange, DraftChangeKind } from '../editing/index.js';
import type { DraftAction, EditorNotice } from '../messages/index.js';

/** The sign-in page (GET) and its form's target (POST). */
export const SIGN_IN_PATH = '/sign-in';
/** Signing out (POST only, with the form token). */
export const SIGN_OUT_PATH = '/sign-out';
/** The signed-in user's own page: password, one-time codes, API tokens. */
export const ACCOUNT_PATH = '/account';
/** Changing one's password (POST). */
export const ACCOUNT_PASSWORD_PATH = '/account/password';
/** Starting to set up one-time codes (POST): answers the page with the QR code. */
export const ACCOUNT_TOTP_PATH = '/account/totp';
/** Confirming one-time codes with a code (POST). */
export const ACCOUNT_TOTP_CONFIRM_PATH = '/account/totp/confirm';
/** Creating an API token (POST): answers the page with the token, shown once. */
export const ACCOUNT_TOKENS_PATH = '/account/tokens';
/** The admins' page of users (GET), and adding one (POST). */
export const ADMIN_USERS_PATH = '/admin/users';
/** What an admin may do to a user (POST, with the user's `email`). */
export type UserAction = 'role' | 'disable' | 'enable';
/** Every {@link UserAction}. */
export const USER_ACTIONS: readonly UserAction[] = ['role', 'disable', 'enable'];
/** The admins' audit log. */
export const ADMIN_AUDIT_PATH = '/admin/audit';
/** The list of drafts. */
export const DRAFTS_PATH = '/drafts';
/** The form that opens a draft (GET), and its target (POST). */
export const NEW_DRAFT_PATH = '/drafts/new';
/** Every {@link DraftAction}, in the order a draft's page offers them. */
export const DRAFT_ACTIONS: readonly DraftAction[] = [
  'submit',
  'approve',
  'send-back',
  'publish',
  'rebase',
  'withdraw',
];
/** The kinds of change, in the order a draft's page offers their forms. */
export const CHANGE_KINDS: readonly DraftChangeKind[] = [
  'paragraph',
  'paper',
  'new-paper',
  'key-topics',
  'concept',
  'mechanism',
];

/** True for a {@link DraftChangeKind} (a segment of a form's URL). */
export function isChangeKind(value: string): value is DraftChangeKind {
  return (CHANGE_KINDS as readonly string[]).includes(value);
}

/** True for a {@link DraftAction} (a segment of an action's URL). */
export function isDraftAction(value: string): value is DraftAction {
  return (DRAFT_ACTIONS as readonly string[]).includes(value);
}

/**
 * The sign-in page that leads back to `next` once signed in (a local path; anything else is
 * dropped by the route that reads it, see `localPath`).
 */
export function signInHref(next?: string): string {
  return next === undefined || next === ''
    ? SIGN_IN_PATH
    : `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`;
}

/**
 * `next` when it is a path of this site (`/…`, not `//host` or `/\host`, no scheme, no control
 * characters), else `undefined`: where a sign-in may lead back to without being an open redirect.
 */
export function localPath(next: string | undefined | null): string | undefined {
  if (next === undefined || next === null || next === '') return undefined;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  for (const character of next) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || character === '\\') return undefined;
  }
  if (next.length > 2000) return undefined;
  return next;
}

/** A page with the notice of a done action (`?done=…`), shown once after its redirect. */
export function withNotice(path: string, notice: EditorNotice): string {
  return `${path}${path.includes('?') ? '&' : '?'}done=${notice}`;
}

/** The page of a draft. */
export function draftPath(id: string): string {
  return `${DRAFTS_PATH}/${encodeURIComponent(id)}`;
}

/** The target of an action on a draft (POST). */
export function draftActionPath(id: string, action: DraftAction): string {
  return `${draftPath(id)}/${action}`;
}

/** Taking a change back out of a draft (POST, with its `target`). */
export function draftUndoPath(id: string): string {
  return `${draftPath(id)}/undo`;
}

/**
 * The form of a change of `kind` in a draft (GET shows it, POST saves it), with what it is about in
 * the query (`number`, `symbol`, `theme`, `id`, and `language`: `lang` is the interface's).
 */
export function changeFormPath(
  id: string,
  kind: DraftChangeKind,
  about: Readonly<Record<string, string>> = {},
): string {
  const query = new URLSearchParams(about).toString();
  return `${draftPath(id)}/edit/${kind}${query === '' ? '' : `?${query}`}`;
}

/** What a change's form is about, for the link to edit it again. */
export function changeAbout(change: DraftChange): Record<string, string> {
  switch (change.kind) {
    case 'paragraph':
      return { number: String(change.number), language: change.language };
    case 'paper':
      return { symbol: change.symbol, language: change.language };
    case 'new-paper':
      return { symbol: change.symbol };
    case 'key-topics':
      return { theme: change.theme, language: change.language };
    case 'concept':
    case 'mechanism':
      return { id: change.id };
  }
}

/** The root of a draft's preview (the pages as readers will see them once it is published). */
export function draftPreviewPath(id: string, path = '/'): string {
  return `${draftPath(id)}/preview${path === '/' ? '' : path}`;
}
