import type { Catalog, Paper, Paragraph, Theme } from './catalog.js';
import type { Language } from './language.js';
import type { CatalogLocator } from './validate-catalog.js';

/** The kinds of structural difference between two language versions of a document. */
export type MisalignmentKind =
  | 'document-mismatch'
  | 'paragraph-missing'
  | 'paragraph-extra'
  | 'paragraph-chapter'
  | 'symbol-moved'
  | 'paper-missing'
  | 'paper-extra'
  | 'paper-facts'
  | 'theme-missing'
  | 'theme-extra'
  | 'theme-papers'
  | 'item-missing'
  | 'item-extra';

/**
 * A structural difference between a language version being published (the candidate) and one
 * already published: it names the paragraph, the candidate's source line (0 when unknown) and, in
 * `message`, the first words of the published side.
 */
export interface Misalignment {
  readonly kind: MisalignmentKind;
  /** The published language version it was compared with. */
  readonly against: Language;
  /** The paragraph concerned, or `null` for a theme or the document. */
  readonly paragraph: number | null;
  /** The line in the candidate's source (1-based; 0 when unknown). */
  readonly line: number;
  readonly message: string;
}

/** Where the parts of the candidate were found in its source, for messages. */
export interface AlignmentLocator extends CatalogLocator {
  /** The line of item `label` of paragraph `paragraph` (0 when unknown). */
  item(paragraph: number, label: string): number;
}

const NOWHERE: AlignmentLocator = { paragraph: () => 0, theme: () => 0, paper: () => 0, item: () => 0 };

/** How many characters of the published side's text a message quotes. */
const EXCERPT_CHARS = 24;

/** How many characters of a theme's name a message quotes. */
const NAME_CHARS = 48;

function quote(text: string, chars = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `«${flat.length <= chars ? flat : `${flat.slice(0, chars)}…`}»`;
}

function at(line: number): string {
  return line === 0 ? '' : `line ${line}`;
}

function inLang(language: Language, line: number): string {
  return line === 0 ? `in ${language}` : `in ${language} (${at(line)})`;
}

function introOf(paper: Paper): number | undefined {
  return paper.paragraphs[0];
}

/**
 * Compares the structure of a language version with another language version of the same
 * document: the same paragraph numbers (and chapters), the same paper symbols introduced on the same
 * paragraphs with the same years and meetings, the same themes with the same papers, the same item
 * letters per paragraph. Texts are never compared (their lengths differ from language to language).
 * Pure; returns every difference, in the order of the document, empty when the versions align.
 */
export function alignCatalogs(
  candidate: Catalog,
  published: Catalog,
  locate: AlignmentLocator = NOWHERE,
): Misalignment[] {
  const found: Misalignment[] = [];
  const lang = candidate.language;
  const other = published.language;
  const add = (kind: MisalignmentKind, paragraph: number | null, line: number, message: string): void => {
    found.push({ kind, against: other, paragraph, line, message });
  };

  if (candidate.document.id !== published.document.id) {
    add(
      'document-mismatch',
      null,
      0,
      `${lang} is the document ${candidate.document.id}, ${other} is ${published.document.id}`,
    );
    return found;
  }

  compareParagraphs(candidate, published, locate, add);
  comparePapers(candidate, published, locate, add);
  compareThemes(candidate, published, locate, add);
  compareItems(candidate, published, locate, add);
  return found;
}

type Add = (kind: MisalignmentKind, paragraph: number | null, line: number, message: string) => void;

function compareParagraphs(candidate: Catalog, published: Catalog, locate: AlignmentLocator, add: Add): void {
  const lang = candidate.language;
  const other = published.language;
  const ours = new Map(candidate.paragraphs.map((paragraph) => [paragraph.number, paragraph]));
  const theirs = new Map(published.paragraphs.map((paragraph) => [paragraph.number, paragraph]));
  for (const paragraph of published.paragraphs) {
    const own = ours.get(paragraph.number);
    if (own === undefined) {
      const before = candidate.paragraphs
        .filter((candidatePart) => candidatePart.number < paragraph.number)
        .at(-1);
      const after =
        before === undefined
          ? 'before its first paragraph'
          : `after paragraph ${before.number}, ${at(locate.paragraph(before.number)) || 'line unknown'}`;
      add(
        'paragraph-missing',
        paragraph.number,
        before === undefined ? 0 : locate.paragraph(before.number),
        `paragraph ${paragraph.number} is missing in ${lang} (${after}); ${other} ${paragraph.number}: ${quote(paragraph.text)}`,
      );
    } else if (own.chapter !== paragraph.chapter) {
      add(
        'paragraph-chapter',
        paragraph.number,
        locate.paragraph(paragraph.number),
        `paragraph ${paragraph.number} stands in chapter ${own.chapter} ${inLang(lang, locate.paragraph(paragraph.number))} but in chapter ${paragraph.chapter} in ${other} (${quote(paragraph.text)})`,
      );
    }
  }
  const lastTheirs = published.paragraphs.at(-1)?.number ?? 0;
  for (const paragraph of candidate.paragraphs) {
    if (theirs.has(paragraph.number)) continue;
    add(
      'paragraph-extra',
      paragraph.number,
      locate.paragraph(paragraph.number),
      `paragraph ${paragraph.number} ${inLang(lang, locate.paragraph(paragraph.number))} is not in ${other} (its last paragraph is ${lastTheirs})`,
    );
  }
}

function paragraphText(catalog: Catalog, number: number | undefined): string {
  return catalog.paragraphs.find((paragraph) => paragraph.number === number)?.text ?? '';
}

function comparePapers(candidate: Catalog, published: Catalog, locate: AlignmentLocator, add: Add): void {
  const lang = candidate.language;
  const other = published.language;
  const ours = new Map(candidate.papers.map((paper) => [paper.symbol, paper]));
  const theirs = new Map(published.papers.map((paper) => [paper.symbol, paper]));
  for (const paper of published.papers) {
    const own = ours.get(paper.symbol);
    const theirIntro = introOf(paper);
    if (own === undefined) {
      add(
        'paper-missing',
        theirIntro ?? null,
        0,
        `the paper ${paper.symbol} is missing in ${lang}; in ${other} it stands on paragraph ${String(theirIntro)} (${quote(paragraphText(published, theirIntro))})`,
      );
      continue;
    }
    const ownIntro = introOf(own);
    const line = locate.paper(own.symbol);
    if (ownIntro !== theirIntro) {
      add(
        'symbol-moved',
        ownIntro ?? null,
        line,
        `the symbol ${paper.symbol} stands on paragraph ${String(ownIntro)} ${inLang(lang, line)} but on paragraph ${String(theirIntro)} in ${other} (${quote(paragraphText(published, theirIntro))})`,
      );
    } else if (own.year !== paper.year || own.meeting !== paper.meeting) {
      add(
        'paper-facts',
        ownIntro ?? null,
        line,
        `the paper ${paper.symbol} is of ${String(own.year)}, meeting ${String(own.meeting)} ${inLang(lang, line)} but of ${String(paper.year)}, meeting ${String(paper.meeting)} in ${other}`,
      );
    }
  }
  for (const paper of candidate.papers) {
    if (theirs.has(paper.symbol)) continue;
    const line = locate.paper(paper.symbol);
    add(
      'paper-extra',
      introOf(paper) ?? null,
      line,
      `the paper ${paper.symbol} (paragraph ${String(introOf(paper))}) ${inLang(lang, line)} is not in ${other}`,
    );
  }
}

function describePapers(theme: Theme): string {
  const count = theme.papers.length;
  return `${String(count)} paper${count === 1 ? '' : 's'} (${theme.papers.join(', ')})`;
}

function compareThemes(candidate: Catalog, published: Catalog, locate: AlignmentLocator, add: Add): void {
  const lang = candidate.language;
  const other = published.language;
  const count = Math.max(candidate.themes.length, published.themes.length);
  for (let index = 0; index < count; index++) {
    const own = candidate.themes[index];
    const theirs = published.themes[index];
    if (own === undefined && theirs !== undefined) {
      add(
        'theme-missing',
        null,
        0,
        `theme ${String(theirs.number)} is missing in ${lang}; ${other} ${String(theirs.number)}: ${quote(theirs.name, NAME_CHARS)} with ${describePapers(theirs)}`,
      );
    } else if (own !== undefined && theirs === undefined) {
      const line = locate.theme(own.id);
      add(
        'theme-extra',
        null,
        line,
        `theme ${String(own.number)} ${quote(own.name, NAME_CHARS)} ${inLang(lang, line)} is not in ${other} (it has ${String(published.themes.length)} themes)`,
      );
    } else if (
      own !== undefined &&
      theirs !== undefined &&
      own.papers.join('\n') !== theirs.papers.join('\n')
    ) {
      const line = locate.theme(own.id);
      add(
        'theme-papers',
        null,
        line,
        `theme ${String(own.number)} ${quote(own.name, NAME_CHARS)} has ${describePapers(own)} ${inLang(lang, line)} but ${describePapers(theirs)} in ${other} (${quote(theirs.name, NAME_CHARS)})`,
      );
    }
  }
}

function compareItems(candidate: Catalog, published: Catalog, locate: AlignmentLocator, add: Add): void {
  const lang = candidate.language;
  const other = published.language;
  const theirs = new Map(published.paragraphs.map((paragraph) => [paragraph.number, paragraph]));
  for (const own of candidate.paragraphs) {
    const their: Paragraph | undefined = theirs.get(own.number);
    if (their === undefined) continue;
    const theirLabels = new Set(their.items.map((item) => item.label));
    const ownLabels = new Set(own.items.map((item) => item.label));
    for (const item of own.items) {
      if (theirLabels.has(item.label)) continue;
      const line = locate.item(own.number, item.label);
      add(
        'item-extra',
        own.number,
        line,
        `paragraph ${String(own.number)} has an item (${item.label}) ${inLang(lang, line)} that ${other} does not have (${other} ${String(own.number)}: ${their.items.length === 0 ? 'no items' : `items ${their.items.map((theirItem) => `(${theirItem.label})`).join(', ')}`})`,
      );
    }
    for (const item of their.items) {
      if (ownLabels.has(item.label)) continue;
      const line = locate.paragraph(own.number);
      add(
        'item-missing',
        own.number,
        line,
        `paragraph ${String(own.number)} ${inLang(lang, line)} has no item (${item.label}); ${other} ${String(own.number)}(${item.label}): ${quote(item.text)}`,
      );
    }
  }
}

/**
 * Compares a language version with every other language version of its document already
 * published (its own language is skipped: the candidate replaces it). Empty when it aligns with all.
 */
export function alignWithPublished(
  candidate: Catalog,
  published: readonly Catalog[],
  locate: AlignmentLocator = NOWHERE,
): Misalignment[] {
  return published
    .filter(
      (version) => version.document.id === candidate.document.id && version.language !== candidate.language,
    )
    .flatMap((version) => alignCatalogs(candidate, version, locate));
}
