/**
 * Questions read as what they ask about: the interrogative frame of a query (什么是 …, … 有什么不同,
 * what is …, difference between … and …) taken out, in any of the six languages, and turned into an
 * intent. A comparison ("X 和 Y 的区别", "X vs Y") gives its sides, each searched as its own clause,
 * so that the paragraphs that treat both come first. Pure: which words are part of a term is asked of
 * the caller (the analyzer's words, the thesaurus labels), never guessed here.
 */

import type { Language } from '../domain/index.js';

/** What a question asks for: its frame's meaning. */
export type QuestionIntent = 'definition' | 'how' | 'why' | 'which' | 'yes-no' | 'comparison' | 'relation';

/** A query read as a question: the words to search for, and what the frame asked. */
export interface QuestionReading {
  /**
   * The query's words without the frame, in order; the words as typed when no frame was found, or
   * when taking it out would leave nothing.
   */
  readonly words: readonly string[];
  /** What the frame asks; undefined when the query is no question. */
  readonly intent: QuestionIntent | undefined;
  /**
   * For a comparison or a relation of two things: the words of each side (人贩子和蛇头有什么不同 →
   * [[人贩子], [蛇头]]); also for two things paired by a joining word with no frame (信息共享与隐私保护,
   * passeur ou trafiquant: intent undefined), whose sides are each read for the concepts they name,
   * as a comparison's are; undefined otherwise.
   */
  readonly sides: readonly (readonly string[])[] | undefined;
}

/**
 * True when the characters `start` to `end` of `text` are part of a longer term of the query (a word
 * of the analyzer's dictionary, a concept's label): a frame word there is not taken out.
 */
export type PartOfTerm = (text: string, start: number, end: number) => boolean;

interface Frame {
  readonly text: string;
  readonly intent: QuestionIntent;
}

const frames = (intent: QuestionIntent, texts: readonly string[]): Frame[] =>
  texts.map((text) => ({ text, intent }));

/** Chinese frames at the end of a query, longest first. */
const ZH_SUFFIXES: readonly Frame[] = [
  ...frames('comparison', [
    '之间有什么不同',
    '之间有什么区别',
    '之间有何区别',
    '之间有何不同',
    '有什么不同',
    '有什么区别',
    '有什么差别',
    '有什么差异',
    '有何不同',
    '有何区别',
    '有何差别',
    '有何差异',
    '之间的区别',
    '之间的不同',
    '之间的差别',
    '之间的差异',
    '之间的界限',
    '的区别',
    '的不同',
    '的差别',
    '的差异',
    '的界限',
    '的区分',
    '区别',
    '差别',
    '差异',
    '界限',
  ]),
  ...frames('relation', ['之间有什么关系', '有什么关系', '有何关系', '之间的关系', '的关系', '关系']),
  ...frames('definition', ['是什么意思', '是指什么', '是什么', '指什么', '什么意思']),
  ...frames('which', ['有哪些', '是哪些', '包括哪些']),
  ...frames('how', ['怎么办', '怎么样', '如何', '怎样', '怎么']),
  ...frames('yes-no', ['吗', '呢']),
].sort((a, b) => b.text.length - a.text.length);

/** Chinese frames at the start of a query, longest first. */
const ZH_PREFIXES: readonly Frame[] = [
  ...frames('definition', ['什么是', '什么叫', '何为', '何谓']),
  ...frames('why', ['为什么', '为何']),
  ...frames('how', ['如何', '怎样', '怎么']),
  ...frames('which', ['有哪些', '哪些']),
  ...frames('comparison', ['区分', '比较']),
  ...frames('yes-no', ['请问', '是否', '能否', '可否']),
].sort((a, b) => b.text.length - a.text.length);

/** Chinese interrogative words, taken out wherever they stand as words of a query, longest first. */
const ZH_INSIDE: readonly string[] = [
  '有没有',
  '有什么',
  '有哪些',
  '为什么',
  '怎么样',
  '为何',
  '如何',
  '怎样',
  '怎么',
  '哪些',
  '什么',
  '是否',
  '能否',
  '可否',
  '谁有',
  '谁',
];

/** Modal verbs taken out of a query already read as a question (…能用吗, …会被调查吗). */
const ZH_MODALS: readonly string[] = ['可以', '能', '会'];

/** Words that join the two sides of a Chinese comparison, longest first. */
const ZH_JOINERS: readonly string[] = ['以及', '还是', '和', '与', '跟', '同', '及', '或'];

/**
 * Words that pair two things in a Chinese query with no question frame (信息共享与隐私保护), longest
 * first: the comparison's joiners but 同, which begins and ends too many words (同时, 共同).
 */
const ZH_PAIR_JOINERS: readonly string[] = ['以及', '还是', '或者', '和', '与', '跟', '及', '或'];

/**
 * Two things paired in a query with no question frame, in a language written with spaces (X and Y,
 * X ou Y, X y Y, X или Y, X أو Y): sides in groups 1 and 3, the joiner (the first one) in group 2.
 */
const SPACED_PAIR = /^(.+?) (and|or|vs\.?|versus|et|ou|y|e|o|u|и|или|либо|أو|و) (.+)$/u;

/** The fewest characters each side of a pairing without a frame has, the spaces not counted. */
const MIN_PAIR_SIDE = 2;

/** A comparison of two sides in a language written with spaces: its pattern, sides in groups 1 and 2. */
const SPACED_COMPARISONS: readonly RegExp[] = [
  // English
  /^(?:what(?:'s|’s| is| are) )?(?:the )?(?:main )?differences? between (.+?) and (.+)$/u,
  /^(?:how (?:does|do|is|are) )?(.+?) (?:differs?|different) from (.+)$/u,
  /^compar(?:e|ing|ison of|ison between) (.+?) (?:and|with|to) (.+)$/u,
  /^(.+?) (?:vs\.?|versus) (.+)$/u,
  // French
  /^(?:quelle est |quelles sont )?(?:la |les )?différences? entre (.+?) et (.+)$/u,
  // Spanish
  /^(?:¿ ?)?(?:cuál es |cuáles son |qué )?(?:la |las )?diferencias? (?:hay )?entre (.+?) y (.+)$/u,
  // Russian
  /^(?:в ч[её]м )?(?:разница|различие|различия|отличие|отличия) между (.+?) и (.+)$/u,
  /^чем (.+?) отличается от (.+)$/u,
  /^чем отличается (.+?) от (.+)$/u,
  // Arabic: و is written joined to the word after it
  /^(?:ما )?(?:هو )?(?:الفرق|الاختلاف|الفارق) بين (.+?) و ?(.+)$/u,
];

/** Frames at the start of a query in a language written with spaces, longest first. */
const SPACED_PREFIXES: readonly Frame[] = [
  ...frames('definition', [
    'what is meant by',
    'what is',
    'what are',
    "what's",
    'what’s',
    'define',
    "qu'est-ce que c'est que",
    "qu'est-ce que",
    "qu'est-ce qu'",
    'qu’est-ce que',
    'qu’est-ce qu’',
    'que signifie',
    'qué es',
    'que es',
    'qué son',
    'que son',
    'qué significa',
    'что такое',
    'что значит',
    'что означает',
    'ما هو',
    'ما هي',
    'ما هى',
    'ما معنى',
  ]),
  ...frames('how', [
    'how to',
    'how do',
    'how does',
    'how can',
    'how should',
    'how are',
    'how is',
    'how',
    'comment',
    'cómo',
    'como',
    'как',
    'каким образом',
    'كيف',
    'كيفية',
  ]),
  ...frames('why', [
    'why do',
    'why does',
    'why is',
    'why are',
    'why',
    'pourquoi',
    'por qué',
    'por que',
    'почему',
    'зачем',
    'لماذا',
  ]),
  ...frames('which', [
    'which',
    'what kinds of',
    'quels sont',
    'quelles sont',
    'quel est',
    'quelle est',
    'cuáles son',
    'cuál es',
    'какие',
    'каковы',
    'ما هي',
  ]),
  ...frames('yes-no', [
    'is there',
    'are there',
    'is it possible to',
    'can we',
    'can one',
    'should we',
    'est-ce que',
    'est-il possible de',
    'peut-on',
    'doit-on',
    'faut-il',
    'se puede',
    'se pueden',
    'se debe',
    'es posible',
    'можно ли',
    'нужно ли',
    'следует ли',
    'هل يمكن',
    'هل يجب',
    'هل',
  ]),
].sort((a, b) => b.text.length - a.text.length);

/**
 * What a paragraph that answers a question of each intent says, per language, as the beginnings of
 * words (matched in a paragraph's compact text): a comparison is answered by a paragraph that
 * distinguishes the two sides (对偷运移民和贩运人口加以区分, distinguish smuggling from trafficking). Kept
 * to words that say the intent and little else: 不同 ("different", as in 不同法域) is no cue.
 */
const INTENT_CUES: Readonly<Partial<Record<QuestionIntent, Readonly<Record<Language, readonly string[]>>>>> =
  {
    comparison: {
      zh: ['区分', '区别', '差异', '差别', '界限', '异同', '混淆'],
      en: ['distinguish', 'distinction', 'difference', 'differentiat', 'confus'],
      fr: ['distingu', 'distinction', 'différenc', 'confusion', 'confondre'],
      es: ['distingu', 'distinción', 'diferencia', 'confusión', 'confundir'],
      ru: ['разграничен', 'различи', 'отличи', 'разниц', 'смешени'],
      ar: ['التمييز', 'الفرق', 'الاختلاف', 'التفريق', 'الخلط'],
    },
  };

/** The cues of `intent` in `language` (see {@link INTENT_CUES}); none for most intents. */
export function intentCues(intent: QuestionIntent | undefined, language: Language): readonly string[] {
  return intent === undefined ? [] : (INTENT_CUES[intent]?.[language] ?? []);
}

/** The end of a question: its mark and the spaces around it. */
const QUESTION_END = /[\s?？؟!！。.]+$/u;
const QUESTION_START = /^[\s¿¡]+/u;

const HAN = /\p{Script=Han}/u;

/** The words of a text cut at white space. */
const wordsOf = (text: string): string[] => text.split(/\s+/u).filter((word) => word !== '');

/**
 * Reads a query as a question: takes out its frame and says what it asks. A Chinese query loses a
 * frame at its end (…是什么, …有什么不同, …吗) and at its start (什么是…, 如何…), and interrogative
 * words inside it (…如何…); a query in a language written with spaces loses a frame at its start
 * (what is, how to, qu'est-ce que, cómo, что такое, ما هو …). A frame word is kept when it is the whole
 * query or, by `partOfTerm`, part of a longer term. A comparison (X 和 Y 的区别, difference between X
 * and Y, X vs Y, разница между X и Y, الفرق بين X وY) and a relation (X 与 Y 的关系) give their sides;
 * so do two things joined with no frame (X 与 Y, X or Y, X ou Y: intent undefined), when the joining
 * word is no part of a term and each side has two characters or more.
 */
export function readQuestion(words: readonly string[], partOfTerm: PartOfTerm): QuestionReading {
  const text = words.join(' ').replace(QUESTION_START, '');
  const asked = text.replace(QUESTION_END, '');
  const marked = asked.length < text.length && /[?？؟]/u.test(text.slice(asked.length));
  const reading = HAN.test(asked) ? readChinese(asked, partOfTerm) : readSpaced(asked, partOfTerm);
  if (reading !== undefined && reading.words.length > 0) return reading;
  if (!marked || asked.trim() === '') return { words: [...words], intent: undefined, sides: undefined };
  return { words: wordsOf(asked), intent: 'yes-no', sides: undefined };
}

/** Takes `frame` off the end of `text` when it ends it, leaves something and is no part of a term. */
function stripSuffix(text: string, frame: string, partOfTerm: PartOfTerm): string | undefined {
  if (!text.endsWith(frame) || text.length === frame.length) return undefined;
  const start = text.length - frame.length;
  return partOfTerm(text, start, text.length) ? undefined : text.slice(0, start).trimEnd();
}

function stripPrefix(text: string, frame: string, partOfTerm: PartOfTerm): string | undefined {
  if (!text.startsWith(frame) || text.length === frame.length) return undefined;
  return partOfTerm(text, 0, frame.length) ? undefined : text.slice(frame.length).trimStart();
}

function readChinese(input: string, partOfTerm: PartOfTerm): QuestionReading | undefined {
  let text = input;
  let intent: QuestionIntent | undefined;
  // Frames at the end, then at the start, each as often as they come (…有什么不同吗).
  for (let changed = true; changed;) {
    changed = false;
    for (const frame of ZH_SUFFIXES) {
      const rest = stripSuffix(text, frame.text, partOfTerm);
      if (rest === undefined || rest === '') continue;
      text = rest;
      if (intent === undefined || intent === 'yes-no' || frame.intent === 'comparison') intent = frame.intent;
      changed = true;
      break;
    }
  }
  for (const frame of ZH_PREFIXES) {
    const rest = stripPrefix(text, frame.text, partOfTerm);
    if (rest === undefined || rest === '') continue;
    text = rest;
    intent ??= frame.intent;
    break;
  }
  // Interrogative words inside: a space where they stood, so that the words around them stay apart.
  for (const word of ZH_INSIDE) text = takeOut(text, word);
  if (intent === undefined) {
    const sides = joinedSides(wordsOf(text), ZH_PAIR_JOINERS, partOfTerm);
    return sides === undefined || !substantial(sides)
      ? undefined
      : { words: sides.flat(), intent: undefined, sides };
  }
  for (const word of ZH_MODALS) text = takeOut(text, word);
  const words = wordsOf(text);
  if (intent !== 'comparison' && intent !== 'relation') return { words, intent, sides: undefined };
  const sides = chineseSides(words, partOfTerm);
  return { words: sides === undefined ? words : sides.flat(), intent, sides };

  /** `text` with each occurrence of `word` that is no part of a term as a space. */
  function takeOut(from: string, word: string): string {
    let out = from;
    let at = out.indexOf(word);
    while (at !== -1) {
      const end = at + word.length;
      if (!partOfTerm(out, at, end) && out.trim().length > word.length) {
        out = `${out.slice(0, at)} ${out.slice(end)}`;
        intent ??= 'how';
      }
      at = out.indexOf(word, at + 1);
    }
    return out;
  }
}

/**
 * The two sides of a Chinese comparison: the words before and after the first joining word (和, 与,
 * 跟 …) that is no part of a term, or, with no such word, the query's own words when there are two
 * or more.
 */
function chineseSides(words: readonly string[], partOfTerm: PartOfTerm): string[][] | undefined {
  return (
    joinedSides(words, ZH_JOINERS, partOfTerm) ?? (words.length > 1 ? words.map((word) => [word]) : undefined)
  );
}

/**
 * The words before and after the first of `joiners` in `words` (joined by spaces) that is no part of
 * a term and leaves something on each side; undefined when there is none.
 */
function joinedSides(
  words: readonly string[],
  joiners: readonly string[],
  partOfTerm: PartOfTerm,
): string[][] | undefined {
  const text = words.join(' ');
  for (const joiner of joiners) {
    for (let at = text.indexOf(joiner); at !== -1; at = text.indexOf(joiner, at + 1)) {
      const before = text.slice(0, at).trim();
      const after = text.slice(at + joiner.length).trim();
      if (before === '' || after === '' || partOfTerm(text, at, at + joiner.length)) continue;
      return [wordsOf(before), wordsOf(after)];
    }
  }
  return undefined;
}

/** True when each side has at least {@link MIN_PAIR_SIDE} characters besides spaces. */
const substantial = (sides: readonly (readonly string[])[]): boolean =>
  sides.every((side) => side.join('').length >= MIN_PAIR_SIDE);

function readSpaced(input: string, partOfTerm: PartOfTerm): QuestionReading | undefined {
  const text = input.toLowerCase().replace(/\s+/gu, ' ').trim();
  for (const pattern of SPACED_COMPARISONS) {
    const found = pattern.exec(text);
    const [first, second] = [found?.[1]?.trim(), found?.[2]?.trim()];
    if (first === undefined || second === undefined || first === '' || second === '') continue;
    const sides = [wordsOf(first), wordsOf(second)];
    return { words: sides.flat(), intent: 'comparison', sides };
  }
  for (const frame of SPACED_PREFIXES) {
    if (!text.startsWith(`${frame.text} `)) continue;
    const rest = stripPrefix(text, frame.text, partOfTerm);
    if (rest === undefined || rest === '') continue;
    return { words: wordsOf(rest), intent: frame.intent, sides: undefined };
  }
  const [, first, joiner, second] = SPACED_PAIR.exec(text) ?? [];
  if (first === undefined || joiner === undefined || second === undefined) return undefined;
  const at = first.length + 1;
  if (partOfTerm(text, at, at + joiner.length)) return undefined;
  const sides = [wordsOf(first), wordsOf(second)];
  return substantial(sides) ? { words: sides.flat(), intent: undefined, sides } : undefined;
}
