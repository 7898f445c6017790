import { h, EMPTY } from './html-template.js';
import type { Html } from './html-template.js';
import { EMPTY_FORM, assignErrors, errorSummary, field, submitButton } from './form-kit.js';
import type { FormState } from './form-kit.js';
import { SIGN_IN_PATH } from './editor-urls.js';
import { renderPage } from './page-layout.js';
import type { PageContext } from './page-layout.js';

/** Why the sign-in page came back. */
export type SignInProblem =
  /** Email, password or code not right, or an account that may not sign in: one message for all. */
  | { readonly kind: 'failed' }
  /** Too many attempts: when to try again. */
  | { readonly kind: 'rate-limited'; readonly retryAfterSeconds: number };

/** What the sign-in page shows. */
export interface SignInView {
  /** `password`: email and password; `totp`: the one-time code, after a right password. */
  readonly step: 'password' | 'totp';
  /** The local path to go back to once signed in (`?next=`), kept through the steps. */
  readonly next?: string;
  /** Sent here from an editing page: say that it needs a signed-in user. */
  readonly required?: boolean;
  readonly problem?: SignInProblem;
  /** The email typed (kept when the page comes back); the password is kept only for the code step. */
  readonly email?: string;
  /** For the code step only: the password, sent again with the code in a hidden field. */
  readonly password?: string;
  /** A notice to say once (signed out). */
  readonly notice?: string;
}

/** The problem's text, said above the form and tied to its first field. */
function problemText(context: PageContext, problem: SignInProblem): string {
  const words = context.messages.editors;
  return problem.kind === 'rate-limited' ? words.rateLimited(problem.retryAfterSeconds) : words.signInFailed;
}

/**
 * The sign-in page: email and password, or, for an account with one-time codes, the code (the email
 * and password carried again in the form, as the sign-in is one request). A failed sign-in says the
 * same whatever failed; a rate-limited one says when to try again. Never kept in a cache.
 */
export function renderSignInPage(context: PageContext, view: SignInView): Html {
  const words = context.messages.editors;
  const next = view.next === undefined ? EMPTY : h`<input type="hidden" name="next" value="${view.next}">`;
  const problemField = view.step === 'totp' ? 'totp' : 'email';
  const state: FormState =
    view.problem === undefined
      ? { values: { email: view.email ?? '' }, errors: {} }
      : {
          values: { email: view.email ?? '' },
          errors: {
            [problemField]:
              view.step === 'totp' && view.problem.kind === 'failed'
                ? words.totpFailed
                : problemText(context, view.problem),
          },
        };
  const assigned = assignErrors(view.problem === undefined ? EMPTY_FORM : state, [problemField]);
  const labels = new Map([
    ['email', words.email],
    ['totp', words.totpCode],
  ]);
  const summary = errorSummary(words.formProblems, assigned, labels);
  const intro =
    view.required === true
      ? h`<div class="notice" role="status"><p>${words.signInRequired}</p></div>`
      : EMPTY;
  const notice =
    view.notice === undefined
      ? EMPTY
      : h`<div class="notice done-notice" role="status"><p>${view.notice}</p></div>`;
  const body =
    view.step === 'password'
      ? h`<form class="editor-form sign-in-form" action="${SIGN_IN_PATH}" method="post" novalidate>
${next}
${field(state, assigned, { name: 'email', label: words.email, type: 'email', autocomplete: 'username', required: true, inputmode: 'email', attributes: h` autocapitalize="none" spellcheck="false" maxlength="320"` })}
${field(state, assigned, { name: 'password', label: words.password, type: 'password', autocomplete: 'current-password', required: true, attributes: h` maxlength="1024"` })}
<div class="form-actions">${submitButton(words.signIn)}</div>
</form>`
      : h`<p>${words.totpIntro}</p>
<form class="editor-form sign-in-form" action="${SIGN_IN_PATH}" method="post" novalidate>
${next}
<input type="hidden" name="email" value="${view.email ?? ''}">
<input type="hidden" name="password" value="${view.password ?? ''}">
${field(state, assigned, { name: 'totp', label: words.totpCode, hint: words.totpCodeHint, autocomplete: 'one-time-code', inputmode: 'numeric', required: true, attributes: h` pattern="[0-9]{6}" maxlength="6" autofocus` })}
<div class="form-actions">${submitButton(words.continueButton)}</div>
</form>`;
  const title = view.step === 'password' ? words.signInTitle : words.totpTitle;
  return renderPage(context, {
    title,
    section: 'none',
    hideHeaderSearch: true,
    main: h`<h1>${title}</h1>
${notice}${intro}
${view.step === 'password' ? h`<p class="lead">${words.signInIntro}</p>` : EMPTY}
${summary}
${body}`,
  });
}
