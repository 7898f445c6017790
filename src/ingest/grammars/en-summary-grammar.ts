import type { AlphabeticGrammarWords } from './alphabetic-grammar.js';
import { makeAlphabeticGrammar, romanChapterNumerals } from './alphabetic-grammar.js';

/**
 * The words of the English thematic summary (the UN layout of DESIGN.md): correct a heading word,
 * an ordinal or a month here.
 */
export const EN_SUMMARY_WORDS: AlphabeticGrammarWords = {
  language: 'en',
  languageName: 'English',
  script: /\p{Script=Latin}/u,
  chapters: {
    ...romanChapterNumerals,
    titles: ['Introduction', 'Summary of background papers'],
  },
  keyTopicsLabels: ['Key topics', 'Key issues'],
  topicSeparator: /;/g,
  itemLetters: [Array.from('abcdefghijklmnopqrstuvwxyz')],
  itemTextStart: /^[\p{Lu}\d"“‘'(]/u,
  ordinals: new Map([
    ['first', 1],
    ['second', 2],
    ['third', 3],
    ['fourth', 4],
    ['fifth', 5],
    ['sixth', 6],
    ['seventh', 7],
    ['eighth', 8],
    ['ninth', 9],
    ['tenth', 10],
  ]),
  months: new Map([
    ['january', 1],
    ['february', 2],
    ['march', 3],
    ['april', 4],
    ['may', 5],
    ['june', 6],
    ['july', 7],
    ['august', 8],
    ['september', 9],
    ['october', 10],
    ['november', 11],
    ['december', 12],
  ]),
  dayConjunctions: ['and', 'to'],
  dateExample: 'Vienna, 14 and 15 October 2021',
  preparedBy: /\bprepared by the Secretariat\b/i,
  preparedByExample: 'Thematic summary prepared by the Secretariat',
  paperIntro: /\bSecretariat\s+(?:also\s+)?prepared\s+(?:a|the)\s+background\s+paper\b/i,
  paperYear: /\b[Ii]n\s+(\d{4})\b/,
  paperYearExample: 'In 2018',
  paperMeeting: /\b(\p{L}+|\d{1,2}(?:st|nd|rd|th))\s+meeting\b/iu,
  subjectLead: /\b(?:to\s+inform\s+its\s+discussions?|discussions?)\s+(?:on|of)\s+/i,
  hyphenKeptAfter: [
    'information',
    'capacity',
    'multi',
    'cross',
    'non',
    'self',
    'co',
    'anti',
    'decision',
    'policy',
    'long',
    'short',
    'high',
    'low',
    'well',
    'follow',
    'ibero',
    'colour',
    'color',
    'so',
  ],
};

/**
 * The grammar of the English thematic summary: `I. Introduction` chapters, `Key topics` lists
 * separated by `;`, `N.` paragraphs with `(a)` items, and paper introductions of the form `In 2018,
 * the Secretariat prepared a background paper for the fifth meeting of the Working Group to inform
 * its discussion on … (CTOC/COP/WG.7/2018/2).`
 */
export const enSummaryGrammar = makeAlphabeticGrammar(EN_SUMMARY_WORDS);
