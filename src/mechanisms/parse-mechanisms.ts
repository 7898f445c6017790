import type { Language } from '../domain/index.js';
import { UN_LANGUAGES, isLanguage } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import { MECHANISM_KINDS } from './mechanism-types.js';
import type { Mechanism, MechanismDirectory, MechanismKind } from './mechanism-types.js';

/** At most this many problems are listed in a validation error; the rest are counted. */
const MAX_LISTED_PROBLEMS = 10;

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const TOP_FIELDS: readonly string[] = ['version', 'regions', 'mechanisms'];
/** Fields a mechanism may leave out. */
const OPTIONAL_FIELDS: readonly (keyof Mechanism)[] = ['names', 'aliases', 'ownRendering'];
const MECHANISM_FIELDS: readonly (keyof Mechanism)[] = [
  'id',
  'printed',
  'en',
  'abbreviation',
  'kind',
  'region',
  'year',
  'parent',
  'note',
];

const NULLABLE_FIELDS: readonly (keyof Mechanism)[] = ['abbreviation', 'region', 'year', 'parent', 'note'];

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** A usable string: not empty, not only whitespace, no whitespace at either end. */
function isCleanString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.trim() === value;
}

/** Collects problems, each already naming the mechanism and the field. */
class Problems {
  readonly list: string[] = [];
  add(subject: string, field: string, message: string): void {
    this.list.push(`${subject}, field "${field}": ${message}`);
  }
}

function checkNullableString(
  problems: Problems,
  subject: string,
  entry: JsonObject,
  field: 'abbreviation' | 'region' | 'note',
): string | null {
  const value = entry[field];
  if (value === null) return null;
  if (isCleanString(value)) return value;
  problems.add(
    subject,
    field,
    `must be a non-empty string without surrounding spaces, or null (got ${describeValue(value)})`,
  );
  return null;
}

function checkPrinted(problems: Problems, subject: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.add(subject, 'printed', `must be a non-empty array of strings (got ${describeValue(value)})`);
    return [];
  }
  const forms: string[] = [];
  const seen = new Set<string>();
  value.forEach((form: unknown, index) => {
    if (!isCleanString(form)) {
      problems.add(
        subject,
        'printed',
        `entry ${index} must be a non-empty string without surrounding spaces (got ${describeValue(form)})`,
      );
    } else if (seen.has(form)) {
      problems.add(subject, 'printed', `"${form}" is listed twice`);
    } else {
      seen.add(form);
      forms.push(form);
    }
  });
  return forms;
}

function checkYear(problems: Problems, subject: string, value: unknown): number | null {
  if (value === null) return null;
  if (typeof value === 'number' && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR)
    return value;
  problems.add(
    subject,
    'year',
    `must be an integer from ${MIN_YEAR} to ${MAX_YEAR}, or null (got ${describeValue(value)})`,
  );
  return null;
}

function checkKind(problems: Problems, subject: string, value: unknown): MechanismKind {
  const kind = MECHANISM_KINDS.find((candidate) => candidate === value);
  if (kind !== undefined) return kind;
  problems.add(subject, 'kind', `must be one of ${MECHANISM_KINDS.join(', ')} (got ${describeValue(value)})`);
  return 'body';
}

/** Checks one entry's own fields; returns the mechanism (with placeholders where a field was wrong). */
function checkEntry(problems: Problems, entry: unknown, index: number): Mechanism | undefined {
  const at = `mechanisms[${index}]`;
  if (!isObject(entry)) {
    problems.add(at, '(entry)', `must be an object (got ${describeValue(entry)})`);
    return undefined;
  }
  const rawId = entry['id'];
  const idIsValid = typeof rawId === 'string' && KEBAB_CASE.test(rawId);
  const subject = idIsValid ? `mechanism "${rawId}"` : `${at} (no valid id)`;
  if (!idIsValid && 'id' in entry) {
    problems.add(
      subject,
      'id',
      `must be a kebab-case string such as "eurosur" (got ${describeValue(rawId)})`,
    );
  }
  for (const key of Object.keys(entry)) {
    if (![...MECHANISM_FIELDS, ...OPTIONAL_FIELDS].includes(key as keyof Mechanism)) {
      problems.add(
        subject,
        key,
        `is not a known field (known: ${[...MECHANISM_FIELDS, ...OPTIONAL_FIELDS].join(', ')})`,
      );
    }
  }
  for (const field of MECHANISM_FIELDS) {
    if (!(field in entry)) {
      problems.add(
        subject,
        field,
        NULLABLE_FIELDS.includes(field) ? 'is missing (write null for no value)' : 'is missing',
      );
    }
  }
  const present = (field: keyof Mechanism): boolean => field in entry;
  const en = entry['en'];
  if (present('en') && !isCleanString(en)) {
    problems.add(
      subject,
      'en',
      `must be a non-empty string without surrounding spaces (got ${describeValue(en)})`,
    );
  }
  const parent = entry['parent'];
  if (present('parent') && parent !== null && !isCleanString(parent)) {
    problems.add(
      subject,
      'parent',
      `must be the id of another mechanism, or null (got ${describeValue(parent)})`,
    );
  }
  const names = checkNames(problems, subject, entry['names']);
  const aliases = checkAliases(problems, subject, entry['aliases']);
  const ownRendering = checkOwnRendering(problems, subject, entry['ownRendering'], names);
  return {
    ...(names === undefined ? {} : { names }),
    ...(aliases === undefined ? {} : { aliases }),
    ...(ownRendering === undefined ? {} : { ownRendering }),
    id: idIsValid ? rawId : '',
    printed: present('printed') ? checkPrinted(problems, subject, entry['printed']) : [],
    en: isCleanString(en) ? en : '',
    abbreviation: present('abbreviation')
      ? checkNullableString(problems, subject, entry, 'abbreviation')
      : null,
    kind: present('kind') ? checkKind(problems, subject, entry['kind']) : 'body',
    region: present('region') ? checkNullableString(problems, subject, entry, 'region') : null,
    year: present('year') ? checkYear(problems, subject, entry['year']) : null,
    parent: isCleanString(parent) ? parent : null,
    note: present('note') ? checkNullableString(problems, subject, entry, 'note') : null,
  };
}

/** `names`: an object of names in UN languages other than zh and en; undefined when absent. */
function checkNames(
  problems: Problems,
  subject: string,
  value: unknown,
): Partial<Record<Language, string>> | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    problems.add(subject, 'names', `must be an object of names by language (got ${describeValue(value)})`);
    return undefined;
  }
  const names: Partial<Record<Language, string>> = {};
  for (const [language, name] of Object.entries(value)) {
    if (!isLanguage(language) || language === 'zh' || language === 'en') {
      problems.add(
        subject,
        `names.${language}`,
        'is not fr, es, ru or ar (the Chinese name is printed[0], the English one en)',
      );
    } else if (!isCleanString(name)) {
      problems.add(
        subject,
        `names.${language}`,
        `must be a non-empty string without surrounding spaces (got ${describeValue(name)})`,
      );
    } else names[language] = name;
  }
  return names;
}

/** `aliases`: lists of distinct names by UN language other than Chinese; undefined when absent. */
function checkAliases(
  problems: Problems,
  subject: string,
  value: unknown,
): Partial<Record<Language, readonly string[]>> | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    problems.add(
      subject,
      'aliases',
      `must be an object of name lists by language (got ${describeValue(value)})`,
    );
    return undefined;
  }
  const aliases: Partial<Record<Language, readonly string[]>> = {};
  for (const [language, list] of Object.entries(value)) {
    const field = `aliases.${language}`;
    if (!isLanguage(language) || language === 'zh') {
      problems.add(subject, field, 'is not en, fr, es, ru or ar (Chinese forms are printed)');
    } else if (!Array.isArray(list) || list.length === 0) {
      problems.add(subject, field, `must be a non-empty array of names (got ${describeValue(list)})`);
    } else {
      const names: string[] = [];
      for (const name of list as unknown[]) {
        if (!isCleanString(name)) {
          problems.add(
            subject,
            field,
            `must hold non-empty strings without surrounding spaces (got ${describeValue(name)})`,
          );
        } else if (names.includes(name)) {
          problems.add(subject, field, `"${name}" is listed twice`);
        } else names.push(name);
      }
      aliases[language] = names;
    }
  }
  return aliases;
}

/** `ownRendering`: distinct languages of `names`; undefined when absent. */
function checkOwnRendering(
  problems: Problems,
  subject: string,
  value: unknown,
  names: Partial<Record<Language, string>> | undefined,
): Language[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0) {
    problems.add(
      subject,
      'ownRendering',
      `must be a non-empty array of language codes (got ${describeValue(value)})`,
    );
    return undefined;
  }
  const languages: Language[] = [];
  for (const code of value as unknown[]) {
    if (typeof code !== 'string' || !isLanguage(code) || names?.[code] === undefined) {
      problems.add(subject, 'ownRendering', `${describeValue(code)} is not a language of names`);
    } else if (languages.includes(code)) {
      problems.add(subject, 'ownRendering', `"${code}" is listed twice`);
    } else languages.push(code);
  }
  return languages;
}

/** `regions`: English region name → its name in each of the six UN languages. */
function checkRegions(problems: Problems, value: unknown): Map<string, Readonly<Record<Language, string>>> {
  const regions = new Map<string, Readonly<Record<Language, string>>>();
  if (value === undefined) return regions;
  if (!isObject(value)) {
    problems.add('the directory', 'regions', `must be an object (got ${describeValue(value)})`);
    return regions;
  }
  for (const [region, labels] of Object.entries(value)) {
    const missing = UN_LANGUAGES.filter((language) => !isObject(labels) || !isCleanString(labels[language]));
    if (!isObject(labels) || missing.length > 0) {
      problems.add(
        `region "${region}"`,
        'regions',
        `needs a name in each of ar, zh, en, fr, ru, es (missing or empty: ${missing.join(', ')})`,
      );
      continue;
    }
    const unknown = Object.keys(labels).filter((key) => !isLanguage(key));
    if (unknown.length > 0)
      problems.add(`region "${region}"`, 'regions', `has unknown languages: ${unknown.join(', ')}`);
    regions.set(region, Object.freeze({ ...(labels as Record<Language, string>) }));
  }
  return regions;
}

/** Checks what needs the whole directory: unique ids and printed forms, parents that exist, no cycles. */
function checkDirectory(problems: Problems, mechanisms: readonly Mechanism[]): void {
  const byId = new Map<string, Mechanism>();
  const ownerOfForm = new Map<string, string>();
  for (const mechanism of mechanisms) {
    if (mechanism.id === '') continue;
    const subject = `mechanism "${mechanism.id}"`;
    if (byId.has(mechanism.id)) problems.add(subject, 'id', 'is used by more than one mechanism');
    else byId.set(mechanism.id, mechanism);
    for (const form of mechanism.printed) {
      const owner = ownerOfForm.get(form);
      if (owner === undefined) ownerOfForm.set(form, mechanism.id);
      else if (owner !== mechanism.id) {
        problems.add(subject, 'printed', `"${form}" is also a printed form of mechanism "${owner}"`);
      }
    }
  }
  for (const mechanism of mechanisms) {
    const { parent } = mechanism;
    if (mechanism.id === '' || parent === null) continue;
    const subject = `mechanism "${mechanism.id}"`;
    if (parent === mechanism.id) {
      problems.add(subject, 'parent', 'names the mechanism itself');
    } else if (!byId.has(parent)) {
      problems.add(subject, 'parent', `names "${parent}", which is not in the directory`);
    } else {
      const visited = new Set<string>([mechanism.id]);
      let current: string | null = parent;
      while (current !== null && !visited.has(current)) {
        visited.add(current);
        current = byId.get(current)?.parent ?? null;
      }
      if (current === mechanism.id)
        problems.add(subject, 'parent', 'leads back to the mechanism itself (a cycle)');
    }
  }
}

/**
 * Validates the JSON of a mechanism directory (`knowledge/mechanisms.json`) and returns it typed,
 * with an index by id. Checked: the shape (an object with `version` as YYYY-MM-DD and `mechanisms[]`),
 * every field present with its type and no unknown field, ids unique and kebab-case, `printed` a
 * non-empty list of distinct strings that no other mechanism uses, `kind` in {@link MechanismKind},
 * `year` an integer 1900–2100 or null, `parent` the id of another mechanism (no cycles) or null,
 * the optional `names` (fr, es, ru, ar), `aliases` (name lists in en, fr, es, ru, ar) and
 * `ownRendering` (languages of `names`), and `regions`
 * (each with a name in the six languages; every mechanism's region one of them when given).
 * Throws one `SomkbError('VALIDATION_FAILED')` that lists the first ten problems, each naming the
 * mechanism and the field, with `where` set to `source` (the file name, for messages). Pure.
 */
export function parseMechanisms(json: unknown, source: string): MechanismDirectory {
  const problems = new Problems();
  const mechanisms: Mechanism[] = [];
  let version = '';
  let regions = new Map<string, Readonly<Record<Language, string>>>();
  if (!isObject(json)) {
    problems.add(
      'the directory',
      '(root)',
      `must be an object with "version" and "mechanisms" (got ${describeValue(json)})`,
    );
  } else {
    for (const key of Object.keys(json)) {
      if (!TOP_FIELDS.includes(key)) {
        problems.add('the directory', key, 'is not a known field (known: version, regions, mechanisms)');
      }
    }
    const rawVersion = json['version'];
    if (typeof rawVersion === 'string' && ISO_DATE.test(rawVersion)) version = rawVersion;
    else
      problems.add(
        'the directory',
        'version',
        `must be a date written YYYY-MM-DD (got ${describeValue(rawVersion)})`,
      );
    const entries = json['mechanisms'];
    if (!Array.isArray(entries)) {
      problems.add('the directory', 'mechanisms', `must be an array (got ${describeValue(entries)})`);
    } else {
      entries.forEach((entry: unknown, index) => {
        const mechanism = checkEntry(problems, entry, index);
        if (mechanism !== undefined) mechanisms.push(mechanism);
      });
      checkDirectory(problems, mechanisms);
      regions = checkRegions(problems, json['regions']);
      if (regions.size > 0) {
        for (const mechanism of mechanisms) {
          if (mechanism.region !== null && !regions.has(mechanism.region)) {
            problems.add(
              `mechanism "${mechanism.id}"`,
              'region',
              `"${mechanism.region}" is not one of the regions the directory names`,
            );
          }
        }
      }
    }
  }
  if (problems.list.length > 0) {
    const count = problems.list.length;
    const listed = problems.list.slice(0, MAX_LISTED_PROBLEMS).map((problem) => `- ${problem}`);
    if (count > MAX_LISTED_PROBLEMS) listed.push(`- and ${count - MAX_LISTED_PROBLEMS} more`);
    const heading = `the mechanism directory has ${count} problem${count === 1 ? '' : 's'}:`;
    throw new SomkbError('VALIDATION_FAILED', [heading, ...listed].join('\n'), { where: source });
  }
  const withRegions = mechanisms.map((mechanism) => {
    const regionLabels = mechanism.region === null ? undefined : regions.get(mechanism.region);
    return regionLabels === undefined ? mechanism : { ...mechanism, regionLabels };
  });
  return {
    version,
    mechanisms: withRegions,
    byId: new Map(withRegions.map((mechanism) => [mechanism.id, mechanism])),
    regions,
  };
}
