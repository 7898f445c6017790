import { describe, expect, it } from 'vitest';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import type { Catalog } from './catalog.js';
import { describeRemovals, findRemovals, hasRemovals } from './catalog-removals.js';

/** The sample catalog without what `drop` names (paragraph numbers, paper symbols, theme ids). */
function without(drop: { paragraphs?: number[]; papers?: string[]; themes?: string[] }): Catalog {
  const catalog = makeSampleCatalog();
  return {
    ...catalog,
    paragraphs: catalog.paragraphs.filter((paragraph) => !(drop.paragraphs ?? []).includes(paragraph.number)),
    papers: catalog.papers.filter((paper) => !(drop.papers ?? []).includes(paper.symbol)),
    themes: catalog.themes.filter((theme) => !(drop.themes ?? []).includes(theme.id)),
  };
}

describe('findRemovals', () => {
  it('finds nothing between a catalog and an edited copy that keeps every paragraph, paper and theme', () => {
    const edited = makeSampleCatalog();
    const changed: Catalog = {
      ...edited,
      paragraphs: edited.paragraphs.map((paragraph) => ({ ...paragraph, text: `${paragraph.text}（改）` })),
    };
    const removals = findRemovals(makeSampleCatalog(), changed);
    expect(removals).toEqual({ paragraphs: [], papers: [], themes: [] });
    expect(hasRemovals(removals)).toBe(false);
    expect(describeRemovals(removals)).toBe('');
  });

  it('names the paragraphs (ascending), papers and themes the next catalog lacks', () => {
    const next = without({ paragraphs: [9, 7, 8, 2], papers: ['CTOC/COP/WG.7/2013/3'], themes: ['theme-2'] });
    const removals = findRemovals(makeSampleCatalog(), next);
    expect(removals).toEqual({
      paragraphs: [2, 7, 8, 9],
      papers: ['CTOC/COP/WG.7/2013/3'],
      themes: ['theme-2'],
    });
    expect(hasRemovals(removals)).toBe(true);
    expect(describeRemovals(removals)).toBe('paragraphs 2, 7–9, paper CTOC/COP/WG.7/2013/3, theme theme-2');
  });

  it('what the next catalog adds is not a removal', () => {
    const removals = findRemovals(without({ paragraphs: [9], themes: ['theme-2'] }), makeSampleCatalog());
    expect(hasRemovals(removals)).toBe(false);
  });
});

describe('describeRemovals', () => {
  it('writes long lists compactly: ranges of paragraphs, three names at most and then a count', () => {
    const papers = Array.from({ length: 8 }, (_, index) => `CTOC/COP/WG.7/2013/${index + 1}`);
    const themes = Array.from({ length: 6 }, (_, index) => `theme-${index + 4}`);
    const paragraphs = Array.from({ length: 42 }, (_, index) => index + 38);
    expect(describeRemovals({ paragraphs, papers, themes })).toBe(
      'paragraphs 38–79, papers CTOC/COP/WG.7/2013/1, CTOC/COP/WG.7/2013/2, … (8), themes theme-4, theme-5, … (6)',
    );
    expect(describeRemovals({ paragraphs: [3], papers: [], themes: ['a', 'b', 'c'] })).toBe(
      'paragraph 3, themes a, b, c',
    );
  });
});
