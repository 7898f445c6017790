export { characterCount, isWordToken, normalizeText } from './analyzer.js';
export type { Analyzer } from './analyzer.js';
export { containsHan, createChineseAnalyzer, dictionaryPieces } from './chinese-analyzer.js';
export type { ChineseAnalyzerOptions } from './chinese-analyzer.js';
export { catalogTerms, createAnalyzer } from './create-analyzer.js';
export type { AnalyzerOptions } from './create-analyzer.js';
export { createSegmenterAnalyzer } from './segmenter-analyzer.js';
export { foldArabic, foldCyrillic, foldLatin, foldLetters } from './letter-folding.js';
export { STOPWORDS } from './stopwords.js';
