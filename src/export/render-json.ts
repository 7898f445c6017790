import type { Catalog, Language } from '../domain/index.js';
import { viewParagraphs, viewPapers, viewTheme } from '../domain/index.js';
import type { CatalogKnowledge } from '../knowledge/index.js';
import { viewMechanism } from '../mechanisms/index.js';
import { citeReference } from '../references/index.js';

/** The header of the exported document, as the catalog holds it. */
export interface ExportHeader {
  readonly body: string;
  /** Meeting dates as ISO dates (YYYY-MM-DD), in order. */
  readonly dates: readonly string[];
  readonly place: string;
  readonly title: string;
  readonly preparedByLine: string;
  readonly preparedBy: 'secretariat';
}

/** A chapter heading of the exported document (`{ number: 1, numeral: '一', title: '导言' }`). */
export interface ExportChapter {
  readonly number: number;
  readonly numeral: string;
  readonly title: string;
}

/** The exported document: its id, kind, language, header and chapters. */
export interface ExportDocument {
  readonly id: string;
  readonly kind: 'thematic-summary';
  readonly language: Language;
  readonly header: ExportHeader;
  readonly chapters: readonly ExportChapter[];
}

/** An exported theme: `name` is the heading as printed, `papers` the symbols in source order. */
export interface ExportTheme {
  readonly id: string;
  readonly number: number;
  readonly name: string;
  readonly keyTopics: readonly string[];
  readonly papers: readonly string[];
}

/** An exported paper: `theme` is the theme's NAME (as printed), `themeId` its stable id. */
export interface ExportPaper {
  readonly symbol: string;
  readonly year: number;
  readonly meeting: number;
  readonly subject: string;
  readonly theme: string;
  readonly themeId: string;
  /** Numbers of the paragraphs that summarise it, in order. */
  readonly paragraphs: readonly number[];
  readonly url: string;
}

/** A lettered item of an exported paragraph. */
export interface ExportItem {
  readonly label: string;
  readonly text: string;
}

/** An exported paragraph: `theme` is the theme's NAME or `null`, `paper` a symbol or `null`. */
export interface ExportParagraph {
  readonly number: number;
  readonly text: string;
  readonly items: readonly ExportItem[];
  readonly chapter: number;
  readonly theme: string | null;
  readonly paper: string | null;
}

/**
 * A cited legal provision, one per provision: `instrument` is `protocol`, `untoc`, …;
 * `article` the article number ("27"); `clause` what follows it in the usual English citation
 * ("(1)(e)"), absent when none. A resolution of the Conference of the Parties has `instrument`
 * `cop-resolution`, `resolution` ("6/3") and no article. `item` is the lettered item it is in, `text`
 * the words cited as printed, and `citation` the English citation with the article's title.
 */
export interface ExportReference {
  readonly paragraph: number;
  readonly item?: string;
  readonly instrument: string;
  readonly article?: string;
  readonly clause?: string;
  readonly resolution?: string;
  readonly text: string;
  readonly citation: string;
}

/** An instrument named without an article (UNCLOS, the Global Compact …), where it is named. */
export interface ExportInstrumentMention {
  readonly paragraph: number;
  readonly item?: string;
  readonly instrument: string;
  readonly text: string;
}

/**
 * A mechanism, network or platform: its names (`labels.zh` as printed first, `labels.en`), its
 * abbreviation, kind, region, year and parent where stated, and the paragraphs that mention it.
 */
export interface ExportMechanism {
  readonly id: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly printed: readonly string[];
  readonly abbreviation: string | null;
  readonly kind: string;
  readonly region: string | null;
  readonly year: number | null;
  readonly parent: string | null;
  readonly paragraphs: readonly number[];
}

/**
 * A thesaurus concept: its preferred label per language, alternative and hidden labels, links, the
 * paragraphs that treat it and the themes that list it as a key topic.
 */
export interface ExportConcept {
  readonly id: string;
  readonly kind: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly altLabels: Readonly<Record<string, readonly string[]>>;
  readonly hiddenLabels: Readonly<Record<string, readonly string[]>>;
  readonly broader: readonly string[];
  readonly related: readonly string[];
  readonly paragraphs: readonly number[];
  readonly themes: readonly string[];
}

/**
 * The whole catalog as `somkb export --format json` and `GET /api/v1/catalog` give it (the contract
 * of DESIGN.md). `references`, `instrumentMentions`, `mechanisms` and `concepts` come from the
 * catalog's knowledge, and are empty when none is given.
 */
export interface CatalogExport {
  readonly document: ExportDocument;
  readonly themes: readonly ExportTheme[];
  readonly papers: readonly ExportPaper[];
  readonly paragraphs: readonly ExportParagraph[];
  readonly references: readonly ExportReference[];
  readonly mechanisms: readonly ExportMechanism[];
  readonly concepts: readonly ExportConcept[];
  readonly instrumentMentions: readonly ExportInstrumentMention[];
}

/**
 * Turns a catalog into its export object, with theme ids resolved to theme names. The result holds
 * fresh arrays and objects only (nothing is shared with the catalog). Throws `INTERNAL` when a
 * paper or paragraph names a theme the catalog does not hold.
 */
export function toExportJson(catalog: Catalog, knowledge?: CatalogKnowledge): CatalogExport {
  const { document } = catalog;
  const { header } = document;
  return {
    document: {
      id: document.id,
      kind: document.kind,
      language: catalog.language,
      header: {
        body: header.body,
        dates: [...header.dates],
        place: header.place,
        title: header.title,
        preparedByLine: header.preparedByLine,
        preparedBy: header.preparedBy,
      },
      chapters: document.chapters.map((chapter) => ({
        number: chapter.number,
        numeral: chapter.numeral,
        title: chapter.title,
      })),
    },
    themes: catalog.themes.map(viewTheme),
    papers: viewPapers(catalog).map((paper) => ({
      symbol: paper.symbol,
      year: paper.year,
      meeting: paper.meeting,
      subject: paper.subject,
      theme: paper.themeName,
      themeId: paper.themeId,
      paragraphs: paper.paragraphs,
      url: paper.url,
    })),
    paragraphs: viewParagraphs(catalog).map((paragraph) => ({
      number: paragraph.number,
      text: paragraph.text,
      items: paragraph.items,
      chapter: paragraph.chapter,
      theme: paragraph.themeName,
      paper: paragraph.paper,
    })),
    ...knowledgeExport(knowledge),
  };
}

const itemOf = (item: string | null): { item?: string } => (item === null ? {} : { item });

function knowledgeExport(
  knowledge: CatalogKnowledge | undefined,
): Pick<CatalogExport, 'references' | 'instrumentMentions' | 'mechanisms' | 'concepts'> {
  if (knowledge === undefined)
    return { references: [], instrumentMentions: [], mechanisms: [], concepts: [] };
  return {
    references: knowledge.references.map((reference) => ({
      paragraph: reference.paragraph,
      ...itemOf(reference.item),
      instrument: reference.instrument,
      ...(reference.article === undefined ? {} : { article: reference.article }),
      ...(reference.clause === undefined ? {} : { clause: reference.clause }),
      ...(reference.resolution === undefined ? {} : { resolution: reference.resolution }),
      text: reference.span.text,
      citation: citeReference(reference).en,
    })),
    instrumentMentions: knowledge.instrumentMentions.map((mention) => ({
      paragraph: mention.paragraph,
      ...itemOf(mention.item),
      instrument: mention.instrument,
      text: mention.span.text,
    })),
    mechanisms: knowledge.mechanisms.map(({ mechanism, paragraphs }) => {
      const view = viewMechanism(mechanism, paragraphs);
      return {
        id: view.id,
        labels: view.labels,
        printed: view.printed,
        abbreviation: view.abbreviation,
        kind: view.kind,
        region: view.region,
        year: view.year,
        parent: view.parent,
        paragraphs: view.paragraphs,
      };
    }),
    concepts: knowledge.concepts.map(({ concept, paragraphs, themes }) => ({
      id: concept.id,
      kind: concept.kind,
      labels: definedEntries(concept.prefLabel),
      altLabels: definedEntries(concept.altLabel),
      hiddenLabels: definedEntries(concept.hiddenLabel),
      broader: [...concept.broader],
      related: [...concept.related],
      paragraphs: [...paragraphs],
      themes: [...themes],
    })),
  };
}

function definedEntries<T>(map: Readonly<Partial<Record<string, T>>>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(map).filter((entry): entry is [string, T] => entry[1] !== undefined),
  );
}

/** The export object of a catalog as pretty JSON: 2-space indent, one trailing newline. */
export function renderJson(catalog: Catalog, knowledge?: CatalogKnowledge): string {
  return `${JSON.stringify(toExportJson(catalog, knowledge), null, 2)}\n`;
}
