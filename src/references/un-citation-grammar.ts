/**
 * The grammar of legal citations in the UN languages written with words (en, fr, es, ru, ar), one
 * structure over the data of `citation-lexicons.ts`: an article with what follows it
 * (`article 27, paragraph 1 (e)`, `article 3 (a)`, `l’article 3 a)`, `статья 3 (a)`,
 * `المادة 3 (أ)`), the same read from the smallest designator up (`subparagraph (e) of paragraph 1 of
 * article 27`, `alinéa e) du paragraphe 1 de l’article 27`, `подпункт (e) пункта 1 статьи 27`,
 * `الفقرة الفرعية (هـ) من الفقرة 1 من المادة 27`), lists and ranges (`articles 5 to 7`,
 * `المادتين 5 و6`), and resolutions (`resolution 6/3`). Citations come out as the Chinese grammar's
 * ({@link ParsedCitation}), clauses in the usual English form ("(1)(e)"). Pure; offsets are UTF-16
 * code units of the folded text, which has the length of the text.
 */
import type {
  ArticleCitation,
  ParsedCitation,
  ParsedProvision,
  ResolutionCitation,
} from './citation-grammar.js';
import { foldText } from './citation-grammar.js';
import type { CitationLexicon } from './citation-lexicons.js';

/** Longest run of articles or paragraphs a range may expand to; longer ranges keep their ends only. */
const MAX_RANGE = 200;

const SPACE = /[\s\u00a0]*/y;
const NUMBER = /\d+/y;
const PAREN_NUMBER = /\((\d+)\)/y;
const COMMA = /,|،/y;
const RESOLUTION_NUMBER = /(\d+)\s*\/\s*(\d+)/y;
const APOSTROPHES = /[’‘ʼ`´]/g;

/**
 * `text` folded for the word grammars, with the same length and offsets: the Chinese grammar's
 * {@link foldText} (NFKC where it keeps the length), Arabic-Indic digits as ASCII digits, and the
 * typographic apostrophes as `'`.
 */
export function foldWordText(text: string): string {
  return foldText(text)
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(APOSTROPHES, "'");
}

/** A word pattern: not inside another word. */
function word(source: string): string {
  return String.raw`(?<![\p{L}\p{N}])(?:${source})(?![\p{L}\p{N}])`;
}

/** The compiled patterns of one lexicon (sticky, case-insensitive, Unicode). */
interface Patterns {
  readonly lexicon: CitationLexicon;
  readonly article: RegExp;
  readonly paragraph: RegExp;
  readonly subparagraph: RegExp;
  readonly resolution: RegExp;
  readonly of: RegExp | undefined;
  readonly and: RegExp;
  readonly range: RegExp;
  readonly from: RegExp | undefined;
  readonly letter: RegExp;
  readonly roman: RegExp;
  readonly resolutionGap: RegExp | undefined;
  /** Where a citation may start: any of the keywords. */
  readonly start: RegExp;
}

const compiled = new Map<CitationLexicon, Patterns>();

function sticky(source: string): RegExp {
  return new RegExp(source, 'yiu');
}

/** The lexicon's patterns, compiled once. */
export function patternsOf(lexicon: CitationLexicon): Patterns {
  const cached = compiled.get(lexicon);
  if (cached !== undefined) return cached;
  const keywords = [lexicon.subparagraph, lexicon.paragraph, lexicon.article, lexicon.resolution];
  const patterns: Patterns = {
    lexicon,
    article: sticky(word(lexicon.article)),
    paragraph: sticky(word(lexicon.paragraph)),
    subparagraph: sticky(word(lexicon.subparagraph)),
    resolution: sticky(word(lexicon.resolution)),
    of:
      lexicon.of === ''
        ? undefined
        : sticky(String.raw`(?<![\p{L}\p{N}])(?:${lexicon.of})(?:(?<=')|(?![\p{L}\p{N}]))`),
    and: sticky(`(?:${lexicon.and})(?![\\p{L}])`),
    range: sticky(`(?:${lexicon.range})(?![\\p{L}])`),
    from: lexicon.from === '' ? undefined : sticky(word(lexicon.from)),
    letter: sticky(lexicon.letter),
    roman: sticky(lexicon.roman),
    resolutionGap: lexicon.resolutionGap === undefined ? undefined : sticky(lexicon.resolutionGap),
    start: new RegExp(keywords.map(word).join('|'), 'giu'),
  };
  compiled.set(lexicon, patterns);
  return patterns;
}

/** A cursor over folded text that matches sticky patterns after white space. */
class Scanner {
  constructor(
    readonly text: string,
    public position: number,
  ) {}

  match(pattern: RegExp): RegExpExecArray | undefined {
    SPACE.lastIndex = this.position;
    SPACE.exec(this.text);
    pattern.lastIndex = SPACE.lastIndex;
    const found = pattern.exec(this.text);
    if (found === null) return undefined;
    this.position = pattern.lastIndex;
    return found;
  }

  try<T>(attempt: () => T | undefined): T | undefined {
    const saved = this.position;
    const result = attempt();
    if (result === undefined) this.position = saved;
    return result;
  }
}

function expandRange(from: number, to: number): number[] {
  if (to <= from || to - from > MAX_RANGE) return [from, to];
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

/** How the members of a list were joined: a bare comma counts only before a later `and` or range. */
type Joint = 'comma' | 'and' | 'range';

function jointOf(separator: string, range: boolean): Joint {
  if (range) return 'range';
  return /^[,،]\s*$/.test(separator) ? 'comma' : 'and';
}

/**
 * A list of members read by `readOne`, joined by the lexicon's list and range separators:
 * `5, 6 and 7`, `5 to 7`, `5 و6`. Members joined only by bare commas at the end are left out
 * (`article 6, 12 States` cites article 6 alone). Each member is returned with its `range` flag.
 */
function readList<T>(
  scanner: Scanner,
  patterns: Patterns,
  readOne: () => T | undefined,
): { value: T; range: boolean }[] | undefined {
  const first = readOne();
  if (first === undefined) return undefined;
  const members = [{ value: first, range: false, joint: 'and' as Joint, end: scanner.position }];
  for (;;) {
    const next = scanner.try(() => {
      const range = scanner.match(patterns.range);
      const separator = range === undefined ? scanner.match(patterns.and) : undefined;
      if (range === undefined && separator === undefined) return undefined;
      const value = readOne();
      if (value === undefined) return undefined;
      return {
        value,
        range: range !== undefined,
        joint: jointOf(separator?.[0] ?? '', range !== undefined),
        end: scanner.position,
      };
    });
    if (next === undefined) break;
    members.push(next);
  }
  let keep = members.length;
  while (keep > 1 && members.slice(keep - 1).every((member) => member.joint === 'comma')) keep -= 1;
  const lastKept = members[keep - 1];
  if (keep < members.length && lastKept !== undefined) scanner.position = lastKept.end;
  return members.slice(0, keep).map(({ value, range }) => ({ value, range }));
}

function readNumbers(scanner: Scanner, patterns: Patterns): number[] | undefined {
  const list = readList(scanner, patterns, () => {
    const found = scanner.match(NUMBER);
    return found === undefined ? undefined : Number(found[0]);
  });
  if (list === undefined) return undefined;
  const numbers: number[] = [];
  for (const { value, range } of list) {
    const last = numbers[numbers.length - 1];
    if (range && last !== undefined) numbers.push(...expandRange(last, value).slice(1));
    else numbers.push(value);
  }
  return numbers;
}

/** The Latin letter of a subparagraph label as written. */
function latinLetter(patterns: Patterns, written: string): string {
  const lower = written.toLowerCase();
  return patterns.lexicon.letterMap?.[lower] ?? lower;
}

function readLabels(scanner: Scanner, patterns: Patterns, pattern: RegExp): string[] | undefined {
  const list = readList(scanner, patterns, () => {
    const found = scanner.match(pattern);
    return found?.[1] === undefined ? undefined : latinLetter(patterns, found[1]);
  });
  if (list === undefined) return undefined;
  const labels: string[] = [];
  for (const { value, range } of list) {
    const last = labels[labels.length - 1];
    if (range && pattern === patterns.letter && last?.length === 1 && value.length === 1) {
      for (let code = last.charCodeAt(0) + 1; code <= value.charCodeAt(0); code += 1) {
        labels.push(String.fromCharCode(code));
      }
    } else labels.push(value);
  }
  return labels;
}

/** Letters, then optional roman sub-items: `(a)`, `(a) and (b)`, `(b) (ii)`; clause strings. */
function readSubparagraphLabels(scanner: Scanner, patterns: Patterns): string[] | undefined {
  return scanner.try(() => {
    const letters = readLabels(scanner, patterns, patterns.letter);
    if (letters === undefined) return undefined;
    const romans = scanner.try(() => readLabels(scanner, patterns, patterns.roman));
    if (romans === undefined) return letters.map((letter) => `(${letter})`);
    const head = letters.slice(0, -1).map((letter) => `(${letter})`);
    const last = letters[letters.length - 1] ?? '';
    return [...head, ...romans.map((roman) => `(${last})(${roman})`)];
  });
}

/**
 * `subparagraph (a)`, `subparagraphs (a) and (b)`: the keyword, then the labels. A paragraph keyword
 * before letters means the same (`пункт (a) статьи 3`, Russian for subparagraph (a) of article 3).
 */
function readSubparagraphPhrase(scanner: Scanner, patterns: Patterns): string[] | undefined {
  return scanner.try(() => {
    if (scanner.match(patterns.subparagraph) === undefined && scanner.match(patterns.paragraph) === undefined)
      return undefined;
    return readSubparagraphLabels(scanner, patterns);
  });
}

/** Joins paragraph numbers and the subparagraphs of the last one into clauses: `(1)`, `(2)(e)`. */
function joinClauses(paragraphs: readonly number[], subparagraphs: readonly string[] | undefined): string[] {
  const head = paragraphs.slice(0, -1).map((paragraph) => `(${paragraph})`);
  const last = `(${paragraphs[paragraphs.length - 1] ?? ''})`;
  if (subparagraphs === undefined) return [...head, last];
  return [...head, ...subparagraphs.map((subparagraph) => `${last}${subparagraph}`)];
}

/**
 * What follows an article's numbers: `(1) (e)`, `(a)`, `, paragraph 1 (e)`, `, paragraph 1,
 * subparagraph (e)`, `, subparagraph (a)`; undefined when nothing does.
 */
function readForwardClauses(scanner: Scanner, patterns: Patterns): string[] | undefined {
  const parenthesized = scanner.try(() => {
    const found = readList(scanner, patterns, () => {
      const number = scanner.match(PAREN_NUMBER);
      return number === undefined ? undefined : Number(number[1]);
    });
    if (found === undefined) return undefined;
    return joinClauses(
      found.map((member) => member.value),
      readSubparagraphLabels(scanner, patterns),
    );
  });
  if (parenthesized !== undefined) return parenthesized;
  const letters = readSubparagraphLabels(scanner, patterns);
  if (letters !== undefined) return letters;
  const paragraphs = scanner.try(() => {
    scanner.match(COMMA);
    if (scanner.match(patterns.paragraph) === undefined) return undefined;
    const numbers = readNumbers(scanner, patterns);
    if (numbers === undefined) return undefined;
    const subparagraphs =
      readSubparagraphLabels(scanner, patterns) ??
      scanner.try(() => {
        scanner.match(COMMA);
        return readSubparagraphPhrase(scanner, patterns);
      });
    return joinClauses(numbers, subparagraphs);
  });
  if (paragraphs !== undefined) return paragraphs;
  return scanner.try(() => {
    scanner.match(COMMA);
    return readSubparagraphPhrase(scanner, patterns);
  });
}

function provisionsOf(
  articles: readonly number[],
  clauses: readonly string[] | undefined,
): ParsedProvision[] {
  const provisions: ParsedProvision[] = [];
  articles.forEach((article, index) => {
    const own = index === articles.length - 1 ? clauses : undefined;
    if (own === undefined) provisions.push({ article: String(article), clause: undefined });
    else for (const clause of own) provisions.push({ article: String(article), clause });
  });
  return provisions;
}

/** `of` between designators read upwards (absent in Russian, whose genitive needs no word). */
function readOf(scanner: Scanner, patterns: Patterns): boolean {
  if (patterns.of === undefined) return true;
  return scanner.match(patterns.of) !== undefined;
}

/** An article keyword and its numbers (after an optional `from`). */
function readArticleNumbers(scanner: Scanner, patterns: Patterns): number[] | undefined {
  return scanner.try(() => {
    if (scanner.match(patterns.article) === undefined) return undefined;
    const from = patterns.from;
    if (from !== undefined) scanner.match(from);
    return readNumbers(scanner, patterns);
  });
}

/** `article 27, paragraph 1 (e)` and the other forms that name the article first. */
function readArticleFirst(scanner: Scanner, patterns: Patterns): ParsedProvision[] | undefined {
  const articles = readArticleNumbers(scanner, patterns);
  if (articles === undefined) return undefined;
  return provisionsOf(articles, readForwardClauses(scanner, patterns));
}

/** `paragraph 1 (e) of article 27`, `paragraphs 1 and 2 of article 6`, read upwards. */
function readParagraphFirst(scanner: Scanner, patterns: Patterns): ParsedProvision[] | undefined {
  return scanner.try(() => {
    if (scanner.match(patterns.paragraph) === undefined) return undefined;
    const paragraphs = readNumbers(scanner, patterns);
    if (paragraphs === undefined) return undefined;
    const subparagraphs = readSubparagraphLabels(scanner, patterns);
    if (!readOf(scanner, patterns)) return undefined;
    const articles = readArticleNumbers(scanner, patterns);
    if (articles?.length !== 1) return undefined;
    return provisionsOf(articles, joinClauses(paragraphs, subparagraphs));
  });
}

/** `subparagraph (e) of paragraph 1 of article 27`, `subparagraph (a) of article 3`, read upwards. */
function readSubparagraphFirst(scanner: Scanner, patterns: Patterns): ParsedProvision[] | undefined {
  return scanner.try(() => {
    const subparagraphs = readSubparagraphPhrase(scanner, patterns);
    if (subparagraphs === undefined || !readOf(scanner, patterns)) return undefined;
    const paragraphs = scanner.try(() => {
      if (scanner.match(patterns.paragraph) === undefined) return undefined;
      const numbers = readNumbers(scanner, patterns);
      if (numbers?.length !== 1 || !readOf(scanner, patterns)) return undefined;
      return numbers;
    });
    const articles = readArticleNumbers(scanner, patterns);
    if (articles?.length !== 1) return undefined;
    return provisionsOf(
      articles,
      paragraphs === undefined ? subparagraphs : joinClauses(paragraphs, subparagraphs),
    );
  });
}

function readResolutions(scanner: Scanner, patterns: Patterns): string[] | undefined {
  return scanner.try(() => {
    if (scanner.match(patterns.resolution) === undefined) return undefined;
    if (patterns.resolutionGap !== undefined) scanner.match(patterns.resolutionGap);
    const list = readList(scanner, patterns, () => {
      const found = scanner.match(RESOLUTION_NUMBER);
      return found === undefined ? undefined : `${Number(found[1])}/${Number(found[2])}`;
    });
    return list?.map((member) => member.value);
  });
}

/** The citation that starts at `start` of folded text (a keyword), if one does. */
export function parseWordCitation(
  folded: string,
  start: number,
  lexicon: CitationLexicon,
): ParsedCitation | undefined {
  const patterns = patternsOf(lexicon);
  const scanner = new Scanner(folded, start);
  const resolutions = readResolutions(scanner, patterns);
  if (resolutions !== undefined) {
    const citation: ResolutionCitation = { kind: 'resolution', start, end: scanner.position, resolutions };
    return citation;
  }
  const provisions =
    readSubparagraphFirst(scanner, patterns) ??
    readParagraphFirst(scanner, patterns) ??
    readArticleFirst(scanner, patterns);
  if (provisions === undefined) return undefined;
  const citation: ArticleCitation = { kind: 'article', start, end: scanner.position, provisions };
  return citation;
}

/** Every citation phrase in folded text, in order, none overlapping. */
export function findWordCitations(folded: string, lexicon: CitationLexicon): ParsedCitation[] {
  const { start } = patternsOf(lexicon);
  const citations: ParsedCitation[] = [];
  let from = 0;
  for (;;) {
    start.lastIndex = from;
    const found = start.exec(folded);
    if (found === null) return citations;
    const citation = parseWordCitation(folded, found.index, lexicon);
    if (citation === undefined) from = found.index + Math.max(1, found[0].length);
    else {
      const clitic = lexicon.leadingClitic?.exec(found[0])?.[0].length ?? 0;
      citations.push({ ...citation, start: citation.start + clitic });
      from = citation.end;
    }
  }
}
