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

/** The year the given meeting was held, or `undefined` for a meeting somkb does not know. */
export function yearOfMeeting(meeting: number): number | undefined {
  return MEETING_YEARS.get(meeting);
}
