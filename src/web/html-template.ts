import { html as honoHtml, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/** A fragment of HTML whose text parts were escaped when it was built (trusted to insert as is). */
export type Html = HtmlEscapedString;

/**
 * Builds HTML from a template: every interpolated string or number is escaped, arrays are joined,
 * `null`, `undefined` and booleans print nothing, and {@link Html} fragments are inserted as they are.
 * A typed wrapper of `hono/html`'s `html` tag for the synchronous values the portal uses.
 */
export function h(strings: TemplateStringsArray, ...values: readonly unknown[]): Html {
  return honoHtml(strings, ...values) as Html;
}

/**
 * Marks markup as already safe, without escaping. Only for markup somkb itself produced escaped
 * (search snippets from `makeSnippet`) or for constant markup.
 */
export function trusted(markup: string): Html {
  return raw(markup);
}

/** The empty fragment. */
export const EMPTY: Html = raw('');
