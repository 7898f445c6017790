import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { Language } from '../domain/index.js';
import { joinForeignWords } from './chinese-analyzer.js';

/**
 * Cuts a text into its words as printed: words, runs of spaces and punctuation marks, in order, with
 * nothing folded or dropped, so that the pieces joined give the text back exactly. For presenting a
 * text (a diff by word), not for search: it keeps stopwords, case and punctuation.
 */
export type WordSplitter = (text: string) => readonly string[];

/**
 * The {@link WordSplitter} of a language: jieba's precise mode with its standard dictionary for
 * Chinese (no HMM guesser, so that one string always gets the same cut; a word of another script
 * stays whole), `Intl.Segmenter` for the languages written with spaces. Creating the Chinese one
 * loads jieba's dictionary (about a quarter of a second): create one and keep it.
 */
export function createWordSplitter(language: Language): WordSplitter {
  if (language === 'zh') {
    const jieba = Jieba.withDict(dict);
    return (text) => (text === '' ? [] : joinForeignWords(jieba.cut(text, false)));
  }
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  return (text) => Array.from(segmenter.segment(text), (segment) => segment.segment);
}
