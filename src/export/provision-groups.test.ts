import { describe, expect, it } from 'vitest';
import type { Reference } from '../references/index.js';
import { groupInstrumentMentions, groupProvisions } from './provision-groups.js';

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
