import { describe, expect, it } from 'vitest';
import { corpusSearchIndex } from '../../test/support/search-fixture.js';
import { matchPlan } from './search-match.js';
import { MAX_TERMS, planSearch } from './search-plan.js';
import { rankMatches } from './search-rank.js';
import { search } from './search-engine.js';

const { catalog, index } = corpusSearchIndex();

describe('planSearch', () => {
  it('makes one clause per query word, phrases and exclusions as compact text, filters resolved to ids', () => {
    const theme = catalog.themes[0];
    const plan = planSearch(index, `洗钱 "控制下 交付" -腐败 theme:${theme?.id ?? ''} year:2015`);
    expect(plan.clauses.length).toBe(plan.terms.length);
    expect(plan.terms).toContain('洗钱');
    expect(plan.phrases).toEqual(['控制下交付']);
    expect(plan.exclusions).toEqual(['腐败']);
    expect([...(plan.resolved?.themeIds ?? [])].map((id) => index.themes.values[id])).toEqual([theme?.name]);
    expect([...(plan.resolved?.years ?? [])]).toEqual([2015]);
    expect(plan.narrowed).toBe(true);
    expect(plan.empty).toBe(false);
  });

  it('is empty, and says so, when there is nothing to search for', () => {
    const plan = planSearch(index, '   ');
    expect(plan.empty).toBe(true);
    expect(plan.resolved).toBeUndefined();
    expect(plan.warnings).toEqual(['the query is empty']);
    expect(planSearch(index, '', { year: [2015] }).empty).toBe(false);
  });

  it('keeps at most MAX_TERMS clauses, with a warning', () => {
    const words = catalog.themes.flatMap((theme) => theme.keyTopics).slice(0, MAX_TERMS + 5);
    expect(words.length).toBeGreaterThan(MAX_TERMS);
    const plan = planSearch(index, words.join(' '));
    expect(plan.clauses.length).toBe(MAX_TERMS);
    expect(plan.warnings).toEqual([`only the first ${MAX_TERMS} terms of the query were used`]);
  });
});

describe('compounds the index does not hold', () => {
  it('are searched as the words inside them, each its own clause', () => {
    expect(index.postings.has('保障人权')).toBe(false);
    const plan = planSearch(index, '保障人权');
    expect(plan.clauses).toEqual([[['保障']], [['人权']]]);
  });

  it('but not by a word that is only inside one of them: 无人机 (drone) holds 无人 but is not made of it', () => {
    expect(index.postings.has('无人')).toBe(true);
    const plan = planSearch(index, '无人机侦察');
    expect(plan.clauses.flat(2)).not.toContain('无人');
    expect(search(index, { query: '无人机侦察' }).hits).toEqual([]);
  });
});

describe('intent cues', () => {
  it('a comparison looks for the words that distinguish, in the languages indexed; a keyword for none', () => {
    expect(planSearch(index, '偷运移民与贩运人口的区别').intentCues).toEqual(
      expect.arrayContaining(['区分', '区别']),
    );
    expect(planSearch(index, 'difference between smuggling and trafficking').intentCues).toContain('区分');
    expect(planSearch(index, '偷运移民 贩运人口').intentCues).toEqual([]);
  });

  it('double the score of a paragraph that says one', () => {
    const plain = planSearch(index, '偷运移民 贩运人口');
    const compared = planSearch(index, '偷运移民与贩运人口的区别');
    const value = (plan: typeof plain, paragraph: number): number | undefined => {
      const ranking = rankMatches(index, plan, matchPlan(index, plan), 0, 100);
      return ranking.page.find((entry) => index.documents[entry.d]?.paragraph === paragraph)?.value;
    };
    // Paragraph 22 says 对偷运移民和贩运人口加以区分; paragraph 66 names both, distinguishes nothing.
    expect(value(compared, 22)).toBeCloseTo(2 * (value(plain, 22) ?? 0), 6);
    expect(value(compared, 66)).toBeCloseTo(value(plain, 66) ?? 0, 6);
  });
});

describe('matchPlan and rankMatches', () => {
  it('hand over the candidates that meet every clause and those that meet some, ranked in that order', () => {
    const plan = planSearch(index, '热线 培训');
    const facts = matchPlan(index, plan);
    expect(facts.clauseCount).toBe(2);
    const full = Array.from(facts.full.subarray(0, facts.fullCount));
    const partial = Array.from(facts.partial.subarray(0, facts.partialCount));
    expect(full.every((d) => facts.mask[d] === facts.allBits)).toBe(true);
    expect(partial.every((d) => facts.mask[d] !== facts.allBits && facts.mask[d] !== 0)).toBe(true);
    expect(partial.length).toBeGreaterThan(0);

    const ranking = rankMatches(index, plan, facts, 0, 100);
    expect(ranking.matchedAll).toBe(full.length);
    expect(ranking.total).toBe(full.length + partial.length);
    const coordination = ranking.page.map((entry) => entry.coordination);
    expect(coordination).toEqual([...coordination].sort((a, b) => b - a));
    const counted = full.length > 0 ? full : partial;
    const themed = counted.filter((d) => index.themes.ofDocument[d] !== -1).length;
    expect(ranking.facets.theme.reduce((sum, count) => sum + count, 0)).toBe(themed);
  });

  it('weigh the clauses by how specific they are: the rare word decides over the generic one', () => {
    // 文件 (paper) is in most paragraphs of the summary, 洗钱 (money-laundering) in few.
    const plan = planSearch(index, '文件 洗钱');
    const [generic, rare] = plan.specificity;
    expect((generic ?? 0) + (rare ?? 0)).toBeCloseTo(1, 9);
    expect(rare).toBeGreaterThan(4 * (generic ?? 0));

    const facts = matchPlan(index, plan);
    const ranking = rankMatches(index, plan, facts, 0, 100);
    const masks = ranking.page.map((entry) => entry.mask);
    const onlyRare = masks.indexOf(0b10);
    const onlyGeneric = masks.indexOf(0b01);
    expect(onlyRare).toBeGreaterThan(-1);
    expect(onlyGeneric).toBeGreaterThan(onlyRare);
    expect(masks.slice(onlyGeneric)).not.toContain(0b10);
    const values = ranking.page.map((entry) => entry.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });
});
