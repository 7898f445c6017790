import type { Language } from '../domain/index.js';

/**
 * The languages a briefing pack's headings and labels are written in (its headings language): the
 * six UN languages. The content stays as printed, in the catalog's language.
 */
export type HeadingsLanguage = Language;

/** Every {@link HeadingsLanguage}, English (the default) first, then Chinese, then the others. */
export const HEADINGS_LANGUAGES: readonly HeadingsLanguage[] = ['en', 'zh', 'fr', 'es', 'ru', 'ar'];

/** The fixed words of a briefing pack in one headings language. */
export interface BriefingHeadings {
  /** The title when the request gives none. */
  readonly defaultTitle: string;
  /** The line above the title on the cover. */
  readonly kind: string;
  readonly date: string;
  readonly selection: string;
  readonly wholeCatalog: string;
  readonly themes: string;
  readonly topics: string;
  readonly papers: string;
  readonly query: string;
  readonly paragraphs: string;
  readonly source: string;
  readonly holds: string;
  readonly contents: string;
  readonly keyTopics: string;
  readonly officialDocument: string;
  readonly provisions: string;
  readonly instruments: string;
  readonly citedIn: string;
  /** What follows a label: `: ` in English, `：` in Chinese, ` : ` (no-break space) in French. */
  readonly colon: string;
  /** ` (2018, meeting 5)`, written right after a paper's symbol (so with its own leading space, if any). */
  paperFacts(year: number, meeting: number): string;
  /**
   * The citation of a summary paragraph (`12`, or an item, `5(a)`), as the portal cites it (see
   * `citeParagraph`): `Thematic summary (2021), para. 12 (on CTOC/COP/WG.7/2015/4)`, or
   * `Thematic summary (2021), para. 2` outside any paper.
   */
  citation(paper: string | null, paragraph: string): string;
  /** `3 themes, 5 papers, 23 paragraphs`. */
  counts(themes: number, papers: number, paragraphs: number): string;
  /** An ISO date written out: `14 October 2021`, `2021 年 10 月 14 日`. */
  writtenDate(year: number, month: number, day: number): string;
  /** The query line of the cover: `«金融调查», 23 paragraphs found`. */
  queryResult(query: string, found: number): string;
}
