import { describe, expect, it } from 'vitest';
import { parseQuery } from './query-parser.js';
import type { FilterVocabulary } from './search-filters.js';
import { translateFilters, valueNamesLabel } from './search-filters.js';

describe('valueNamesLabel', () => {
  it('reads a Chinese value as a part of the label, white space ignored', () => {
    expect(valueNamesLabel('技术', '利用 技术')).toBe(true);
    expect(valueNamesLabel('洗钱', 'money laundering')).toBe(false);
  });

  it('reads any other value as whole words of the label, accents, case and punctuation ignored', () => {
    expect(valueNamesLabel('money-laundering', 'money laundering')).toBe(true);
    expect(valueNamesLabel('Laundering', 'money laundering')).toBe(true);
    expect(valueNamesLabel('blanchiment d’argent', "blanchiment d'argent")).toBe(true);
    expect(valueNamesLabel('penalizacion', 'penalización')).toBe(true);
    expect(valueNamesLabel('sea', 'high seas')).toBe(false);
    expect(valueNamesLabel('-', 'money laundering')).toBe(false);
  });
});

describe('translateFilters', () => {
  const vocabulary: FilterVocabulary = {
    themes: new Map([['theme-9', ['利用技术', 'use of technology', 'utilisation de la technologie']]]),
    topics: new Map([
      ['洗钱', ['洗钱', 'money-laundering', 'money laundering', 'blanqueo de dinero']],
      ['国家协调', ['国家协调', 'national-coordination', 'national coordination']],
    ]),
  };

  it('turns themes and key topics named in any language into the catalog’s own, and leaves others as given', () => {
    const { filters } = parseQuery(
      'theme:technology topic:blanqueo topic:coordination topic:证人 theme:3 paper:CTOC-COP-WG.7-2015-4 paper:2013-4',
    );
    const translated = translateFilters(filters, vocabulary);
    expect(translated.theme).toEqual(['theme-9', '3']);
    expect(translated.topic).toEqual(['洗钱', '国家协调', '证人']);
    expect(translated.paper).toEqual(['CTOC/COP/WG.7/2015/4', '2013/4']);
  });

  it('without a vocabulary only reads slugs of papers', () => {
    const { filters } = parseQuery('topic:blanqueo paper:2013-4');
    expect(translateFilters(filters, undefined)).toEqual({ ...filters, paper: ['2013/4'] });
  });
});

describe('parseQuery reads numbers and languages as readers of the six write them', () => {
  it('reads Arabic-Indic years and meetings, ordinals, and language names', () => {
    const { filters, warnings } = parseQuery(
      'year:٢٠١٥ year:۲۰۱۲ meeting:٣ meeting:5th meeting:2e lang:English',
    );
    expect(warnings).toEqual([]);
    expect(filters.year).toEqual([2015, 2012]);
    expect(filters.meeting).toEqual([3, 5, 2]);
    expect(filters.catalogLanguage).toBe('en');
    expect(parseQuery('lang:العربية').filters.catalogLanguage).toBe('ar');
  });
});
