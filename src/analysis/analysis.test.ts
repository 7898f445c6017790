import { describe, expect, it } from 'vitest';
import { catalogTerms, createAnalyzer, dictionaryPieces, normalizeText } from './index.js';
import { ingestSummary } from '../ingest/index.js';
import { readCorpusBytes } from '../../test/support/corpus.js';

const catalog = ingestSummary(readCorpusBytes(), { language: 'zh' }).catalog;
if (catalog === undefined) throw new Error('the bundled corpus must ingest');
const terms = catalogTerms(catalog);
const zh = createAnalyzer('zh', { userWords: terms });

describe('the Chinese analyzer', () => {
  it('keeps the catalog’s own terms whole, and finds the words inside them when indexing', () => {
    expect(zh.queryTokens('特别调查手段')).toEqual(['特别调查手段']);
    expect(zh.queryTokens('金钱或其他物质利益')).toEqual(['金钱或其他物质利益']);
    expect(zh.indexTokens('金钱或其他物质利益')).toEqual(
      expect.arrayContaining(['金钱', '物质', '利益', '金钱或其他物质利益']),
    );
    expect(zh.indexTokens('培训和能力建设')).toEqual(expect.arrayContaining(['培训', '能力建设']));
  });

  it('cuts a variant that is no domain term into words that still match it', () => {
    expect(zh.queryTokens('特殊侦查手段')).toEqual(['特殊', '侦查', '手段']);
    expect(zh.indexTokens('相关特殊侦查手段')).toEqual(expect.arrayContaining(['特殊', '侦查', '手段']));
  });

  it('folds full-width forms and case (NFKC)', () => {
    expect(zh.queryTokens('ＣＯＶＩＤ－１９')).toEqual(zh.queryTokens('COVID-19'));
    expect(zh.queryTokens('COVID-19')).toEqual(['covid', '19']);
    expect(normalizeText('ＳＨＥＲＬＯＣ平台')).toBe('sherloc平台');
  });

  it('drops punctuation and stopwords, keeps numbers of citations', () => {
    expect(zh.queryTokens('第 6/3 号决议')).toEqual(['第', '6', '3', '号', '决议']);
    expect(zh.queryTokens('(e)项')).toEqual(['e', '项']);
    expect(zh.queryTokens('与被偷运移民的面谈')).toEqual(['偷运', '移民', '面谈']);
    expect(zh.queryTokens('，。、；')).toEqual([]);
  });

  it('survives lone surrogates, control characters and emoji', () => {
    expect(() => zh.indexTokens('\ud800偷运\u0000移民😀')).not.toThrow();
    expect(zh.queryTokens('\ud800偷运\u0000移民😀')).toEqual(expect.arrayContaining(['偷运', '移民']));
  });

  it('builds its dictionary from key topics, theme names and cited instruments', () => {
    expect(terms).toEqual(expect.arrayContaining(['电子监视', '空中偷运', '《联合国海洋法公约》']));
    expect(dictionaryPieces('打击犯罪信息与法律网络共享平台（SHERLOC平台）知识门户网站')).toEqual(
      expect.arrayContaining(['sherloc平台', '知识门户网站']),
    );
    expect(dictionaryPieces('边境管制和管理')).toEqual(['边境管制和管理', '边境管制', '管理']);
  });
});

describe('the segmenter analyzers', () => {
  it('stem English words and drop stopwords', () => {
    const en = createAnalyzer('en');
    expect(en.queryTokens('The special investigative techniques')).toEqual([
      'special',
      'investig',
      'techniqu',
    ]);
    expect(en.indexTokens('Smuggled migrants')).toEqual(en.queryTokens('smuggling migrant'));
  });

  it('work for French, Spanish, Russian and Arabic', () => {
    expect(createAnalyzer('fr').queryTokens('les migrants objet d’un trafic')).toContain('migr');
    expect(createAnalyzer('es').queryTokens('tráfico ilícito de migrantes')).toContain('migrant');
    expect(createAnalyzer('ru').queryTokens('незаконный ввоз мигрантов')).toContain('мигрант');
    expect(createAnalyzer('ar').queryTokens('تهريب المهاجرين')).toContain('مهاجر');
  });
});
