import type { Catalog, Language } from '../domain/index.js';
import { dictionaryPieces, normalizeText } from '../analysis/index.js';

/** One unit of retrieval: a numbered paragraph with its items, and what it stands under. */
export interface SearchDocument {
  /** Unique key: `<document id>#<paragraph number>`. */
  readonly key: string;
  readonly document: string;
  readonly paragraph: number;
  readonly language: Language;
  readonly paper: string | null;
  /** Theme id, and its name as printed. */
  readonly theme: string | null;
  readonly themeName: string | null;
  readonly year: number | null;
  readonly meeting: number | null;
  /** The paragraph's text followed by its items, `(a) …`, as printed. */
  readonly text: string;
  /** The subject of its paper ('' outside a paper). */
  readonly subject: string;
  /** The key topics the paragraph treats: those whose label occurs in its text. */
  readonly topics: readonly string[];
}

/** The full text of a paragraph: its own text, then its items as `(a) text`, one space apart. */
export function paragraphFullText(text: string, items: readonly { label: string; text: string }[]): string {
  return [text, ...items.map((item) => `(${item.label}) ${item.text}`)].join(' ');
}

/**
 * What a paragraph's compact text must hold to mention the key topic (every piece of its label, else
 * the whole label): the paragraph then treats it (`SearchDocument.topics`).
 */
function topicNeedles(topic: string): readonly string[] {
  const pieces = dictionaryPieces(topic);
  return pieces.length > 0 ? pieces : [normalizeText(topic).replace(/\s+/g, '')];
}

/** Normalized text without white space, for substring tests that ignore the PDF's spacing. */
export function compactText(text: string): string {
  return normalizeText(text).replace(/\s+/gu, '');
}

/** The search documents of a catalog: one per numbered paragraph. */
export function documentsFromCatalog(catalog: Catalog): SearchDocument[] {
  return catalog.paragraphs.map(documentMaker(catalog));
}

/**
 * What makes the search document of a paragraph of `catalog`, its lookups made once: for a caller
 * that makes the documents of a large catalog a share at a time (a server between requests).
 */
export function documentMaker(
  catalog: Catalog,
): (paragraph: Catalog['paragraphs'][number]) => SearchDocument {
  const themes = new Map(catalog.themes.map((theme) => [theme.id, theme]));
  const papers = new Map(catalog.papers.map((paper) => [paper.symbol, paper]));
  // Each topic's pieces once per catalog, not once per paragraph (41,563 paragraphs took 9 s).
  const topics = [...new Set(catalog.themes.flatMap((theme) => theme.keyTopics))].map((topic) => ({
    topic,
    needles: topicNeedles(topic),
  }));
  return (paragraph): SearchDocument => {
    const text = paragraphFullText(paragraph.text, paragraph.items);
    const compact = compactText(text);
    const theme = paragraph.theme === null ? undefined : themes.get(paragraph.theme);
    const paper = paragraph.paper === null ? undefined : papers.get(paragraph.paper);
    return {
      key: `${catalog.document.id}#${paragraph.number}`,
      document: catalog.document.id,
      paragraph: paragraph.number,
      language: catalog.language,
      paper: paragraph.paper,
      theme: paragraph.theme,
      themeName: theme?.name ?? null,
      year: paper?.year ?? null,
      meeting: paper?.meeting ?? null,
      text,
      subject: paper?.subject ?? '',
      topics: topics
        .filter(({ needles }) => needles.every((needle) => compact.includes(needle)))
        .map(({ topic }) => topic),
    };
  };
}

/**
 * The key topics of `version` by those of `reference`, the reference's printed topic → the version's:
 * the language versions of a catalog list the same themes (by id) with their key topics in the same
 * order. A theme or position the version lacks is left out.
 */
export function alignedTopicNames(reference: Catalog, version: Catalog): Map<string, string> {
  const names = new Map<string, string>();
  const themes = new Map(version.themes.map((theme) => [theme.id, theme]));
  for (const theme of reference.themes) {
    const other = themes.get(theme.id);
    theme.keyTopics.forEach((topic, position) => {
      const name = other?.keyTopics[position];
      if (name !== undefined && !names.has(topic)) names.set(topic, name);
    });
  }
  return names;
}
