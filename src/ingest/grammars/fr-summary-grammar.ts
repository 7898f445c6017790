import type { AlphabeticGrammarWords } from './alphabetic-grammar.js';
import { makeAlphabeticGrammar, romanChapterNumerals } from './alphabetic-grammar.js';

/**
 * The words of the French thematic summary (UN French layout: `I. Introduction`, `Principaux thèmes`,
 * items `a)`, `Vienne, 14 et 15 octobre 2021`): correct a heading word, an ordinal or a month here.
 */
export const FR_SUMMARY_WORDS: AlphabeticGrammarWords = {
  language: 'fr',
  languageName: 'French',
  script: /\p{Script=Latin}/u,
  chapters: {
    ...romanChapterNumerals,
    titles: ['Introduction', 'Résumé des documents d’information', 'Résumé des documents de travail'],
  },
  keyTopicsLabels: ['Principaux thèmes', 'Thèmes clefs', 'Thèmes clés', 'Questions clefs', 'Questions clés'],
  topicSeparator: /;/g,
  itemLetters: [Array.from('abcdefghijklmnopqrstuvwxyz')],
  itemTextStart: /^[\p{Lu}\d«"“(]/u,
  ordinals: new Map([
    ['première', 1],
    ['premiere', 1],
    ['1re', 1],
    ['deuxième', 2],
    ['seconde', 2],
    ['troisième', 3],
    ['quatrième', 4],
    ['cinquième', 5],
    ['sixième', 6],
    ['septième', 7],
    ['huitième', 8],
    ['neuvième', 9],
    ['dixième', 10],
  ]),
  months: new Map([
    ['janvier', 1],
    ['février', 2],
    ['mars', 3],
    ['avril', 4],
    ['mai', 5],
    ['juin', 6],
    ['juillet', 7],
    ['août', 8],
    ['septembre', 9],
    ['octobre', 10],
    ['novembre', 11],
    ['décembre', 12],
  ]),
  dayConjunctions: ['et', 'au'],
  dateExample: 'Vienne, 14 et 15 octobre 2021',
  preparedBy: /établi\s+par\s+le\s+Secrétariat/iu,
  preparedByExample: 'Résumé thématique établi par le Secrétariat',
  paperIntro: /Secrétariat\s+a\s+(?:également\s+|aussi\s+)?établi\s+un\s+document\s+d[’']information/iu,
  paperYear: /(?:^|\s)[Ee]n\s+(\d{4})(?!\d)/u,
  paperYearExample: 'En 2018',
  paperMeeting: /(?<!\p{L})(\p{L}+|\d{1,2}(?:re|e|ème))\s+réunion/giu,
  subjectLead: /débats?\s+(?:sur|concernant|consacrés?\s+à|relatifs?\s+à)\s+/iu,
  hyphenKeptAfter: [
    'anti',
    'non',
    'sud',
    'nord',
    'ibéro',
    'asie',
    'peut',
    'lui',
    'elle',
    'eux',
    'celle',
    'celui',
    'ci',
    'sous',
    'vice',
    'auto',
  ],
};

/**
 * The grammar of the French thematic summary: `I. Introduction` chapters, `Principaux thèmes` lists
 * separated by `;`, `N.` paragraphs with `a)` items, and paper introductions of the form `En 2018, le
 * Secrétariat a établi un document d’information pour la cinquième réunion du Groupe de travail afin
 * d’éclairer ses débats sur … (CTOC/COP/WG.7/2018/2).`
 */
export const frSummaryGrammar = makeAlphabeticGrammar(FR_SUMMARY_WORDS);
