import type { ParagraphStartMatch } from '../summary-grammar.js';
import type { AlphabeticGrammarWords } from './alphabetic-grammar.js';
import { makeAlphabeticGrammar } from './alphabetic-grammar.js';
import { foldArabicDigits } from './common-patterns.js';

/** The ordinal adverbs of UN Arabic chapter headings (`أولا -`, `ثانيا -` …), in order. */
const CHAPTER_ORDINALS = [
  'أولا',
  'ثانيا',
  'ثالثا',
  'رابعا',
  'خامسا',
  'سادسا',
  'سابعا',
  'ثامنا',
  'تاسعا',
  'عاشرا',
];

/** The item letters of UN Arabic texts in their (abjad) order: `(أ)`, `(ب)`, `(ج)` … */
const ARABIC_ITEM_LETTERS = [
  'أ',
  'ب',
  'ج',
  'د',
  'هـ',
  'و',
  'ز',
  'ح',
  'ط',
  'ي',
  'ك',
  'ل',
  'م',
  'ن',
  'س',
  'ع',
  'ف',
  'ص',
  'ق',
  'ر',
];

const PARAGRAPH_START = /^(\d{1,5})\s*[-–.](?![\d.])\s*(\S.*)$/u;

function chapterNumber(numeral: string): number | undefined {
  const index = CHAPTER_ORDINALS.indexOf(numeral.replace(/[\u064B\u064C\u064D]/g, ''));
  return index === -1 ? undefined : index + 1;
}

/** `1 - النص`, `١ - النص` or `1. النص`: Arabic-Indic and Western digits both read as the number. */
function matchArabicParagraph(text: string): ParagraphStartMatch | undefined {
  const match = PARAGRAPH_START.exec(foldArabicDigits(text));
  if (match === null) return undefined;
  const rest = match[2] ?? '';
  return { number: Number(match[1]), rest: text.slice(text.length - rest.length) };
}

/**
 * The words of the Arabic thematic summary (UN Arabic layout: `أولا - مقدمة`, `المواضيع الرئيسية`,
 * paragraphs `1 -` in Western or Arabic-Indic digits, items `(أ)`, `فيينا، 14 و15 تشرين الأول/أكتوبر
 * 2021`): correct a heading word, an ordinal or a month here.
 */
export const AR_SUMMARY_WORDS: AlphabeticGrammarWords = {
  language: 'ar',
  languageName: 'Arabic',
  script: /\p{Script=Arabic}/u,
  chapters: {
    numeral: `(?:${CHAPTER_ORDINALS.join('|')})[\\u064B\\u064C\\u064D]?`,
    numberOf: chapterNumber,
    separator: '[-–—:]',
    titles: ['مقدمة', 'موجز ورقات المعلومات الأساسية'],
  },
  keyTopicsLabels: ['المواضيع الرئيسية', 'المسائل الرئيسية', 'القضايا الرئيسية'],
  topicSeparator: /[؛;]/g,
  itemLetters: [ARABIC_ITEM_LETTERS],
  itemTextStart: /^\S/u,
  paragraphStart: matchArabicParagraph,
  fold: foldArabicDigits,
  ordinals: new Map([
    ['الأول', 1],
    ['الاول', 1],
    ['الثاني', 2],
    ['الثالث', 3],
    ['الرابع', 4],
    ['الخامس', 5],
    ['السادس', 6],
    ['السابع', 7],
    ['الثامن', 8],
    ['التاسع', 9],
    ['العاشر', 10],
  ]),
  months: new Map([
    ['كانون الثاني/يناير', 1],
    ['شباط/فبراير', 2],
    ['آذار/مارس', 3],
    ['نيسان/أبريل', 4],
    ['أيار/مايو', 5],
    ['حزيران/يونيه', 6],
    ['تموز/يوليه', 7],
    ['آب/أغسطس', 8],
    ['أيلول/سبتمبر', 9],
    ['تشرين الأول/أكتوبر', 10],
    ['تشرين الثاني/نوفمبر', 11],
    ['كانون الأول/ديسمبر', 12],
  ]),
  dayConjunctions: ['و'],
  dateExample: 'فيينا، 14 و15 تشرين الأول/أكتوبر 2021',
  preparedBy: /من\s+إعداد\s+الأمانة/u,
  preparedByExample: 'موجز مواضيعي من إعداد الأمانة',
  paperIntro: /أعدت\s+الأمانة\s+(?:أيضا\s+)?ورقة\s+معلومات\s+أساسية/u,
  paperYear: /في\s+عام\s+(\d{4})/u,
  paperYearExample: 'في عام 2018',
  paperMeeting: /(?:الاجتماع|للاجتماع|اجتماعه)\s+(\p{L}+|\d{1,2})/gu,
  subjectLead: /(?:مناقشته|مناقشاته|مناقشة)\s+(?:بشأن|حول|لمسألة)\s+/u,
  subheading: /^(?:ألف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء)\s*[-–—]\s*\S/u,
  hyphenKeptAfter: [],
  extraSentenceEnds: '؟',
};

/**
 * The grammar of the Arabic thematic summary: `أولا - مقدمة` chapters, `المواضيع الرئيسية` lists
 * separated by `؛`, numbered paragraphs in either digits, `(أ)` items mapped to the catalog's labels a,
 * b, c …, and paper introductions of the form `في عام 2018، أعدت الأمانة ورقة معلومات أساسية للاجتماع
 * الخامس للفريق العامل من أجل إثراء مناقشته بشأن … (CTOC/COP/WG.7/2018/2).`
 */
export const arSummaryGrammar = makeAlphabeticGrammar(AR_SUMMARY_WORDS);
