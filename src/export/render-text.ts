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

/**
 * A clean Chinese text of the summary, one line per element, that the ingest parser reads back into
 * an identical catalog: the header (body, date-and-place line, title, prepared-by line), then in
 * reading order each chapter heading (`一. 导言`), each theme block (its name, `关键议题`, its key
 * topics joined by `；` and closed by `。`), each paragraph (`N. text`) and its items (`  (a) text`).
 * Lines end with `\n`, the last one too. Throws `INTERNAL` on a date that is not ISO or a dangling
 * theme or paper reference.
 */
export function renderText(catalog: Catalog): string {
  const { header } = catalog.document;
  const lines: string[] = [header.body, formatDatesLine(header), header.title, header.preparedByLine];
  for (const step of walkDocument(catalog)) {
    switch (step.kind) {
      case 'chapter':
        lines.push(`${step.chapter.numeral}. ${step.chapter.title}`);
        break;
      case 'theme':
        lines.push(step.theme.name, '关键议题');
        if (step.theme.keyTopics.length > 0) lines.push(`${step.theme.keyTopics.join('；')}。`);
        break;
      case 'paper':
        break;
      case 'paragraph':
        lines.push(`${step.paragraph.number}. ${step.paragraph.text}`);
        for (const item of step.paragraph.items) lines.push(`  (${item.label}) ${item.text}`);
        break;
    }
  }
  return `${lines.join('\n')}\n`;
}
