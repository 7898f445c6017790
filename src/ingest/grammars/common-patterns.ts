import type { SummaryHeader } from '../../domain/index.js';
import type { ItemStartMatch, ParagraphStartMatch } from '../summary-grammar.js';

const NUMBERED_PARAGRAPH = /^(\d{1,5})[.．](?![\d.．])\s*(.*)$/;
const LETTERED_ITEM = /^[(（]([a-z])[)）]\s+(\S.*)$/;

/**
 * Matches the start of a UN numbered paragraph, `12. Text` (the same in the Latin, Cyrillic and
 * Chinese versions). A number followed by more digits (`1.5`) is not a paragraph start.
 */
export function matchArabicNumberedParagraph(text: string): ParagraphStartMatch | undefined {
  const match = NUMBERED_PARAGRAPH.exec(text);
  if (match === null) return undefined;
  return { number: Number(match[1]), rest: match[2] ?? '' };
}

/**
 * Matches the start of a lettered item, `(a) Text`. White space must follow the label, so a wrapped
 * line that begins with a citation such as `(e)项` is not taken for an item.
 */
export function matchLetteredItem(text: string): ItemStartMatch | undefined {
  const match = LETTERED_ITEM.exec(text);
  if (match === null) return undefined;
  return { label: match[1] ?? '', rest: match[2] ?? '' };
}

const ROMAN_VALUES: ReadonlyMap<string, number> = new Map([
  ['I', 1],
  ['V', 5],
  ['X', 10],
  ['L', 50],
]);

/**
 * Reads a Roman numeral in its usual form (I … XXXIX … XLIX); `undefined` for anything else, so a
 * malformed numeral (`IIII`, `VX`) is not taken for a chapter number.
 */
export function parseRomanNumeral(numeral: string): number | undefined {
  if (!/^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(numeral) || numeral === '') return undefined;
  let total = 0;
  for (let index = 0; index < numeral.length; index++) {
    const value = ROMAN_VALUES.get(numeral.charAt(index)) ?? 0;
    const next = ROMAN_VALUES.get(numeral.charAt(index + 1)) ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * The catalog's label of an item letter (`a`, `b` …) from its position in one of a language's
 * lists of item letters (`а`, `б` … in Russian; `أ`, `ب` … in Arabic), so that items align across
 * languages; `undefined` for a letter in no list.
 */
export function catalogItemLabel(letter: string, lists: readonly (readonly string[])[]): string | undefined {
  for (const list of lists) {
    const index = list.indexOf(letter);
    if (index !== -1) return String.fromCharCode('a'.charCodeAt(0) + index);
  }
  return undefined;
}

/** Heading words as compared with a grammar's table: lower case, one space, straight apostrophes. */
export function normalizeHeadingWords(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[’‘`]/g, "'")
    .replace(/[\u064B-\u065F\u0640]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The stable id of a thematic summary, the same in every language: `thematic-summary-<year of its
 * first meeting date>` (`thematic-summary-2021`).
 */
export function summaryDocumentId(header: SummaryHeader): string {
  return `thematic-summary-${header.dates[0]?.slice(0, 4) ?? 'undated'}`;
}

/** Arabic-Indic (`٠`–`٩`) and Eastern Arabic-Indic (`۰`–`۹`) digits folded to ASCII digits. */
export function foldArabicDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
}
