import type { Catalog } from './catalog.js';
import { formatRanges } from './number-ranges.js';

/**
 * What a new version of a document (in one language) would remove from the version before it: the
 * paragraphs, papers and themes the previous catalog has and the next one lacks. A publish that
 * removes anything is refused unless removals were allowed, and then the version records them.
 */
export interface CatalogRemovals {
  /** Paragraph numbers, ascending. */
  readonly paragraphs: readonly number[];
  /** Paper symbols, in the order of the previous version. */
  readonly papers: readonly string[];
  /** Theme ids, in the order of the previous version. */
  readonly themes: readonly string[];
}

/** How many papers or themes {@link describeRemovals} names before it only counts them. */
const NAMED_AT_MOST = 3;

/**
 * What `next` removes from `previous` (two catalogs of one document and language): paragraphs by
 * number, papers by symbol, themes by id. Text that changed is not a removal; see
 * {@link hasRemovals} for whether anything is removed.
 */
export function findRemovals(previous: Catalog, next: Catalog): CatalogRemovals {
  const paragraphs = new Set(next.paragraphs.map((paragraph) => paragraph.number));
  const papers = new Set(next.papers.map((paper) => paper.symbol));
  const themes = new Set(next.themes.map((theme) => theme.id));
  return {
    paragraphs: previous.paragraphs
      .map((paragraph) => paragraph.number)
      .filter((number) => !paragraphs.has(number))
      .sort((a, b) => a - b),
    papers: previous.papers.map((paper) => paper.symbol).filter((symbol) => !papers.has(symbol)),
    themes: previous.themes.map((theme) => theme.id).filter((id) => !themes.has(id)),
  };
}

/** True when `removals` removes at least one paragraph, paper or theme. */
export function hasRemovals(removals: CatalogRemovals): boolean {
  return removals.paragraphs.length + removals.papers.length + removals.themes.length > 0;
}

/**
 * The removals in one compact line for a message, e.g. `paragraphs 38–79, papers
 * CTOC/COP/WG.7/2013/4, CTOC/COP/WG.7/2012/5, … (8), themes theme-4, theme-5, … (6)`: paragraphs as
 * ranges, at most three papers or themes by name and then their number; empty when nothing is
 * removed.
 */
export function describeRemovals(removals: CatalogRemovals): string {
  const parts: string[] = [];
  if (removals.paragraphs.length > 0) {
    const noun = removals.paragraphs.length === 1 ? 'paragraph' : 'paragraphs';
    parts.push(
      `${noun} ${formatRanges(removals.paragraphs, { separator: ', ', dash: '–', shortestRange: 3 })}`,
    );
  }
  if (removals.papers.length > 0) parts.push(nameSome(removals.papers, 'paper', 'papers'));
  if (removals.themes.length > 0) parts.push(nameSome(removals.themes, 'theme', 'themes'));
  return parts.join(', ');
}

function nameSome(names: readonly string[], one: string, many: string): string {
  if (names.length === 1) return `${one} ${names.join('')}`;
  if (names.length <= NAMED_AT_MOST) return `${many} ${names.join(', ')}`;
  return `${many} ${names.slice(0, NAMED_AT_MOST - 1).join(', ')}, … (${names.length})`;
}
