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
