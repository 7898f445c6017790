import type { Language } from '../domain/index.js';

/**
 * The version of the analysis: raise it with every change that makes any analyzer return other
 * tokens for the same text (segmentation, dictionaries, stopwords, folding, stemming). A stored
 * search index is keyed by it beside the catalog versions, so that an index built by older analysis
 * is rebuilt, never loaded.
 */
export const ANALYZER_VERSION = 6;

/**
 * Turns text of one known language into search tokens. The same analyzer must be used for a text
 * and for the queries run against it; the language is always known, never guessed.
 */
export interface Analyzer {
  readonly language: Language;
  /**
   * Folds a text for matching: NFKC (full-width forms to their usual forms), lower case, and the
   * letters of the language as its readers expect (`foldLetters`: accents, ё, Arabic marks and alefs).
   */
  normalize(text: string): string;
  /** Tokens to index a text under, in order: fine-grained (search-mode) words, stopwords removed. */
  indexTokens(text: string): string[];
  /** Tokens of a query word or phrase, in order: precise-mode words, stopwords removed. */
  queryTokens(text: string): string[];
}

/** NFKC and lower case; lone surrogates become U+FFFD so that no later step can fail on them. */
export function normalizeText(text: string): string {
  return text.toWellFormed().normalize('NFKC').toLowerCase();
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** True for a token worth indexing: it holds at least one letter or digit. */
export function isWordToken(token: string): boolean {
  return WORD_CHARACTER.test(token);
}

/** The number of Unicode code points (characters as a reader counts them in Chinese) in `text`. */
export function characterCount(text: string): number {
  let count = 0;
  for (const char of text) if (char !== '') count++;
  return count;
}
