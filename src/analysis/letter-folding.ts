import type { Language } from '../domain/index.js';

/** A letter of the Latin script that may carry a diacritic (Latin-1 Supplement to Latin Extended Additional). */
const ACCENTED_LATIN = /[\u00C0-\u024F\u1E00-\u1EFF]/u;
/** A Latin letter followed by its combining marks, once decomposed (NFD). */
const LATIN_WITH_MARKS = /(\p{Script=Latin})(\p{M}+)/gu;
const COMBINING_TILDE = '\u0303';

/** Arabic short vowels and other diacritics (tashkeel: fathatan … sukun, hamza marks, superscript alef) and the tatweel. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;
/** Alef with madda, hamza above, hamza below and wasla: all read as a bare alef when matching. */
const ARABIC_ALEFS = /[\u0622\u0623\u0625\u0671]/gu;
const ARABIC = /[\u0600-\u06FF]/u;

/**
 * Removes the diacritics of Latin letters (é → e, ç → c, ü → u): what French and English readers
 * ignore when they search. With `keepTilde`, ñ stays ñ (a letter of its own in Spanish, not an accent).
 */
export function foldLatin(text: string, keepTilde = false): string {
  if (!ACCENTED_LATIN.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(LATIN_WITH_MARKS, (_, letter: string, marks: string) =>
      keepTilde && (letter === 'n' || letter === 'N') && marks.includes(COMBINING_TILDE)
        ? `${letter}${COMBINING_TILDE}`
        : letter,
    )
    .normalize('NFC');
}

/** Reads ё as е, as Russian is usually printed and typed (ещё = еще). Expects lower case. */
export function foldCyrillic(text: string): string {
  return text.includes('ё') ? text.replaceAll('ё', 'е') : text;
}

/**
 * Removes Arabic tashkeel (short vowels, shadda, sukun, tanwin) and the tatweel (ـ, a stretching
 * stroke), and reads every form of alef with hamza or madda (أ إ آ ٱ) as a bare alef: texts and
 * queries write them inconsistently.
 */
export function foldArabic(text: string): string {
  if (!ARABIC.test(text)) return text;
  return text.replace(ARABIC_MARKS, '').replace(ARABIC_ALEFS, '\u0627');
}

/**
 * Folds lower-cased text as readers of `language` expect when they search: French and English
 * without accents; Spanish without accents but with ñ; Russian ё as е; Arabic without tashkeel and
 * tatweel, alef forms as alef. Chinese text may hold words of any script: each gets its script's
 * folding (accents off Latin letters, ё as е, the Arabic rules).
 */
export function foldLetters(text: string, language: Language): string {
  switch (language) {
    case 'en':
    case 'fr':
      return foldLatin(text);
    case 'es':
      return foldLatin(text, true);
    case 'ru':
      return foldCyrillic(text);
    case 'ar':
      return foldArabic(text);
    case 'zh':
      return foldArabic(foldCyrillic(foldLatin(text)));
  }
}
