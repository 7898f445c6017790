/**
 * The judged set (eval/judged/queries-zh.json and eval/judged/queries-intl.json): queries written and
 * graded by the procedure of eval/judged/README.md, split once into a tuning half and a held-out half.
 *
 * This module reads and validates one file's parsed JSON, strictly: an entry with a field missing,
 * misspelled or out of its list is an error naming the file, the query's position and id, and the
 * field. Its `half` must be the one the SHA-256 rule gives ({@link halfOf}): the split is made by the
 * rule, once, never by hand. No I/O here: run-eval.ts reads the files.
 */
import { createHash } from 'node:crypto';
import type { Judgments } from './metrics.js';

/** The six UN languages a judged query may be written in. */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
/** A UN language code. */
export type UnLanguage = (typeof UN_LANGUAGES)[number];

/**
 * What a query looks like: `keyword` (the text's or the UN's own term), `everyday` (words a user would
 * type that the text does not use), `question` (a sentence asking something), `comparison` (two
 * concepts set against each other), `two-words` (two words, one of them generic).
 */
export const QUERY_KINDS = ['keyword', 'everyday', 'question', 'comparison', 'two-words'] as const;
/** A query's kind. */
export type QueryKind = (typeof QUERY_KINDS)[number];

/** Who would type the query: a prosecutor, a border or coast-guard official, a policy drafter. */
export const PERSONAS = ['prosecutor', 'border', 'policy'] as const;
/** A query's persona. */
export type Persona = (typeof PERSONAS)[number];

/** The two halves of the split: `tune` may be tuned on, `held-out` is only ever seen in aggregate. */
export const HALVES = ['tune', 'held-out'] as const;
/** A half of the judged set. */
export type Half = (typeof HALVES)[number];

/** The fields of an entry, all required; any other field is an error. */
const FIELDS = ['id', 'lang', 'query', 'kind', 'persona', 'from', 'relevant', 'reasons', 'half'] as const;

/** One validated judged query. */
export interface JudgedSetQuery {
  /** `<lang>-<three or more digits>`, unique across both files. */
  readonly id: string;
  readonly lang: UnLanguage;
  readonly query: string;
  readonly kind: QueryKind;
  readonly persona: Persona;
  /** What the query was written from: `topic:<key topic>` or `paragraph:<n>`. */
  readonly from: string;
  /** The positive grades only (1 or 2); paragraphs graded 0 are dropped. */
  readonly judgments: Judgments;
  /** Paragraph → why it has its grade, for every graded paragraph (0 included). */
  readonly reasons: ReadonlyMap<number, string>;
  readonly half: Half;
}

/** What a file is checked against. */
export interface JudgedSetContext {
  /** The file's name, for error messages. */
  readonly file: string;
  /** The number of paragraphs of the corpus: paragraphs 1 … paragraphCount exist. */
  readonly paragraphCount: number;
  /** The languages this file may hold (queries-zh.json: zh; queries-intl.json: the other five). */
  readonly languages: readonly UnLanguage[];
  /** Ids already seen in other files; the file's ids are added to it, and a repeat is an error. */
  readonly seenIds?: Set<string>;
}

/**
 * The half the split rule gives an id: the first byte of the SHA-256 of the id's UTF-8 bytes, even →
 * `tune`, odd → `held-out`.
 */
export function halfOf(id: string): Half {
  const firstByte = createHash('sha256').update(id, 'utf8').digest()[0] ?? 0;
  return firstByte % 2 === 0 ? 'tune' : 'held-out';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

const ID_PATTERN = /^([a-z]{2})-(\d{3,})$/u;
const PARAGRAPH_KEY = /^[1-9]\d*$/u;

/**
 * Validates one judged file's parsed JSON and returns its queries; throws an `Error` whose message
 * names the file, the query (1-based position and id) and the field at fault.
 */
export function parseJudgedSet(json: unknown, context: JudgedSetContext): JudgedSetQuery[] {
  const { file, paragraphCount, languages } = context;
  const seenIds = context.seenIds ?? new Set<string>();
  if (!Array.isArray(json)) throw new Error(`${file}: not a JSON array`);
  return json.map((entry: unknown, index): JudgedSetQuery => {
    let where = `${file}, query ${index + 1}`;
    const fail = (field: string, message: string): never => {
      throw new Error(`${where}, field "${field}": ${message}`);
    };
    if (!isRecord(entry)) throw new Error(`${where}: not an object`);

    const { id, lang, query, kind, persona, from, relevant, reasons, half } = entry;
    if (typeof id !== 'string') return fail('id', 'missing or not text');
    where = `${where} (${id})`;
    for (const key of Object.keys(entry)) {
      if (!(FIELDS as readonly string[]).includes(key))
        fail(key, `unknown field (the fields: ${FIELDS.join(', ')})`);
    }
    const idMatch = ID_PATTERN.exec(id);
    if (idMatch === null) return fail('id', 'must be <lang>-<number of three or more digits>, e.g. "fr-007"');
    if (seenIds.has(id)) fail('id', 'used by another query');
    seenIds.add(id);

    if (!isOneOf(UN_LANGUAGES, lang)) return fail('lang', `must be one of ${UN_LANGUAGES.join(', ')}`);
    if (!languages.includes(lang)) fail('lang', `this file holds only ${languages.join(', ')}`);
    if (idMatch[1] !== lang) fail('id', `must start with its language "${lang}-"`);
    if (typeof query !== 'string' || query.trim() === '') return fail('query', 'missing or empty');
    if (!isOneOf(QUERY_KINDS, kind)) return fail('kind', `must be one of ${QUERY_KINDS.join(', ')}`);
    if (!isOneOf(PERSONAS, persona)) return fail('persona', `must be one of ${PERSONAS.join(', ')}`);

    if (typeof from !== 'string') return fail('from', 'missing or not text');
    const paragraphFrom = /^paragraph:(\d+)$/u.exec(from);
    if (paragraphFrom !== null) {
      const number = Number(paragraphFrom[1]);
      if (number < 1 || number > paragraphCount) fail('from', `there is no paragraph ${number}`);
    } else if (!/^topic:\S/u.test(from)) {
      fail('from', 'must be "topic:<key topic>" or "paragraph:<n>"');
    }

    if (!isRecord(relevant)) return fail('relevant', 'must be an object { "<paragraph>": 0 | 1 | 2 }');
    if (!isRecord(reasons)) return fail('reasons', 'must be an object { "<paragraph>": "<why>" }');
    const judgments = new Map<number, number>();
    const reasonMap = new Map<number, string>();
    for (const [key, grade] of Object.entries(relevant)) {
      if (!PARAGRAPH_KEY.test(key)) fail('relevant', `"${key}" is not a paragraph number`);
      const paragraph = Number(key);
      if (paragraph > paragraphCount) fail('relevant', `there is no paragraph ${paragraph}`);
      if (grade !== 0 && grade !== 1 && grade !== 2)
        fail('relevant', `grade of paragraph ${key} is not 0, 1 or 2: ${JSON.stringify(grade)}`);
      const reason = reasons[key];
      if (typeof reason !== 'string' || reason.trim() === '')
        fail('reasons', `no reason for paragraph ${key} (every graded paragraph has one)`);
      reasonMap.set(paragraph, reason as string);
      if (grade !== 0) judgments.set(paragraph, grade as number);
    }
    for (const key of Object.keys(reasons)) {
      if (!Object.hasOwn(relevant, key))
        fail('reasons', `a reason for paragraph ${key}, which is not graded`);
    }
    if (judgments.size === 0) fail('relevant', 'no paragraph graded 1 or 2');

    const expected = halfOf(id);
    if (!isOneOf(HALVES, half))
      return fail('half', `must be "tune" or "held-out" (by the rule: "${expected}")`);
    if (half !== expected)
      fail('half', `is "${half}", the SHA-256 rule gives "${expected}" (the split is made by the rule)`);

    return { id, lang, query, kind, persona, from, judgments, reasons: reasonMap, half };
  });
}
