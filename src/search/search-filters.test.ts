import { describe, expect, it } from 'vitest';
import { isSomkbError } from '../errors/index.js';
import { corpusSearchIndex } from '../../test/support/search-fixture.js';
import type { SearchFilters } from './index.js';
import { parseQuery, search, toSearchJson } from './index.js';

const { catalog, index } = corpusSearchIndex();

/** The filters written in the query language, each value quoted (the parser keeps it whole). */
function typed(filters: SearchFilters): string {
  const quoted = (value: string): string => `"${value}"`;
  return [
    ...(filters.theme ?? []).map((value) => `theme:${quoted(value)}`),
    ...(filters.topic ?? []).map((value) => `topic:${quoted(value)}`),
    ...(filters.paper ?? []).map((value) => `paper:${value}`),
    ...(filters.year ?? []).map((value) => `year:${value}`),
    ...(filters.meeting ?? []).map((value) => `meeting:${value}`),
    ...(filters.catalogLanguage === undefined ? [] : [`lang:${filters.catalogLanguage}`]),
  ].join(' ');
}

const [first, second, third] = catalog.themes;
const paper = catalog.papers.find((each) => each.paragraphs.length > 2);
const topic = third?.keyTopics[0] ?? '洗钱';
const combinations: readonly SearchFilters[] = [
  {},
  { theme: [first?.id ?? ''] },
  { theme: [first?.id ?? '', second?.id ?? ''] },
  { theme: [(second?.name ?? '').slice(0, 2)] },
  { theme: ['不存在'] },
  { topic: [topic] },
  { topic: ['洗 钱', '证人'] },
  { paper: [paper?.symbol ?? ''] },
  { paper: ['2013/4', '2015/4'] },
  { year: [2015] },
  { year: [2013, 2016], meeting: [3] },
  { meeting: [2] },
  { catalogLanguage: 'zh' },
  { catalogLanguage: 'en' },
  { theme: [third?.id ?? ''], topic: [topic], year: [2012, 2015, 2019] },
  { theme: [first?.id ?? ''], paper: [paper?.symbol ?? ''], catalogLanguage: 'zh' },
];

describe('structured filters', () => {
  it('give exactly the results of the same filters typed in the query', () => {
    let found = 0;
    for (const words of ['', '秘书处', '国际合作 培训', '"控制下交付"', '洗钱 -行为侦查', 'hawala']) {
      for (const filters of combinations) {
        for (const page of [{}, { limit: 3, offset: 2, groupByPaper: true }]) {
          const text = [words, typed(filters)].filter((part) => part !== '').join(' ');
          const asText = search(index, { query: text, ...page });
          const asFields = search(index, { query: words, filters, ...page });
          expect(toSearchJson(asFields), `${words} + ${JSON.stringify(filters)}`).toEqual(
            toSearchJson(asText),
          );
          found += asText.total;
        }
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('join the filters of the query text as alternatives, the query first', () => {
    const theme = first?.id ?? '';
    const other = second?.id ?? '';
    const both = search(index, { query: `theme:${theme}`, filters: { theme: [other] }, limit: 100 });
    expect(both.total).toBe(
      search(index, { query: `theme:${theme}`, limit: 100 }).total +
        search(index, { query: `theme:${other}`, limit: 100 }).total,
    );
    expect(search(index, { query: '洗钱', filters: { theme: ['不存在'] } }).warnings).toEqual([
      "no theme matches '不存在'",
    ]);
  });

  it('are cleaned as the query language cleans a value, and an empty value is dropped', () => {
    const wide = search(index, { query: '', filters: { paper: ['２０１３／４'] }, limit: 100 });
    expect(wide.hits.map((hit) => hit.paragraph)).toEqual(
      search(index, { query: 'paper:2013/4', limit: 100 }).hits.map((hit) => hit.paragraph),
    );
    expect(search(index, { query: '', filters: { theme: ['  '] } }).warnings).toEqual(['the query is empty']);
  });

  it('are the structure the query language parses into', () => {
    const filters: SearchFilters = {
      theme: ['技术'],
      topic: ['证人'],
      paper: ['2013/4'],
      year: [2015],
      meeting: [3],
      catalogLanguage: 'zh',
    };
    expect(parseQuery(typed(filters)).filters).toEqual(filters);
  });

  it('refuse a year or a meeting the query language would not read, naming the filter', () => {
    for (const [filters, where] of [
      [{ year: [15] }, 'filters.year'],
      [{ year: [2015.5] }, 'filters.year'],
      [{ meeting: [-1] }, 'filters.meeting'],
    ] as const) {
      let caught: unknown;
      try {
        search(index, { query: '洗钱', filters });
      } catch (error) {
        caught = error;
      }
      expect(isSomkbError(caught) && caught.code === 'USAGE' && caught.where === where).toBe(true);
    }
  });
});
