import { stemmer as arabicStemmer } from '@orama/stemmers/arabic';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as russianStemmer } from '@orama/stemmers/russian';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';
import type { Language } from '../domain/index.js';
import type { Analyzer } from './analyzer.js';
import { normalizeText } from './analyzer.js';
import { foldLetters } from './letter-folding.js';
import { STOPWORDS } from './stopwords.js';

const STEMMERS: Readonly<Record<Exclude<Language, 'zh'>, (word: string) => string>> = {
  en: englishStemmer,
  fr: frenchStemmer,
  es: spanishStemmer,
  ru: russianStemmer,
  ar: arabicStemmer,
};

/** Most distinct words whose stems an analyzer keeps. */
const STEM_MEMO_ENTRIES = 100_000;

/** The typographic apostrophe, read as the plain one (migrant’s = migrant's, d’un = d'un). */
const TYPOGRAPHIC_APOSTROPHE = /[\u2019\u02BC]/gu;
/** A French elided article, pronoun or conjunction at the start of a word: l'État, d'un, qu'il. */
const FRENCH_ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=\p{L})/u;
/**
 * The Arabic conjunction و ("and") joined to the article ال at the start of a word (والشهود, "and the
 * witnesses"): the stemmer strips the article but not both, so the conjunction is dropped first, and
 * the word meets الشهود and شهود. A و alone is left to the stemmer: it often begins the word itself
 * (وثائق, وكالات).
 */
const ARABIC_AND_THE = /^وال(?=\p{L}{2})/u;
/**
 * A French stem still ending in -ent, with at least four letters before it: the stemmer leaves the
 * present plural of verbs (secourent, transportent, exploitent) and the nouns and adjectives in -ent
 * or -ence (accident, différence → different) whole, so the verb never met its noun or infinitive
 * (secours, transport, exploitation). The -ent is taken off every such stem, the same way in texts
 * and queries; shorter stems (agent, client, urgent, présent) are left as they are.
 */
const FRENCH_ENT_ENDING = /(?<=\p{L}{4})ent$/u;

/** The Arabic conjunction و ("and") alone at the start of a word of at least three more letters. */
const ARABIC_AND = /^و(?!ال)(?=\p{L}{3})/u;

/**
 * Other readings of a word whose first letter may be a conjunction or a letter of the word itself,
 * for a caller that knows a vocabulary (the thesaurus's labels) to try when the word's own tokens are
 * not in it; none in other languages. In Arabic a leading و is "and" (وضحية "and victim", واتفاقية
 * "and convention", which the stemmer keeps whole) or the first root letter (وثائق documents, وسائل
 * means, وكالات agencies, which the stemmer cuts, so that they never meet الوثائق, الوسائل,
 * الوكالات): the readings are the word without the و, then the word with the article, whose stem
 * keeps the و. `word` is one word as typed; the readings are analyzed as words of the language.
 */
export function alternativeReadings(word: string, language: Language): readonly string[] {
  if (language !== 'ar') return [];
  const folded = foldLetters(normalizeText(word), language);
  return ARABIC_AND.test(folded) ? [folded.slice(1), `ال${folded}`] : [];
}

/**
 * The analyzer for the UN languages written with spaces between words (en, fr, es, ru, ar):
 * Intl.Segmenter finds the words, after NFKC, lower case and the folding readers of the language
 * expect (accents in French, Spanish and English, ё in Russian, tashkeel, tatweel and alef forms in
 * Arabic: see `foldLetters`); a French elision (l', d', qu') is dropped, stopwords are dropped and the
 * rest are stemmed. A word is never cut inside. Call it on one paragraph at a time, never on a whole
 * document (the segmenter is slow on very long strings).
 */
export function createSegmenterAnalyzer(language: Exclude<Language, 'zh'>): Analyzer {
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  const stem = STEMMERS[language];
  const normalize = (text: string): string =>
    foldLetters(normalizeText(text), language).replace(TYPOGRAPHIC_APOSTROPHE, "'");
  const stopwords = new Set([...STOPWORDS[language]].map(normalize));
  // The same words come back paragraph after paragraph: each is stemmed once (a few thousand
  // distinct words make most of a text; at most STEM_MEMO_ENTRIES are kept).
  const stems = new Map<string, string>();
  const stemOf = (word: string): string => {
    let stemmed = stems.get(word);
    if (stemmed === undefined) {
      stemmed = stem(word);
      if (language === 'fr') stemmed = stemmed.replace(FRENCH_ENT_ENDING, '');
      if (stems.size < STEM_MEMO_ENTRIES) stems.set(word, stemmed);
    }
    return stemmed;
  };
  const tokens = (text: string): string[] => {
    const out: string[] = [];
    for (const segment of segmenter.segment(normalize(text))) {
      if (segment.isWordLike !== true) continue;
      const word =
        language === 'fr'
          ? segment.segment.replace(FRENCH_ELISION, '')
          : language === 'ar'
            ? segment.segment.replace(ARABIC_AND_THE, 'ال')
            : segment.segment;
      if (stopwords.has(word)) continue;
      out.push(stemOf(word));
    }
    return out;
  };
  return { language, normalize, indexTokens: tokens, queryTokens: tokens };
}
