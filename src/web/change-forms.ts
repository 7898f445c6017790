import type { Catalog, Item, Language } from '../domain/index.js';
import { UN_LANGUAGES } from '../domain/index.js';
import type { DraftChange, DraftChangeKind } from '../editing/index.js';
import { changeTarget } from '../editing/index.js';
import type { Messages } from '../messages/index.js';

/**
 * The forms of a draft's changes as data: for each kind of change, the names of its fields, the
 * values they start with (the draft's change when it has one, else the state the draft's preview or
 * the knowledge base holds), and how the values sent make a {@link DraftChange}. The names are the
 * paths of the change's own properties (`text`, `subject.en`, `paragraphs.0.zh.text`,
 * `prefLabel.fr`), so that the service's problems (`details.fields`) land next to their fields.
 */

/** What a form is about, from its URL or hidden fields: `number`, `symbol`, `theme`, `id`, `language`. */
export type ChangeAbout = Readonly<Record<string, string>>;

/** A thesaurus concept or mechanism entry as the knowledge base writes it (`knowledge/*.json`). */
export type KnowledgeEntry = Readonly<Record<string, unknown>>;

/** What a form's values start from. */
export interface ChangeSources {
  /** The document as the draft has it now (its preview), in the form's language. */
  readonly catalog: Catalog;
  /** The draft's change of the same target, when it has one. */
  readonly existing?: DraftChange;
  /** The current concept or mechanism entry, for those forms. */
  readonly entry?: KnowledgeEntry;
}

/** How many paragraphs the form of a new paper offers at first. */
export const NEW_PAPER_ROWS = 2;

/** The most paragraphs the form of a new paper offers. */
export const MAX_NEW_PAPER_ROWS = 40;

/** The items of a paragraph as the form writes them: one a line, `(a) text`. */
export function itemsText(items: readonly Item[]): string {
  return items.map((item) => `(${item.label}) ${item.text}`).join('\n');
}

/** Splits a text area into its lines, trimmed, without the empty ones. */
export function linesOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Reads the items of a text area (`(a) text`, `a) text`, `a. text`); a line without a letter is a problem. */
export function readItems(
  text: string | undefined,
  messages: Messages,
): { readonly items: readonly Item[]; readonly problem?: string } {
  const items: Item[] = [];
  const lines = (text ?? '').split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const match = /^[(（]?([a-z]{1,2})[)）.]\s*(.*)$/u.exec(line);
    if (match === null) return { items, problem: messages.editors.itemsFormat(index + 1) };
    items.push({ label: match[1] ?? '', text: (match[2] ?? '').trim() });
  }
  return { items };
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function recordOf(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function listOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

/** The language a form is about (`about.language`), or the catalog's. */
export function formLanguage(about: ChangeAbout, catalog: Catalog): Language {
  const asked = about.language;
  return (UN_LANGUAGES as readonly string[]).includes(asked ?? '') ? (asked as Language) : catalog.language;
}

/**
 * The values a form of `kind` starts with: the draft's change of that target when it has one, else
 * the current state (the paragraph, paper or theme in the draft's preview, the concept or mechanism
 * entry). `rows` is the number of paragraphs of a new paper's form.
 */
export function initialValues(
  kind: DraftChangeKind,
  about: ChangeAbout,
  sources: ChangeSources,
  languages: readonly Language[],
): Record<string, string> {
  const { catalog, existing } = sources;
  const values: Record<string, string> = { ...about };
  switch (kind) {
    case 'paragraph': {
      const change = existing?.kind === 'paragraph' ? existing : undefined;
      const paragraph = catalog.paragraphs.find((candidate) => String(candidate.number) === about.number);
      values.text = change?.text ?? paragraph?.text ?? '';
      values.items = itemsText(change?.items ?? paragraph?.items ?? []);
      return values;
    }
    case 'paper': {
      const paper = catalog.papers.find((candidate) => candidate.symbol === about.symbol);
      const change = existing?.kind === 'paper' ? existing : undefined;
      values.subject = change?.subject ?? paper?.subject ?? '';
      values.theme = change?.theme ?? paper?.theme ?? '';
      values.year = String(change?.year ?? paper?.year ?? '');
      values.meeting = String(change?.meeting ?? paper?.meeting ?? '');
      return values;
    }
    case 'new-paper': {
      const change = existing?.kind === 'new-paper' ? existing : undefined;
      if (change === undefined) return values;
      values.symbol = change.symbol;
      values.theme = change.theme;
      values.year = String(change.year);
      values.meeting = String(change.meeting);
      for (const language of languages) values[`subject.${language}`] = change.subject[language] ?? '';
      change.paragraphs.forEach((paragraph, index) => {
        for (const language of languages) {
          const version = paragraph[language];
          values[`paragraphs.${index}.${language}.text`] = version?.text ?? '';
          values[`paragraphs.${index}.${language}.items`] = itemsText(version?.items ?? []);
        }
      });
      values.rows = String(Math.max(NEW_PAPER_ROWS, change.paragraphs.length));
      return values;
    }
    case 'key-topics': {
      const change = existing?.kind === 'key-topics' ? existing : undefined;
      const theme = catalog.themes.find((candidate) => candidate.id === about.theme);
      values.keyTopics = (change?.keyTopics ?? theme?.keyTopics ?? []).join('\n');
      return values;
    }
    case 'concept': {
      const entry = existing?.kind === 'concept' ? existing.entry : sources.entry;
      if (entry === undefined) return { ...values, kind: 'topic' };
      values.id = stringOf(entry.id);
      values.kind = stringOf(entry.kind) || 'topic';
      for (const language of UN_LANGUAGES) {
        values[`prefLabel.${language}`] = stringOf(recordOf(entry.prefLabel)[language]);
        values[`altLabel.${language}`] = listOf(recordOf(entry.altLabel)[language]).join('\n');
        values[`hiddenLabel.${language}`] = listOf(recordOf(entry.hiddenLabel)[language]).join('\n');
      }
      values.broader = listOf(entry.broader).join('\n');
      values.related = listOf(entry.related).join('\n');
      values.scopeNote = stringOf(entry.scopeNote);
      return values;
    }
    case 'mechanism': {
      const entry = existing?.kind === 'mechanism' ? existing.entry : sources.entry;
      if (entry === undefined) return { ...values, kind: 'body' };
      values.id = stringOf(entry.id);
      values.kind = stringOf(entry.kind);
      values.printed = listOf(entry.printed).join('\n');
      values.en = stringOf(entry.en);
      values.abbreviation = stringOf(entry.abbreviation);
      values.region = stringOf(entry.region);
      values.year = stringOf(entry.year);
      values.parent = stringOf(entry.parent);
      values.note = stringOf(entry.note);
      for (const language of UN_LANGUAGES) {
        values[`names.${language}`] = stringOf(recordOf(entry.names)[language]);
        values[`aliases.${language}`] = listOf(recordOf(entry.aliases)[language]).join('\n');
      }
      return values;
    }
  }
}

/** What reading a form gave: the change, or the problems by field (the form comes back with them). */
export type ReadChange =
  | { readonly change: DraftChange; readonly errors?: undefined }
  | { readonly change?: undefined; readonly errors: Readonly<Record<string, string>> };

/** A whole number from a field, or a problem under its name. */
function wholeNumber(
  values: Readonly<Record<string, string>>,
  name: string,
  errors: Record<string, string>,
  messages: Messages,
  required: boolean,
): number | undefined {
  const text = (values[name] ?? '').trim();
  if (text === '') {
    if (required) errors[name] = messages.editors.requiredField;
    return undefined;
  }
  if (!/^\d{1,6}$/.test(text)) {
    errors[name] = messages.editors.wholeNumber;
    return undefined;
  }
  return Number(text);
}

/** A required text field, or a problem under its name. */
function requiredText(
  values: Readonly<Record<string, string>>,
  name: string,
  errors: Record<string, string>,
  messages: Messages,
): string {
  const text = (values[name] ?? '').trim();
  if (text === '') errors[name] = messages.editors.requiredField;
  return text;
}

/** The per-language texts of a form (`prefix.<lang>`), the non-empty ones. */
function perLanguage(
  values: Readonly<Record<string, string>>,
  prefix: string,
): Partial<Record<Language, string>> {
  const texts: Partial<Record<Language, string>> = {};
  for (const language of UN_LANGUAGES) {
    const text = (values[`${prefix}.${language}`] ?? '').trim();
    if (text !== '') texts[language] = text;
  }
  return texts;
}

/** The per-language lists of a form (`prefix.<lang>`, one a line), the non-empty ones. */
function listsPerLanguage(
  values: Readonly<Record<string, string>>,
  prefix: string,
): Partial<Record<Language, string[]>> {
  const lists: Partial<Record<Language, string[]>> = {};
  for (const language of UN_LANGUAGES) {
    const lines = linesOf(values[`${prefix}.${language}`]);
    if (lines.length > 0) lists[language] = lines;
  }
  return lists;
}

/**
 * Reads the values a form of `kind` sent as the change it states, in `document`, for the languages
 * the document is published in (a new paper's texts). Only the form itself is checked here (numbers
 * are numbers, items start with their letter, what is required is there); the service checks the
 * change by the rules of ingest. `entry` is the current concept or mechanism entry, whose fields the
 * form does not show (`ownRendering`) and keeps.
 */
export function readChangeForm(
  kind: DraftChangeKind,
  values: Readonly<Record<string, string>>,
  context: {
    readonly document: string;
    readonly languages: readonly Language[];
    readonly messages: Messages;
    readonly entry?: KnowledgeEntry;
  },
): ReadChange {
  const { document, messages } = context;
  const errors: Record<string, string> = {};
  const language = (UN_LANGUAGES as readonly string[]).includes(values.language ?? '')
    ? (values.language as Language)
    : undefined;
  const needLanguage = (): Language => {
    if (language === undefined) errors.language = messages.editors.requiredField;
    return language ?? 'zh';
  };
  let change: DraftChange | undefined;
  switch (kind) {
    case 'paragraph': {
      const number = wholeNumber(values, 'number', errors, messages, true);
      const { items, problem } = readItems(values.items, messages);
      if (problem !== undefined) errors.items = problem;
      const text = requiredText(values, 'text', errors, messages);
      change = { kind, document, number: number ?? 0, language: needLanguage(), text, items };
      break;
    }
    case 'paper': {
      const symbol = requiredText(values, 'symbol', errors, messages);
      const year = wholeNumber(values, 'year', errors, messages, false);
      const meeting = wholeNumber(values, 'meeting', errors, messages, false);
      const subject = (values.subject ?? '').trim();
      const theme = (values.theme ?? '').trim();
      change = {
        kind,
        document,
        symbol,
        language: needLanguage(),
        ...(subject === '' ? {} : { subject }),
        ...(theme === '' ? {} : { theme }),
        ...(year === undefined ? {} : { year }),
        ...(meeting === undefined ? {} : { meeting }),
      };
      break;
    }
    case 'new-paper': {
      const symbol = requiredText(values, 'symbol', errors, messages);
      const theme = requiredText(values, 'theme', errors, messages);
      const year = wholeNumber(values, 'year', errors, messages, true);
      const meeting = wholeNumber(values, 'meeting', errors, messages, true);
      const rows = Math.min(MAX_NEW_PAPER_ROWS, Number(values.rows ?? NEW_PAPER_ROWS) || NEW_PAPER_ROWS);
      const paragraphs: Partial<Record<Language, { text: string; items: readonly Item[] }>>[] = [];
      for (let index = 0; index < rows; index++) {
        const paragraph: Partial<Record<Language, { text: string; items: readonly Item[] }>> = {};
        for (const version of context.languages) {
          const name = `paragraphs.${index}.${version}`;
          const text = (values[`${name}.text`] ?? '').trim();
          const { items, problem } = readItems(values[`${name}.items`], messages);
          if (problem !== undefined) errors[`${name}.items`] = problem;
          if (text !== '' || items.length > 0) paragraph[version] = { text, items };
        }
        if (Object.keys(paragraph).length > 0) paragraphs.push(paragraph);
      }
      if (paragraphs.length === 0) errors['paragraphs.0'] = messages.editors.requiredField;
      change = {
        kind,
        document,
        symbol,
        theme,
        year: year ?? 0,
        meeting: meeting ?? 0,
        subject: perLanguage(values, 'subject'),
        paragraphs,
      };
      break;
    }
    case 'key-topics': {
      const theme = requiredText(values, 'theme', errors, messages);
      change = { kind, document, theme, language: needLanguage(), keyTopics: linesOf(values.keyTopics) };
      break;
    }
    case 'concept': {
      const id = requiredText(values, 'id', errors, messages);
      const scopeNote = (values.scopeNote ?? '').trim();
      const kept =
        context.entry?.ownRendering === undefined ? {} : { ownRendering: context.entry.ownRendering };
      change = {
        kind,
        id,
        entry: {
          id,
          kind: (values.kind ?? 'topic').trim(),
          prefLabel: perLanguage(values, 'prefLabel'),
          ...kept,
          altLabel: listsPerLanguage(values, 'altLabel'),
          hiddenLabel: listsPerLanguage(values, 'hiddenLabel'),
          broader: linesOf(values.broader),
          related: linesOf(values.related),
          ...(scopeNote === '' ? {} : { scopeNote }),
        },
      };
      break;
    }
    case 'mechanism': {
      const id = requiredText(values, 'id', errors, messages);
      const year = wholeNumber(values, 'year', errors, messages, false);
      const orNull = (name: string): string | null => {
        const text = (values[name] ?? '').trim();
        return text === '' ? null : text;
      };
      const names = perLanguage(values, 'names');
      const aliases = listsPerLanguage(values, 'aliases');
      const kept =
        context.entry?.ownRendering === undefined ? {} : { ownRendering: context.entry.ownRendering };
      change = {
        kind,
        id,
        entry: {
          id,
          printed: linesOf(values.printed),
          en: (values.en ?? '').trim(),
          abbreviation: orNull('abbreviation'),
          kind: (values.kind ?? '').trim(),
          region: orNull('region'),
          year: year ?? null,
          parent: orNull('parent'),
          note: orNull('note'),
          ...(Object.keys(names).length === 0 ? {} : { names }),
          ...(Object.keys(aliases).length === 0 ? {} : { aliases }),
          ...kept,
        },
      };
      break;
    }
  }
  return Object.keys(errors).length > 0 ? { errors } : { change };
}

/** The draft's change of the same target as a form about `about` would make, when it has one. */
export function existingChange(
  changes: readonly DraftChange[],
  kind: DraftChangeKind,
  about: ChangeAbout,
  document: string,
): DraftChange | undefined {
  const target = (() => {
    switch (kind) {
      case 'paragraph':
        return `paragraph:${document}:${about.number ?? ''}:${about.language ?? ''}`;
      case 'paper':
        return `paper:${document}:${about.symbol ?? ''}:${about.language ?? ''}`;
      case 'new-paper':
        return `new-paper:${document}:${about.symbol ?? ''}`;
      case 'key-topics':
        return `key-topics:${document}:${about.theme ?? ''}:${about.language ?? ''}`;
      case 'concept':
        return `concept:${about.id ?? ''}`;
      case 'mechanism':
        return `mechanism:${about.id ?? ''}`;
    }
  })();
  return changes.find((change) => changeTarget(change) === target);
}
