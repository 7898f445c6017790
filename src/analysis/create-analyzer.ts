import type { Catalog, Language } from '../domain/index.js';
import type { Analyzer } from './analyzer.js';
import { createChineseAnalyzer } from './chinese-analyzer.js';
import { createSegmenterAnalyzer } from './segmenter-analyzer.js';

/** Options of {@link createAnalyzer}. */
export interface AnalyzerOptions {
  /** Domain terms to keep whole (used by the Chinese segmenter; see {@link catalogTerms}). */
  readonly userWords?: readonly string[];
}

/** The analyzer for texts in `language`. */
export function createAnalyzer(language: Language, options: AnalyzerOptions = {}): Analyzer {
  return language === 'zh' ? createChineseAnalyzer(options) : createSegmenterAnalyzer(language);
}

const INSTRUMENT_TITLE = /《([^《》]{2,40})》/g;

/**
 * The catalog's own terms, for the segmenter's user dictionary: every key topic, every theme name,
 * and every instrument title cited between 《》 in the text. Sorted and without repeats.
 */
export function catalogTerms(catalog: Catalog): string[] {
  const terms = new Set<string>();
  for (const theme of catalog.themes) {
    terms.add(theme.name);
    for (const topic of theme.keyTopics) terms.add(topic);
  }
  for (const paragraph of catalog.paragraphs) {
    for (const text of [paragraph.text, ...paragraph.items.map((item) => item.text)]) {
      for (const [, title] of text.matchAll(INSTRUMENT_TITLE)) if (title !== undefined) terms.add(title);
    }
  }
  return [...terms].sort();
}
