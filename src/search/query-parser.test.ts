import { describe, expect, it } from 'vitest';
import { isSomkbError } from '../errors/index.js';
import { MAX_QUERY_LENGTH, parseQuery } from './index.js';

describe('the query language', () => {
  it('reads words, phrases, exclusions and filters', () => {
    const query = parseQuery(
      '洗钱 "金钱或其他物质利益" -腐败 theme:技术 topic：证人 paper:2013/4 year:2015 meeting:第三次 lang:ZH',
    );
    expect(query.words).toEqual(['洗钱']);
    expect(query.phrases).toEqual(['金钱或其他物质利益']);
    expect(query.exclusions).toEqual(['腐败']);
    expect(query.filters).toEqual({
      theme: ['技术'],
      topic: ['证人'],
      paper: ['2013/4'],
      year: [2015],
      meeting: [3],
      catalogLanguage: 'zh',
    });
    expect(query.warnings).toEqual([]);
  });

  it('reads Chinese quotes, quoted filter values and an unclosed quote', () => {
    expect(parseQuery('“控制下交付” 「电子监视」').phrases).toEqual(['控制下交付', '电子监视']);
    expect(parseQuery('theme:"空中 偷运"').filters.theme).toEqual(['空中 偷运']);
    expect(parseQuery('"unclosed phrase').phrases).toEqual(['unclosed phrase']);
    expect(parseQuery('-"a phrase" b').exclusions).toEqual(['a phrase']);
  });

  it('treats FTS syntax, unknown keys and lone signs as plain words', () => {
    expect(parseQuery('NEAR(a b) OR c* ^d http://x').words).toEqual([
      'NEAR(a',
      'b)',
      'OR',
      'c*',
      '^d',
      'http://x',
    ]);
    expect(parseQuery('- x').words).toEqual(['-', 'x']);
  });

  it('ignores malformed filter values with a warning', () => {
    const query = parseQuery('year:twenty meeting:9x lang:xx -theme:a');
    expect(query.filters.year).toEqual([]);
    expect(query.warnings).toHaveLength(4);
    expect(query.warnings[0]).toContain('year:twenty');
  });

  it('removes control characters and repairs lone surrogates', () => {
    expect(parseQuery('偷运\u0000\u0007移民\ud800').words).toEqual(['偷运', '移民\ufffd']);
  });

  it('refuses a query longer than the limit with a clear message', () => {
    try {
      parseQuery('x'.repeat(MAX_QUERY_LENGTH + 1));
      expect.unreachable();
    } catch (error) {
      expect(isSomkbError(error, 'USAGE')).toBe(true);
      expect((error as Error).message).toContain(`${MAX_QUERY_LENGTH + 1} characters`);
    }
  });
});
