import { SomkbError } from '../errors/index.js';
import type { Catalog, Item, Paper, Paragraph, Theme } from './catalog.js';
import { meetingYearsOf } from './meetings.js';
import type { Language } from './language.js';
import { paperSlug, paperUrls } from './symbol.js';

/**
 * The public view of a paragraph, the one every front end and file derives its own shape from:
 * its text and items (fresh copies), the id AND the name of its theme under distinct names, the
 * symbol of its paper (front ends cite it in their language with `citeSummaryParagraph`).
 */
export interface ParagraphView {
  readonly number: number;
  readonly text: string;
  readonly items: Item[];
  readonly chapter: number;
  /** The id of its theme (`theme-3`), or null before the first theme. */
  readonly themeId: string | null;
  /** The name of its theme as printed, or null before the first theme. */
  readonly themeName: string | null;
  /** The symbol of the paper it summarises, or null outside any paper. */
  readonly paper: string | null;
}

/** The public view of a paper: its facts, its URL slug, its theme's id and name, its paragraphs. */
export interface PaperView {
  readonly symbol: string;
  /** `CTOC-COP-WG.7-2015-4` (see {@link paperSlug}). */
  readonly slug: string;
  readonly year: number;
  readonly meeting: number;
  readonly subject: string;
  readonly themeId: string;
  readonly themeName: string;
  readonly paragraphs: number[];
  /** The official document: `https://undocs.org/<symbol>`. */
  readonly url: string;
  /** The official document in each of the six languages: `https://undocs.org/<lang>/<symbol>`. */
  readonly urls: Readonly<Record<Language, string>>;
}

/** The public view of a theme: its id, number, name, key topics and the symbols of its papers. */
export interface ThemeView {
  readonly id: string;
  readonly number: number;
  readonly name: string;
  readonly keyTopics: string[];
  readonly papers: string[];
}

/** The public view of a meeting: its number, year, and the symbols of its papers in symbol order. */
export interface MeetingView {
  readonly number: number;
  readonly year: number;
  readonly papers: string[];
}

/** The name of the theme with this id; throws `INTERNAL` when the catalog holds no such theme (a validation bug). */
function themeNamer(catalog: Catalog): (id: string) => string {
  const names = new Map(catalog.themes.map((theme) => [theme.id, theme.name]));
  return (id) => {
    const name = names.get(id);
    if (name === undefined) {
      throw new SomkbError('INTERNAL', `The catalog refers to theme "${id}", which it does not hold.`);
    }
    return name;
  };
}

/** The view of one paragraph; `themeName` resolves its theme id (see {@link viewParagraphs}). */
function paragraphView(paragraph: Paragraph, themeName: (id: string) => string): ParagraphView {
  return {
    number: paragraph.number,
    text: paragraph.text,
    items: paragraph.items.map((item) => ({ label: item.label, text: item.text })),
    chapter: paragraph.chapter,
    themeId: paragraph.theme,
    themeName: paragraph.theme === null ? null : themeName(paragraph.theme),
    paper: paragraph.paper,
  };
}

/** The views of every paragraph of a catalog, in order. Throws `INTERNAL` for a theme the catalog does not hold. */
export function viewParagraphs(catalog: Catalog): ParagraphView[] {
  const themeName = themeNamer(catalog);
  return catalog.paragraphs.map((paragraph) => paragraphView(paragraph, themeName));
}

/** The view of one paper; `themeName` resolves its theme id. */
function paperView(paper: Paper, themeName: (id: string) => string): PaperView {
  return {
    symbol: paper.symbol,
    slug: paperSlug(paper.symbol),
    year: paper.year,
    meeting: paper.meeting,
    subject: paper.subject,
    themeId: paper.theme,
    themeName: themeName(paper.theme),
    paragraphs: [...paper.paragraphs],
    url: paper.url,
    urls: paperUrls(paper),
  };
}

/** The views of every paper of a catalog, in catalog order. Throws `INTERNAL` for a theme the catalog does not hold. */
export function viewPapers(catalog: Catalog): PaperView[] {
  const themeName = themeNamer(catalog);
  return catalog.papers.map((paper) => paperView(paper, themeName));
}

/** The view of a theme (fresh arrays). */
export function viewTheme(theme: Theme): ThemeView {
  return {
    id: theme.id,
    number: theme.number,
    name: theme.name,
    keyTopics: [...theme.keyTopics],
    papers: [...theme.papers],
  };
}

/** Orders paper symbols as people read them: by year, then by serial number (`2015/4` before `2015/10`). */
const symbolOrder = new Intl.Collator('en', { numeric: true });

/**
 * The papers of each meeting of the Working Group, in symbol order: the one grouping of papers by
 * meeting (the API's meetings, the portal's home page). Every meeting somkb knows is listed, in
 * order, even one the catalog (or a part of it) holds no paper of, then the later meetings it has
 * papers of.
 */
export function papersByMeeting(papers: readonly Paper[]): Map<number, Paper[]> {
  const byMeeting = new Map<number, Paper[]>(
    [...meetingYearsOf(papers).keys()].map((number) => [number, []]),
  );
  for (const paper of [...papers].sort((a, b) => symbolOrder.compare(a.symbol, b.symbol))) {
    const list = byMeeting.get(paper.meeting);
    if (list === undefined) byMeeting.set(paper.meeting, [paper]);
    else list.push(paper);
  }
  return byMeeting;
}

/**
 * The views of the meetings somkb knows (1st 2012 … 7th 2020) and of the later meetings the catalog
 * has papers of (an editor's new paper), each with its papers in symbol order.
 */
export function viewMeetings(catalog: Catalog): MeetingView[] {
  const byMeeting = papersByMeeting(catalog.papers);
  return [...meetingYearsOf(catalog.papers)].map(([number, year]) => ({
    number,
    year,
    papers: (byMeeting.get(number) ?? []).map((paper) => paper.symbol),
  }));
}
