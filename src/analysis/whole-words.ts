import type { Language } from '../domain/index.js';

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** The Arabic one-letter clitics written on the front of a word: و ف ب ك ل. */
const ARABIC_CLITICS = 'وفبكل';
/** Most clitics one Arabic word carries in front (`وبـ`, `فلـ`). */
const MAX_ARABIC_CLITICS = 2;

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && WORD_CHARACTER.test(character);
}

/**
 * True when the text from `start` to `end` (UTF-16 offsets) stands as whole words in a text of
 * `language`: no letter or digit right after it, nor right before it; in Arabic, before its clitics
 * (at most two, which stay outside what was found: `والإنتربول`, `وبروتوكول`). The name finders of
 * `references` and `mechanisms` test whole words here rather than with `\b` or Unicode classes in
 * their patterns, which are slow to compile for long lists of names.
 */
export function standsAsWholeWords(text: string, start: number, end: number, language: Language): boolean {
  if (isWordCharacter(text[end])) return false;
  let before = start;
  if (language === 'ar') {
    for (
      let clitics = 0;
      clitics < MAX_ARABIC_CLITICS && before > 0 && ARABIC_CLITICS.includes(text[before - 1] ?? ' ');
      clitics += 1
    ) {
      before -= 1;
    }
  }
  return !isWordCharacter(text[before - 1]);
}
