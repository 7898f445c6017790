import { diffArrays } from 'diff';
import type { WordSplitter } from '../analysis/index.js';
import { createWordSplitter } from '../analysis/index.js';
import type { Catalog, DocumentInfo, Item, Language, Paper, Paragraph, Theme } from '../domain/index.js';
import { formatRanges } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import type { CatalogChange, CatalogDiff, TextDiffPart } from './catalog-diff.js';
import { diffText } from './text-diff.js';

/** One side of a diff: a version number and the catalog it holds (a published catalog is one). */
export interface DiffSide {
  readonly version: number;
  readonly catalog: Catalog;
}

/** Options of {@link diffCatalogs}. */
export interface DiffCatalogsOptions {
  /**
   * Cuts the catalog language's texts into words (see `createWordSplitter`); by default the one of
   * the language, made on first use and kept for the process (jieba's dictionary loads once).
   */
  readonly splitWords?: WordSplitter;
}

/** The word splitters made so far, one per language: Chinese costs a dictionary load to make. */
const splitters = new Map<Language, WordSplitter>();

function splitterOf(language: Language): WordSplitter {
  let splitter = splitters.get(language);
  if (splitter === undefined) {
    splitter = createWordSplitter(language);
    splitters.set(language, splitter);
  }
  return splitter;
}

/** Joins a list (paper symbols, paragraph numbers) into the one string a change holds. */
const LIST_SEPARATOR = ', ';

/**
 * Every change from the catalog of version `from` to the one of version `to` (of one document, in
 * one language): the header and chapter titles, paragraphs, their lettered items, papers (subject, theme, year, meeting,
 * paragraphs), themes (name, papers) and key topics added, removed or changed, and for a changed
 * text its diff (`parts`, see `diffText`: Chinese by character shown by word, other languages by
 * word). `from` may be the newer version: the diff then says how to go back.
 *
 * Order, as the catalog holds them: the document's header and chapter titles; paragraphs by number,
 * each followed by its items; then themes,
 * each followed by its key topics; then papers. Items, papers and themes stand in the newer
 * catalog's order, a removed one where it stood in the older. An added or removed paragraph or theme
 * is followed by its items or key topics, added or removed with it, so that the changes hold all the
 * text that came or went. Identical catalogs give no changes.
 *
 * @throws SomkbError `USAGE` when the two catalogs are of different documents or languages.
 */
export function diffCatalogs(from: DiffSide, to: DiffSide, options: DiffCatalogsOptions = {}): CatalogDiff {
  const older = from.catalog;
  const newer = to.catalog;
  if (older.document.id !== newer.document.id) {
    throw new SomkbError(
      'USAGE',
      `version ${from.version} is of document ${older.document.id} and version ${to.version} of ${newer.document.id}: a diff compares two versions of one document`,
    );
  }
  if (older.language !== newer.language) {
    throw new SomkbError(
      'USAGE',
      `version ${from.version} is in ${older.language} and version ${to.version} in ${newer.language}: a diff compares two versions in one language`,
    );
  }
  const lang = newer.language;
  const split = options.splitWords ?? splitterOf(lang);
  const mode = lang === 'zh' ? 'characters' : 'words';
  const textParts = (before: string, after: string): TextDiffPart[] => diffText(before, after, split, mode);
  const context: DiffContext = { lang, textParts };
  return {
    document: newer.document.id,
    from: from.version,
    to: to.version,
    changes: [
      ...diffDocument(older.document, newer.document, context),
      ...diffParagraphs(older.paragraphs, newer.paragraphs, context),
      ...diffThemes(older.themes, newer.themes, context),
      ...diffPapers(older.papers, newer.papers, context),
    ].map(inKeyOrder),
  };
}

/**
 * A change with its keys in one order, whatever order it was built in, so that the JSON reads the
 * same for every change: kind, change, lang, what it is about, then the texts.
 */
function inKeyOrder(change: CatalogChange): CatalogChange {
  const { kind, change: action, lang, number, label, symbol, theme, field, before, after, parts } = change;
  return {
    kind,
    change: action,
    lang,
    ...(number === undefined ? {} : { number }),
    ...(label === undefined ? {} : { label }),
    ...(symbol === undefined ? {} : { symbol }),
    ...(theme === undefined ? {} : { theme }),
    ...(field === undefined ? {} : { field }),
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
    ...(parts === undefined ? {} : { parts }),
  };
}

/** What every part of a catalog diff needs. */
interface DiffContext {
  readonly lang: Language;
  readonly textParts: (before: string, after: string) => TextDiffPart[];
}

/**
 * The keys of both lists in one order: the newer list's, with each key only the older list has put
 * right after the key it followed there (or first, when it led the list).
 */
function mergeOrder<K>(older: readonly K[], newer: readonly K[]): K[] {
  const inNewer = new Set(newer);
  const removedAfter = new Map<K | undefined, K[]>();
  let previous: K | undefined;
  for (const key of older) {
    if (inNewer.has(key)) previous = key;
    else {
      const group = removedAfter.get(previous) ?? [];
      group.push(key);
      removedAfter.set(previous, group);
    }
  }
  const merged: K[] = [...(removedAfter.get(undefined) ?? [])];
  for (const key of newer) merged.push(key, ...(removedAfter.get(key) ?? []));
  return merged;
}

/** Pairs the elements of two keyed lists in merged order: [key, older, newer]. */
function pairByKey<T, K>(
  older: readonly T[],
  newer: readonly T[],
  keyOf: (value: T) => K,
): [K, T | undefined, T | undefined][] {
  const oldByKey = new Map(older.map((value) => [keyOf(value), value] as const));
  const newByKey = new Map(newer.map((value) => [keyOf(value), value] as const));
  return mergeOrder(older.map(keyOf), newer.map(keyOf)).map((key) => [
    key,
    oldByKey.get(key),
    newByKey.get(key),
  ]);
}

/** A change of one text: `undefined` when equal. */
function textChange(
  base: Omit<CatalogChange, 'change' | 'before' | 'after' | 'parts'>,
  before: string,
  after: string,
  context: DiffContext,
): CatalogChange | undefined {
  if (before === after) return undefined;
  return { ...base, change: 'changed', before, after, parts: context.textParts(before, after) };
}

/** A change of a value shown as it is (a year, a theme id, a list): `undefined` when equal. */
function valueChange(
  base: Omit<CatalogChange, 'change' | 'before' | 'after' | 'parts'>,
  before: string,
  after: string,
): CatalogChange | undefined {
  return before === after ? undefined : { ...base, change: 'changed', before, after };
}

function present<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/**
 * The front matter and the chapters: the header's body, dates, place, title and "prepared by" line,
 * then each chapter's title by number (added or removed when only one side has that chapter).
 */
function diffDocument(older: DocumentInfo, newer: DocumentInfo, context: DiffContext): CatalogChange[] {
  const base = { kind: 'document', lang: context.lang } as const;
  const a = older.header;
  const b = newer.header;
  const header = [
    textChange({ ...base, field: 'body' }, a.body, b.body, context),
    valueChange({ ...base, field: 'dates' }, a.dates.join(LIST_SEPARATOR), b.dates.join(LIST_SEPARATOR)),
    textChange({ ...base, field: 'place' }, a.place, b.place, context),
    textChange({ ...base, field: 'title' }, a.title, b.title, context),
    textChange({ ...base, field: 'preparedBy' }, a.preparedByLine, b.preparedByLine, context),
  ];
  const chapters = pairByKey(older.chapters, newer.chapters, (chapter) => chapter.number)
    .sort(([x], [y]) => x - y)
    .map(([number, before, after]): CatalogChange | undefined => {
      const chapter = { ...base, field: 'chapter', number } as const;
      if (after === undefined) return { ...chapter, change: 'removed', before: before?.title ?? '' };
      if (before === undefined) return { ...chapter, change: 'added', after: after.title };
      return textChange(chapter, before.title, after.title, context);
    });
  return [...header, ...chapters].filter(present);
}

function diffParagraphs(
  older: readonly Paragraph[],
  newer: readonly Paragraph[],
  context: DiffContext,
): CatalogChange[] {
  const { lang } = context;
  const byNumber = (paragraph: Paragraph): number => paragraph.number;
  const pairs = pairByKey(older, newer, byNumber).sort(([a], [b]) => a - b);
  return pairs.flatMap(([number, before, after]): CatalogChange[] => {
    const base = { kind: 'paragraph', lang, number } as const;
    if (after === undefined) {
      return [
        { ...base, change: 'removed', before: before?.text ?? '' },
        ...(before?.items ?? []).map((item): CatalogChange => ({
          kind: 'item',
          change: 'removed',
          lang,
          number,
          label: item.label,
          before: item.text,
        })),
      ];
    }
    if (before === undefined) {
      return [
        { ...base, change: 'added', after: after.text },
        ...after.items.map((item): CatalogChange => ({
          kind: 'item',
          change: 'added',
          lang,
          number,
          label: item.label,
          after: item.text,
        })),
      ];
    }
    return [
      textChange(base, before.text, after.text, context),
      ...diffItems(number, before.items, after.items, context),
    ].filter(present);
  });
}

function diffItems(
  number: number,
  older: readonly Item[],
  newer: readonly Item[],
  context: DiffContext,
): CatalogChange[] {
  const { lang } = context;
  return pairByKey(older, newer, (item) => item.label)
    .map(([label, before, after]): CatalogChange | undefined => {
      const base = { kind: 'item', lang, number, label } as const;
      if (after === undefined) return { ...base, change: 'removed', before: before?.text ?? '' };
      if (before === undefined) return { ...base, change: 'added', after: after.text };
      return textChange(base, before.text, after.text, context);
    })
    .filter(present);
}

function diffThemes(older: readonly Theme[], newer: readonly Theme[], context: DiffContext): CatalogChange[] {
  const { lang } = context;
  return pairByKey(older, newer, (theme) => theme.id).flatMap(([theme, before, after]): CatalogChange[] => {
    const base = { kind: 'theme', lang, theme } as const;
    const topic = { kind: 'keyTopic', lang, theme } as const;
    if (after === undefined) {
      return [
        { ...base, change: 'removed', before: before?.name ?? '' },
        ...(before?.keyTopics ?? []).map((text): CatalogChange => ({
          ...topic,
          change: 'removed',
          before: text,
        })),
      ];
    }
    if (before === undefined) {
      return [
        { ...base, change: 'added', after: after.name },
        ...after.keyTopics.map((text): CatalogChange => ({ ...topic, change: 'added', after: text })),
      ];
    }
    return [
      textChange({ ...base, field: 'name' }, before.name, after.name, context),
      valueChange(
        { ...base, field: 'papers' },
        before.papers.join(LIST_SEPARATOR),
        after.papers.join(LIST_SEPARATOR),
      ),
      ...diffKeyTopics(theme, before.keyTopics, after.keyTopics, context),
    ].filter(present);
  });
}

/**
 * The key topics of one theme, compared as a list: topics removed where others were added in their
 * place are paired, in order, as changed (the text of a topic edited); the rest are added or removed.
 */
function diffKeyTopics(
  theme: string,
  older: readonly string[],
  newer: readonly string[],
  context: DiffContext,
): CatalogChange[] {
  const base = { kind: 'keyTopic', lang: context.lang, theme } as const;
  const changes: CatalogChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = (): void => {
    const paired = Math.min(removed.length, added.length);
    for (let index = 0; index < paired; index++) {
      const change = textChange(base, removed[index] ?? '', added[index] ?? '', context);
      if (change !== undefined) changes.push(change);
    }
    for (const text of removed.slice(paired)) changes.push({ ...base, change: 'removed', before: text });
    for (const text of added.slice(paired)) changes.push({ ...base, change: 'added', after: text });
    removed = [];
    added = [];
  };
  for (const run of diffArrays([...older], [...newer])) {
    if (run.removed) removed.push(...run.value);
    else if (run.added) added.push(...run.value);
    else flush();
  }
  flush();
  return changes;
}

function diffPapers(older: readonly Paper[], newer: readonly Paper[], context: DiffContext): CatalogChange[] {
  const { lang } = context;
  return pairByKey(older, newer, (paper) => paper.symbol).flatMap(
    ([symbol, before, after]): CatalogChange[] => {
      const base = { kind: 'paper', lang, symbol } as const;
      if (after === undefined) return [{ ...base, change: 'removed', before: before?.subject ?? '' }];
      if (before === undefined) return [{ ...base, change: 'added', after: after.subject }];
      const paragraphs = (paper: Paper): string =>
        formatRanges(paper.paragraphs, { separator: LIST_SEPARATOR });
      return [
        textChange({ ...base, field: 'subject' }, before.subject, after.subject, context),
        valueChange({ ...base, field: 'theme' }, before.theme, after.theme),
        valueChange({ ...base, field: 'year' }, String(before.year), String(after.year)),
        valueChange({ ...base, field: 'meeting' }, String(before.meeting), String(after.meeting)),
        valueChange({ ...base, field: 'paragraphs' }, paragraphs(before), paragraphs(after)),
      ].filter(present);
    },
  );
}
