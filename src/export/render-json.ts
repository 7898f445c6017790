import type { Catalog, Language } from '../domain/index.js';
import { indexCatalog } from './document-walk.js';

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
 * A cited legal provision. `instrument` is `protocol`, `untoc`, …; `article` the article number
 * ("27"); `clause` what follows it in the usual English citation ("(1)(e)"), absent when none.
 */
export interface ExportReference {
  readonly paragraph: number;
  readonly instrument: string;
  readonly article: string;
  readonly clause?: string;
}

/** A mechanism, network or platform: its labels per language and the paragraphs that mention it. */
export interface ExportMechanism {
  readonly id: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly paragraphs: readonly number[];
}

/** A thesaurus concept: its preferred label per language. */
export interface ExportConcept {
  readonly id: string;
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * The whole catalog as `somkb export --format json` and `GET /api/v1/catalog` give it (the contract
 * of DESIGN.md). `references`, `mechanisms` and `concepts` stay empty until the extraction step
 * fills them.
 */
export interface CatalogExport {
  readonly document: ExportDocument;
  readonly themes: readonly ExportTheme[];
  readonly papers: readonly ExportPaper[];
  readonly paragraphs: readonly ExportParagraph[];
  readonly references: readonly ExportReference[];
  readonly mechanisms: readonly ExportMechanism[];
  readonly concepts: readonly ExportConcept[];
}

/**
 * Turns a catalog into its export object, with theme ids resolved to theme names. The result holds
 * fresh arrays and objects only (nothing is shared with the catalog). Throws `INTERNAL` when a
 * paper or paragraph names a theme the catalog does not hold.
 */
export function toExportJson(catalog: Catalog): CatalogExport {
  const index = indexCatalog(catalog);
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
    themes: catalog.themes.map((theme) => ({
      id: theme.id,
      number: theme.number,
      name: theme.name,
      keyTopics: [...theme.keyTopics],
      papers: [...theme.papers],
    })),
    papers: catalog.papers.map((paper) => ({
      symbol: paper.symbol,
      year: paper.year,
      meeting: paper.meeting,
      subject: paper.subject,
      theme: index.theme(paper.theme).name,
      themeId: paper.theme,
      paragraphs: [...paper.paragraphs],
      url: paper.url,
    })),
    paragraphs: catalog.paragraphs.map((paragraph) => ({
      number: paragraph.number,
      text: paragraph.text,
      items: paragraph.items.map((item) => ({ label: item.label, text: item.text })),
      chapter: paragraph.chapter,
      theme: paragraph.theme === null ? null : index.theme(paragraph.theme).name,
      paper: paragraph.paper,
    })),
    references: [],
    mechanisms: [],
    concepts: [],
  };
}

/** The export object of a catalog as pretty JSON: 2-space indent, one trailing newline. */
export function renderJson(catalog: Catalog): string {
  return `${JSON.stringify(toExportJson(catalog), null, 2)}\n`;
}
