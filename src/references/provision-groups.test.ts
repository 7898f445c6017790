import { describe, expect, it } from 'vitest';
import type { Reference } from './extract-references.js';
import {
  groupInstrumentMentions,
  groupProvisions,
  placeWords,
  provisionArticleId,
  viewProvisionArticles,
} from './provision-groups.js';

const reference = (
  paragraph: number,
  instrument: Reference['instrument'],
  article: string | undefined,
  clause?: string,
  item: string | null = null,
): Reference => ({
  paragraph,
  item,
  instrument,
  article,
  clause,
  resolution: instrument === 'cop-resolution' ? '6/3' : undefined,
  span: { start: 0, end: 1, text: '第' },
});

describe('groupProvisions', () => {
  it('gives one group per provision, ordered by instrument, article and clause, places once each', () => {
    const groups = groupProvisions([
      reference(31, 'cop-resolution', undefined),
      reference(28, 'untoc', '28'),
      reference(30, 'protocol', '10'),
      reference(5, 'protocol', '3', '(a)'),
      reference(28, 'protocol', '10'),
      reference(30, 'protocol', '10'),
      reference(29, 'protocol', '10', undefined, 'b'),
      reference(40, 'protocol', '3'),
    ]);
    expect(groups.map((group) => group.citation.en)).toEqual([
      'Smuggling of Migrants Protocol, art. 3 (Use of terms)',
      'Smuggling of Migrants Protocol, art. 3(a) (Use of terms)',
      'Smuggling of Migrants Protocol, art. 10 (Information)',
      'Organized Crime Convention, art. 28 (Collection, exchange and analysis of information on the nature of organized crime)',
      'Conference of the Parties to the United Nations Convention against Transnational Organized Crime, resolution 6/3',
    ]);
    expect(groups[2]?.places).toEqual([
      { paragraph: 30, item: null },
      { paragraph: 28, item: null },
      { paragraph: 29, item: 'b' },
    ]);
  });
});

describe('groupInstrumentMentions', () => {
  it('groups mentions by instrument with both names', () => {
    const span = { start: 0, end: 1, text: '《' };
    const groups = groupInstrumentMentions([
      { paragraph: 46, item: null, instrument: 'unclos', span },
      { paragraph: 1, item: null, instrument: 'protocol', span },
      { paragraph: 22, item: null, instrument: 'protocol', span },
      { paragraph: 22, item: null, instrument: 'protocol', span },
    ]);
    expect(groups).toEqual([
      {
        instrument: 'protocol',
        name: { en: 'Smuggling of Migrants Protocol', zh: '《打击偷运移民议定书》' },
        places: [
          { paragraph: 1, item: null },
          { paragraph: 22, item: null },
        ],
      },
      {
        instrument: 'unclos',
        name: { en: 'UNCLOS', zh: '《联合国海洋法公约》' },
        places: [{ paragraph: 46, item: null }],
      },
    ]);
  });
});

describe('viewProvisionArticles', () => {
  it('puts every clause of an article under one id, in the order of groupProvisions', () => {
    const references = [
      reference(31, 'untoc', '27', '(1)(e)'),
      reference(12, 'protocol', '10'),
      reference(30, 'untoc', '27'),
      reference(33, 'cop-resolution', undefined),
    ];
    const articles = viewProvisionArticles(references);
    expect(articles.map((article) => article.id)).toEqual(['protocol-10', 'untoc-27', 'cop-resolution-6-3']);
    expect(articles.map((article) => article.id)).toEqual(
      groupProvisions(references)
        .map((group) => group.articleId)
        .filter((id, index, ids) => ids.indexOf(id) === index),
    );
    const untoc = articles[1];
    expect(untoc?.title?.en).toBe('Law enforcement cooperation');
    expect(untoc?.citations.map((citation) => [citation.paragraph, citation.clause])).toEqual([
      [30, null],
      [31, '(1)(e)'],
    ]);
    expect(articles[2]).toMatchObject({
      article: null,
      resolution: '6/3',
      title: null,
      instrumentName: null,
    });
  });

  it('names a place and an article as the API and the exports do', () => {
    expect(placeWords({ paragraph: 5, item: null })).toBe('para. 5');
    expect(placeWords({ paragraph: 7, item: 'b' })).toBe('para. 7(b)');
    expect(provisionArticleId(reference(1, 'untoc', '27', '(1)'))).toBe('untoc-27');
    expect(provisionArticleId(reference(1, 'cop-resolution', undefined))).toBe('cop-resolution-6-3');
  });
});
