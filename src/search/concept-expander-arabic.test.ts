import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analysis/index.js';
import { createConceptExpander } from './index.js';

describe('createConceptExpander in Arabic', () => {
  it('reads an Arabic و as the word’s own letter or as "and", whichever meets a label', () => {
    const arabic = createConceptExpander(
      [
        { id: 'access-to-justice', name: '司法救助', labels: { ar: ['الوصول إلى العدالة'] } },
        { id: 'convention', name: '公约', labels: { ar: ['اتفاقية'] } },
      ],
      createAnalyzer('zh'),
    );
    const matched = (words: string[]): string[] => arabic.expand(words).matches.map((match) => match.concept);
    // وصول (arrival) is الوصول without its article: the stemmer alone cut its و.
    expect(matched(['وصول', 'إلى', 'العدالة'])).toEqual(['access-to-justice']);
    // واتفاقية is "and convention": the stemmer alone kept the و.
    expect(matched(['واتفاقية'])).toEqual(['convention']);
    expect(matched(['وكالات'])).toEqual([]);
  });
});
