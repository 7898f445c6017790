import type { AlphabeticGrammarWords } from './alphabetic-grammar.js';
import { makeAlphabeticGrammar, romanChapterNumerals } from './alphabetic-grammar.js';

/** The item letters of Russian UN texts, in order (`а)`, `б)`, `в)` …; no ё, й, ъ, ы, ь). */
const CYRILLIC_ITEM_LETTERS = Array.from('абвгдежзиклмнопрстуфхцчшщэюя');

/**
 * The words of the Russian thematic summary (UN Russian layout: `I. Введение`, `Ключевые темы`,
 * items `а)` (or `(a)`), `Вена, 14 и 15 октября 2021 года`): correct a heading word, an ordinal or a
 * month here.
 */
export const RU_SUMMARY_WORDS: AlphabeticGrammarWords = {
  language: 'ru',
  languageName: 'Russian',
  script: /\p{Script=Cyrillic}/u,
  chapters: {
    ...romanChapterNumerals,
    titles: ['Введение', 'Краткое изложение справочных документов', 'Резюме справочных документов'],
  },
  keyTopicsLabels: ['Ключевые темы', 'Основные темы', 'Ключевые вопросы'],
  topicSeparator: /;/g,
  itemLetters: [CYRILLIC_ITEM_LETTERS, Array.from('abcdefghijklmnopqrstuvwxyz')],
  itemTextStart: /^\S/u,
  ordinals: new Map([
    ['первого', 1],
    ['первом', 1],
    ['второго', 2],
    ['втором', 2],
    ['третьего', 3],
    ['третьем', 3],
    ['четвертого', 4],
    ['четвёртого', 4],
    ['четвертом', 4],
    ['четвёртом', 4],
    ['пятого', 5],
    ['пятом', 5],
    ['шестого', 6],
    ['шестом', 6],
    ['седьмого', 7],
    ['седьмом', 7],
    ['восьмого', 8],
    ['восьмом', 8],
    ['девятого', 9],
    ['девятом', 9],
    ['десятого', 10],
    ['десятом', 10],
  ]),
  months: new Map([
    ['января', 1],
    ['февраля', 2],
    ['марта', 3],
    ['апреля', 4],
    ['мая', 5],
    ['июня', 6],
    ['июля', 7],
    ['августа', 8],
    ['сентября', 9],
    ['октября', 10],
    ['ноября', 11],
    ['декабря', 12],
  ]),
  dayConjunctions: ['и'],
  yearSuffix: 'года',
  dateExample: 'Вена, 14 и 15 октября 2021 года',
  preparedBy: /подготовленн\p{L}*\s+Секретариатом/iu,
  preparedByExample: 'Тематическое резюме, подготовленное Секретариатом',
  paperIntro: /Секретариат\s+(?:также\s+)?подготовил\s+справочный\s+документ/iu,
  paperYear: /(?:^|\s)[ВвBb]\s+(\d{4})\s+году/u,
  paperYearExample: 'В 2018 году',
  paperMeeting: /(?<!\p{L})(\p{L}+|\d{1,2}(?:-?го|-?м))\s+совещани/giu,
  subjectLead: /обсуждени[юяе]\s+(?:ею\s+|в\s+ней\s+)?(?:вопроса\s+об?|вопросов,?\s+касающихся|темы:?)\s+/iu,
  subheading: /^[А-ИA-H]\.\s+\p{Lu}\p{Ll}/u,
  hyphenKeptAfter: [
    'онлайн',
    'северо',
    'юго',
    'азиатско',
    'иберо',
    'военно',
    'каких',
    'какой',
    'кто',
    'что',
    'где',
    'когда',
    'информационно',
    'социально',
    'экономико',
  ],
};

/**
 * The grammar of the Russian thematic summary: `I. Введение` chapters, `Ключевые темы` lists
 * separated by `;`, `N.` paragraphs with `а)` items (mapped to the catalog's labels a, b, c …), and
 * paper introductions of the form `В 2018 году Секретариат подготовил справочный документ для пятого
 * совещания Рабочей группы в целях содействия обсуждению вопроса о … (CTOC/COP/WG.7/2018/2).`
 */
export const ruSummaryGrammar = makeAlphabeticGrammar(RU_SUMMARY_WORDS);
