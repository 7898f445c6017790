import type { AlphabeticGrammarWords } from './alphabetic-grammar.js';
import { makeAlphabeticGrammar, romanChapterNumerals } from './alphabetic-grammar.js';

/**
 * The words of the Spanish thematic summary (UN Spanish layout: `I. Introducción`, `Temas
 * principales`, items `a)`, `Viena, 14 y 15 de octubre de 2021`): correct a heading word, an ordinal
 * or a month here.
 */
export const ES_SUMMARY_WORDS: AlphabeticGrammarWords = {
  language: 'es',
  languageName: 'Spanish',
  script: /\p{Script=Latin}/u,
  chapters: {
    ...romanChapterNumerals,
    titles: [
      'Introducción',
      'Resumen de los documentos de antecedentes',
      'Resumen de los documentos de sesión',
    ],
  },
  keyTopicsLabels: ['Temas principales', 'Temas clave', 'Cuestiones clave', 'Cuestiones principales'],
  topicSeparator: /;/g,
  itemLetters: [Array.from('abcdefghijklmnopqrstuvwxyz')],
  itemTextStart: /^[\p{Lu}\d«"“(¿¡]/u,
  ordinals: new Map([
    ['primera', 1],
    ['segunda', 2],
    ['tercera', 3],
    ['cuarta', 4],
    ['quinta', 5],
    ['sexta', 6],
    ['séptima', 7],
    ['septima', 7],
    ['octava', 8],
    ['novena', 9],
    ['décima', 10],
  ]),
  months: new Map([
    ['enero', 1],
    ['febrero', 2],
    ['marzo', 3],
    ['abril', 4],
    ['mayo', 5],
    ['junio', 6],
    ['julio', 7],
    ['agosto', 8],
    ['septiembre', 9],
    ['setiembre', 9],
    ['octubre', 10],
    ['noviembre', 11],
    ['diciembre', 12],
  ]),
  dayConjunctions: ['y', 'al'],
  dateFiller: 'de',
  dateExample: 'Viena, 14 y 15 de octubre de 2021',
  preparedBy: /preparado\s+por\s+la\s+Secretaría/iu,
  preparedByExample: 'Resumen temático preparado por la Secretaría',
  paperIntro: /Secretaría\s+(?:también\s+)?preparó\s+un\s+documento\s+de\s+antecedentes/iu,
  paperYear: /(?:^|\s)[Ee]n\s+(\d{4})(?!\d)/u,
  paperYearExample: 'En 2018',
  paperMeeting: /(?<!\p{L})(\p{L}+|\d{1,2}(?:ª|a))\s+reunión/giu,
  subjectLead: /deliberaciones\s+(?:sobre|acerca\s+de|relativas\s+a)\s+/iu,
  hyphenKeptAfter: ['anti', 'no', 'ibero', 'asia', 'sur', 'norte', 'franco', 'hispano'],
};

/**
 * The grammar of the Spanish thematic summary: `I. Introducción` chapters, `Temas principales` lists
 * separated by `;`, `N.` paragraphs with `a)` items, and paper introductions of the form `En 2018, la
 * Secretaría preparó un documento de antecedentes para la quinta reunión del Grupo de Trabajo a fin
 * de orientar sus deliberaciones sobre … (CTOC/COP/WG.7/2018/2).`
 */
export const esSummaryGrammar = makeAlphabeticGrammar(ES_SUMMARY_WORDS);
