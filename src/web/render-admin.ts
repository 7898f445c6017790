import type { Role } from '../accounts/index.js';
import { ROLES } from '../accounts/index.js';
import { AUDIT_ACTIONS } from '../services/index.js';
import type { AuditEntryView, UserView } from '../services/index.js';
import { h, EMPTY } from './html-template.js';
import type { Html } from './html-template.js';
import { EMPTY_FORM, assignErrors, doneNotice, errorSummary, field, submitButton } from './form-kit.js';
import type { FormState } from './form-kit.js';
import { ADMIN_AUDIT_PATH, ADMIN_USERS_PATH } from './editor-urls.js';
import { formTokenField, renderPage } from './page-layout.js';
import type { PageContext, Viewer } from './page-layout.js';
import { publishedTime } from './render-history.js';

/** What the users page shows. */
export interface UsersView {
  readonly viewer: Viewer;
  readonly users: readonly UserView[];
  /** The form that adds a user, as sent, when it came back with problems. */
  readonly addForm?: FormState;
  /** A user just added with a password somkb made: shown once. */
  readonly generated?: { readonly email: string; readonly password: string };
  readonly notice?: string;
  /** A change of a user that was refused: the service's message. */
  readonly problem?: string;
}

function roleOptions(context: PageContext): { value: string; label: string }[] {
  return ROLES.map((role: Role) => ({ value: role, label: context.messages.editors.roleNames[role] }));
}

/** One user: email, role (with a form that changes it), status (with a button that disables or enables), codes, since when. */
function userRow(context: PageContext, view: UsersView, user: UserView, index: number): Html {
  const { messages } = context;
  const words = messages.editors;
  const token = formTokenField(view.viewer);
  const hidden = h`${token}<input type="hidden" name="email" value="${user.email}">`;
  const roleId = `role-${index}`;
  const roleForm = h`<form class="inline-form" action="${ADMIN_USERS_PATH}/role" method="post">${hidden}<label class="visually-hidden" for="${roleId}">${words.role} · ${user.email}</label><select id="${roleId}" name="role">${ROLES.map(
    (role) =>
      h`<option value="${role}"${role === user.role ? h` selected` : EMPTY}>${words.roleNames[role]}</option>`,
  )}</select> <button type="submit" class="secondary-button">${words.changeRoleButton}</button></form>`;
  const statusForm = user.disabled
    ? h`<form class="inline-form" action="${ADMIN_USERS_PATH}/enable" method="post">${hidden}<button type="submit" class="secondary-button">${words.enableButton}<span class="visually-hidden"> · ${user.email}</span></button></form>`
    : h`<form class="inline-form" action="${ADMIN_USERS_PATH}/disable" method="post">${hidden}<button type="submit" class="secondary-button">${words.disableButton}<span class="visually-hidden"> · ${user.email}</span></button></form>`;
  return h`<tr${user.disabled ? h` class="is-disabled"` : EMPTY}><th scope="row"><bdi>${user.email}</bdi></th>
<td data-label="${words.role}">${roleForm}</td>
<td data-label="${words.status}">${user.disabled ? words.disabled : words.active} ${statusForm}</td>
<td data-label="${words.totpHeading}">${user.totp ? words.yes : words.no}</td>
<td data-label="${words.createdAt}"><time datetime="${user.createdAt}">${publishedTime(user.createdAt, context.lang)}</time></td></tr>`;
}

/**
 * The admins' page of users: every user with their role (changed by a form of its own), status
 * (disabled or enabled by a button) and whether they use one-time codes; and the form that adds a
 * user with a role (and a password, or one made by somkb and shown once).
 */
export function renderUsersPage(context: PageContext, view: UsersView): Html {
  const { messages } = context;
  const words = messages.editors;
  const state = view.addForm ?? EMPTY_FORM;
  const assigned = assignErrors(state, ['email', 'role', 'password']);
  const labels = new Map([
    ['email', words.email],
    ['role', words.role],
    ['password', words.password],
  ]);
  const generated =
    view.generated === undefined
      ? EMPTY
      : h`<div class="notice created-secret" role="status"><p>${words.generatedPassword}</p><p><bdi>${view.generated.email}</bdi>: <code class="secret" translate="no">${view.generated.password}</code></p></div>`;
  return renderPage(context, {
    title: words.usersTitle,
    section: 'users',
    hideHeaderSearch: true,
    main: h`<h1>${words.usersTitle}</h1>
${doneNotice(view.notice)}
${view.problem === undefined ? EMPTY : h`<div class="notice error" role="alert"><p>${view.problem}</p></div>`}
${generated}
<div class="table-wrap"><table class="editor-table users-table"><thead><tr><th scope="col">${words.email}</th><th scope="col">${words.role}</th><th scope="col">${words.status}</th><th scope="col">${words.totpHeading}</th><th scope="col">${words.createdAt}</th></tr></thead>
<tbody>${view.users.map((user, index) => userRow(context, view, user, index))}</tbody></table></div>
<section aria-labelledby="add-user-heading"><h2 id="add-user-heading">${words.addUserHeading}</h2>
${errorSummary(words.formProblems, assigned, labels)}
<form class="editor-form" action="${ADMIN_USERS_PATH}" method="post" novalidate>${formTokenField(view.viewer)}
${field(state, assigned, { name: 'email', label: words.email, type: 'email', required: true, autocomplete: 'off', inputmode: 'email', attributes: h` autocapitalize="none" spellcheck="false" maxlength="320"` })}
${field(state, assigned, { name: 'role', label: words.role, type: 'select', options: roleOptions(context), value: 'editor' })}
${field(state, assigned, { name: 'password', label: words.password, type: 'password', autocomplete: 'new-password', hint: words.addUserPasswordHint })}
<div class="form-actions">${submitButton(words.addUserButton)}</div>
</form></section>`,
  });
}

/** The audit log's filter as the admin typed it (strings as in the URL). */
export interface AuditFilterForm {
  readonly user: string;
  readonly action: string;
  /** A date `YYYY-MM-DD` (UTC), from its start. */
  readonly from: string;
  /** A date `YYYY-MM-DD` (UTC), to its end. */
  readonly to: string;
}

/** What the audit page shows. */
export interface AuditView {
  readonly filter: AuditFilterForm;
  /** Problems of the filter, by field (a date that is no date). */
  readonly errors?: Readonly<Record<string, string>>;
  /** The entries of this page, newest first. */
  readonly entries: readonly AuditEntryView[];
  /** The id below which the next (older) page starts, when there is one. */
  readonly olderBefore?: number;
  /** True when this is not the first (newest) page. */
  readonly paged: boolean;
}

/** The audit page's URL for a filter and a page (`before` the id where it starts). */
export function auditHref(filter: AuditFilterForm, before?: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter) as [string, string][])
    if (value !== '') params.set(name, value);
  if (before !== undefined) params.set('before', String(before));
  const query = params.toString();
  return query === '' ? ADMIN_AUDIT_PATH : `${ADMIN_AUDIT_PATH}?${query}`;
}

/** An entry's details (never secrets: the log holds none) as `key: value` pairs. */
function detailText(detail: Readonly<Record<string, unknown>>): string {
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}

/**
 * The admins' audit log: a filter (user, action, date range; a GET form, so each view has its URL),
 * the entries newest first in a table (when, who, address, action, target, states before and after,
 * details), and links to older entries and back to the newest.
 */
export function renderAuditPage(context: PageContext, view: AuditView): Html {
  const { messages } = context;
  const words = messages.editors;
  const columns = words.auditColumns;
  const state: FormState = { values: { ...view.filter }, errors: view.errors ?? {} };
  const assigned = assignErrors(state, ['user', 'action', 'from', 'to']);
  const labels = new Map([
    ['user', words.filterUser],
    ['action', words.filterAction],
    ['from', words.filterFrom],
    ['to', words.filterTo],
  ]);
  const actionOptions = [
    { value: '', label: words.anyAction },
    ...AUDIT_ACTIONS.map((action) => ({ value: action, label: action })),
  ];
  const filterForm = h`${errorSummary(words.formProblems, assigned, labels)}<form class="editor-form filter-form" action="${ADMIN_AUDIT_PATH}" method="get" novalidate>
${field(state, assigned, { name: 'user', label: words.filterUser, type: 'email', inputmode: 'email', attributes: h` autocapitalize="none" spellcheck="false"` })}
${field(state, assigned, { name: 'action', label: words.filterAction, type: 'select', options: actionOptions })}
${field(state, assigned, { name: 'from', label: words.filterFrom, type: 'date' })}
${field(state, assigned, { name: 'to', label: words.filterTo, type: 'date' })}
<div class="form-actions">${submitButton(words.filterButton)}</div>
</form>`;
  const cell = (label: string, value: Html | string): Html => h`<td data-label="${label}">${value}</td>`;
  const rows = view.entries.map(
    (
      entry,
    ) => h`<tr><td data-label="${columns.at}"><time datetime="${entry.at}">${publishedTime(entry.at, context.lang)}</time></td>
${cell(columns.actor, h`<bdi>${entry.actor}</bdi>`)}${cell(columns.ip, h`<bdi>${entry.ip}</bdi>`)}${cell(columns.action, h`<code>${entry.action}</code>`)}${cell(columns.target, h`<bdi>${entry.target}</bdi>`)}${cell(columns.before, h`<bdi>${entry.before ?? ''}</bdi>`)}${cell(columns.after, h`<bdi>${entry.after ?? ''}</bdi>`)}${cell(columns.detail, h`<bdi>${detailText(entry.detail)}</bdi>`)}</tr>`,
  );
  const table =
    view.entries.length === 0
      ? h`<p>${words.auditEmpty}</p>`
      : h`<div class="table-wrap"><table class="editor-table audit-table"><thead><tr>${(['at', 'actor', 'ip', 'action', 'target', 'before', 'after', 'detail'] as const).map((key) => h`<th scope="col">${columns[key]}</th>`)}</tr></thead>
<tbody>${rows}</tbody></table></div>`;
  const links: Html[] = [];
  if (view.paged) links.push(h`<a href="${auditHref(view.filter)}">${words.newestEntries}</a>`);
  if (view.olderBefore !== undefined)
    links.push(h`<a href="${auditHref(view.filter, view.olderBefore)}" rel="next">${words.olderEntries}</a>`);
  return renderPage(context, {
    title: words.auditTitle,
    section: 'audit',
    hideHeaderSearch: true,
    main: h`<h1>${words.auditTitle}</h1>
<p class="lead">${words.auditIntro}</p>
${filterForm}
${table}
${links.length === 0 ? EMPTY : h`<nav class="pager" aria-label="${messages.pages}"><ul>${links.map((link) => h`<li>${link}</li>`)}</ul></nav>`}`,
  });
}
