import type { Language } from '../domain/index.js';
import { isLanguage } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import { labelKey } from './concept-labels.js';
import type { Concept, ConceptKind, LabelListMap, Thesaurus } from './thesaurus-types.js';

/** At most this many problems are listed in the validation error; the others are counted. */
const MAX_LISTED_PROBLEMS = 10;

const CONCEPT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KINDS: readonly ConceptKind[] = ['topic', 'term'];
const REQUIRED_LANGUAGES: readonly Language[] = ['zh', 'en'];
const TOP_FIELDS: readonly string[] = ['version', 'concepts'];
const CONCEPT_FIELDS: readonly string[] = [
  'id',
  'kind',
  'prefLabel',
  'ownRendering',
  'altLabel',
  'hiddenLabel',
  'broader',
  'related',
  'scopeNote',
];
const LABEL_FIELDS = ['prefLabel', 'altLabel', 'hiddenLabel'] as const;

/** Control characters have no place in a label; `|` separates the values of a CSV cell. */
const FORBIDDEN_IN_LABEL = /[\p{Cc}|]/u;

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** The problems found so far, each a sentence naming the concept and the field. */
class Problems {
  readonly list: string[] = [];
  add(subject: string, message: string): void {
    this.list.push(`${subject}: ${message}`);
  }
}

/** Why `value` is not a usable label or note, or undefined when it is one. */
function textProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be a string (got ${show(value)})`;
  if (value.trim() === '') return 'is empty';
  if (value.trim() !== value) return `has white space at its start or end (${show(value)})`;
  return undefined;
}

function labelProblem(value: unknown): string | undefined {
  const problem = textProblem(value);
  if (problem !== undefined) return problem;
  return FORBIDDEN_IN_LABEL.test(value as string)
    ? `contains a control character or '|' (${show(value)})`
    : undefined;
}

/** The fields of one concept, read and checked; what is wrong is reported, what is right is kept. */
interface ReadConcept {
  readonly index: number;
  readonly subject: string;
  readonly id: string | undefined;
  readonly kind: ConceptKind;
  readonly prefLabel: Partial<Record<Language, string>>;
  readonly ownRendering: Language[];
  readonly altLabel: Partial<Record<Language, string[]>>;
  readonly hiddenLabel: Partial<Record<Language, string[]>>;
  readonly broader: string[];
  readonly related: string[];
  readonly scopeNote: string | undefined;
}

function readLanguageKeys(
  problems: Problems,
  subject: string,
  field: string,
  value: unknown,
): [Language, unknown][] {
  if (value === undefined) return [];
  if (!isObject(value)) {
    problems.add(subject, `${field} must be an object keyed by language (got ${show(value)})`);
    return [];
  }
  const entries: [Language, unknown][] = [];
  for (const [key, entry] of Object.entries(value)) {
    if (isLanguage(key)) entries.push([key, entry]);
    else
      problems.add(subject, `${field}.${key}: '${key}' is not a UN language code (ar, zh, en, fr, ru, es)`);
  }
  return entries;
}

function readPrefLabel(
  problems: Problems,
  subject: string,
  value: unknown,
): Partial<Record<Language, string>> {
  if (value === undefined) {
    problems.add(subject, 'prefLabel is missing');
    return {};
  }
  const labels: Partial<Record<Language, string>> = {};
  for (const [language, label] of readLanguageKeys(problems, subject, 'prefLabel', value)) {
    const problem = labelProblem(label);
    if (problem === undefined) labels[language] = label as string;
    else problems.add(subject, `prefLabel.${language} ${problem}`);
  }
  if (isObject(value)) {
    for (const language of REQUIRED_LANGUAGES) {
      if (!(language in value)) problems.add(subject, `prefLabel.${language} is missing`);
    }
  }
  return labels;
}

/**
 * `ownRendering`: the languages (UN codes, each once) whose preferred label is the team's own
 * rendering; each must have a preferred label. Absent means none.
 */
function readOwnRendering(
  problems: Problems,
  subject: string,
  value: unknown,
  prefLabel: Partial<Record<Language, string>>,
): Language[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length === 0) {
    problems.add(
      subject,
      `ownRendering must be a non-empty array of language codes, such as ["fr", "ar"] (got ${show(value)})`,
    );
    return [];
  }
  const languages: Language[] = [];
  value.forEach((code: unknown, position) => {
    if (typeof code !== 'string' || !isLanguage(code)) {
      problems.add(
        subject,
        `ownRendering[${position}]: ${show(code)} is not a UN language code (ar, zh, en, fr, ru, es)`,
      );
    } else if (languages.includes(code)) {
      problems.add(subject, `ownRendering '${code}' is listed twice`);
    } else if (prefLabel[code] === undefined) {
      problems.add(subject, `ownRendering '${code}' marks a preferred label the concept does not have`);
    } else languages.push(code);
  });
  return languages;
}

function readLabelLists(
  problems: Problems,
  subject: string,
  field: 'altLabel' | 'hiddenLabel',
  value: unknown,
): Partial<Record<Language, string[]>> {
  const lists: Partial<Record<Language, string[]>> = {};
  for (const [language, list] of readLanguageKeys(problems, subject, field, value)) {
    if (!Array.isArray(list) || list.length === 0) {
      problems.add(subject, `${field}.${language} must be a non-empty array of labels (got ${show(list)})`);
      continue;
    }
    const labels: string[] = [];
    list.forEach((label: unknown, position) => {
      const problem = labelProblem(label);
      if (problem === undefined) labels.push(label as string);
      else problems.add(subject, `${field}.${language}[${position}] ${problem}`);
    });
    lists[language] = labels;
  }
  return lists;
}

function readIdList(
  problems: Problems,
  subject: string,
  field: 'broader' | 'related',
  value: unknown,
): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.add(subject, `${field} must be an array of concept ids (got ${show(value)})`);
    return [];
  }
  const ids: string[] = [];
  value.forEach((id: unknown, position) => {
    if (typeof id !== 'string')
      problems.add(subject, `${field}[${position}] must be a concept id (got ${show(id)})`);
    else if (ids.includes(id)) problems.add(subject, `${field} '${id}' is listed twice`);
    else ids.push(id);
  });
  return ids;
}

function readConcept(problems: Problems, value: unknown, index: number): ReadConcept | undefined {
  if (!isObject(value)) {
    problems.add(`concepts[${index}]`, `must be an object (got ${show(value)})`);
    return undefined;
  }
  const rawId = value.id;
  const id = typeof rawId === 'string' && CONCEPT_ID.test(rawId) ? rawId : undefined;
  const subject = id === undefined ? `concepts[${index}]` : `concept '${id}'`;
  if (id === undefined) {
    problems.add(
      subject,
      rawId === undefined
        ? 'id is missing'
        : `id must be lowercase ASCII kebab-case, such as 'money-laundering' (got ${show(rawId)})`,
    );
  }
  for (const field of Object.keys(value)) {
    if (!CONCEPT_FIELDS.includes(field)) problems.add(subject, `unknown field '${field}'`);
  }
  const kind = value.kind;
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) {
    problems.add(subject, `kind must be 'topic' or 'term' (got ${show(kind)})`);
  }
  let scopeNote: string | undefined;
  if (value.scopeNote !== undefined) {
    const problem = textProblem(value.scopeNote);
    if (problem === undefined) scopeNote = value.scopeNote as string;
    else problems.add(subject, `scopeNote ${problem}`);
  }
  const prefLabel = readPrefLabel(problems, subject, value.prefLabel);
  return {
    index,
    subject,
    id,
    kind: kind === 'topic' ? 'topic' : 'term',
    prefLabel,
    ownRendering: readOwnRendering(problems, subject, value.ownRendering, prefLabel),
    altLabel: readLabelLists(problems, subject, 'altLabel', value.altLabel),
    hiddenLabel: readLabelLists(problems, subject, 'hiddenLabel', value.hiddenLabel),
    broader: readIdList(problems, subject, 'broader', value.broader),
    related: readIdList(problems, subject, 'related', value.related),
    scopeNote,
  };
}

/** Every label of a read concept with the field it stands in, for the duplicate checks. */
function* labelsOf(concept: ReadConcept): Generator<{ language: Language; field: string; label: string }> {
  for (const field of LABEL_FIELDS) {
    for (const [language, entry] of Object.entries(concept[field]) as [Language, string | string[]][]) {
      for (const label of typeof entry === 'string' ? [entry] : entry) yield { language, field, label };
    }
  }
}

function checkLabelsUnique(problems: Problems, concepts: readonly ReadConcept[]): void {
  const zhOwner = new Map<string, string>();
  for (const concept of concepts) {
    const own = new Set<string>();
    for (const { language, field, label } of labelsOf(concept)) {
      const key = `${language}\u0000${labelKey(label)}`;
      if (own.has(key)) {
        problems.add(concept.subject, `${field}.${language} '${label}' repeats another label of the concept`);
        continue;
      }
      own.add(key);
      if (language !== 'zh') continue;
      const owner = zhOwner.get(labelKey(label));
      if (owner === undefined) zhOwner.set(labelKey(label), concept.subject);
      else problems.add(concept.subject, `${field}.zh '${label}' is also a Chinese label of ${owner}`);
    }
  }
}

function checkLinks(problems: Problems, concepts: readonly ReadConcept[], ids: ReadonlySet<string>): void {
  for (const concept of concepts) {
    for (const field of ['broader', 'related'] as const) {
      for (const target of concept[field]) {
        if (target === concept.id)
          problems.add(concept.subject, `${field} '${target}' is the concept itself`);
        else if (!ids.has(target)) problems.add(concept.subject, `${field} '${target}' is not a concept id`);
      }
    }
    for (const target of concept.related) {
      if (concept.broader.includes(target)) {
        problems.add(concept.subject, `related '${target}' is also broader: a concept is one or the other`);
      }
    }
  }
}

/** Reports each cycle of `broader` links once, as the chain of ids that closes it. */
function checkBroaderCycles(problems: Problems, concepts: readonly ReadConcept[]): void {
  const byId = new Map(
    concepts.flatMap((concept) => (concept.id === undefined ? [] : [[concept.id, concept]])),
  );
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    const seen = state.get(id);
    if (seen === 'done') return;
    if (seen === 'open') {
      const cycle = [...path.slice(path.indexOf(id)), id];
      problems.add(`concept '${id}'`, `broader links form a cycle: ${cycle.join(' → ')}`);
      return;
    }
    state.set(id, 'open');
    for (const parent of byId.get(id)?.broader ?? []) if (byId.has(parent)) visit(parent, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of byId.keys()) visit(id, []);
}

function failure(problems: readonly string[], source: string): SomkbError {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => `- ${problem}`);
  const more = problems.length - listed.length;
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new SomkbError(
    'VALIDATION_FAILED',
    [`the thesaurus has ${count}:`, ...listed, ...(more > 0 ? [`… and ${more} more`] : [])].join('\n'),
    { where: source },
  );
}

function freezeLists(lists: Partial<Record<Language, string[]>>): LabelListMap {
  const frozen: Partial<Record<Language, readonly string[]>> = {};
  for (const [language, labels] of Object.entries(lists) as [Language, string[]][]) {
    frozen[language] = Object.freeze([...labels]);
  }
  return Object.freeze(frozen);
}

/**
 * Reads and validates a thesaurus data file (`knowledge/thesaurus.json`, already parsed from JSON):
 * the shape and type of every field, no unknown field, ids unique and kebab-case, `broader` and
 * `related` pointing at other concepts, no cycle of `broader` links, zh and en preferred labels
 * present, every label a non-empty string without surrounding spaces, control characters or `|`,
 * `ownRendering` a list of distinct language codes that have a preferred label,
 * no label twice within a concept, and no Chinese label on two concepts. `related` may be stated on
 * one side only: the result has it on both. Throws one `VALIDATION_FAILED` error (`where` =
 * `source`) listing up to ten problems, each naming the concept (or its index) and the field.
 */
export function parseThesaurus(json: unknown, source: string): Thesaurus {
  const problems = new Problems();
  if (!isObject(json)) throw failure([`the thesaurus must be a JSON object (got ${show(json)})`], source);
  for (const field of Object.keys(json)) {
    if (!TOP_FIELDS.includes(field)) problems.add('the thesaurus', `unknown field '${field}'`);
  }
  const versionProblem = textProblem(json.version);
  if (versionProblem !== undefined) problems.add('the thesaurus', `version ${versionProblem}`);
  if (!Array.isArray(json.concepts)) {
    problems.add('the thesaurus', `concepts must be an array (got ${show(json.concepts)})`);
    throw failure(problems.list, source);
  }
  const read = (json.concepts as unknown[])
    .map((value, index) => readConcept(problems, value, index))
    .filter((concept) => concept !== undefined);
  const ids = new Set<string>();
  for (const concept of read) {
    if (concept.id === undefined) continue;
    if (ids.has(concept.id))
      problems.add(concept.subject, `id is used by an earlier concept too (concepts[${concept.index}])`);
    ids.add(concept.id);
  }
  checkLabelsUnique(problems, read);
  checkLinks(problems, read, ids);
  checkBroaderCycles(problems, read);
  if (problems.list.length > 0) throw failure(problems.list, source);

  const relatedOf = new Map<string, string[]>();
  for (const concept of read) relatedOf.set(concept.id as string, [...concept.related]);
  for (const concept of read) {
    for (const target of concept.related) {
      const back = relatedOf.get(target);
      if (back !== undefined && !back.includes(concept.id as string)) back.push(concept.id as string);
    }
  }
  const concepts: Concept[] = read.map((concept) =>
    Object.freeze({
      id: concept.id as string,
      kind: concept.kind,
      prefLabel: Object.freeze({ ...concept.prefLabel }),
      ...(concept.ownRendering.length === 0
        ? {}
        : { ownRendering: Object.freeze([...concept.ownRendering]) }),
      altLabel: freezeLists(concept.altLabel),
      hiddenLabel: freezeLists(concept.hiddenLabel),
      broader: Object.freeze([...concept.broader]),
      related: Object.freeze(relatedOf.get(concept.id as string) ?? []),
      scopeNote: concept.scopeNote,
    }),
  );
  return {
    version: json.version as string,
    concepts: Object.freeze(concepts),
    byId: new Map(concepts.map((concept) => [concept.id, concept])),
  };
}
