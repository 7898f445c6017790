import { describe, expect, it } from 'vitest';
import { viewMeetings } from './catalog-views.js';
import { isLaterMeeting, meetingYearProblem, meetingYearsOf } from './meetings.js';
import { validateCatalog } from './validate-catalog.js';
import { languageFixtureCatalog } from '../../test/support/language-fixtures.js';

describe('meetings', () => {
  it('knows the seven meetings and takes a later meeting’s year from its papers', () => {
    expect(isLaterMeeting(7)).toBe(false);
    expect(isLaterMeeting(8)).toBe(true);
    expect(meetingYearProblem({ meeting: 5, year: 2018 })).toBeUndefined();
    expect(meetingYearProblem({ meeting: 5, year: 2019 })).toBe(
      'the year 2019 disagrees with meeting 5, held in 2018',
    );
    expect(meetingYearProblem({ meeting: 0, year: 2019 })).toBe('the Working Group held no meeting number 0');
    expect(meetingYearProblem({ meeting: 8, year: 2021 })).toBeUndefined();
    expect(meetingYearProblem({ meeting: 8, year: 2019 })).toBe(
      'the year 2019 is before 2020, the year of meeting 7, held before meeting 8',
    );
    const years = meetingYearsOf([{ meeting: 8, year: 2021 }]);
    expect([...years.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(meetingYearProblem({ meeting: 8, year: 2022 }, years)).toBe(
      'the year 2022 disagrees with meeting 8, whose other papers are of 2021',
    );
    expect(meetingYearProblem({ meeting: 9, year: 2020 }, years)).toBe(
      'the year 2020 is before 2021, the year of meeting 8, held before meeting 9',
    );
  });

  it('validates and lists a paper of a later meeting', () => {
    const catalog = languageFixtureCatalog('en');
    const papers = catalog.papers.map((paper) =>
      paper.symbol === 'CTOC/COP/WG.7/2019/2'
        ? { ...paper, symbol: 'CTOC/COP/WG.7/2021/2', year: 2021, meeting: 8 }
        : paper,
    );
    const later = { ...catalog, papers };
    expect(validateCatalog(later).filter((anomaly) => anomaly.code.startsWith('paper-'))).toEqual([]);
    expect(viewMeetings(later).at(-1)).toEqual({ number: 8, year: 2021, papers: ['CTOC/COP/WG.7/2021/2'] });
    const early = {
      ...catalog,
      papers: papers.map((paper) => (paper.meeting === 8 ? { ...paper, year: 2019 } : paper)),
    };
    expect(validateCatalog(early).map((anomaly) => anomaly.code)).toContain('paper-year-meeting-mismatch');
  });
});
