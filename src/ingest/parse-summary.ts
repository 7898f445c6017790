import type { Anomaly, Catalog, Chapter, Item, Paper, Paragraph, Theme } from '../domain/index.js';
import { officialUrl, parseWorkingGroupSymbol } from '../domain/index.js';
import type { SourceLine, SummaryGrammar } from './summary-grammar.js';

/** Lines of page furniture: the `http://undocs.org/<symbol>` links a PDF prints between pages. */
const PAGE_FURNITURE = /^https?:\/\/(?:www\.)?undocs\.org\/\S*$/i;

/** How many non-blank lines may precede the first chapter heading before the text is refused. */
const MAX_HEADER_LINES = 40;

/** Where each part of a catalog was found in the source: 1-based line numbers. */
export interface SourceLocations {
  readonly paragraphs: ReadonlyMap<number, number>;
  readonly themes: ReadonlyMap<string, number>;
  readonly papers: ReadonlyMap<string, number>;
  /** The line of each item, keyed `<paragraph>(<label>)` (`9(c)`). */
  readonly items: ReadonlyMap<string, number>;
}

/** Counts about the source text itself, as opposed to the catalog read from it. */
export interface SourceStats {
  /** Physical lines in the text. */
  readonly lines: number;
  /** Page-furniture lines (`http://undocs.org/…`) dropped. */
  readonly furnitureLines: number;
}

/** What {@link parseSummary} read: the catalog (absent if the text has no usable header), anomalies, locations. */
export interface ParseResult {
  readonly catalog: Catalog | undefined;
  readonly anomalies: readonly Anomaly[];
  readonly locations: SourceLocations;
  readonly stats: SourceStats;
}

interface Boundary {
  readonly offset: number;
  readonly line: number;
}

interface RawItem {
  readonly label: string;
  readonly line: number;
  text: string;
}

interface RawParagraph {
  readonly number: number;
  readonly line: number;
  readonly chapter: number;
  readonly theme: number | null;
  text: string;
  readonly boundaries: Boundary[];
  readonly items: RawItem[];
}

interface RawTheme {
  readonly name: string;
  readonly line: number;
  topicsLine: number;
  topicsText: string | undefined;
}

type OpenBlock =
  | { readonly kind: 'paragraph'; readonly paragraph: RawParagraph }
  | { readonly kind: 'item'; readonly paragraph: RawParagraph; readonly item: RawItem }
  | { readonly kind: 'topics'; readonly theme: RawTheme };

function error(code: string, line: number, message: string): Anomaly {
  return { severity: 'error', code, line, message };
}

function warning(code: string, line: number, message: string): Anomaly {
  return { severity: 'warning', code, line, message };
}

function excerpt(text: string, length = 24): string {
  return text.length <= length ? text : `${text.slice(0, length)}…`;
}

/** Splits a text into its non-blank, trimmed lines, dropping page furniture. */
export function readSourceLines(text: string): { lines: SourceLine[]; stats: SourceStats } {
  const physical = text.split(/\r\n|\n|\r/);
  const lines: SourceLine[] = [];
  let furnitureLines = 0;
  for (let index = 0; index < physical.length; index++) {
    const trimmed = (physical[index] ?? '').trim();
    if (trimmed === '') continue;
    if (PAGE_FURNITURE.test(trimmed)) {
      furnitureLines++;
      continue;
    }
    lines.push({ text: trimmed, line: index + 1 });
  }
  return { lines, stats: { lines: physical.length, furnitureLines } };
}

/**
 * Reads the text of a thematic summary into a catalog, with the grammar of its language. Pure: the
 * same text always gives the same result. Wrapped lines are rejoined, page furniture is dropped, and
 * everything irregular is reported as an anomaly with its line; the catalog keeps the text as printed.
 */
export function parseSummary(text: string, grammar: SummaryGrammar): ParseResult {
  const { lines, stats } = readSourceLines(text);
  const anomalies: Anomaly[] = [];
  const headerLines: SourceLine[] = [];
  const chapters: Chapter[] = [];
  const themes: RawTheme[] = [];
  const paragraphs: RawParagraph[] = [];
  let chapter = 0;
  let themeIndex: number | null = null;
  let open: OpenBlock | undefined;
  let inHeader = true;

  const noLocations: SourceLocations = {
    paragraphs: new Map(),
    themes: new Map(),
    papers: new Map(),
    items: new Map(),
  };

  for (let index = 0; index < lines.length; index++) {
    const { text: lineText, line } = lines[index] as SourceLine;

    const heading = grammar.matchChapterHeading(lineText);
    if (heading !== undefined) {
      inHeader = false;
      open = undefined;
      themeIndex = null;
      if (heading.number !== chapters.length + 1) {
        anomalies.push(
          error(
            'chapter-number-sequence',
            line,
            `chapter ${heading.numeral} follows chapter ${chapters.at(-1)?.numeral ?? '(none)'}`,
          ),
        );
      }
      chapters.push({ number: heading.number, numeral: heading.numeral, title: heading.title });
      chapter = heading.number;
      continue;
    }

    const unclassified = grammar.describeUnclassifiedHeading?.(lineText);
    if (unclassified !== undefined) {
      anomalies.push(error('heading-unclassified', line, unclassified));
      inHeader = false;
      open = undefined;
      continue;
    }

    if (inHeader) {
      headerLines.push({ text: lineText, line });
      if (headerLines.length > MAX_HEADER_LINES) {
        anomalies.push(
          error(
            'no-chapters',
            line,
            `no chapter heading in the first ${MAX_HEADER_LINES} lines of text: this is not a thematic summary in ${grammar.languageName}`,
          ),
        );
        return { catalog: undefined, anomalies, locations: noLocations, stats };
      }
      continue;
    }

    if (grammar.isKeyTopicsLabel(lineText)) {
      const theme = themeIndex === null ? undefined : themes[themeIndex];
      if (theme === undefined || theme.topicsText !== undefined) {
        anomalies.push(
          error('key-topics-without-theme', line, 'a key-topics label stands under no theme heading'),
        );
        open = undefined;
      } else {
        theme.topicsText = '';
        theme.topicsLine = line;
        open = { kind: 'topics', theme };
      }
      continue;
    }

    const next = lines[index + 1];
    if (next !== undefined && grammar.isKeyTopicsLabel(next.text)) {
      themes.push({ name: lineText, line, topicsLine: next.line, topicsText: undefined });
      themeIndex = themes.length - 1;
      open = undefined;
      if (chapter === 0)
        anomalies.push(error('theme-outside-chapter', line, `theme «${lineText}» stands before any chapter`));
      continue;
    }

    const paragraphStart = grammar.matchParagraphStart(lineText);
    if (paragraphStart !== undefined) {
      const previous = paragraphs.at(-1);
      const expected = (previous?.number ?? 0) + 1;
      if (paragraphStart.number !== expected) {
        const code =
          previous !== undefined && paragraphStart.number === previous.number
            ? 'paragraph-number-repeat'
            : previous !== undefined && paragraphStart.number < previous.number
              ? 'paragraph-out-of-order'
              : 'paragraph-number-jump';
        const after = previous === undefined ? 'the start of the text' : `paragraph ${previous.number}`;
        anomalies.push(
          error(code, line, `paragraph ${paragraphStart.number} follows ${after} (expected ${expected})`),
        );
      }
      const paragraph: RawParagraph = {
        number: paragraphStart.number,
        line,
        chapter,
        theme: themeIndex,
        text: paragraphStart.rest,
        boundaries: [],
        items: [],
      };
      paragraphs.push(paragraph);
      open = { kind: 'paragraph', paragraph };
      continue;
    }

    const itemStart = grammar.matchItemStart(lineText);
    if (itemStart !== undefined) {
      if (open === undefined || open.kind === 'topics') {
        anomalies.push(
          error(
            'item-outside-paragraph',
            line,
            `item (${itemStart.label}) stands outside any numbered paragraph`,
          ),
        );
        continue;
      }
      const { paragraph } = open;
      const expectedLabel = String.fromCharCode('a'.charCodeAt(0) + paragraph.items.length);
      if (itemStart.label !== expectedLabel) {
        anomalies.push(
          error(
            'item-label-sequence',
            line,
            `item (${itemStart.label}) of paragraph ${paragraph.number} where (${expectedLabel}) was expected`,
          ),
        );
      }
      const item: RawItem = { label: itemStart.label, line, text: itemStart.rest };
      paragraph.items.push(item);
      open = { kind: 'item', paragraph, item };
      continue;
    }

    if (open === undefined) {
      anomalies.push(error('stray-text', line, `text outside any paragraph or list: «${excerpt(lineText)}»`));
    } else if (open.kind === 'paragraph') {
      const { paragraph } = open;
      const joined = grammar.joinWrapped(paragraph.text, lineText);
      paragraph.boundaries.push({ offset: joined.length - lineText.length, line });
      paragraph.text = joined;
    } else if (open.kind === 'item') {
      open.item.text = grammar.joinWrapped(open.item.text, lineText);
    } else {
      if (open.theme.topicsText === '') open.theme.topicsLine = line;
      open.theme.topicsText = grammar.joinWrapped(open.theme.topicsText ?? '', lineText);
    }
  }

  if (inHeader) {
    anomalies.push(
      error(
        'no-chapters',
        lines.at(-1)?.line ?? 1,
        `no chapter heading found: this is not a thematic summary in ${grammar.languageName}`,
      ),
    );
    return { catalog: undefined, anomalies, locations: noLocations, stats };
  }

  const headerParse = grammar.parseHeader(headerLines);
  anomalies.push(...headerParse.anomalies);
  checkEndings(paragraphs, grammar, anomalies);
  const built = buildCatalog(paragraphs, themes, chapters, grammar, anomalies);
  const header = headerParse.header;
  const catalog: Catalog | undefined =
    header === undefined
      ? undefined
      : {
          language: grammar.language,
          document: { id: grammar.documentId(header), kind: 'thematic-summary', header, chapters },
          paragraphs: built.paragraphs,
          themes: built.themes,
          papers: built.papers,
        };
  return { catalog, anomalies, locations: built.locations, stats };
}

function checkEndings(
  paragraphs: readonly RawParagraph[],
  grammar: SummaryGrammar,
  anomalies: Anomaly[],
): void {
  paragraphs.forEach((paragraph, index) => {
    const lastItem = paragraph.items.at(-1);
    const ending = lastItem?.text ?? paragraph.text;
    if (grammar.endsComplete(ending)) return;
    const line = lastItem?.line ?? paragraph.line;
    const where =
      lastItem === undefined
        ? `paragraph ${paragraph.number}`
        : `item (${lastItem.label}) of paragraph ${paragraph.number}`;
    if (index === paragraphs.length - 1) {
      anomalies.push(
        error(
          'text-cut',
          line,
          `the text ends in the middle of ${where} («…${ending.slice(-12)}»): the file looks cut`,
        ),
      );
    } else {
      anomalies.push(
        warning('paragraph-unterminated', line, `${where} does not end a sentence («…${ending.slice(-12)}»)`),
      );
    }
  });
}

interface BuiltParts {
  readonly paragraphs: Paragraph[];
  readonly themes: Theme[];
  readonly papers: Paper[];
  readonly locations: SourceLocations;
}

interface PaperDraft {
  readonly symbol: string;
  readonly year: number;
  readonly meeting: number;
  readonly subject: string;
  readonly theme: string;
  readonly paragraphs: number[];
}

function themeId(index: number): string {
  return `theme-${index + 1}`;
}

function buildCatalog(
  rawParagraphs: readonly RawParagraph[],
  rawThemes: readonly RawTheme[],
  chapters: readonly Chapter[],
  grammar: SummaryGrammar,
  anomalies: Anomaly[],
): BuiltParts {
  const paragraphLines = new Map<number, number>();
  const themeLines = new Map<string, number>();
  const paperLines = new Map<string, number>();
  const drafts: PaperDraft[] = [];
  const paragraphs: Paragraph[] = [];
  const themePapers = rawThemes.map((): string[] => []);
  let currentPaper: PaperDraft | undefined;
  let currentTheme: number | null = null;

  const itemLines = new Map<string, number>();
  for (const raw of rawParagraphs) {
    if (!paragraphLines.has(raw.number)) paragraphLines.set(raw.number, raw.line);
    for (const item of raw.items) {
      const key = `${String(raw.number)}(${item.label})`;
      if (!itemLines.has(key)) itemLines.set(key, item.line);
    }
    if (raw.theme !== currentTheme) {
      currentTheme = raw.theme;
      currentPaper = undefined;
    }
    if (raw.theme === null) {
      if (raw.chapter > 1 && rawThemes.length > 0) {
        anomalies.push(
          error('paragraph-outside-theme', raw.line, `paragraph ${raw.number} stands under no theme`),
        );
      }
    } else {
      const intro = grammar.matchPaperIntro(raw.text);
      if (intro !== undefined) {
        const symbol = readPaperSymbol(raw, intro.symbolText, anomalies);
        if (!intro.yearMarked && intro.year !== 0) {
          anomalies.push(
            warning(
              'paper-year-unmarked',
              raw.line,
              `paragraph ${raw.number} writes the year ${intro.year} without its marker (${grammar.yearMarker ?? '年'})`,
            ),
          );
        }
        if (intro.year === 0)
          anomalies.push(
            error(
              'paper-year-missing',
              raw.line,
              `paragraph ${raw.number} introduces a paper but gives no year`,
            ),
          );
        if (intro.meeting === 0) {
          anomalies.push(
            error(
              'paper-meeting-missing',
              raw.line,
              `paragraph ${raw.number} introduces a paper but names no meeting`,
            ),
          );
        }
        if (intro.subject === '') {
          anomalies.push(
            warning(
              'paper-subject-missing',
              raw.line,
              `paragraph ${raw.number}: the paper's subject could not be read`,
            ),
          );
        }
        currentPaper = {
          symbol,
          year: intro.year,
          meeting: intro.meeting,
          subject: intro.subject,
          theme: themeId(raw.theme),
          paragraphs: [],
        };
        drafts.push(currentPaper);
        themePapers[raw.theme]?.push(symbol);
        if (!paperLines.has(symbol)) paperLines.set(symbol, raw.line);
      }
      if (currentPaper === undefined) {
        anomalies.push(
          error(
            'paragraph-outside-paper',
            raw.line,
            `paragraph ${raw.number} under theme «${rawThemes[raw.theme]?.name ?? ''}» comes before the theme's first paper`,
          ),
        );
      } else {
        currentPaper.paragraphs.push(raw.number);
      }
    }
    paragraphs.push({
      number: raw.number,
      text: raw.text,
      items: raw.items.map((item): Item => ({ label: item.label, text: item.text })),
      chapter: raw.chapter,
      theme: raw.theme === null ? null : themeId(raw.theme),
      paper: raw.theme === null ? null : (currentPaper?.symbol ?? null),
    });
  }

  const themes = rawThemes.map((raw, index): Theme => {
    const id = themeId(index);
    themeLines.set(id, raw.line);
    return {
      id,
      number: index + 1,
      name: raw.name,
      keyTopics: readKeyTopics(raw, grammar, anomalies),
      papers: themePapers[index] ?? [],
    };
  });
  const papers = drafts.map((draft): Paper => ({
    ...draft,
    paragraphs: [...draft.paragraphs],
    url: officialUrl(draft.symbol),
  }));
  if (chapters.length === 0) anomalies.push(error('no-chapters', 1, 'the text has no chapter headings'));
  return {
    paragraphs,
    themes,
    papers,
    locations: { paragraphs: paragraphLines, themes: themeLines, papers: paperLines, items: itemLines },
  };
}

function readPaperSymbol(raw: RawParagraph, symbolText: string, anomalies: Anomaly[]): string {
  if (symbolText === '') {
    anomalies.push(
      error(
        'paper-symbol-missing',
        raw.line,
        `paragraph ${raw.number} introduces a paper but ends with no symbol in parentheses`,
      ),
    );
    return `(no symbol, paragraph ${raw.number})`;
  }
  const parsed = parseWorkingGroupSymbol(symbolText);
  const start = raw.text.lastIndexOf(symbolText);
  const cut = raw.boundaries.find(
    (boundary) => boundary.offset > start && boundary.offset < start + symbolText.length,
  );
  if (cut !== undefined) {
    anomalies.push(
      warning(
        'symbol-wrapped',
        cut.line,
        `the symbol ${parsed?.symbol ?? symbolText} of paragraph ${raw.number} is cut across lines`,
      ),
    );
  }
  if (parsed === undefined) {
    anomalies.push(
      error(
        'paper-symbol-invalid',
        raw.line,
        `paragraph ${raw.number}: «${excerpt(symbolText, 40)}» is not a Working Group symbol (CTOC/COP/WG.7/<year>/<n>)`,
      ),
    );
    return symbolText;
  }
  return parsed.symbol;
}

function readKeyTopics(raw: RawTheme, grammar: SummaryGrammar, anomalies: Anomaly[]): string[] {
  if (raw.topicsText === undefined || raw.topicsText.trim() === '') return [];
  const split = grammar.splitKeyTopics(raw.topicsText);
  if (split.separators.size > 1) {
    const used = [...split.separators].map(([separator, count]) => `'${separator}' ×${count}`).join(', ');
    anomalies.push(
      warning(
        'key-topics-separators',
        raw.topicsLine,
        `the key topics of «${raw.name}» mix separators: ${used}`,
      ),
    );
  }
  const topics = split.topics.filter((topic) => topic !== '');
  if (topics.length !== split.topics.length) {
    anomalies.push(
      warning('key-topic-empty', raw.topicsLine, `the key topics of «${raw.name}» contain an empty entry`),
    );
  }
  return topics;
}
