import type { Anomaly, Language, SummaryHeader } from '../domain/index.js';

/** A non-blank line of the source, trimmed, with its 1-based line number in the file. */
export interface SourceLine {
  readonly text: string;
  readonly line: number;
}

/** A chapter heading as a grammar reads it: `一. 导言` → `{ numeral: '一', number: 1, title: '导言' }`. */
export interface ChapterHeadingMatch {
  readonly numeral: string;
  readonly number: number;
  readonly title: string;
}

/** The start of a numbered paragraph: `12. 文件…` → `{ number: 12, rest: '文件…' }`. */
export interface ParagraphStartMatch {
  readonly number: number;
  readonly rest: string;
}

/** The start of a lettered item: `(a) 欧洲…` → `{ label: 'a', rest: '欧洲…' }`. */
export interface ItemStartMatch {
  readonly label: string;
  readonly rest: string;
}

/** What a grammar reads from the first paragraph of a background paper. */
export interface PaperIntroMatch {
  readonly year: number;
  /** False when the year is written without its marker (`2012，` instead of `2012 年`). */
  readonly yearMarked: boolean;
  readonly meeting: number;
  /** What the paper was written to discuss, as printed; empty when the grammar found none. */
  readonly subject: string;
  /** The symbol as printed in the paragraph (may be malformed: the caller validates it). */
  readonly symbolText: string;
}

/** The key topics of a theme as a grammar splits them, with the separators it met. */
export interface KeyTopicsSplit {
  readonly topics: readonly string[];
  /** Each distinct separator found, with how often it was used. */
  readonly separators: ReadonlyMap<string, number>;
}

/** The result of reading the header lines of a summary. */
export interface HeaderParse {
  readonly header: SummaryHeader | undefined;
  readonly anomalies: readonly Anomaly[];
}

/**
 * The language-specific part of reading a thematic summary. The structure parser is the same for
 * every language; a grammar tells it how headings, paragraphs, items, key-topic lists, the header and
 * a paper's first paragraph are written in one language, and how wrapped lines are rejoined. Adding
 * a language is adding a grammar: the parser itself does not change.
 */
export interface SummaryGrammar {
  readonly language: Language;
  /** Tells whether a character belongs to the script the language is written in. */
  readonly isOwnScript: (char: string) => boolean;
  /** Human name of the language, for messages. */
  readonly languageName: string;
  /**
   * How a paper's year is written with its marker, for messages (`In 2018`); default `年`, the
   * Chinese marker.
   */
  readonly yearMarker?: string;
  matchChapterHeading(text: string): ChapterHeadingMatch | undefined;
  /**
   * For a line that looks like a heading (a chapter numeral, a sub-heading letter) but is none the
   * grammar knows, what is wrong with it, so that the parser reports it with its line instead of
   * reading it as text; `undefined` for any other line. A grammar without it reports none.
   */
  describeUnclassifiedHeading?(text: string): string | undefined;
  matchParagraphStart(text: string): ParagraphStartMatch | undefined;
  matchItemStart(text: string): ItemStartMatch | undefined;
  /** True for the line that introduces a theme's key topics (`关键议题`, `Key topics`). */
  isKeyTopicsLabel(text: string): boolean;
  /** Rejoins two pieces of one paragraph that the PDF wrapped onto two lines. */
  joinWrapped(left: string, right: string): string;
  splitKeyTopics(text: string): KeyTopicsSplit;
  /** Reads the header: the non-blank lines before the first chapter heading. */
  parseHeader(lines: readonly SourceLine[]): HeaderParse;
  /** Reads a paragraph that introduces a background paper, or `undefined` if it does not. */
  matchPaperIntro(text: string): PaperIntroMatch | undefined;
  /** True when a paragraph's or item's text ends as a complete sentence or list entry does. */
  endsComplete(text: string): boolean;
  /** The stable id of the document the header describes (the same in every language). */
  documentId(header: SummaryHeader): string;
}
