import { describe, expect, it } from 'vitest';
import { alignCatalogs, validateCatalog } from '../domain/index.js';
import { FIXTURE_LANGUAGES } from '../../test/support/language-fixtures.js';
import { applyChanges } from './apply-changes.js';
import { catalogIn, entryWithId } from './draft-state.js';
import { NEW_SYMBOL, fixtureState, newPaper } from './testing/draft-fixtures.js';

const DOCUMENT = 'thematic-summary-2021';

describe('applyChanges', () => {
  it('changes a paragraph in one language version only, leaving the base as it was', () => {
    const base = fixtureState();
    const before = catalogIn(base, 'en')?.paragraphs[3]?.text;
    const applied = applyChanges(base, [
      {
        kind: 'paragraph',
        document: DOCUMENT,
        number: 4,
        language: 'en',
        text: 'A corrected paragraph.',
        items: [],
      },
    ]);
    expect(applied.languages).toEqual(['en']);
    expect(catalogIn(applied.state, 'en')?.paragraphs[3]).toMatchObject({
      number: 4,
      text: 'A corrected paragraph.',
    });
    expect(catalogIn(applied.state, 'zh')).toBe(catalogIn(base, 'zh'));
    expect(catalogIn(base, 'en')?.paragraphs[3]?.text).toBe(before);
    expect(applied.renumbered.size).toBe(0);
    expect(applied.knowledgeChanged).toBe(false);
  });

  it('places a new paper after its theme’s last paragraph and numbers the document again in every language', () => {
    const base = fixtureState();
    const applied = applyChanges(base, [newPaper(FIXTURE_LANGUAGES)]);
    expect(applied.languages).toEqual(FIXTURE_LANGUAGES);
    // Theme 1 held paragraphs 3–5: the new paper's are 6 and 7, and 6 … 12 became 8 … 14.
    expect([...applied.renumbered]).toEqual([6, 7, 8, 9, 10, 11, 12].map((number) => [number, number + 2]));
    for (const catalog of applied.state.catalogs) {
      const old = catalogIn(base, catalog.language);
      expect(catalog.paragraphs.map((paragraph) => paragraph.number)).toEqual(
        Array.from({ length: 14 }, (_, index) => index + 1),
      );
      expect(catalog.paragraphs[5]).toMatchObject({
        number: 6,
        theme: 'theme-1',
        paper: NEW_SYMBOL,
        chapter: 2,
      });
      expect(catalog.paragraphs[6]?.text).toBe(
        `The paper discussed drones at sea borders (${catalog.language}).`,
      );
      expect(catalog.paragraphs[13]?.text).toBe(old?.paragraphs[11]?.text);
      expect(catalog.papers.map((paper) => paper.symbol)).toEqual([
        'CTOC/COP/WG.7/2018/2',
        NEW_SYMBOL,
        'CTOC/COP/WG.7/2020/2',
        'CTOC/COP/WG.7/2019/2',
        'CTOC/COP/WG.7/2013/4',
      ]);
      expect(catalog.papers[1]).toMatchObject({
        paragraphs: [6, 7],
        theme: 'theme-1',
        year: 2021,
        meeting: 8,
        url: `https://undocs.org/${NEW_SYMBOL}`,
      });
      expect(catalog.papers[2]?.paragraphs).toEqual([8, 9]);
      expect(catalog.themes[0]?.papers).toEqual(['CTOC/COP/WG.7/2018/2', NEW_SYMBOL]);
      expect(validateCatalog(catalog).filter((anomaly) => anomaly.severity === 'error')).toEqual([]);
      expect(alignCatalogs(catalog, catalogIn(applied.state, 'zh') ?? catalog)).toEqual([]);
    }
  });

  it('moves a paper to another theme with its paragraphs, after that theme’s last paragraph', () => {
    const applied = applyChanges(fixtureState(['zh', 'en']), [
      { kind: 'paper', document: DOCUMENT, symbol: 'CTOC/COP/WG.7/2020/2', language: 'en', theme: 'theme-3' },
    ]);
    const en = catalogIn(applied.state, 'en');
    expect(en?.themes.map((theme) => theme.papers)).toEqual([
      ['CTOC/COP/WG.7/2018/2'],
      [],
      ['CTOC/COP/WG.7/2019/2', 'CTOC/COP/WG.7/2013/4', 'CTOC/COP/WG.7/2020/2'],
    ]);
    expect(en?.papers.find((paper) => paper.symbol === 'CTOC/COP/WG.7/2020/2')?.paragraphs).toEqual([11, 12]);
    expect(en?.paragraphs[10]).toMatchObject({ number: 11, theme: 'theme-3', paper: 'CTOC/COP/WG.7/2020/2' });
    expect(applied.renumbered.get(6)).toBe(11);
    expect(applied.renumbered.get(8)).toBe(6);
  });

  it('sets a concept and a mechanism entry in the knowledge files, replacing the entry of the same id', () => {
    const base = fixtureState(['zh']);
    const concept = { id: 'drones', kind: 'term', prefLabel: { zh: '无人机', en: 'drones' } };
    const mechanism = {
      ...(entryWithId(base.knowledge.mechanisms, 'mechanisms', 'working-group') as object),
      year: 2012,
    };
    const applied = applyChanges(base, [
      { kind: 'concept', id: 'drones', entry: concept },
      { kind: 'mechanism', id: 'working-group', entry: mechanism },
    ]);
    expect(applied.knowledgeChanged).toBe(true);
    expect(applied.languages).toEqual([]);
    expect(entryWithId(applied.state.knowledge.thesaurus, 'concepts', 'drones')).toEqual(concept);
    expect(entryWithId(applied.state.knowledge.mechanisms, 'mechanisms', 'working-group')).toMatchObject({
      year: 2012,
    });
    expect(entryWithId(base.knowledge.thesaurus, 'concepts', 'drones')).toBeUndefined();
  });
});
