import { stemmer as arabicStemmer } from '@orama/stemmers/arabic';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as russianStemmer } from '@orama/stemmers/russian';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';
import type { Language } from '../domain/index.js';
import type { Analyzer } from './analyzer.js';
import { normalizeText } from './analyzer.js';
import { STOPWORDS } from './stopwords.js';

const STEMMERS: Readonly<Record<Exclude<Language, 'zh'>, (word: string) => string>> = {
  en: englishStemmer,
  fr: frenchStemmer,
  es: spanishStemmer,
  ru: russianStemmer,
  ar: arabicStemmer,
};

/**
 * The analyzer for the UN languages written with spaces between words (en, fr, es, ru, ar):
 * Intl.Segmenter finds the words, stopwords are dropped and the rest are stemmed. Call it on one
 * paragraph at a time, never on a whole document (the segmenter is slow on very long strings).
 */
export function createSegmenterAnalyzer(language: Exclude<Language, 'zh'>): Analyzer {
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  const stem = STEMMERS[language];
  const stopwords = STOPWORDS[language];
  const tokens = (text: string): string[] => {
    const out: string[] = [];
    for (const segment of segmenter.segment(normalizeText(text))) {
      if (segment.isWordLike !== true || stopwords.has(segment.segment)) continue;
      out.push(stem(segment.segment));
    }
    return out;
  };
  return { language, normalize: normalizeText, indexTokens: tokens, queryTokens: tokens };
}
