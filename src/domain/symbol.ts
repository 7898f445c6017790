import type { Language } from './language.js';
import { UN_LANGUAGES } from './language.js';

/** The symbol prefix of the Working Group's documents. */
export const WORKING_GROUP_PREFIX = 'CTOC/COP/WG.7';

/** A parsed UN document symbol of the Working Group, such as `CTOC/COP/WG.7/2013/4`. */
export interface WorkingGroupSymbol {
  readonly symbol: string;
  readonly year: number;
  readonly serial: number;
}

const SYMBOL_PATTERN = /^CTOC\/COP\/WG\.7\/(\d{4})\/(\d{1,3})$/;

/**
 * Parses a Working Group symbol. White space inside the symbol (left there by a line break in a
 * PDF) is removed first; anything else that does not fit gives `undefined`.
 */
export function parseWorkingGroupSymbol(text: string): WorkingGroupSymbol | undefined {
  const compact = text.replace(/\s+/g, '');
  const match = SYMBOL_PATTERN.exec(compact);
  if (match === null) return undefined;
  return { symbol: compact, year: Number(match[1]), serial: Number(match[2]) };
}

/**
 * The address of a document on the UN's official document system; with `language`, the address of
 * its version in that language (`https://undocs.org/en/CTOC/COP/WG.7/2015/4`): the Working Group's
 * papers are issued in the six languages. Without it, undocs.org chooses (the plain address the
 * summary prints, and the catalog's `url`).
 */
export function officialUrl(symbol: string, language?: Language): string {
  return language === undefined ? `https://undocs.org/${symbol}` : `https://undocs.org/${language}/${symbol}`;
}

/**
 * The address of a paper for a reader of `language`: its version in that language when the catalog's
 * `url` is the plain undocs.org address of its symbol; any other http(s) address the catalog holds,
 * as it is; the language version too when the catalog's `url` is no web address.
 */
export function paperUrlFor(
  paper: { readonly symbol: string; readonly url: string },
  language: Language,
): string {
  const plain = officialUrl(paper.symbol);
  if (
    paper.url !== plain &&
    paper.url !== plain.replace('https:', 'http:') &&
    /^https?:\/\//i.test(paper.url)
  )
    return paper.url;
  return officialUrl(paper.symbol, language);
}

/** The address of a paper for a reader of each of the six languages ({@link paperUrlFor}), by language. */
export function paperUrls(paper: {
  readonly symbol: string;
  readonly url: string;
}): Readonly<Record<Language, string>> {
  return Object.fromEntries(
    UN_LANGUAGES.map((language) => [language, paperUrlFor(paper, language)]),
  ) as Record<Language, string>;
}

/**
 * The URL-safe form of a paper symbol, the one slug of a paper everywhere (the portal's
 * `/papers/<slug>`, the API's `slug` and `/papers/{symbol}`, the export and briefing selections):
 * `/` becomes `-` (`CTOC/COP/WG.7/2015/4` → `CTOC-COP-WG.7-2015-4`).
 */
export function paperSlug(symbol: string): string {
  return symbol.replaceAll('/', '-');
}

/**
 * The words of a citation of the thematic summary in one language, for {@link citeSummaryParagraph}
 * (the messages module holds them for the six UN languages). The summary is the source; the paper a
 * paragraph summarises is context, after the paragraph number, never before it, so that the
 * number cannot be read as a paragraph of the paper.
 */
export interface CitationWords {
  /** The summary as the source: `Thematic summary (2021)`. */
  readonly source: string;
  /** The paragraph, with what joins it to the source: `, para. 12`, `, para. 5(a)`. */
  paragraph(number: string): string;
  /** The paper the paragraph summarises, with what joins it: ` (on CTOC/COP/WG.7/2015/4)`. */
  paper(symbol: string): string;
}

/**
 * The citation of a paragraph of the thematic summary, the one citation of a paragraph everywhere
 * (API, portal, exports, briefing packs): the summary, the paragraph number (`paragraph` may carry
 * an item: `5(a)`), then, for a paragraph that summarises a paper, that paper as context:
 * `Thematic summary (2021), para. 12 (on CTOC/COP/WG.7/2015/4)`, or, outside any paper,
 * `Thematic summary (2021), para. 2`, in the words of one language.
 */
export function citeSummaryParagraph(
  paper: string | null,
  paragraph: number | string,
  words: CitationWords,
): string {
  const cited = `${words.source}${words.paragraph(String(paragraph))}`;
  return paper === null ? cited : `${cited}${words.paper(paper)}`;
}
