import { describe, expect, it } from 'vitest';
import { parseQuery } from '../search/index.js';
import {
  MAX_SEARCH_PAGE,
  applySearchStep,
  hasSearch,
  readSearchState,
  readSearchStep,
  searchStateFields,
  searchStepText,
  searchFilters,
  searchHref,
  facetHrefs,
  FACET_KEYS,
  searchQueryText,
} from './search-state.js';
import type { SearchStep } from './search-state.js';
import { escapeText } from './html-template.js';

const read = (query: string) => readSearchState(new URLSearchParams(query));

describe('readSearchState', () => {
  it('reads the words, the facets, the page and the grouping', () => {
    expect(
      read('q=%E6%B4%97%E9%92%B1&theme=theme-1&paper=CTOC-COP-WG.7-2015-4&year=2015&topic=a&page=3&group=1'),
    ).toEqual({
      q: '洗钱',
      theme: ['theme-1'],
      paper: ['CTOC-COP-WG.7-2015-4'],
      year: ['2015'],
      topic: ['a'],
      page: 3,
      group: true,
    });
  });

  it('is lenient: a bad page is page 1, a bad year and empty or repeated values are dropped', () => {
    const state = read(`q=+x+&year=15&year=2015&year=2015&theme=&page=-2&group=yes`);
    expect(state).toMatchObject({ q: 'x', year: ['2015'], theme: [], page: 1, group: false });
    expect(read(`page=${MAX_SEARCH_PAGE + 1}`).page).toBe(1);
    expect(read(`page=${MAX_SEARCH_PAGE}`).page).toBe(MAX_SEARCH_PAGE);
    expect(read(`topic=${'x'.repeat(201)}`).topic).toEqual([]);
  });

  it('says whether anything is asked', () => {
    expect(hasSearch(read(''))).toBe(false);
    expect(hasSearch(read('q=x'))).toBe(true);
    expect(hasSearch(read('year=2015'))).toBe(true);
  });
});

describe('searchQueryText', () => {
  it('adds one filter per facet value, which the query parser reads back', () => {
    const state = read(
      'q=%E6%B4%97%E9%92%B1&theme=theme-3&paper=CTOC-COP-WG.7-2015-4&year=2015&topic=%E7%A8%8E+%E6%94%B6',
    );
    const text = searchQueryText(state, (value) => value.replaceAll('-', '/').replace('WG/7', 'WG.7'));
    const parsed = parseQuery(text);
    expect(parsed.words).toEqual(['洗钱']);
    expect(parsed.filters.theme).toEqual(['theme-3']);
    expect(parsed.filters.paper).toEqual(['CTOC/COP/WG.7/2015/4']);
    expect(parsed.filters.year).toEqual([2015]);
    expect(parsed.filters.topic).toEqual(['税 收']);
  });

  it('quotes a value with quotes inside with another pair', () => {
    const parsed = parseQuery(searchQueryText(read('topic=%22a+b%22')));
    expect(parsed.filters.topic).toEqual(['"a b"']);
    expect(parsed.words).toEqual([]);
  });
});

describe('searchFilters', () => {
  it('gives the facets as the filters the query text of the same state carries', () => {
    const state = read(
      'q=%E6%B4%97%E9%92%B1&theme=theme-3&theme=%E6%8A%80%E6%9C%AF&paper=CTOC-COP-WG.7-2015-4&year=2015&year=2016&topic=%E7%A8%8E+%E6%94%B6&topic=%22a+b%22',
    );
    const symbol = (value: string): string => value.replaceAll('-', '/').replace('WG/7', 'WG.7');
    const { theme, paper, year, topic } = parseQuery(searchQueryText(state, symbol)).filters;
    expect(searchFilters(state, symbol)).toEqual({ theme, paper, year, topic });
    expect(searchFilters(state).paper).toEqual(['CTOC-COP-WG.7-2015-4']);
  });
});

describe('searchHref', () => {
  it('writes the state in a fixed order, leaving out the defaults, and applies changes', () => {
    const state = read('page=2&topic=t&q=x&theme=theme-1&group=1');
    expect(searchHref(state)).toBe('/search?q=x&theme=theme-1&topic=t&group=1&page=2');
    expect(searchHref(state, { page: 1, group: false, theme: [] })).toBe('/search?q=x&topic=t');
    expect(searchHref(read(''))).toBe('/search');
    expect(read(searchHref(state).split('?')[1] ?? '')).toEqual(state);
  });
});

describe('search steps (the buttons of a long search)', () => {
  const state = read('q=偷运 移民&theme=theme-1&theme=Theme-3&year=2015&group=1&page=3');

  it('reads back every step it writes, topics with colons and spaces included', () => {
    const steps: SearchStep[] = [
      { kind: 'only', key: 'topic', value: 'a: b 哈瓦拉' },
      { kind: 'drop', key: 'theme', value: 'theme-3' },
      { kind: 'clear' },
      { kind: 'page', page: MAX_SEARCH_PAGE },
      { kind: 'group', group: false },
      { kind: 'group', group: true },
    ];
    for (const step of steps) expect(readSearchStep(searchStepText(step))).toEqual(step);
  });

  it('refuses what no button writes', () => {
    for (const text of [
      '',
      'page:0',
      `page:${String(MAX_SEARCH_PAGE + 1)}`,
      'only:lang:en',
      'drop:theme: ',
      'group:2',
      'clear:1',
    ])
      expect(readSearchStep(text), text).toBeUndefined();
  });

  it('leads where the links lead: a facet to its one value, a drop without the value in any case, page 1 after a filter change', () => {
    expect(searchHref(applySearchStep(state, { kind: 'only', key: 'theme', value: 'theme-2' }))).toBe(
      searchHref(state, { theme: ['theme-2'], page: 1 }),
    );
    expect(applySearchStep(state, { kind: 'drop', key: 'theme', value: 'THEME-3' })).toEqual({
      ...state,
      theme: ['theme-1'],
      page: 1,
    });
    expect(applySearchStep(state, { kind: 'clear' })).toEqual({ ...state, theme: [], year: [], page: 1 });
    expect(applySearchStep(state, { kind: 'group', group: false })).toEqual({ ...state, group: false });
    expect(applySearchStep(state, { kind: 'page', page: 7 })).toEqual({ ...state, page: 7 });
  });

  it('writes the links of facet values as their steps lead, whatever the state holds', () => {
    const states = [
      state,
      read(''),
      read('q=a%26b%27c&paper=X%2FY&topic=%E7%A8%8E+%E6%94%B6&page=4'),
      read('theme=theme-1&year=2015&year=2016&topic=t'),
    ];
    for (const from of states) {
      const onlyHref = facetHrefs(from);
      const escapedHref = facetHrefs(from, escapeText);
      for (const key of FACET_KEYS)
        for (const value of ['theme-2', '2016', 'CTOC-COP-WG.7-2015-4', "税 收 & 'x'"]) {
          const href = searchHref(applySearchStep(from, { kind: 'only', key, value }));
          expect(onlyHref(key, value)).toBe(href);
          expect(escapedHref(key, value)).toBe(escapeText(href));
        }
    }
  });

  it('writes the state into form fields that read back as the same state', () => {
    const fields = new URLSearchParams();
    for (const [name, value] of searchStateFields(state)) fields.append(name, value);
    expect(readSearchState(fields)).toEqual(state);
    expect(searchStateFields(read(''))).toEqual([]);
  });
});
