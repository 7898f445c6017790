import type { Language } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import type { QueryFilters } from './search-filters.js';

/** The longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 1000;

/**
 * A query as the user wrote it, taken apart: plain words (all matter), exact phrases, excluded
 * words, filters, and warnings about parts that were ignored (with the reason).
 */
export interface ParsedQuery {
  readonly words: readonly string[];
  readonly phrases: readonly string[];
  readonly exclusions: readonly string[];
  readonly filters: QueryFilters;
  readonly warnings: readonly string[];
}

const FILTER_KEYS = ['theme', 'topic', 'paper', 'year', 'meeting', 'lang'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

const OPENING_QUOTES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
]);

const CHINESE_MEETINGS: ReadonlyMap<string, number> = new Map(
  ['一', '二', '三', '四', '五', '六', '七', '八', '九'].map((numeral, index) => [numeral, index + 1]),
);

interface RawToken {
  readonly text: string;
  readonly quoted: boolean;
  readonly negated: boolean;
  readonly key: FilterKey | undefined;
}

/** Makes a query safe to read: well-formed UTF-16, NFKC (so `：` is `:`), control characters as spaces. */
export function cleanQuery(input: string): string {
  return input
    .toWellFormed()
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, ' ');
}

function tokenize(query: string): RawToken[] {
  const tokens: RawToken[] = [];
  let index = 0;
  while (index < query.length) {
    while (index < query.length && /\s/u.test(query[index] ?? '')) index++;
    if (index >= query.length) break;
    let negated = false;
    let key: FilterKey | undefined;
    if (query[index] === '-' && index + 1 < query.length && !/\s/u.test(query[index + 1] ?? '')) {
      negated = true;
      index++;
    }
    const keyMatch = /^([a-z]+):(?=\S)/i.exec(query.slice(index, index + 10));
    const candidate = keyMatch?.[1]?.toLowerCase();
    if (candidate !== undefined && (FILTER_KEYS as readonly string[]).includes(candidate)) {
      key = candidate as FilterKey;
      index += candidate.length + 1;
    }
    const close = OPENING_QUOTES.get(query[index] ?? '');
    if (close !== undefined) {
      const end = query.indexOf(close, index + 1);
      const stop = end === -1 ? query.length : end;
      tokens.push({ text: query.slice(index + 1, stop).trim(), quoted: true, negated, key });
      index = stop + 1;
      continue;
    }
    let end = index;
    while (end < query.length && !/\s/u.test(query[end] ?? '')) end++;
    tokens.push({ text: query.slice(index, end), quoted: false, negated, key });
    index = end;
  }
  return tokens.filter((token) => token.text !== '');
}

/** Arabic-Indic and Eastern Arabic-Indic digits as ASCII digits (٢٠١٥ and ۲۰۱۵ are 2015). */
function asciiDigits(value: string): string {
  return value.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
}

/**
 * A meeting number as readers write it: 3, ٣, 第三次(会议), or an ordinal in one of the six languages
 * (3rd, 3e, 3ème, 3ª, 3-я).
 */
function parseMeeting(value: string): number | undefined {
  const numeral = /^第?([一二三四五六七八九])次?(?:会议)?$/.exec(value)?.[1];
  if (numeral !== undefined) return CHINESE_MEETINGS.get(numeral);
  const digits = /^(\d{1,2})(?:st|nd|rd|th|e|er|re|ème|eme|°|º|ª|a|o|-?я|-?й)?$/iu.exec(
    asciiDigits(value),
  )?.[1];
  return digits === undefined ? undefined : Number(digits);
}

/** The language codes and the names of the six languages, in those languages and in English, by folded name. */
const LANGUAGE_NAMES: ReadonlyMap<string, Language> = new Map(
  (
    [
      ['ar', ['arabic', 'العربية', 'عربي', 'arabe', 'árabe', 'арабский']],
      ['zh', ['chinese', '中文', '汉语', 'chinois', 'chino', 'китайский', 'الصينية']],
      [
        'en',
        ['english', 'anglais', 'inglés', 'ingles', 'английский', 'الإنكليزية', 'الإنجليزية', '英文', '英语'],
      ],
      [
        'fr',
        ['french', 'français', 'francais', 'francés', 'frances', 'французский', 'الفرنسية', '法文', '法语'],
      ],
      ['ru', ['russian', 'русский', 'russe', 'ruso', 'الروسية', '俄文', '俄语']],
      ['es', ['spanish', 'español', 'espanol', 'espagnol', 'испанский', 'الإسبانية', '西班牙文', '西班牙语']],
    ] as const
  ).flatMap(([code, names]) => [code, ...names].map((name) => [name, code] as const)),
);

/**
 * Reads the query language: plain words (all matter), `"exact phrase"` (also “…” and 「…」),
 * `-word` or `-"phrase"` to exclude, and the filters `theme:`, `topic:`, `paper:`, `year:`,
 * `meeting:` and `lang:` (with `:` or `：`); a year or a meeting may be written in Arabic-Indic
 * digits, a meeting as an ordinal, a language by its code or its name. Everything typed is data: no character has any other
 * meaning. Throws USAGE only for a query longer than {@link MAX_QUERY_LENGTH} characters.
 */
export function parseQuery(input: string): ParsedQuery {
  if (input.length > MAX_QUERY_LENGTH) {
    throw new SomkbError(
      'USAGE',
      `the query is ${input.length} characters long; the longest query somkb takes is ${MAX_QUERY_LENGTH}`,
      { where: 'query' },
    );
  }
  const words: string[] = [];
  const phrases: string[] = [];
  const exclusions: string[] = [];
  const warnings: string[] = [];
  const theme: string[] = [];
  const topic: string[] = [];
  const paper: string[] = [];
  const year: number[] = [];
  const meeting: number[] = [];
  let catalogLanguage: Language | undefined;

  for (const token of tokenize(cleanQuery(input))) {
    if (token.key !== undefined) {
      const value = token.text;
      if (token.negated) warnings.push(`-${token.key}: is not supported; the filter was ignored`);
      else if (token.key === 'theme') theme.push(value);
      else if (token.key === 'topic') topic.push(value);
      else if (token.key === 'paper') paper.push(value);
      else if (token.key === 'year') {
        if (/^\d{4}$/.test(asciiDigits(value))) year.push(Number(asciiDigits(value)));
        else warnings.push(`year:${value} was ignored: a year is written with four digits, e.g. year:2015`);
      } else if (token.key === 'meeting') {
        const number = parseMeeting(value);
        if (number === undefined)
          warnings.push(`meeting:${value} was ignored: a meeting is a number from 1 to 7`);
        else meeting.push(number);
      } else if (LANGUAGE_NAMES.has(value.toLowerCase())) {
        catalogLanguage = LANGUAGE_NAMES.get(value.toLowerCase());
      } else {
        warnings.push(`lang:${value} was ignored: the languages are ar, zh, en, fr, ru and es`);
      }
      continue;
    }
    if (token.negated) exclusions.push(token.text);
    else if (token.quoted) phrases.push(token.text);
    else words.push(token.text);
  }
  return {
    words,
    phrases,
    exclusions,
    filters: { theme, topic, paper, year, meeting, catalogLanguage },
    warnings,
  };
}
