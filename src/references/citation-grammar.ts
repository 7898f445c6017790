/**
 * The grammar of Chinese legal citations in UN texts: `第 27 条第 1 款(e)项`, `第 3 条(a)款`,
 * `第 19 条第 1 和 2 款`, `第 5 至 7 条`, `第 6/3 号决议`. Pure functions over text; offsets are UTF-16
 * code units.
 */

/**
 * `text` folded for matching, with the same length and offsets as `text`: each code point is
 * replaced by its NFKC form when that form has the same UTF-16 length (full-width digits, letters,
 * brackets and spaces become ASCII), and kept otherwise.
 */
export function foldText(text: string): string {
  let folded = '';
  for (const char of text) {
    const normal = char.normalize('NFKC');
    folded += normal.length === char.length ? normal : char;
  }
  return folded;
}

/** One cited provision: an article number and what follows it in English ("(1)(e)"), if anything. */
export interface ParsedProvision {
  readonly article: string;
  readonly clause: string | undefined;
}

/** An article group: one `条`, possibly with several article numbers, and its paragraphs and subparagraphs. */
export interface ArticleCitation {
  readonly kind: 'article';
  readonly start: number;
  readonly end: number;
  readonly provisions: readonly ParsedProvision[];
}

/** A group of resolutions sharing one `号决议`. */
export interface ResolutionCitation {
  readonly kind: 'resolution';
  readonly start: number;
  readonly end: number;
  /** Resolution numbers as `session/number` ("6/3"). */
  readonly resolutions: readonly string[];
}

/** One citation phrase found in folded text, from its `第` to the end of its last designator. */
export type ParsedCitation = ArticleCitation | ResolutionCitation;

const SPACE = /[ \t\u00a0\u3000]*/y;
const ARABIC = /\d+/y;
const CHINESE = /[〇零一二两三四五六七八九十百]+/y;
const LIST_SEPARATOR = /以及|和|及|与|、|或/y;
const RANGE_SEPARATOR = /至|到|-|–|—|~/y;
const LETTER = /\(([a-z])\)/y;
const ROMAN = /\(([ivx]+)\)/y;
const RESOLUTION_NUMBER = /(\d+)[ \t\u00a0\u3000]*\/[ \t\u00a0\u3000]*(\d+)/y;

/** Longest run of articles or paragraphs a range may expand to; longer ranges keep their ends only. */
const MAX_RANGE = 200;

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The value of a Chinese numeral up to 999 (`十六` = 16, `一百零五` = 105), or undefined. */
export function chineseNumeral(numeral: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const char of numeral) {
    const value = CHINESE_DIGITS[char];
    if (value !== undefined) {
      if (digit !== undefined && value !== 0) return undefined;
      digit = value === 0 ? undefined : value;
      continue;
    }
    const unit = char === '十' ? 10 : char === '百' ? 100 : undefined;
    if (unit === undefined) return undefined;
    total += (digit ?? 1) * unit;
    digit = undefined;
  }
  total += digit ?? 0;
  return total > 0 ? total : undefined;
}

/** A cursor over folded text that matches sticky patterns. */
class Scanner {
  position: number;

  constructor(
    readonly text: string,
    start: number,
  ) {
    this.position = start;
  }

  /** Matches `pattern` at the cursor (after spaces when `skipSpace`); advances and returns it, or undefined. */
  match(pattern: RegExp, skipSpace = true): RegExpExecArray | undefined {
    let at = this.position;
    if (skipSpace) {
      SPACE.lastIndex = at;
      SPACE.exec(this.text);
      at = SPACE.lastIndex;
    }
    pattern.lastIndex = at;
    const found = pattern.exec(this.text);
    if (found === null) return undefined;
    this.position = pattern.lastIndex;
    return found;
  }

  /** Matches the literal `word` at the cursor after spaces; advances and returns true, or false. */
  literal(word: string): boolean {
    SPACE.lastIndex = this.position;
    SPACE.exec(this.text);
    const at = SPACE.lastIndex;
    if (!this.text.startsWith(word, at)) return false;
    this.position = at + word.length;
    return true;
  }

  /** Runs `attempt`; when it returns undefined, puts the cursor back where it was. */
  try<T>(attempt: () => T | undefined): T | undefined {
    const saved = this.position;
    const result = attempt();
    if (result === undefined) this.position = saved;
    return result;
  }
}

function readNumber(scanner: Scanner): number | undefined {
  const arabic = scanner.match(ARABIC);
  if (arabic !== undefined) return Number(arabic[0]);
  return scanner.try(() => {
    const chinese = scanner.match(CHINESE);
    return chinese === undefined ? undefined : chineseNumeral(chinese[0]);
  });
}

/** Expands `from` … `to` when it is a sensible range, else keeps both ends. */
function expandRange(from: number, to: number): number[] {
  if (to <= from || to - from > MAX_RANGE) return [from, to];
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

/**
 * A list of numbers: `5`, `5、6 和 7`, `5 至 7`, `5 和第 6` (a repeated `第` is allowed after a
 * separator). Stops before a separator that is not followed by a number.
 */
function readNumberList(scanner: Scanner): number[] | undefined {
  const first = readNumber(scanner);
  if (first === undefined) return undefined;
  const numbers = [first];
  for (;;) {
    const next = scanner.try(() => {
      const range = scanner.match(RANGE_SEPARATOR) !== undefined;
      if (!range && scanner.match(LIST_SEPARATOR) === undefined) return undefined;
      scanner.literal('第');
      const value = readNumber(scanner);
      return value === undefined ? undefined : { range, value };
    });
    if (next === undefined) return numbers;
    const last = numbers[numbers.length - 1] ?? next.value;
    if (next.range) numbers.push(...expandRange(last, next.value).slice(1));
    else numbers.push(next.value);
  }
}

/** A list of parenthesized labels matched by `pattern`: `(a)`, `(a)和(b)`, `(a)至(c)`. */
function readLabelList(scanner: Scanner, pattern: RegExp): string[] | undefined {
  const first = scanner.match(pattern)?.[1];
  if (first === undefined) return undefined;
  const labels = [first];
  for (;;) {
    const next = scanner.try(() => {
      const range = scanner.match(RANGE_SEPARATOR) !== undefined;
      if (!range && scanner.match(LIST_SEPARATOR) === undefined) return undefined;
      scanner.literal('第');
      const label = scanner.match(pattern)?.[1];
      return label === undefined ? undefined : { range, label };
    });
    if (next === undefined) return labels;
    const last = labels[labels.length - 1] ?? next.label;
    if (next.range && pattern === LETTER && next.label.length === 1 && last.length === 1) {
      for (let code = last.charCodeAt(0) + 1; code <= next.label.charCodeAt(0); code += 1) {
        labels.push(String.fromCharCode(code));
      }
    } else {
      labels.push(next.label);
    }
  }
}

/** Letters (`(a)项`, `第(a)项`), then optional roman sub-items (`(i)目`); the suffix word is optional. */
function readSubparagraphs(scanner: Scanner, suffixes: readonly string[]): string[] | undefined {
  return scanner.try(() => {
    scanner.literal('第');
    const letters = readLabelList(scanner, LETTER);
    if (letters === undefined) return undefined;
    suffixes.some((suffix) => scanner.literal(suffix));
    const romans = scanner.try(() => {
      scanner.literal('第');
      const found = readLabelList(scanner, ROMAN);
      if (found === undefined) return undefined;
      scanner.literal('目');
      return found;
    });
    if (romans === undefined) return letters.map((letter) => `(${letter})`);
    const head = letters.slice(0, -1).map((letter) => `(${letter})`);
    const lastLetter = letters[letters.length - 1] ?? '';
    return [...head, ...romans.map((roman) => `(${lastLetter})(${roman})`)];
  });
}

/** What follows `条`: `(a)款`, or `第 1 款`, `第 1 和 2 款`, `第 1 款(e)项`; clause strings in English form. */
function readClauses(scanner: Scanner): string[] | undefined {
  const letters = readSubparagraphs(scanner, ['款', '项']);
  if (letters !== undefined) return letters;
  return scanner.try(() => {
    if (!scanner.literal('第')) return undefined;
    const paragraphs = readNumberList(scanner);
    if (paragraphs === undefined || !scanner.literal('款')) return undefined;
    const subparagraphs = readSubparagraphs(scanner, ['项', '目']);
    const head = paragraphs.slice(0, -1).map((paragraph) => `(${paragraph})`);
    const last = `(${paragraphs[paragraphs.length - 1] ?? ''})`;
    if (subparagraphs === undefined) return [...head, last];
    return [...head, ...subparagraphs.map((subparagraph) => `${last}${subparagraph}`)];
  });
}

/** The article group that starts with the `第` at `start` in folded text, if one does. */
export function parseArticleCitation(folded: string, start: number): ArticleCitation | undefined {
  if (folded[start] !== '第') return undefined;
  const scanner = new Scanner(folded, start + 1);
  const articles = readNumberList(scanner);
  if (articles === undefined || !scanner.literal('条')) return undefined;
  const clauses = readClauses(scanner);
  const provisions: ParsedProvision[] = [];
  articles.forEach((article, index) => {
    const own = index === articles.length - 1 ? clauses : undefined;
    if (own === undefined) provisions.push({ article: String(article), clause: undefined });
    else for (const clause of own) provisions.push({ article: String(article), clause });
  });
  return { kind: 'article', start, end: scanner.position, provisions };
}

/** The resolution group (`第 6/3 号决议`, `第 5/3 和 6/3 号决议`) at the `第` at `start`, if one is there. */
export function parseResolutionCitation(folded: string, start: number): ResolutionCitation | undefined {
  if (folded[start] !== '第') return undefined;
  const scanner = new Scanner(folded, start + 1);
  const resolutions: string[] = [];
  const readResolution = (): boolean => {
    const found = scanner.match(RESOLUTION_NUMBER);
    if (found === undefined) return false;
    resolutions.push(`${Number(found[1])}/${Number(found[2])}`);
    return true;
  };
  if (!readResolution()) return undefined;
  for (;;) {
    const more = scanner.try(() => {
      scanner.literal('号');
      if (scanner.match(LIST_SEPARATOR) === undefined) return undefined;
      scanner.literal('第');
      return readResolution() ? true : undefined;
    });
    if (more === undefined) break;
  }
  if (!scanner.literal('号') || !scanner.literal('决议')) return undefined;
  return { kind: 'resolution', start, end: scanner.position, resolutions };
}

/** Every citation phrase in folded text, in order, none overlapping. */
export function findCitations(folded: string): ParsedCitation[] {
  const citations: ParsedCitation[] = [];
  let from = 0;
  for (;;) {
    const at = folded.indexOf('第', from);
    if (at === -1) return citations;
    const citation = parseResolutionCitation(folded, at) ?? parseArticleCitation(folded, at);
    if (citation === undefined) {
      from = at + 1;
    } else {
      citations.push(citation);
      from = citation.end;
    }
  }
}
