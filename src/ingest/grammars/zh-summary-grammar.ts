import type { Anomaly, SummaryHeader } from '../../domain/index.js';
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
import { matchArabicNumberedParagraph, matchLetteredItem, summaryDocumentId } from './common-patterns.js';

const CHINESE_DIGITS: ReadonlyMap<string, number> = new Map([
  ['一', 1],
  ['二', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);

/** Reads a Chinese numeral from 一 to 九十九 (一, 十, 十二, 二十三 …); `undefined` otherwise. */
export function parseChineseNumeral(numeral: string): number | undefined {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(numeral);
  if (match === null || numeral === '') return undefined;
  const [, first, ten, last] = match;
  if (ten === undefined) {
    return last === undefined && first !== undefined ? CHINESE_DIGITS.get(first) : undefined;
  }
  const tens = first === undefined ? 1 : (CHINESE_DIGITS.get(first) ?? 0);
  const units = last === undefined ? 0 : (CHINESE_DIGITS.get(last) ?? 0);
  return tens * 10 + units;
}

const CHAPTER_HEADING = /^([一二三四五六七八九十]{1,3})[.．、]\s*(\S.*)$/;
const HAN = /\p{Script=Han}/u;
const ASCII_LETTER_END = /[A-Za-z]$/;
const ASCII_LETTER_START = /^[A-Za-z]/;
const DATE_LINE =
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:和|至|及|-|–)\s*(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?\s*[，,]\s*(\S.*)$/;
const PREPARED_BY_SECRETARIAT = /秘书处.*编写|编写.*秘书处/;
const PAPER_INTRO = /(?:草拟|编写|编制)了?一份背景文件/;
const YEAR = /(\d{4})\s*(年|[，,])/;
const MEETING = /第([一二三四五六七八九十]{1,3})次会议/;
const FINAL_SYMBOL = /[（(]\s*([^（）()]*?)\s*[）)]\s*[。.]?\s*$/;
const SUBJECT =
  /工作组\s*就\s*(.+?)(?:而|所)?(?:展开|开展|进行)?的?讨论提供了?依据(?:[，,]\s*即\s*(.+?)\s*(?=[（(][^（()）]*[）)]\s*[。.]?\s*$))?/;
const SENTENCE_END = /[。！？!?…]["”’」』]?$/;
const TOPIC_SEPARATOR = /[；;：:]/g;

function isoDate(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function parseDateLine(text: string): { dates: string[]; place: string } | undefined {
  const match = DATE_LINE.exec(text);
  if (match === null) return undefined;
  const [, year = '', month = '', day = '', year2, month2, day2, place = ''] = match;
  const dates = [isoDate(year, month, day)];
  if (day2 !== undefined) dates.push(isoDate(year2 ?? year, month2 ?? month, day2));
  return { dates, place: place.trim() };
}

function headerError(code: string, line: number, message: string): Anomaly {
  return { severity: 'error', code, line, message };
}

/**
 * The grammar of the Chinese thematic summary (专题概要): `一. 导言` chapters, `关键议题` key-topic
 * lists separated by `；` (sometimes `：`), `N. ` paragraphs with `(a) ` items, and paper
 * introductions of the form `2018 年，秘书处为工作组第五次会议草拟了一份背景文件，以给工作组就…展开的讨论
 * 提供依据（CTOC/COP/WG.7/2018/2）。`
 */
export const zhSummaryGrammar: SummaryGrammar = {
  language: 'zh',
  languageName: 'Chinese',
  isOwnScript: (char) => HAN.test(char),

  matchChapterHeading(text): ChapterHeadingMatch | undefined {
    const match = CHAPTER_HEADING.exec(text);
    if (match === null) return undefined;
    const [, numeral = '', title = ''] = match;
    const number = parseChineseNumeral(numeral);
    return number === undefined ? undefined : { numeral, number, title: title.trim() };
  },

  matchParagraphStart(text): ParagraphStartMatch | undefined {
    return matchArabicNumberedParagraph(text);
  },

  matchItemStart(text): ItemStartMatch | undefined {
    return matchLetteredItem(text);
  },

  isKeyTopicsLabel: (text) => /^关键议题[：:]?$/.test(text),

  joinWrapped(left, right) {
    return ASCII_LETTER_END.test(left) && ASCII_LETTER_START.test(right) ? `${left} ${right}` : left + right;
  },

  splitKeyTopics(text): KeyTopicsSplit {
    const body = text.replace(/[。.]\s*$/, '');
    const separators = new Map<string, number>();
    for (const [separator] of body.matchAll(TOPIC_SEPARATOR)) {
      separators.set(separator, (separators.get(separator) ?? 0) + 1);
    }
    const topics = body.split(TOPIC_SEPARATOR).map((topic) => topic.trim());
    return { topics, separators };
  },

  parseHeader(lines: readonly SourceLine[]): HeaderParse {
    const anomalies: Anomaly[] = [];
    const firstLine = lines[0]?.line ?? 1;
    const dateIndex = lines.findIndex((line) => DATE_LINE.test(line.text));
    const preparedIndex = lines.findIndex((line) => PREPARED_BY_SECRETARIAT.test(line.text));
    if (dateIndex === -1) {
      anomalies.push(
        headerError(
          'header-date-missing',
          firstLine,
          'the header has no date line (如 2021 年 10 月 14 日，维也纳)',
        ),
      );
    }
    if (preparedIndex === -1) {
      anomalies.push(
        headerError(
          'header-prepared-by-missing',
          firstLine,
          'the header does not say it was prepared by the Secretariat (秘书处编写)',
        ),
      );
    }
    const bodyLine = dateIndex > 0 ? lines[dateIndex - 1] : undefined;
    if (dateIndex === 0 || (dateIndex > 0 && bodyLine === undefined)) {
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
      title: titleLines.map((line) => line.text).join(''),
      preparedByLine: preparedLine.text,
      preparedBy: 'secretariat',
    };
    return { header, anomalies };
  },

  matchPaperIntro(text): PaperIntroMatch | undefined {
    if (!PAPER_INTRO.test(text)) return undefined;
    const year = YEAR.exec(text);
    const meeting = MEETING.exec(text);
    const symbol = FINAL_SYMBOL.exec(text);
    const subject = SUBJECT.exec(text);
    const meetingNumber = meeting?.[1] === undefined ? undefined : parseChineseNumeral(meeting[1]);
    let subjectText = subject?.[1]?.trim() ?? '';
    const namely = subject?.[2]?.trim();
    if (namely !== undefined && namely !== '' && /^(?:这样|以下|下列)/.test(subjectText))
      subjectText = namely;
    return {
      year: year?.[1] === undefined ? 0 : Number(year[1]),
      yearMarked: year?.[2] === '年',
      meeting: meetingNumber ?? 0,
      subject: subjectText,
      symbolText: symbol?.[1] ?? '',
    };
  },

  endsComplete: (text) => SENTENCE_END.test(text),

  documentId: summaryDocumentId,
};
