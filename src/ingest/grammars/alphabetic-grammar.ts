import type { Anomaly, Language, SummaryHeader } from '../../domain/index.js';
import type {
  ChapterHeadingMatch,
  HeaderParse,
  ItemStartMatch,
  KeyTopicsSplit,
  PaperIntroMatch,
  ParagraphStartMatch,
  SourceLine,
  SummaryGrammar,
} from '../summary-grammar.js';
import {
  catalogItemLabel,
  matchArabicNumberedParagraph,
  normalizeHeadingWords,
  parseRomanNumeral,
  summaryDocumentId,
} from './common-patterns.js';

/**
 * The words of a thematic summary in one language written with an alphabet (English, French,
 * Spanish, Russian, Arabic): the data a grammar made by {@link makeAlphabeticGrammar} reads with.
 * Each language's grammar file holds its table at the top, so that a heading word or a month name
 * is corrected there, never in the parser.
 */
export interface AlphabeticGrammarWords {
  readonly language: Language;
  /** The language's name in English, for messages. */
  readonly languageName: string;
  /** A letter of the script the language is written in. */
  readonly script: RegExp;
  /**
   * The chapter headings: how a chapter's numeral is written (a regular expression source without
   * anchors), how it reads as a number, what may stand between it and the title, and the titles the
   * grammar knows (compared without case and accents of apostrophes).
   */
  readonly chapters: {
    readonly numeral: string;
    readonly numberOf: (numeral: string) => number | undefined;
    readonly separator: string;
    readonly titles: readonly string[];
  };
  /** The line that introduces a theme's key topics (`Key topics`), in every accepted form. */
  readonly keyTopicsLabels: readonly string[];
  /** Separators between the key topics of a theme (`;`). */
  readonly topicSeparator: RegExp;
  /**
   * The item letters, each list in the order of the catalog's labels a, b, c …: `(a)`/`a)` in Latin
   * script, `а)` in Cyrillic, `(أ)` in Arabic. A list may be given in several scripts.
   */
  readonly itemLetters: readonly (readonly string[])[];
  /** What an item's text must start with (a capital letter in English, French and Spanish). */
  readonly itemTextStart: RegExp;
  /** Reads the start of a numbered paragraph; default `N. text`. */
  readonly paragraphStart?: (text: string) => ParagraphStartMatch | undefined;
  /** Text folded before it is matched against the patterns below (e.g. Arabic-Indic digits). */
  readonly fold?: (text: string) => string;
  /** The ordinal words of the meetings (first … seventh), every form in lower case → number. */
  readonly ordinals: ReadonlyMap<string, number>;
  /** The month names in lower case (every form a date may use) → month number. */
  readonly months: ReadonlyMap<string, number>;
  /** The words joining two days of a date (`and`, `et`, `y`, `и`, `و`). */
  readonly dayConjunctions: readonly string[];
  /** A word that may stand before the month and before the year (`de` in Spanish). */
  readonly dateFiller?: string;
  /** A word that may follow the year (`года` in Russian). */
  readonly yearSuffix?: string;
  /** An example of the date line, for messages. */
  readonly dateExample: string;
  /** The line that says the Secretariat prepared the summary. */
  readonly preparedBy: RegExp;
  /** An example of that line, for messages. */
  readonly preparedByExample: string;
  /** True for the first paragraph of a background paper (`the Secretariat prepared a background paper`). */
  readonly paperIntro: RegExp;
  /** The year of a paper with its marker (`In 2018`); group 1 is the year. */
  readonly paperYear: RegExp;
  /** How that marker is written, for messages (`In 2018`). */
  readonly paperYearExample: string;
  /** The meeting of a paper: group 1 is its ordinal word or number (`fifth meeting`). */
  readonly paperMeeting: RegExp;
  /** What comes right before the subject of a paper (`to inform its discussion on`). */
  readonly subjectLead: RegExp;
  /**
   * First parts of compound words that keep their hyphen when a line break follows it
   * (`information-` + `sharing`); any other word hyphenated at a line end is rejoined without it.
   */
  readonly hyphenKeptAfter: readonly string[];
  /**
   * A line that looks like a sub-heading (`A. Criminal justice`, `ألف - …`), which the summary does not
   * have: reported as an unclassified heading. Default: a Latin capital, a full stop, a capitalised word.
   */
  readonly subheading?: RegExp;
  /** Punctuation that ends a sentence (besides `.`, `!`, `?` and `…`). */
  readonly extraSentenceEnds?: string;
}

const FINAL_SYMBOL = /\(\s*([^()]*?)\s*\)\s*\.?\s*$/;
const ANY_YEAR = /\b((?:19|20)\d{2})\b/;
const SUBHEADING = /^[A-H]\.\s+\p{Lu}\p{Ll}/u;
const ROMAN_LIKE = /^([IVXLC]+)\.\s+\S/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function alternatives(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function headerError(code: string, line: number, message: string): Anomaly {
  return { severity: 'error', code, line, message };
}

/**
 * Makes the grammar of a thematic summary in a language written with an alphabet from its table of
 * words. What the Latin, Cyrillic and Arabic versions share is here once: Roman (or ordinal)
 * chapter numerals, `N.` paragraphs, lettered items mapped to the catalog's labels, wrapped lines
 * rejoined with a space (a word hyphenated at a line end rejoined without its hyphen), the header's
 * date line, and a paper's first paragraph read for its year, meeting, subject and symbol.
 */
export function makeAlphabeticGrammar(words: AlphabeticGrammarWords): SummaryGrammar {
  const fold = words.fold ?? ((text: string) => text);
  const chapterPattern = new RegExp(
    `^(${words.chapters.numeral})\\s*${words.chapters.separator}\\s*(\\S.*)$`,
    'u',
  );
  const knownTitles = new Set(words.chapters.titles.map(normalizeHeadingWords));
  const keyTopicsLabels = new Set(words.keyTopicsLabels.map(normalizeHeadingWords));
  const letterSets = words.itemLetters;
  const itemPattern = new RegExp(
    `^(?:\\((${alternatives(letterSets.flat())})\\)|(${alternatives(letterSets.flat())})\\))\\s+(\\S.*)$`,
    'u',
  );
  const monthPattern = alternatives(words.months.keys());
  const filler = words.dateFiller === undefined ? '' : `(?:${escapeRegExp(words.dateFiller)}\\s+)?`;
  const suffix = words.yearSuffix === undefined ? '' : `(?:\\s*${escapeRegExp(words.yearSuffix)})?`;
  const datePattern = new RegExp(
    `^(.+?)\\s*[,،]\\s*(\\d{1,2})(?:\\s*(?:${alternatives(words.dayConjunctions)}|[-–])\\s*(\\d{1,2}))?\\s+${filler}(${monthPattern})\\s+${filler}(\\d{4})${suffix}\\.?$`,
    'iu',
  );
  const meetingPattern = new RegExp(
    words.paperMeeting.source,
    `${words.paperMeeting.flags.replace('g', '')}g`,
  );
  const hyphenKept = new Set(words.hyphenKeptAfter.map((word) => word.toLowerCase()));
  const sentenceEnd = new RegExp(`[.!?…${escapeRegExp(words.extraSentenceEnds ?? '')}][»"”’)]*$`, 'u');

  function parseDateLine(text: string): { dates: string[]; place: string } | undefined {
    const match = datePattern.exec(fold(text));
    if (match === null) return undefined;
    const [, place = '', day = '', secondDay, monthName = '', year = ''] = match;
    const month = words.months.get(monthName.toLowerCase()) ?? 0;
    const dates = [isoDate(Number(year), month, Number(day))];
    if (secondDay !== undefined) dates.push(isoDate(Number(year), month, Number(secondDay)));
    return { dates, place: place.trim() };
  }

  function readMeeting(text: string): number {
    for (const match of text.matchAll(meetingPattern)) {
      const word = match[1] ?? '';
      const digits = /^(\d{1,2})/.exec(word);
      const number = digits === null ? words.ordinals.get(word.toLowerCase()) : Number(digits[1]);
      if (number !== undefined) return number;
    }
    return 0;
  }

  return {
    language: words.language,
    languageName: words.languageName,
    yearMarker: words.paperYearExample,
    isOwnScript: (char) => words.script.test(char),

    matchChapterHeading(text): ChapterHeadingMatch | undefined {
      const match = chapterPattern.exec(text);
      if (match === null) return undefined;
      const [, numeral = '', title = ''] = match;
      const number = words.chapters.numberOf(numeral);
      if (number === undefined || !knownTitles.has(normalizeHeadingWords(title))) return undefined;
      return { numeral, number, title: title.trim() };
    },

    describeUnclassifiedHeading(text) {
      const chapter = chapterPattern.exec(text);
      if (chapter !== null || ROMAN_LIKE.test(text)) {
        return `chapter heading «${text}» is not one the ${words.languageName} grammar knows (its chapter titles: ${words.chapters.titles.join('; ')})`;
      }
      if ((words.subheading ?? SUBHEADING).test(text) && !sentenceEnd.test(text)) {
        return `«${text}» looks like a sub-heading, which the ${words.languageName} grammar does not know`;
      }
      return undefined;
    },

    matchParagraphStart(text): ParagraphStartMatch | undefined {
      return (words.paragraphStart ?? matchArabicNumberedParagraph)(text);
    },

    matchItemStart(text): ItemStartMatch | undefined {
      const match = itemPattern.exec(text);
      if (match === null) return undefined;
      const letter = match[1] ?? match[2] ?? '';
      const rest = match[3] ?? '';
      if (!words.itemTextStart.test(rest)) return undefined;
      const label = catalogItemLabel(letter, letterSets);
      return label === undefined ? undefined : { label, rest };
    },

    isKeyTopicsLabel: (text) => keyTopicsLabels.has(normalizeHeadingWords(text.replace(/\s*[:：]$/, ''))),

    joinWrapped(left, right) {
      if (left === '') return right;
      const hyphenated = /(\p{L}+)-$/u.exec(left);
      if (hyphenated !== null && /^\p{L}/u.test(right)) {
        const keep = !/^\p{Ll}/u.test(right) || hyphenKept.has((hyphenated[1] ?? '').toLowerCase());
        return keep ? left + right : left.slice(0, -1) + right;
      }
      if (left.endsWith('/')) return left + right;
      return `${left} ${right}`;
    },

    splitKeyTopics(text): KeyTopicsSplit {
      const body = text.replace(/\s*\.\s*$/, '');
      const separators = new Map<string, number>();
      for (const [separator] of body.matchAll(words.topicSeparator)) {
        separators.set(separator, (separators.get(separator) ?? 0) + 1);
      }
      return { topics: body.split(words.topicSeparator).map((topic) => topic.trim()), separators };
    },

    parseHeader(lines: readonly SourceLine[]): HeaderParse {
      const anomalies: Anomaly[] = [];
      const firstLine = lines[0]?.line ?? 1;
      const dateIndex = lines.findIndex((line) => parseDateLine(line.text) !== undefined);
      const preparedIndex = lines.findIndex(
        (line, index) => index > dateIndex && words.preparedBy.test(line.text),
      );
      if (dateIndex === -1) {
        anomalies.push(
          headerError(
            'header-date-missing',
            firstLine,
            `the header has no date line (such as «${words.dateExample}»)`,
          ),
        );
      }
      if (preparedIndex === -1) {
        anomalies.push(
          headerError(
            'header-prepared-by-missing',
            firstLine,
            `the header does not say it was prepared by the Secretariat («${words.preparedByExample}»)`,
          ),
        );
      }
      const bodyLine = dateIndex > 0 ? lines[dateIndex - 1] : undefined;
      if (dateIndex === 0) {
        anomalies.push(
          headerError('header-body-missing', firstLine, 'the header names no body before its date line'),
        );
      }
      const titleLines =
        dateIndex !== -1 && preparedIndex > dateIndex ? lines.slice(dateIndex + 1, preparedIndex) : [];
      if (dateIndex !== -1 && preparedIndex !== -1 && titleLines.length === 0) {
        anomalies.push(
          headerError(
            'header-title-missing',
            lines[dateIndex]?.line ?? firstLine,
            'the header has no title between its date and "prepared by" lines',
          ),
        );
      }
      const dateLine = dateIndex === -1 ? undefined : lines[dateIndex];
      const parsedDate = dateLine === undefined ? undefined : parseDateLine(dateLine.text);
      const preparedLine = preparedIndex === -1 ? undefined : lines[preparedIndex];
      if (
        anomalies.length > 0 ||
        parsedDate === undefined ||
        bodyLine === undefined ||
        preparedLine === undefined
      ) {
        return { header: undefined, anomalies };
      }
      const header: SummaryHeader = {
        body: bodyLine.text,
        dates: parsedDate.dates,
        place: parsedDate.place,
        title: titleLines.map((line) => line.text).join(' '),
        preparedByLine: preparedLine.text,
        preparedBy: 'secretariat',
      };
      return { header, anomalies };
    },

    matchPaperIntro(printed): PaperIntroMatch | undefined {
      const text = fold(printed);
      if (!words.paperIntro.test(text)) return undefined;
      const symbol = FINAL_SYMBOL.exec(text);
      const beforeSymbol = symbol === null ? text : text.slice(0, symbol.index);
      const marked = words.paperYear.exec(beforeSymbol);
      const anyYear = marked === null ? ANY_YEAR.exec(beforeSymbol) : null;
      const lead = words.subjectLead.exec(beforeSymbol);
      const subject =
        lead === null
          ? ''
          : beforeSymbol
              .slice(lead.index + lead[0].length)
              .trim()
              .replace(/[\s,،]+$/u, '');
      return {
        year: Number(marked?.[1] ?? anyYear?.[1] ?? 0),
        yearMarked: marked !== null,
        meeting: readMeeting(beforeSymbol),
        subject,
        symbolText: symbol?.[1] ?? '',
      };
    },

    endsComplete: (text) => sentenceEnd.test(text),

    documentId: summaryDocumentId,
  };
}

/**
 * The chapter numerals of UN documents in Latin and Cyrillic script: Roman numerals (I … XLIX)
 * followed by a full stop, `II. Summary of background papers`.
 */
export const romanChapterNumerals = {
  numeral: '[IVXL]{1,6}',
  numberOf: parseRomanNumeral,
  separator: '\\.',
} as const;
