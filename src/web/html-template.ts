import { raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/** A fragment of HTML whose text parts were escaped when it was built (trusted to insert as is). */
export type Html = HtmlEscapedString;

/** The entity of a character that text must not hold as is, by its code; undefined for the others. */
function entityOf(code: number): string | undefined {
  switch (code) {
    case 34:
      return '&quot;';
    case 38:
      return '&amp;';
    case 39:
      return '&#39;';
    case 60:
      return '&lt;';
    case 62:
      return '&gt;';
    default:
      return undefined;
  }
}

/**
 * `text` with `& < > ' "` as entities (as `hono/html` writes them), in one pass over its character
 * codes; `text` itself when it holds none.
 */
function escapeText(text: string): string {
  let escaped = '';
  let copied = 0;
  for (let at = 0; at < text.length; at++) {
    const entity = entityOf(text.charCodeAt(at));
    if (entity === undefined) continue;
    escaped += text.slice(copied, at) + entity;
    copied = at + 1;
  }
  return copied === 0 ? text : escaped + text.slice(copied);
}

/** The markup of one interpolated value (see {@link h}). */
function markupOf(value: unknown): string {
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') return String(value);
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  if (Array.isArray(value)) {
    let joined = '';
    for (const item of value as readonly unknown[]) joined += markupOf(item);
    return joined;
  }
  if (value instanceof String && (value as Partial<Html>).isEscaped === true) return value.toString();
  // Any other object as its own text, escaped (as the tag did).
  return escapeText((value as { toString(): string }).toString());
}

/**
 * Builds HTML from a template: every interpolated string or number is escaped, arrays are joined,
 * `null`, `undefined` and booleans print nothing, and {@link Html} fragments are inserted as they are.
 * What `hono/html`'s `html` tag makes of the synchronous values the portal uses, written out: a page
 * is some thousand of these, and the tag's copy of each value into an array of its own was a tenth
 * of rendering a search page.
 */
export function h(strings: TemplateStringsArray, ...values: readonly unknown[]): Html {
  let markup = strings[0] ?? '';
  for (let at = 0; at < values.length; at++) markup += markupOf(values[at]) + (strings[at + 1] ?? '');
  return raw(markup);
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
