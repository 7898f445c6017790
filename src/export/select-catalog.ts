import type { Catalog, Paragraph } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import type { CatalogKnowledge } from '../knowledge/index.js';

/**
 * A part of a catalog to export or brief: the union of the paragraphs of the given themes, topics,
 * papers and paragraph numbers. A field that is absent selects nothing; a selection with every
 * field absent is the whole catalog. A field that is present but empty (a search that found
 * nothing) selects nothing, so such a selection is never taken for the whole catalog.
 */
export interface CatalogSelection {
  /** Theme ids (`theme-1` … `theme-9`): every paragraph of the theme's papers. */
  readonly themes?: readonly string[];
  /** Thesaurus concept ids (`financial-investigation`): the paragraphs that treat the concept. */
  readonly topics?: readonly string[];
  /** Paper symbols (`CTOC/COP/WG.7/2015/4`, any letter case): the paragraphs that summarise it. */
  readonly papers?: readonly string[];
  /** Paragraph numbers, such as a search's results. */
  readonly paragraphs?: readonly number[];
}

/** True when the selection names nothing at all, and so stands for the whole catalog. */
export function isWholeCatalog(selection: CatalogSelection): boolean {
  return (
    selection.themes === undefined &&
    selection.topics === undefined &&
    selection.papers === undefined &&
    selection.paragraphs === undefined
  );
}

/** `first … last` of a list of names, or the single name, for "no such thing" messages. */
function span(names: readonly string[]): string {
  const first = names[0];
  const last = names[names.length - 1];
  if (first === undefined || last === undefined) return 'none';
  return first === last ? first : `${first} … ${last}`;
}

/** A paper symbol as compared: trimmed, upper case. */
const symbolKey = (symbol: string): string => symbol.trim().toUpperCase();

/**
 * The paragraph numbers a selection stands for, in no particular order. Throws `NOT_FOUND` naming
 * the first theme, topic, paper or paragraph the catalog (or its knowledge) does not hold.
 */
function selectedNumbers(
  catalog: Catalog,
  knowledge: CatalogKnowledge,
  selection: CatalogSelection,
): Set<number> {
  const chosen = new Set<number>();
  const add = (paragraphs: readonly Paragraph[]): void => {
    for (const paragraph of paragraphs) chosen.add(paragraph.number);
  };
  for (const id of selection.themes ?? []) {
    const theme = catalog.themes.find((candidate) => candidate.id === id.trim());
    if (theme === undefined) {
      throw new SomkbError(
        'NOT_FOUND',
        `no theme '${id}' (themes are ${span(catalog.themes.map((candidate) => candidate.id))})`,
        { where: 'theme' },
      );
    }
    add(catalog.paragraphs.filter((paragraph) => paragraph.theme === theme.id));
  }
  for (const id of selection.topics ?? []) {
    const entry = knowledge.concepts.find((candidate) => candidate.concept.id === id.trim().toLowerCase());
    if (entry === undefined) {
      throw new SomkbError(
        'NOT_FOUND',
        `no topic '${id}' in the thesaurus (a topic is a concept id such as 'financial-investigation'; somkb topics lists them)`,
        { where: 'topic' },
      );
    }
    for (const number of entry.paragraphs) chosen.add(number);
  }
  const symbols = new Map(catalog.papers.map((paper) => [symbolKey(paper.symbol), paper.symbol]));
  for (const wanted of selection.papers ?? []) {
    const symbol = symbols.get(symbolKey(wanted));
    if (symbol === undefined) {
      const sorted = [...catalog.papers.map((paper) => paper.symbol)].sort();
      throw new SomkbError('NOT_FOUND', `no paper '${wanted}' (papers are ${span(sorted)})`, {
        where: 'paper',
      });
    }
    add(catalog.paragraphs.filter((paragraph) => paragraph.paper === symbol));
  }
  const numbers = new Set(catalog.paragraphs.map((paragraph) => paragraph.number));
  for (const number of selection.paragraphs ?? []) {
    if (!numbers.has(number)) {
      const all = catalog.paragraphs.map((paragraph) => String(paragraph.number));
      throw new SomkbError('NOT_FOUND', `no paragraph ${number} (paragraphs are ${span(all)})`, {
        where: 'paragraph',
      });
    }
    chosen.add(number);
  }
  return chosen;
}

/** The selection in a few words, for messages: `theme theme-1, topic hawala`. */
export function selectionWords(selection: CatalogSelection): string {
  const parts = [
    ...(selection.themes ?? []).map((id) => `theme ${id}`),
    ...(selection.topics ?? []).map((id) => `topic ${id}`),
    ...(selection.papers ?? []).map((symbol) => `paper ${symbol}`),
  ];
  if (selection.paragraphs !== undefined) {
    parts.push(
      selection.paragraphs.length === 0
        ? 'no paragraph'
        : `paragraph${selection.paragraphs.length === 1 ? '' : 's'} ${selection.paragraphs.join(', ')}`,
    );
  }
  return parts.length === 0 ? 'nothing' : parts.join(', ');
}

/**
 * The part of a catalog a selection stands for, as a catalog of its own: the union of the selected
 * paragraphs in catalog order, only the papers, themes and chapters they belong to (each paper's
 * paragraphs and each theme's papers cut to the selection), the same document header. Every
 * renderer of this module works on it as on a whole catalog. A selection that names nothing gives
 * the catalog itself.
 *
 * Throws `NOT_FOUND` for a theme, topic (concept id of `knowledge`), paper or paragraph that does
 * not exist (the message names it and the valid range), and when the selection holds no paragraph
 * at all (a topic no paragraph treats, a search that found nothing).
 */
export function selectCatalog(
  catalog: Catalog,
  knowledge: CatalogKnowledge,
  selection: CatalogSelection,
): Catalog {
  if (isWholeCatalog(selection)) return catalog;
  const chosen = selectedNumbers(catalog, knowledge, selection);
  const paragraphs = catalog.paragraphs.filter((paragraph) => chosen.has(paragraph.number));
  if (paragraphs.length === 0) {
    throw new SomkbError('NOT_FOUND', `the selection (${selectionWords(selection)}) holds no paragraph`, {
      where: 'selection',
    });
  }
  const symbols = new Set(
    paragraphs.flatMap((paragraph) => (paragraph.paper === null ? [] : [paragraph.paper])),
  );
  const papers = catalog.papers
    .filter((paper) => symbols.has(paper.symbol))
    .map((paper) => ({ ...paper, paragraphs: paper.paragraphs.filter((number) => chosen.has(number)) }));
  const themeIds = new Set([
    ...paragraphs.flatMap((paragraph) => (paragraph.theme === null ? [] : [paragraph.theme])),
    ...papers.map((paper) => paper.theme),
  ]);
  const themes = catalog.themes
    .filter((theme) => themeIds.has(theme.id))
    .map((theme) => ({ ...theme, papers: theme.papers.filter((symbol) => symbols.has(symbol)) }));
  const chapterNumbers = new Set(paragraphs.map((paragraph) => paragraph.chapter));
  return {
    language: catalog.language,
    document: {
      ...catalog.document,
      chapters: catalog.document.chapters.filter((chapter) => chapterNumbers.has(chapter.number)),
    },
    paragraphs,
    themes,
    papers,
  };
}

/**
 * The knowledge of a catalog cut to the paragraphs and themes of a part of it (see
 * {@link selectCatalog}): the provisions, instrument mentions and mechanism mentions in its
 * paragraphs; the concepts it treats or whose themes it holds, each with its paragraphs and themes
 * cut to the part. Concepts and mechanisms it does not touch are left out.
 */
export function selectKnowledge(knowledge: CatalogKnowledge, part: Catalog): CatalogKnowledge {
  const numbers = new Set(part.paragraphs.map((paragraph) => paragraph.number));
  const themes = new Set(part.themes.map((theme) => theme.id));
  const inPart = (entry: { readonly paragraph: number }): boolean => numbers.has(entry.paragraph);
  return {
    concepts: knowledge.concepts
      .map((entry) => ({
        concept: entry.concept,
        paragraphs: entry.paragraphs.filter((number) => numbers.has(number)),
        themes: entry.themes.filter((id) => themes.has(id)),
      }))
      .filter((entry) => entry.paragraphs.length > 0 || entry.themes.length > 0),
    references: knowledge.references.filter(inPart),
    instrumentMentions: knowledge.instrumentMentions.filter(inPart),
    mechanisms: knowledge.mechanisms
      .map((entry) => ({
        mechanism: entry.mechanism,
        paragraphs: entry.paragraphs.filter((number) => numbers.has(number)),
        mentions: entry.mentions.filter(inPart),
      }))
      .filter((entry) => entry.paragraphs.length > 0),
    ...(knowledge.keyTopics === undefined
      ? {}
      : { keyTopics: knowledge.keyTopics.filter((topic) => themes.has(topic.theme)) }),
  };
}
