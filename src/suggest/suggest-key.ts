import { foldLetters, normalizeText } from '../analysis/index.js';

/** Control and format characters (C0, C1, zero-width marks, bidi controls): never part of a match. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
/** Marks that frame a title or a quotation (《…》, 「…」, quotes): typed or not, the same name. */
const FRAMES = /[《》〈〉「」『』"“”«»]/gu;
const WHITE_SPACE = /\s+/gu;
/** A letter or a digit: what a word is made of. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * The form in which a label and what a reader types are compared: well-formed (a lone surrogate
 * becomes U+FFFD), NFKC (full-width forms to their usual forms), lower case, the letters folded as
 * search folds them in every script (accents off Latin letters, ё as е, Arabic without tashkeel
 * and tatweel, every alef as alef: `foldLetters` for Chinese text, which may hold any script),
 * without control characters and title marks, white space as one space, trimmed. The same key
 * whatever the language typed in, so that a prefix typed in any of the six languages meets the
 * labels of all six.
 */
export function suggestKey(text: string): string {
  return foldLetters(normalizeText(text), 'zh')
    .replace(INVISIBLE, '')
    .replace(FRAMES, '')
    .replace(WHITE_SPACE, ' ')
    .trim();
}

/**
 * The offsets (UTF-16 code units) where a word of `key` starts after the first: a letter or digit
 * after anything else (a space, `/`, `.`, `-`, `(`), so that `laundering` meets "money laundering"
 * and `2012/2` meets "ctoc/cop/wg.7/2012/2". Han text has no such starts (it has no spaces).
 */
export function wordStarts(key: string): number[] {
  const starts: number[] = [];
  let previous = true;
  for (let at = 0; at < key.length; at++) {
    const code = key.charCodeAt(at);
    // The low half of a surrogate pair continues its character.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    const word = WORD_CHARACTER.test(String.fromCodePoint(key.codePointAt(at) ?? code));
    if (word && !previous && at > 0) starts.push(at);
    previous = word;
  }
  return starts;
}
