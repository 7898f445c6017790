import type { Language } from '../domain/index.js';
import type { Concept, LabelListMap, Thesaurus } from './thesaurus-types.js';

/** The header row of the thesaurus CSV. */
export const THESAURUS_CSV_HEADER = [
  'id',
  'kind',
  'zh',
  'en',
  'fr',
  'es',
  'ru',
  'ar',
  'alt_zh',
  'alt_en',
  'hidden_zh',
  'hidden_en',
  'broader',
  'related',
  'alt_fr',
  'alt_es',
  'alt_ru',
  'alt_ar',
  'hidden_fr',
  'hidden_es',
  'hidden_ru',
  'hidden_ar',
  'own_rendering',
] as const;

/** Joins the values of a multi-valued cell; labels cannot hold `|` (the parser refuses it). */
const VALUE_SEPARATOR = ' | ';

/** RFC 4180 record separator. */
const CRLF = '\r\n';

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection guidance). */
const FORMULA_START = /^[=+\-@\t\r]/;

const PREF_LANGUAGES: readonly Language[] = ['zh', 'en', 'fr', 'es', 'ru', 'ar'];
/** The languages whose alternative and hidden labels come after the concept ids (added later, kept last). */
const OTHER_LANGUAGES: readonly Language[] = ['fr', 'es', 'ru', 'ar'];

/** A cell as RFC 4180 writes it: a leading `'` before a formula-like start, quoted when it must be. */
function cell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function joined(map: LabelListMap, language: Language): string {
  return (map[language] ?? []).join(VALUE_SEPARATOR);
}

function row(concept: Concept): string[] {
  return [
    concept.id,
    concept.kind,
    ...PREF_LANGUAGES.map((language) => concept.prefLabel[language] ?? ''),
    joined(concept.altLabel, 'zh'),
    joined(concept.altLabel, 'en'),
    joined(concept.hiddenLabel, 'zh'),
    joined(concept.hiddenLabel, 'en'),
    concept.broader.join(VALUE_SEPARATOR),
    concept.related.join(VALUE_SEPARATOR),
    ...OTHER_LANGUAGES.map((language) => joined(concept.altLabel, language)),
    ...OTHER_LANGUAGES.map((language) => joined(concept.hiddenLabel, language)),
    (concept.ownRendering ?? []).join(VALUE_SEPARATOR),
  ];
}

/**
 * The thesaurus as RFC 4180 CSV, one row per concept in thesaurus order, header
 * `id,kind,zh,en,fr,es,ru,ar,alt_zh,alt_en,hidden_zh,hidden_en,broader,related,alt_fr,alt_es,alt_ru,
 * alt_ar,hidden_fr,hidden_es,hidden_ru,hidden_ar,own_rendering` (the preferred labels, then the
 * Chinese and English alternative and hidden labels, then concept ids, then the alternative and
 * hidden labels of the other languages, then the languages whose preferred label is the team's own
 * rendering rather than official terminology). Several
 * values in one cell are joined with ` | `; an empty cell means none. Records end with CRLF (the last
 * one too); a cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe so that a
 * spreadsheet does not run it as a formula.
 */
export function renderThesaurusCsv(thesaurus: Thesaurus): string {
  return [THESAURUS_CSV_HEADER, ...thesaurus.concepts.map(row)]
    .map((fields) => `${fields.map(cell).join(',')}${CRLF}`)
    .join('');
}
