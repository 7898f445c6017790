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

/** The address of a document on the UN's official document system. */
export function officialUrl(symbol: string): string {
  return `https://undocs.org/${symbol}`;
}

/**
 * The URL-safe form of a paper symbol, the one slug of a paper everywhere (the portal's
 * `/papers/<slug>`, the API's `slug` and `/papers/{symbol}`, the export and briefing selections):
 * `/` becomes `-` (`CTOC/COP/WG.7/2015/4` → `CTOC-COP-WG.7-2015-4`).
 */
export function paperSlug(symbol: string): string {
  return symbol.replaceAll('/', '-');
}

/** The languages {@link citeSummaryParagraph} writes a citation in. */
export type CitationLanguage = 'en' | 'zh';

/**
 * The citation of a paragraph of the thematic summary, as readers quote it, the one citation of a
 * paragraph everywhere (API, portal, briefing packs): the paper it summarises and the paragraph
 * number (`CTOC/COP/WG.7/2015/4, summary para. 12`), or, outside any paper, the summary itself
 * (`Thematic summary (2021), para. 2`). `paragraph` may carry an item: `5(a)`. In Chinese (`zh`):
 * `CTOC/COP/WG.7/2015/4，专题概要第 12 段`, `专题概要（2021 年），第 2 段`. Default English.
 */
export function citeSummaryParagraph(
  paper: string | null,
  paragraph: number | string,
  language: CitationLanguage = 'en',
): string {
  if (language === 'zh') {
    return paper === null
      ? `专题概要（2021 年），第 ${paragraph} 段`
      : `${paper}，专题概要第 ${paragraph} 段`;
  }
  return paper === null
    ? `Thematic summary (2021), para. ${paragraph}`
    : `${paper}, summary para. ${paragraph}`;
}
