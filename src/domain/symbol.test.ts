import { describe, expect, it } from 'vitest';
import { UN_LANGUAGES } from './language.js';
import { officialUrl, paperUrlFor, paperUrls } from './symbol.js';

describe('the official address of a paper', () => {
  const paper = { symbol: 'CTOC/COP/WG.7/2015/4', url: officialUrl('CTOC/COP/WG.7/2015/4') };

  it('is the plain undocs.org address as the summary prints it, and the version in a language when asked', () => {
    expect(paper.url).toBe('https://undocs.org/CTOC/COP/WG.7/2015/4');
    expect(officialUrl(paper.symbol, 'es')).toBe('https://undocs.org/es/CTOC/COP/WG.7/2015/4');
  });

  it('opens the paper in the reader’s language, for each of the six', () => {
    const urls = paperUrls(paper);
    expect(Object.keys(urls).sort()).toEqual([...UN_LANGUAGES].sort());
    for (const language of UN_LANGUAGES) {
      expect(paperUrlFor(paper, language)).toBe(`https://undocs.org/${language}/CTOC/COP/WG.7/2015/4`);
      expect(urls[language]).toBe(paperUrlFor(paper, language));
    }
    expect(paperUrlFor({ ...paper, url: 'http://undocs.org/CTOC/COP/WG.7/2015/4' }, 'ru')).toBe(
      'https://undocs.org/ru/CTOC/COP/WG.7/2015/4',
    );
  });

  it('keeps another web address a catalog holds, and replaces one that is none', () => {
    const elsewhere = { ...paper, url: 'https://example.org/papers/2015-4.pdf' };
    expect(paperUrlFor(elsewhere, 'fr')).toBe(elsewhere.url);
    expect(paperUrlFor({ ...paper, url: 'javascript:alert(1)' }, 'fr')).toBe(
      'https://undocs.org/fr/CTOC/COP/WG.7/2015/4',
    );
  });
});
