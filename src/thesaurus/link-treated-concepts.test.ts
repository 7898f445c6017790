import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../analysis/index.js';
import type { Catalog } from '../domain/index.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { linkConcepts, linkTreatedConcepts, parseThesaurus } from './index.js';

/**
 * The sample catalog (theme-1 lists 金钱或其他物质利益 and 金融调查, theme-2 lists 援助 and 国际合作)
 * with a thesaurus made so that each rule of linkTreatedConcepts is the only one that links something.
 */
const thesaurus = parseThesaurus(
  {
    version: '2026-11-30',
    concepts: [
      // Named in no paragraph; its narrower term 医疗援助 is named in 8.
      { id: 'health', kind: 'term', prefLabel: { zh: '健康', en: 'health' } },
      {
        id: 'medical-assistance',
        kind: 'term',
        prefLabel: { zh: '医疗援助', en: 'medical assistance' },
        broader: ['health'],
      },
      // A key topic of theme-1 named nowhere; every word of its label (金融, 调查) is in paragraph 5.
      {
        id: 'financial-investigations',
        kind: 'topic',
        prefLabel: { zh: '金融调查', en: 'financial investigations' },
      },
      // A key topic of theme-1 whose words are nowhere either: the theme's paragraphs treat it.
      {
        id: 'financial-or-other-material-benefit',
        kind: 'topic',
        prefLabel: { zh: '金钱或其他物质利益', en: 'financial or other material benefit' },
      },
      // Named by the subject of a paper of theme-2 (保护被偷运移民权利) but no key topic: rule 3 is for key topics.
      { id: 'rights', kind: 'term', prefLabel: { zh: '权利', en: 'rights' } },
      // A key topic of theme-2 named in paragraph 9.
      {
        id: 'international-cooperation',
        kind: 'topic',
        prefLabel: { zh: '国际合作', en: 'international cooperation' },
      },
    ],
  },
  'test thesaurus',
);

/**
 * The sample catalog without the quoted 金钱或其他物质利益 of paragraph 4, and with 金融调查 in
 * paragraph 5 and the subject of CTOC/COP/WG.7/2015/4 as two words apart (金融方面的调查).
 */
function sample(): Catalog {
  const catalog = makeSampleCatalog();
  const apart = (text: string): string => text.replace('金融调查', '金融方面的调查');
  return {
    ...catalog,
    paragraphs: catalog.paragraphs.map((paragraph) =>
      paragraph.number === 4
        ? { ...paragraph, text: '文件着重说明了一项要求，例如：' }
        : { ...paragraph, text: apart(paragraph.text) },
    ),
    papers: catalog.papers.map((paper) => ({ ...paper, subject: apart(paper.subject) })),
  };
}

/** An analyzer that cuts Chinese into the two-character words the tests use, and nothing else. */
const analyzer: Analyzer = {
  language: 'zh',
  normalize: (text) => text,
  indexTokens: (text) => ['金融', '调查', '援助', '权利'].filter((word) => text.includes(word)),
  queryTokens: (text) => (text === '金融调查' ? ['金融', '调查'] : [text]),
};

function paragraphsOf(links: ReturnType<typeof linkConcepts>, id: string): readonly number[] {
  return links.find((link) => link.concept === id)?.paragraphs ?? [];
}

describe('linkTreatedConcepts', () => {
  const catalog = sample();
  const named = linkConcepts(thesaurus, catalog);
  const treated = linkTreatedConcepts(thesaurus, catalog, { analyzer });

  it('keeps what linkConcepts names, with its themes', () => {
    expect(paragraphsOf(named, 'international-cooperation')).toEqual([9]);
    expect(paragraphsOf(treated, 'international-cooperation')).toEqual([9]);
    expect(treated.map((link) => link.themes)).toEqual(named.map((link) => link.themes));
  });

  it('gives a concept the paragraphs of its narrower concepts (rule 2)', () => {
    expect(paragraphsOf(named, 'health')).toEqual([]);
    expect(paragraphsOf(treated, 'health')).toEqual([8]);
  });

  it('gives a key topic no paragraph names the paragraphs with every word of a label (rule 4)', () => {
    expect(paragraphsOf(named, 'financial-investigations')).toEqual([]);
    expect(paragraphsOf(treated, 'financial-investigations')).toEqual([5]);
  });

  it('gives a key topic found nowhere the paragraphs of its theme (rule 5), and without an analyzer rule 4 too', () => {
    expect(paragraphsOf(treated, 'financial-or-other-material-benefit')).toEqual([3, 4, 5, 6]);
    const plain = linkTreatedConcepts(thesaurus, catalog);
    expect(paragraphsOf(plain, 'financial-investigations')).toEqual([3, 4, 5, 6]);
  });

  it('does not widen a concept that is no key topic, and makes the analyzer only when a rule needs it', () => {
    expect(paragraphsOf(treated, 'rights')).toEqual(paragraphsOf(named, 'rights'));
    let made = 0;
    const withTopicsNamed: Catalog = {
      ...catalog,
      themes: catalog.themes.map((theme) => ({ ...theme, keyTopics: ['国际合作'] })),
    };
    linkTreatedConcepts(thesaurus, withTopicsNamed, { analyzer: () => ((made += 1), analyzer) });
    expect(made).toBe(0);
    linkTreatedConcepts(thesaurus, catalog, { analyzer: () => ((made += 1), analyzer) });
    expect(made).toBe(1);
  });

  it('gives a key topic the paragraphs of a paper of its theme whose subject names it (rule 3)', () => {
    const subjects: Catalog = {
      ...catalog,
      papers: catalog.papers.map((paper) =>
        paper.symbol === 'CTOC/COP/WG.7/2015/4' ? { ...paper, subject: '金钱或其他物质利益问题' } : paper,
      ),
    };
    expect(
      paragraphsOf(linkTreatedConcepts(thesaurus, subjects), 'financial-or-other-material-benefit'),
    ).toEqual(subjects.papers.find((paper) => paper.symbol === 'CTOC/COP/WG.7/2015/4')?.paragraphs);
  });
});
