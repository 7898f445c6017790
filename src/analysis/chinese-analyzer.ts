import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { Analyzer } from './analyzer.js';
import { characterCount, isWordToken, normalizeText } from './analyzer.js';
import { foldLetters } from './letter-folding.js';
import { STOPWORDS } from './stopwords.js';

/** Frequency given to user-dictionary words: high enough that a term such as 特别侦查手段 stays whole. */
const USER_WORD_FREQUENCY = 20_000;

/** Options of {@link createChineseAnalyzer}. */
export interface ChineseAnalyzerOptions {
  /** Terms of the domain that must be kept as one word (key topics, instruments, mechanisms …). */
  readonly userWords?: readonly string[];
}

const HAN = /\p{Script=Han}/u;
/** A token of letters, marks and digits only. */
const WORD_RUN = /^[\p{L}\p{M}\p{N}]+$/u;

/** True for a token of letters, marks and digits with no Han character: a word of another script. */
function isForeignWord(token: string): boolean {
  // Most tokens of a Chinese text start with a CJK ideograph: answered without a regular expression.
  const first = token.charCodeAt(0);
  if (first >= 0x3400 && first <= 0x9fff) return false;
  return WORD_RUN.test(token) && !HAN.test(token);
}

/**
 * Joins what jieba cut out of one word of another script: it reads only ASCII letters as words and
 * cuts any other letter off on its own (tráfico → tr, á, fico; мигранты → м, и, г …). Consecutive
 * tokens of jieba's output are consecutive in the text, so neighbours that are both foreign words
 * were one word.
 */
export function joinForeignWords(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const token of tokens) {
    if (isForeignWord(token)) {
      run += token;
      continue;
    }
    if (run !== '') out.push(run);
    run = '';
    out.push(token);
  }
  if (run !== '') out.push(run);
  return out;
}

/**
 * Splits a term into the pieces jieba can hold as dictionary words: runs of letters and digits
 * (jieba cuts at brackets and punctuation), each with at least two characters and one Han character;
 * a piece that joins words with 和, 与, 及 or 或 (边境管制和管理) also gives its parts.
 */
export function dictionaryPieces(term: string): string[] {
  const pieces = normalizeText(term).split(/[^\p{L}\p{N}]+/u);
  const parts = pieces.flatMap((piece) => {
    const conjoined = piece.split(/[和与及或]/);
    return conjoined.length > 1 && conjoined.every((part) => part.length >= 2)
      ? [piece, ...conjoined]
      : [piece];
  });
  return parts.filter((piece) => piece.length >= 2 && HAN.test(piece));
}

/**
 * The analyzer for Chinese: jieba with its standard dictionary plus the domain's own terms,
 * search-mode segmentation to index (a word and every shorter word inside it) and precise mode for
 * queries, without the HMM guesser so that the same string always gets the same cut. A word of
 * another script (tráfico, мигранты, مهرب) stays whole, folded as its script is (`foldLetters`).
 * Loading jieba's dictionary takes about a quarter of a second: create one analyzer per catalog.
 */
export function createChineseAnalyzer(options: ChineseAnalyzerOptions = {}): Analyzer {
  const jieba = Jieba.withDict(dict);
  const words = new Set((options.userWords ?? []).flatMap(dictionaryPieces));
  if (words.size > 0) {
    jieba.loadDict(Buffer.from([...words].map((word) => `${word} ${USER_WORD_FREQUENCY} n`).join('\n')));
  }
  const stopwords = STOPWORDS.zh;
  const keep = (token: string): boolean => isWordToken(token) && !stopwords.has(token);
  const normalize = (text: string): string => foldLetters(normalizeText(text), 'zh');
  return {
    language: 'zh',
    normalize,
    indexTokens: (text) =>
      joinForeignWords(jieba.cutForSearch(normalize(text), false)).flatMap((token) => {
        if (!keep(token)) return [];
        // Search mode yields only the 2- and 3-character words inside a long word: add the longer
        // ones too (能力建设 inside 培训和能力建设), so that a query for them finds it.
        if (characterCount(token) < 4 || !HAN.test(token)) return [token];
        return [
          token,
          ...jieba.cutAll(token).filter((part) => part !== token && characterCount(part) >= 4 && keep(part)),
        ];
      }),
    queryTokens: (text) => joinForeignWords(jieba.cut(normalize(text), false)).filter(keep),
  };
}

/** True if `text` contains a Han character. */
export function containsHan(text: string): boolean {
  return HAN.test(text);
}
