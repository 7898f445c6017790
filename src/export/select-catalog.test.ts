import { describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import { validateCatalog } from '../domain/index.js';
import { isSomkbError } from '../errors/index.js';
import type { CatalogKnowledge } from '../knowledge/index.js';
import { describeCatalog } from '../knowledge/index.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { corpusSearchIndex } from '../../test/support/search-fixture.js';
import type { CatalogSelection } from './select-catalog.js';
import { isWholeCatalog, selectCatalog, selectKnowledge, selectionWords } from './select-catalog.js';

const { catalog } = corpusSearchIndex();
const knowledge: CatalogKnowledge = describeCatalog(catalog, bundledKnowledge());
const select = (selection: CatalogSelection): Catalog => selectCatalog(catalog, knowledge, selection);
const numbers = (part: Catalog): number[] => part.paragraphs.map((paragraph) => paragraph.number);
const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** The error `run` throws, which must be a SomkbError of `code`. */
function failure(run: () => unknown, code: 'NOT_FOUND' | 'USAGE'): { message: string; where?: string } {
  try {
    run();
  } catch (error) {
    expect(isSomkbError(error, code)).toBe(true);
    return error as { message: string; where?: string };
  }
  throw new Error('expected an error');
}

describe('selectCatalog', () => {
  it('gives the catalog itself for a selection that names nothing', () => {
    expect(isWholeCatalog({})).toBe(true);
    expect(select({})).toBe(catalog);
  });

  it('selects a theme: the paragraphs of its papers, its papers, its chapter; the part validates', () => {
    const part = select({ themes: ['theme-3'] });
    expect(numbers(part)).toEqual(range(28, 37));
    expect(part.themes.map((theme) => theme.id)).toEqual(['theme-3']);
    expect(part.themes[0]?.keyTopics).toEqual(catalog.themes[2]?.keyTopics);
    expect(part.papers.map((paper) => paper.symbol)).toEqual([
      'CTOC/COP/WG.7/2019/2',
      'CTOC/COP/WG.7/2013/4',
      'CTOC/COP/WG.7/2012/5',
    ]);
    expect(part.document.chapters.map((chapter) => chapter.number)).toEqual([2]);
    expect(part.document.header).toEqual(catalog.document.header);
    expect(validateCatalog(part)).toEqual([]);
  });

  it('selects a paper by its symbol in any letter case; the part validates', () => {
    const part = select({ papers: ['ctoc/cop/wg.7/2015/4 '] });
    expect(numbers(part)).toEqual([10, 11, 12, 13]);
    expect(part.papers).toHaveLength(1);
    expect(part.papers[0]?.paragraphs).toEqual([10, 11, 12, 13]);
    expect(part.themes.map((theme) => theme.id)).toEqual(['theme-1']);
    expect(part.themes[0]?.papers).toEqual(['CTOC/COP/WG.7/2015/4']);
    expect(validateCatalog(part)).toEqual([]);
  });

  it('selects a topic: the paragraphs of the concept in the knowledge', () => {
    const hawala = knowledge.concepts.find((entry) => entry.concept.id === 'hawala');
    expect(hawala?.paragraphs.length).toBeGreaterThan(0);
    expect(numbers(select({ topics: ['hawala'] }))).toEqual(hawala?.paragraphs);
  });

  it('selects paragraphs in catalog order, cutting papers to them and keeping the introduction', () => {
    const part = select({ paragraphs: [12, 2] });
    expect(numbers(part)).toEqual([2, 12]);
    expect(part.papers.map((paper) => [paper.symbol, paper.paragraphs])).toEqual([
      ['CTOC/COP/WG.7/2015/4', [12]],
    ]);
    expect(part.document.chapters.map((chapter) => chapter.number)).toEqual([1, 2]);
    // One paragraph of a paper is not a whole paper's summary: that is the only rule it breaks.
    expect(validateCatalog(part).map((anomaly) => anomaly.code)).toEqual(['paper-without-paragraphs']);
  });

  it('takes the union of every kind, each paragraph once', () => {
    const part = select({
      themes: ['theme-9'],
      papers: ['CTOC/COP/WG.7/2012/3'],
      paragraphs: [76, 5],
    });
    expect(numbers(part)).toEqual([5, ...range(63, 66), ...range(76, 79)]);
    expect(part.themes.map((theme) => theme.id)).toEqual(['theme-1', 'theme-7', 'theme-9']);
  });

  it('names an unknown theme, topic, paper or paragraph, and the valid ones', () => {
    const theme = failure(() => select({ themes: ['theme-12'] }), 'NOT_FOUND');
    expect(theme.message).toBe("no theme 'theme-12' (themes are theme-1 … theme-9)");
    expect(theme.where).toBe('theme');
    expect(failure(() => select({ topics: ['no-such-topic'] }), 'NOT_FOUND').message).toContain(
      "no topic 'no-such-topic'",
    );
    expect(failure(() => select({ papers: ['CTOC/COP/WG.7/2030/1'] }), 'NOT_FOUND').message).toBe(
      "no paper 'CTOC/COP/WG.7/2030/1' (papers are CTOC/COP/WG.7/2012/2 … CTOC/COP/WG.7/2020/3)",
    );
    expect(failure(() => select({ paragraphs: [80] }), 'NOT_FOUND').message).toBe(
      'no paragraph 80 (paragraphs are 1 … 79)',
    );
  });

  it('refuses a selection that holds no paragraph, never taking it for the whole catalog', () => {
    expect(isWholeCatalog({ paragraphs: [] })).toBe(false);
    const empty = failure(() => select({ paragraphs: [] }), 'NOT_FOUND');
    expect(empty.message).toBe('the selection (no paragraph) holds no paragraph');
    expect(empty.where).toBe('selection');
  });
});

describe('selectionWords', () => {
  it('names each part of a selection', () => {
    expect(selectionWords({ themes: ['theme-1'], topics: ['hawala'], paragraphs: [3, 4] })).toBe(
      'theme theme-1, topic hawala, paragraphs 3, 4',
    );
    expect(selectionWords({})).toBe('nothing');
  });
});

describe('selectKnowledge', () => {
  it('keeps only what the selected paragraphs hold', () => {
    const part = select({ themes: ['theme-3'] });
    const cut = selectKnowledge(knowledge, part);
    const inPart = new Set(numbers(part));
    expect(cut.references.length).toBeGreaterThan(0);
    expect(cut.references.every((reference) => inPart.has(reference.paragraph))).toBe(true);
    expect(cut.references).toEqual(
      knowledge.references.filter((reference) => inPart.has(reference.paragraph)),
    );
    expect(cut.instrumentMentions.every((mention) => inPart.has(mention.paragraph))).toBe(true);
    expect(cut.mechanisms.length).toBeGreaterThan(0);
    for (const entry of cut.mechanisms) {
      expect(entry.paragraphs.length).toBeGreaterThan(0);
      expect(entry.paragraphs.every((number) => inPart.has(number))).toBe(true);
      expect(entry.mentions.every((mention) => inPart.has(mention.paragraph))).toBe(true);
    }
    for (const entry of cut.concepts) {
      expect(entry.paragraphs.every((number) => inPart.has(number))).toBe(true);
      expect(entry.themes.every((id) => id === 'theme-3')).toBe(true);
      expect(entry.paragraphs.length + entry.themes.length).toBeGreaterThan(0);
    }
    expect(cut.concepts.length).toBeLessThan(knowledge.concepts.length);
  });
});
