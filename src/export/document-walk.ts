import type { Catalog, Chapter, Paper, Paragraph, Theme } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';

/** One step of a walk through a catalog in reading order (see {@link walkDocument}). */
export type WalkStep =
  | { readonly kind: 'chapter'; readonly chapter: Chapter }
  | { readonly kind: 'theme'; readonly theme: Theme }
  | { readonly kind: 'paper'; readonly paper: Paper }
  | { readonly kind: 'paragraph'; readonly paragraph: Paragraph };

/**
 * Index of a catalog's themes by id and papers by symbol, so that renderers resolve the references
 * of paragraphs and papers in one place and fail loudly on a dangling one.
 */
export interface CatalogIndex {
  /** The theme with this id; throws `INTERNAL` when the catalog has none (a validation bug). */
  theme(id: string): Theme;
  /** The paper with this symbol; throws `INTERNAL` when the catalog has none (a validation bug). */
  paper(symbol: string): Paper;
}

/** Builds the {@link CatalogIndex} of a catalog. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const themes = new Map(catalog.themes.map((theme) => [theme.id, theme]));
  const papers = new Map(catalog.papers.map((paper) => [paper.symbol, paper]));
  return {
    theme(id) {
      const theme = themes.get(id);
      if (theme === undefined) {
        throw new SomkbError('INTERNAL', `The catalog refers to theme "${id}", which it does not hold.`);
      }
      return theme;
    },
    paper(symbol) {
      const paper = papers.get(symbol);
      if (paper === undefined) {
        throw new SomkbError('INTERNAL', `The catalog refers to paper "${symbol}", which it does not hold.`);
      }
      return paper;
    },
  };
}

/**
 * Walks a catalog in reading order: a chapter step when the chapter changes, a theme step when the
 * theme changes, a paper step when the paper changes, then each paragraph. Chapters and themes that
 * hold no paragraph are still visited, in their catalog order, before the next one that does (or at
 * the end), so that a rendering shows every heading of the document.
 */
export function walkDocument(catalog: Catalog): readonly WalkStep[] {
  const index = indexCatalog(catalog);
  const steps: WalkStep[] = [];
  const chapters = catalog.document.chapters;
  const themes = catalog.themes;
  let nextChapter = 0;
  let nextTheme = 0;
  let currentChapter: number | undefined;
  let currentTheme: string | null = null;
  let currentPaper: string | null = null;

  const flushChaptersUpTo = (position: number): void => {
    for (; nextChapter <= position; nextChapter += 1) {
      const chapter = chapters[nextChapter];
      if (chapter !== undefined) steps.push({ kind: 'chapter', chapter });
    }
  };
  const flushThemesUpTo = (position: number): void => {
    for (; nextTheme <= position; nextTheme += 1) {
      const theme = themes[nextTheme];
      if (theme !== undefined) steps.push({ kind: 'theme', theme });
    }
  };

  for (const paragraph of catalog.paragraphs) {
    if (paragraph.chapter !== currentChapter) {
      currentChapter = paragraph.chapter;
      const position = chapters.findIndex((chapter) => chapter.number === paragraph.chapter);
      const chapter = chapters[position];
      if (position >= nextChapter) flushChaptersUpTo(position);
      else if (chapter !== undefined) steps.push({ kind: 'chapter', chapter });
    }
    if (paragraph.theme !== currentTheme) {
      currentTheme = paragraph.theme;
      currentPaper = null;
      if (paragraph.theme !== null) {
        const theme = index.theme(paragraph.theme);
        const position = themes.indexOf(theme);
        if (position >= nextTheme) flushThemesUpTo(position);
        else steps.push({ kind: 'theme', theme });
      }
    }
    if (paragraph.paper !== currentPaper) {
      currentPaper = paragraph.paper;
      if (paragraph.paper !== null) steps.push({ kind: 'paper', paper: index.paper(paragraph.paper) });
    }
    steps.push({ kind: 'paragraph', paragraph });
  }
  flushChaptersUpTo(chapters.length - 1);
  flushThemesUpTo(themes.length - 1);
  return steps;
}
