import type { Catalog, SummaryHeader } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import { walkDocument } from './document-walk.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of an ISO date, as numbers. */
interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function parseIsoDate(date: string): DateParts {
  const match = ISO_DATE.exec(date);
  if (match === null) {
    throw new SomkbError('INTERNAL', `The catalog holds a meeting date that is not an ISO date: "${date}".`, {
      where: 'document.header.dates',
    });
  }
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function fullDate(date: DateParts): string {
  return `${date.year} 年 ${date.month} 月 ${date.day} 日`;
}

/**
 * The date-and-place line of the header as the Chinese summary prints it: `2021 年 10 月 14 日和 15
 * 日，维也纳` when all dates share year and month (later days written as `15 日`), otherwise each date
 * in full: `2021 年 10 月 31 日和 2021 年 11 月 1 日，维也纳`. Dates are joined by `和 `; no date gives
 * the place alone.
 */
export function formatDatesLine(header: Pick<SummaryHeader, 'dates' | 'place'>): string {
  const dates = header.dates.map(parseIsoDate);
  const first = dates[0];
  if (first === undefined) return header.place;
  const sameMonth = dates.every((date) => date.year === first.year && date.month === first.month);
  const written = dates.map((date, position) =>
    position > 0 && sameMonth ? `${date.day} 日` : fullDate(date),
  );
  return `${written.join('和 ')}，${header.place}`;
}

/** What a line of the UN layout is (see {@link unLayoutLines}). */
export type UnLayoutLineKind =
  'header' | 'chapter' | 'theme' | 'key-topics-label' | 'key-topics' | 'paragraph' | 'item';

/** One line (one block) of the summary in the UN layout: what it is, and its text as printed. */
export interface UnLayoutLine {
  readonly kind: UnLayoutLineKind;
  readonly text: string;
}

/**
 * The summary in the UN layout, one block a line, in reading order: the header (body,
 * date-and-place line, title, prepared-by line), then each chapter heading (`一. 导言`), each theme
 * block (its name, `关键议题`, its key topics joined by `；` and closed by `。`), each paragraph
 * (`N. text`) and its items (`(a) text`). The clean text and the UN-layout Word file are both made
 * from it, so that ingest reads either back into an identical catalog. Throws `INTERNAL` on a date
 * that is not ISO or a dangling theme or paper reference.
 */
export function unLayoutLines(catalog: Catalog): UnLayoutLine[] {
  const { header } = catalog.document;
  const lines: UnLayoutLine[] = [
    header.body,
    formatDatesLine(header),
    header.title,
    header.preparedByLine,
  ].map((text) => ({ kind: 'header', text }));
  for (const step of walkDocument(catalog)) {
    switch (step.kind) {
      case 'chapter':
        lines.push({ kind: 'chapter', text: `${step.chapter.numeral}. ${step.chapter.title}` });
        break;
      case 'theme':
        lines.push({ kind: 'theme', text: step.theme.name }, { kind: 'key-topics-label', text: '关键议题' });
        if (step.theme.keyTopics.length > 0)
          lines.push({ kind: 'key-topics', text: `${step.theme.keyTopics.join('；')}。` });
        break;
      case 'paper':
        break;
      case 'paragraph':
        lines.push({ kind: 'paragraph', text: `${step.paragraph.number}. ${step.paragraph.text}` });
        for (const item of step.paragraph.items)
          lines.push({ kind: 'item', text: `(${item.label}) ${item.text}` });
        break;
    }
  }
  return lines;
}

/**
 * A clean Chinese text of the summary, one line per element, that the ingest parser reads back into
 * an identical catalog: the lines of {@link unLayoutLines}, items indented by two spaces
 * (`  (a) text`). Lines end with `\n`, the last one too. Throws `INTERNAL` on a date that is not ISO
 * or a dangling theme or paper reference.
 */
export function renderText(catalog: Catalog): string {
  const lines = unLayoutLines(catalog).map((line) => (line.kind === 'item' ? `  ${line.text}` : line.text));
  return `${lines.join('\n')}\n`;
}
