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

/** The characters {@link escapeText} writes as entities. */
const SPECIAL = /["&'<>]/;

/**
 * `text` with `& < > ' "` as entities (as `hono/html` writes them), as {@link h} escapes what it
 * inserts; `text` itself when it holds none. The first one is found by a regular expression
 * (native, twice as fast on the labels and links of a page as a loop over its character codes), the
 * others by that loop from there.
 */
export function escapeText(text: string): string {
  const first = text.search(SPECIAL);
  if (first === -1) return text;
  let escaped = '';
  let copied = 0;
  for (let at = first; at < text.length; at++) {
    const entity = entityOf(text.charCodeAt(at));
    if (entity === undefined) continue;
    escaped += text.slice(copied, at) + entity;
    copied = at + 1;
  }
  return escaped + text.slice(copied);
}

/** The property of a fragment that holds a flagged fragment (see {@link flagged}). */
const FLAGGED = Symbol('flagged');

/** Whether a value inserted by the {@link h} call being made held a flagged fragment. */
let insertedFlag = false;

/** Whether a flagged fragment was inserted since the last call, and none since now. */
function takeInsertedFlag(): boolean {
  const inserted = insertedFlag;
  insertedFlag = false;
  return inserted;
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
  if (value instanceof String && (value as Partial<Html>).isEscaped === true) {
    if ((value as { [FLAGGED]?: true })[FLAGGED] === true) insertedFlag = true;
    return value.toString();
  }
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
  takeInsertedFlag();
  let markup = strings[0] ?? '';
  for (let at = 0; at < values.length; at++) markup += markupOf(values[at]) + (strings[at + 1] ?? '');
  const html = raw(markup);
  if (takeInsertedFlag()) (html as { [FLAGGED]?: true })[FLAGGED] = true;
  return html;
}

/**
 * `fragment`, flagged: every fragment {@link h} builds with it inside, at any depth, is flagged too,
 * so that a page can tell that it holds one without reading its markup again (the own-rendering
 * mark, whose legend a page adds once at its end). Markup that is turned into text and back (as
 * {@link trusted} does) loses the flag.
 */
export function flagged(fragment: Html): Html {
  (fragment as { [FLAGGED]?: true })[FLAGGED] = true;
  return fragment;
}

/** True when `fragment` is {@link flagged} or holds a flagged fragment. */
export function holdsFlagged(fragment: Html): boolean {
  return (fragment as { [FLAGGED]?: true })[FLAGGED] === true;
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
