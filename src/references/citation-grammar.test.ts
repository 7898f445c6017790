import { describe, expect, it } from 'vitest';
import { chineseNumeral, findCitations, foldText, parseArticleCitation } from './citation-grammar.js';

describe('foldText', () => {
  it('folds full-width forms to ASCII and keeps every offset', () => {
    const text = '第２７条第１款（ｅ）项　和 𠀋';
    const folded = foldText(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe('第27条第1款(e)项 和 𠀋');
  });
});

describe('chineseNumeral', () => {
  it('reads numerals up to 999', () => {
    expect(chineseNumeral('三')).toBe(3);
    expect(chineseNumeral('十')).toBe(10);
    expect(chineseNumeral('十六')).toBe(16);
    expect(chineseNumeral('二十七')).toBe(27);
    expect(chineseNumeral('一百零五')).toBe(105);
  });

  it('rejects what is not a numeral', () => {
    expect(chineseNumeral('')).toBeUndefined();
    expect(chineseNumeral('二二')).toBeUndefined();
    expect(chineseNumeral('次')).toBeUndefined();
  });
});

describe('parseArticleCitation', () => {
  it('stops at the end of the last designator', () => {
    const text = '第 19 条第 1 和 2 款）。';
    const citation = parseArticleCitation(text, 0);
    expect(citation).toEqual({
      kind: 'article',
      start: 0,
      end: 15,
      provisions: [
        { article: '19', clause: '(1)' },
        { article: '19', clause: '(2)' },
      ],
    });
  });

  it('does not take a separator that no number follows', () => {
    expect(parseArticleCitation('第 10条和《公约》', 0)?.end).toBe(5);
  });

  it('answers undefined where no article citation starts', () => {
    expect(parseArticleCitation('第一次会议', 0)).toBeUndefined();
    expect(parseArticleCitation('第 3 款', 0)).toBeUndefined();
    expect(parseArticleCitation('文件第 3 条', 0)).toBeUndefined();
  });

  it('keeps only the ends of a backwards range', () => {
    expect(parseArticleCitation('第 7 至 5 条', 0)?.provisions.map((p) => p.article)).toEqual(['7', '5']);
  });
});

describe('findCitations', () => {
  it('finds article groups and resolutions in order', () => {
    const found = findCitations('第 16 条及第 19 条第 1 款、缔约方会议第 6/3 号决议');
    expect(found.map((citation) => [citation.kind, citation.start, citation.end])).toEqual([
      ['article', 0, 6],
      ['article', 7, 18],
      ['resolution', 24, 33],
    ]);
  });
});
