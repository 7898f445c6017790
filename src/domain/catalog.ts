import type { Language } from './language.js';

/** A lettered item of a paragraph: `(a) …` is `{ label: 'a', text: '…' }`. */
export interface Item {
  readonly label: string;
  readonly text: string;
}

/**
 * A numbered paragraph of a document. A UN document keeps its paragraph numbers in every language,
 * so `(document, number)` identifies a paragraph across language versions.
 */
export interface Paragraph {
  readonly number: number;
  /** The paragraph's own text, before its lettered items, as printed (lines rejoined). */
  readonly text: string;
  /** Its lettered items, in order; empty when it has none. */
  readonly items: readonly Item[];
  /** The number of the chapter it stands in (1 for 一, 2 for 二 …). */
  readonly chapter: number;
  /** The id of the theme it stands under, or `null` before the first theme. */
  readonly theme: string | null;
  /** The symbol of the background paper it summarises, or `null` outside any paper. */
  readonly paper: string | null;
}

/** A numbered chapter heading of a document, such as `一. 导言`. */
export interface Chapter {
  readonly number: number;
  /** The numeral as printed: `一`, `二`, or `I`, `II` in other languages. */
  readonly numeral: string;
  readonly title: string;
}

/** The front matter of a thematic summary. */
export interface SummaryHeader {
  /** The body the document was written for, as printed (偷运移民问题工作组). */
  readonly body: string;
  /** The meeting dates as ISO dates (YYYY-MM-DD), in order. */
  readonly dates: readonly string[];
  /** The meeting place, as printed (维也纳). */
  readonly place: string;
  /** The title, as printed. */
  readonly title: string;
  /** The line that says who prepared it, as printed (秘书处编写的专题概要). */
  readonly preparedByLine: string;
  /** Who prepared it. */
  readonly preparedBy: 'secretariat';
}

/** A source document: today the thematic summary; later the background papers themselves. */
export interface DocumentInfo {
  /** Stable id, the same in every language (`thematic-summary-2021`). */
  readonly id: string;
  readonly kind: 'thematic-summary';
  readonly header: SummaryHeader;
  readonly chapters: readonly Chapter[];
}

/** A theme of the summary: a heading, its key topics, and the papers whose main theme it is. */
export interface Theme {
  /** Stable id by position (`theme-1` … `theme-9`): themes stand in the same order in every language. */
  readonly id: string;
  readonly number: number;
  /** The heading as printed. */
  readonly name: string;
  /** The key topics as printed, in source order. */
  readonly keyTopics: readonly string[];
  /** Symbols of its papers, in source order. */
  readonly papers: readonly string[];
}

/** A background paper of the Working Group, as the summary describes it. */
export interface Paper {
  /** UN symbol, e.g. `CTOC/COP/WG.7/2018/2`. */
  readonly symbol: string;
  readonly year: number;
  /** Meeting number: 1 (2012) … 7 (2020). */
  readonly meeting: number;
  /** What the paper was written to discuss, as printed. */
  readonly subject: string;
  /** Id of its main theme. */
  readonly theme: string;
  /** Numbers of the paragraphs that summarise it, in order. */
  readonly paragraphs: readonly number[];
  /** `https://undocs.org/<symbol>`. */
  readonly url: string;
}

/**
 * The catalog of one language version of a document: exact, structured, validated. It holds no
 * source line numbers, so that the same text in another layout gives an identical catalog.
 */
export interface Catalog {
  readonly language: Language;
  readonly document: DocumentInfo;
  readonly paragraphs: readonly Paragraph[];
  readonly themes: readonly Theme[];
  readonly papers: readonly Paper[];
}

/** Counts of what a catalog holds, as reported by ingest. */
export interface CatalogCounts {
  readonly chapters: number;
  readonly themes: number;
  readonly keyTopics: number;
  readonly papers: number;
  readonly paragraphs: number;
  readonly items: number;
}

/** Counts what a catalog holds. */
export function countCatalog(catalog: Catalog): CatalogCounts {
  return {
    chapters: catalog.document.chapters.length,
    themes: catalog.themes.length,
    keyTopics: catalog.themes.reduce((sum, theme) => sum + theme.keyTopics.length, 0),
    papers: catalog.papers.length,
    paragraphs: catalog.paragraphs.length,
    items: catalog.paragraphs.reduce((sum, paragraph) => sum + paragraph.items.length, 0),
  };
}
