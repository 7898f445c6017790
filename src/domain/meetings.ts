import type { Paper } from './catalog.js';

/**
 * The meetings of the Working Group on the Smuggling of Migrants for which the Secretariat wrote
 * background papers: meeting number → calendar year. The summary of 2021 covers these seven.
 */
export const MEETING_YEARS: ReadonlyMap<number, number> = new Map([
  [1, 2012],
  [2, 2013],
  [3, 2015],
  [4, 2017],
  [5, 2018],
  [6, 2019],
  [7, 2020],
]);

/** The last meeting somkb knows the year of (the seventh). */
const LAST_KNOWN_MEETING = Math.max(...MEETING_YEARS.keys());

/** The year the given meeting was held, or `undefined` for a meeting somkb does not know. */
export function yearOfMeeting(meeting: number): number | undefined {
  return MEETING_YEARS.get(meeting);
}

/**
 * Whether `meeting` is a later meeting than those somkb knows the year of (the eighth and after): an
 * editor adds the papers of such a meeting, and its year is the one its papers give.
 */
export function isLaterMeeting(meeting: number): boolean {
  return Number.isInteger(meeting) && meeting > LAST_KNOWN_MEETING;
}

/**
 * The year of every meeting of `papers`' Working Group: those somkb knows, then each later meeting
 * that a paper names (the year of its first paper, in the order given), in meeting order.
 */
export function meetingYearsOf(papers: readonly Pick<Paper, 'meeting' | 'year'>[]): Map<number, number> {
  const years = new Map(MEETING_YEARS);
  for (const paper of papers) {
    if (isLaterMeeting(paper.meeting) && paper.year !== 0 && !years.has(paper.meeting))
      years.set(paper.meeting, paper.year);
  }
  return new Map([...years].sort(([a], [b]) => a - b));
}

/**
 * Why a paper's year does not fit its meeting, or `undefined` when it does: a meeting somkb knows
 * was held in its year; a later meeting (see {@link isLaterMeeting}) in the year its other papers
 * give (`years`, from {@link meetingYearsOf}), not before the meeting before it.
 */
export function meetingYearProblem(
  paper: Pick<Paper, 'meeting' | 'year'>,
  years: ReadonlyMap<number, number> = MEETING_YEARS,
): string | undefined {
  const known = yearOfMeeting(paper.meeting);
  if (known !== undefined) {
    return known === paper.year
      ? undefined
      : `the year ${paper.year} disagrees with meeting ${paper.meeting}, held in ${known}`;
  }
  if (!isLaterMeeting(paper.meeting)) return `the Working Group held no meeting number ${paper.meeting}`;
  const given = years.get(paper.meeting);
  if (given !== undefined && given !== paper.year)
    return `the year ${paper.year} disagrees with meeting ${paper.meeting}, whose other papers are of ${given}`;
  const before = [...years].filter(([meeting]) => meeting < paper.meeting).at(-1);
  if (before !== undefined && before[1] > paper.year)
    return `the year ${paper.year} is before ${before[1]}, the year of meeting ${before[0]}, held before meeting ${paper.meeting}`;
  return undefined;
}
