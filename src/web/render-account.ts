import type { TokenView, TotpSetup, UserView } from '../services/index.js';
import { h, EMPTY, trusted } from './html-template.js';
import type { Html } from './html-template.js';
import { EMPTY_FORM, assignErrors, doneNotice, errorSummary, field, submitButton } from './form-kit.js';
import type { FormState } from './form-kit.js';
import {
  ACCOUNT_PASSWORD_PATH,
  ACCOUNT_TOKENS_PATH,
  ACCOUNT_TOTP_CONFIRM_PATH,
  ACCOUNT_TOTP_PATH,
} from './editor-urls.js';
import { formTokenField, renderPage } from './page-layout.js';
import type { PageContext, Viewer } from './page-layout.js';
import { publishedTime } from './render-history.js';

/** What the account page shows. */
export interface AccountView {
  readonly viewer: Viewer;
  readonly user: UserView;
  /** The user's API tokens, newest first (revoked ones too). */
  readonly tokens: readonly TokenView[];
  /** The password form as sent, with its problems, when it came back. */
  readonly password?: FormState;
  /** One-time codes being set up: the QR code and secret, and the code form as sent. */
  readonly totpSetup?: {
    readonly setup: Pick<TotpSetup, 'secret'> & Partial<TotpSetup>;
    readonly form: FormState;
  };
  /** The token form as sent, with its problems, when it came back. */
  readonly tokenForm?: FormState;
  /** A token just created: shown once. */
  readonly createdToken?: { readonly name: string; readonly token: string };
  /** A notice to say once. */
  readonly notice?: string;
}

/** Attributes an SVG of a QR code may carry: those `qrcode` writes, nothing that runs or loads. */
const QR_ATTRIBUTE = /^(xmlns|viewBox|shape-rendering|fill|stroke|d|width|height|x|y)="[#\w .,:/-]*"$/;

/**
 * The QR code as inline SVG when it is only `<svg>`, `<path>` and `<rect>` elements with the
 * attributes of {@link QR_ATTRIBUTE} (what the `qrcode` package writes), else nothing: the secret is
 * then typed in by hand. Inline, so that the page's Content-Security-Policy (images from the site
 * only) needs no `data:` images.
 */
export function safeQrSvg(svg: string | undefined, label: string): Html {
  if (svg === undefined) return EMPTY;
  const body = svg.trim().replace(/^<\?xml[^>]*\?>\s*/, '');
  const tags = body.match(/<[^>]*>/g) ?? [];
  const text = body.replace(/<[^>]*>/g, '').trim();
  if (text !== '' || tags.length < 2 || !tags[0]?.startsWith('<svg ')) return EMPTY;
  for (const tag of tags) {
    const inner = /^<(svg|path|rect)((?:\s+[\w-]+="[^"]*")*)\s*\/?>$|^<\/(svg|path|rect)>$/.exec(tag);
    if (inner === null) return EMPTY;
    const attributes = inner[2]?.trim().split(/\s+(?=[\w-]+=")/) ?? [];
    if (attributes.some((attribute) => attribute !== '' && !QR_ATTRIBUTE.test(attribute))) return EMPTY;
  }
  return h`<div class="qr-wrap"><svg role="img" class="qr-code" aria-label="${label}" ${trusted(body.slice('<svg '.length))}</div>`;
}

/** The section that changes the password: current and new password (never echoed back). */
function passwordSection(context: PageContext, view: AccountView): Html {
  const words = context.messages.editors;
  const state = view.password ?? EMPTY_FORM;
  const assigned = assignErrors(state, ['current', 'next']);
  return h`<section class="account-section" aria-labelledby="password-heading"><h2 id="password-heading">${words.passwordHeading}</h2>
${errorSummary(
  words.formProblems,
  assigned,
  new Map([
    ['current', words.currentPassword],
    ['next', words.newPassword],
  ]),
)}
<form class="editor-form" action="${ACCOUNT_PASSWORD_PATH}" method="post" novalidate>${formTokenField(view.viewer)}
<input type="text" name="username" value="${view.user.email}" autocomplete="username" hidden>
${field(state, assigned, { name: 'current', label: words.currentPassword, type: 'password', autocomplete: 'current-password', required: true })}
${field(state, assigned, { name: 'next', label: words.newPassword, type: 'password', autocomplete: 'new-password', hint: words.newPasswordHint, required: true, attributes: h` minlength="12"` })}
<div class="form-actions">${submitButton(words.changePasswordButton)}</div>
</form></section>`;
}

/**
 * The section of one-time codes: on or off; for a setup under way, the QR code (inline SVG), the
 * secret as text, and the form that confirms it with a code.
 */
function totpSection(context: PageContext, view: AccountView): Html {
  const words = context.messages.editors;
  const required =
    view.user.role === 'admin' && !view.user.totp
      ? h`<div class="notice" role="status"><p>${words.totpRequiredForAdmins}</p></div>`
      : EMPTY;
  let body: Html;
  if (view.user.totp) body = h`<p>${words.totpOn}</p>`;
  else if (view.totpSetup !== undefined) {
    const { setup, form } = view.totpSetup;
    const assigned = assignErrors(form, ['code']);
    body = h`<p>${words.totpScan}</p>
${safeQrSvg(setup.qrSvg, words.totpQrLabel)}
<p class="totp-secret">${context.messages.labelled(words.totpSecret)} <code translate="no">${setup.secret}</code></p>
${errorSummary(words.formProblems, assigned, new Map([['code', words.totpCode]]))}
<form class="editor-form" action="${ACCOUNT_TOTP_CONFIRM_PATH}" method="post" novalidate>${formTokenField(view.viewer)}
<input type="hidden" name="secret" value="${setup.secret}">
${field(form, assigned, { name: 'code', label: words.totpCode, hint: words.totpCodeHint, autocomplete: 'one-time-code', inputmode: 'numeric', required: true, attributes: h` pattern="[0-9]{6}" maxlength="6"` })}
<div class="form-actions">${submitButton(words.totpConfirmButton)}</div>
</form>`;
  } else
    body = h`<p>${words.totpOff}</p>
<form action="${ACCOUNT_TOTP_PATH}" method="post">${formTokenField(view.viewer)}${submitButton(words.totpStartButton)}</form>`;
  return h`<section class="account-section" id="totp" aria-labelledby="totp-heading"><h2 id="totp-heading">${words.totpHeading}</h2>
${required}${body}</section>`;
}

/** One token in the list: name, when made and last used, revoked or a button that revokes it. */
function tokenRow(context: PageContext, viewer: Viewer, token: TokenView): Html {
  const words = context.messages.editors;
  const time = (iso: string | null): Html =>
    iso === null ? h`${words.never}` : h`<time datetime="${iso}">${publishedTime(iso, context.lang)}</time>`;
  const state =
    token.revokedAt === null
      ? h`<form action="${ACCOUNT_TOKENS_PATH}/${encodeURIComponent(token.id)}/revoke" method="post">${formTokenField(viewer)}<button type="submit" class="secondary-button">${words.revokeButton}<span class="visually-hidden"> · ${token.name}</span></button></form>`
      : h`${words.revoked} ${time(token.revokedAt)}`;
  return h`<tr><th scope="row"><bdi>${token.name}</bdi></th><td data-label="${words.createdAt}">${time(token.createdAt)}</td><td data-label="${words.lastUsed}">${time(token.lastUsedAt)}</td><td data-label="${words.status}">${state}</td></tr>`;
}

/** The section of API tokens: the token just made (once), the list, and the form that makes one. */
function tokensSection(context: PageContext, view: AccountView): Html {
  const words = context.messages.editors;
  const state = view.tokenForm ?? EMPTY_FORM;
  const assigned = assignErrors(state, ['name']);
  const created =
    view.createdToken === undefined
      ? EMPTY
      : h`<div class="notice created-secret" role="status"><p>${words.tokenCreated}</p><p><bdi>${view.createdToken.name}</bdi>: <code class="secret" translate="no">${view.createdToken.token}</code></p></div>`;
  const list =
    view.tokens.length === 0
      ? h`<p>${words.noTokens}</p>`
      : h`<div class="table-wrap"><table class="editor-table"><thead><tr><th scope="col">${words.tokenName}</th><th scope="col">${words.createdAt}</th><th scope="col">${words.lastUsed}</th><th scope="col">${words.status}</th></tr></thead>
<tbody>${view.tokens.map((token) => tokenRow(context, view.viewer, token))}</tbody></table></div>`;
  return h`<section class="account-section" id="tokens" aria-labelledby="tokens-heading"><h2 id="tokens-heading">${words.tokensHeading}</h2>
<p>${words.tokensIntro}</p>
${created}
${list}
${errorSummary(words.formProblems, assigned, new Map([['name', words.tokenName]]))}
<form class="editor-form" action="${ACCOUNT_TOKENS_PATH}" method="post" novalidate>${formTokenField(view.viewer)}
${field(state, assigned, { name: 'name', label: words.tokenName, hint: words.tokenNameHint, required: true, attributes: h` maxlength="100"` })}
<div class="form-actions">${submitButton(words.createTokenButton)}</div>
</form></section>`;
}

/**
 * The account page: who the user is and their role; changing the password; one-time codes (set up
 * with a QR code and the secret as text, confirmed with a code; admins are led here until they
 * have them); their API tokens (made and shown once, listed with their last use, revoked).
 */
export function renderAccountPage(context: PageContext, view: AccountView): Html {
  const { messages } = context;
  const words = messages.editors;
  const facts = h`<dl class="facts-list account-facts"><div><dt>${messages.labelled(words.email)}</dt><dd><bdi>${view.user.email}</bdi></dd></div><div><dt>${messages.labelled(words.role)}</dt><dd>${words.roleNames[view.user.role]}</dd></div></dl>`;
  const onlyTotp = view.user.role === 'admin' && !view.user.totp;
  return renderPage(context, {
    title: words.accountTitle,
    section: 'account',
    hideHeaderSearch: true,
    main: h`<h1>${words.accountTitle}</h1>
${doneNotice(view.notice)}
${facts}
${
  onlyTotp
    ? totpSection(context, view)
    : h`${passwordSection(context, view)}
${totpSection(context, view)}
${tokensSection(context, view)}`
}`,
  });
}
