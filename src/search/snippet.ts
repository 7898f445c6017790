/** Longest snippet, in characters, before a window is cut out of a paragraph. */
export const SNIPPET_LENGTH = 160;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char) : text;
}

const SPECIAL = /[&<>"']/;

/**
 * Folds each UTF-16 unit as the analyzer folds text (NFKC, lower case) where that keeps its length,
 * so that offsets found in the folded text are offsets in the original: what {@link findMatches}
 * searches, which a caller that marks the same text again may keep and pass back.
 */
export function foldInPlace(text: string): string {
  const whole = text.normalize('NFKC').toLowerCase();
  if (whole.length === text.length) return whole;
  let folded = '';
  for (const char of text) {
    const normal = char.normalize('NFKC').toLowerCase();
    folded += normal.length === char.length ? normal : char;
  }
  return folded;
}

const WORD_UNIT = /[\p{L}\p{M}\p{N}]/u;

/** True when the UTF-16 unit at `at` belongs to a word (a letter, mark or digit, or half of one). */
function inWord(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  if (unit >= 0xd800 && unit <= 0xdfff) return true;
  return WORD_UNIT.test(text[at] ?? '');
}

/**
 * The ranges of `text` where any of `terms` (already folded) occurs, merged, in order. `folded` is
 * `text` as {@link foldInPlace} folds it, computed when not given. With `wholeWords` (a text whose
 * words are spaced, where terms are stems: smuggl), each range is widened to the words it touches,
 * so that `smuggling` is marked whole.
 */
export function findMatches(
  text: string,
  terms: readonly string[],
  folded: string = foldInPlace(text),
  wholeWords = false,
): [number, number][] {
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (term === '') continue;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      let from = at;
      let to = at + term.length;
      if (wholeWords) {
        while (from > 0 && inWord(text, from - 1)) from--;
        while (to < text.length && inWord(text, to)) to++;
      }
      ranges.push([from, to]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * A snippet of `text` with the matched terms marked `<mark>…</mark>`, HTML-escaped: the whole text
 * when it is short, otherwise the window of {@link SNIPPET_LENGTH} characters holding the most
 * matches, with `…` where text was cut. `folded` is `text` as {@link foldInPlace} folds it, computed
 * when not given; `wholeWords` marks whole words (see {@link findMatches}).
 */
export function makeSnippet(
  text: string,
  terms: readonly string[],
  folded: string = foldInPlace(text),
  wholeWords = false,
): string {
  const matches = findMatches(text, terms, folded, wholeWords);
  let start = 0;
  let end = text.length;
  if (text.length > SNIPPET_LENGTH) {
    let best = 0;
    let bestCount = -1;
    for (let i = 0, j = 0; i < matches.length; i++) {
      const from = matches[i]?.[0] ?? 0;
      while (j < matches.length && (matches[j]?.[1] ?? 0) <= from + SNIPPET_LENGTH) j++;
      if (j - i > bestCount) {
        bestCount = j - i;
        best = from;
      }
    }
    start = Math.max(0, Math.min(best - 20, text.length - SNIPPET_LENGTH));
    end = start + SNIPPET_LENGTH;
  }
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [from, to] of matches) {
    if (to <= start || from >= end) continue;
    const markFrom = Math.max(from, start);
    const markTo = Math.min(to, end);
    out += `${escapeHtml(text.slice(at, markFrom))}<mark>${escapeHtml(text.slice(markFrom, markTo))}</mark>`;
    at = markTo;
  }
  out += escapeHtml(text.slice(at, end));
  return end < text.length ? `${out}…` : out;
}
