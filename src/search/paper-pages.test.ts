import { describe, expect, it } from 'vitest';
import { corpusSearchIndex } from '../../test/support/search-fixture.js';
import { HITS_PER_PAPER, search } from './index.js';

const { index } = corpusSearchIndex();

describe('search grouped by paper', () => {
  const query = '合作';
  // With a limit over the whole summary, the ungrouped ranking is the order of every result.
  const ranked = search(index, { query, limit: 100 }).hits;
  const papers: (string | null)[] = [];
  for (const hit of ranked) if (!papers.includes(hit.paper)) papers.push(hit.paper);

  it('pages through papers: each paper once, in the order of its best paragraph, the page size counted in papers', () => {
    expect(papers.length).toBeGreaterThan(6);
    const seen: (string | null)[] = [];
    for (let offset = 0; ; offset += 3) {
      const result = search(index, { query, limit: 3, offset, groupByPaper: true });
      expect(result.groupCount).toBe(papers.length);
      expect(result.total).toBe(search(index, { query }).total);
      const groups = result.groups ?? [];
      if (groups.length === 0) break;
      expect(groups.length).toBeLessThanOrEqual(3);
      seen.push(...groups.map((group) => group.paper));
    }
    expect(seen).toEqual(papers);
  });

  it('gives each paper its best paragraphs (at most three) and how many it has, the hits in the groups’ order', () => {
    const result = search(index, { query, limit: 5, offset: 1, groupByPaper: true });
    for (const group of result.groups ?? []) {
      const own = ranked.filter((hit) => hit.paper === group.paper).map((hit) => hit.paragraph);
      expect(group.hits.map((hit) => hit.paragraph)).toEqual(own.slice(0, HITS_PER_PAPER));
      expect(group.total).toBe(own.length);
    }
    expect(result.hits).toEqual((result.groups ?? []).flatMap((group) => group.hits));
    expect(result.offset).toBe(1);
    expect(result.limit).toBe(5);
  });

  it('answers an empty page past the last paper, and no groups without grouping', () => {
    const past = search(index, { query, limit: 10, offset: 500, groupByPaper: true });
    expect(past.groups).toEqual([]);
    expect(past.hits).toEqual([]);
    expect(past.groupCount).toBe(papers.length);
    expect(search(index, { query }).groups).toBeUndefined();
  });
});
