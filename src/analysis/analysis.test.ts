import { describe, expect, it } from 'vitest';
import {
  alternativeReadings,
  catalogTerms,
  createAnalyzer,
  dictionaryPieces,
  foldLetters,
  normalizeText,
} from './index.js';
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

  it('drops the function words around terms, not the same characters inside a term', () => {
    expect(zh.queryTokens('打击偷运时如何保障人权')).toEqual(['打击', '偷运', '保障人权']);
    expect(zh.queryTokens('公海上谁有管辖权')).toEqual(['公海', '谁', '管辖权']);
    expect(zh.queryTokens('移民能够得到哪些保护')).not.toContain('能够');
    expect(zh.indexTokens('在海上偷运移民')).toContain('海上');
    expect(zh.indexTokens('危机时期')).toContain('时期');
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

describe('every analyzer keeps words whole and folds them as the language’s readers expect (issue 12.1)', () => {
  const en = createAnalyzer('en');
  const fr = createAnalyzer('fr');
  const es = createAnalyzer('es');
  const ru = createAnalyzer('ru');
  const ar = createAnalyzer('ar');

  it('Chinese: a word of another script in a Chinese text or query is one token, not its letters', () => {
    expect(zh.queryTokens('tráfico')).toEqual(['trafico']);
    expect(zh.queryTokens('мигранты')).toEqual(['мигранты']);
    expect(zh.queryTokens('مهرب')).toEqual(['مهرب']);
    expect(zh.queryTokens('Ёлка ёлка')).toEqual(['елка', 'елка']);
    expect(zh.queryTokens('偷运 migrantes tráfico')).toEqual(['偷运', 'migrantes', 'trafico']);
    expect(zh.indexTokens('关于tráfico的规定')).toContain('trafico');
    // Chinese words and the catalog's terms are cut as before.
    expect(zh.queryTokens('ＳＨＥＲＬＯＣ平台')).toEqual(zh.queryTokens('sherloc平台'));
    expect(zh.queryTokens('COVID-19')).toEqual(['covid', '19']);
  });

  it('English: accents folded, apostrophes of either kind, words stemmed whole', () => {
    expect(en.queryTokens('naïve café')).toEqual(en.queryTokens('naive cafe'));
    expect(en.queryTokens('migrant’s')).toEqual(en.queryTokens("migrant's"));
    expect(en.queryTokens('migrants')).toEqual(['migrant']);
  });

  it('French: accents folded, elisions dropped, a word typed without its accents meets it', () => {
    expect(fr.queryTokens('frontière')).toEqual(fr.queryTokens('frontiere'));
    expect(fr.queryTokens('livraison surveillée')).toEqual(fr.queryTokens('LIVRAISON SURVEILLEE'));
    expect(fr.queryTokens('l’État')).toEqual(fr.queryTokens('état'));
    expect(fr.queryTokens('d’un passeur')).toEqual(fr.queryTokens('passeurs'));
    expect(fr.queryTokens('à')).toEqual([]);
  });

  it('French: a verb in the present plural (-ent) meets its noun and infinitive, short words kept', () => {
    expect(fr.queryTokens('secourent')).toEqual(fr.queryTokens('secours'));
    expect(fr.queryTokens('transportent')).toEqual(fr.queryTokens('transport'));
    expect(fr.queryTokens('exploitent')).toEqual(fr.queryTokens('exploitation'));
    expect(fr.queryTokens('accidents')).toEqual(fr.queryTokens('accident'));
    expect(fr.queryTokens('agent')).toEqual(['agent']);
    expect(fr.queryTokens('présent')).not.toEqual(fr.queryTokens('presse'));
  });

  it('Spanish: accents folded, ñ kept as a letter of its own', () => {
    expect(es.queryTokens('tráfico')).toEqual(es.queryTokens('trafico'));
    expect(es.queryTokens('tráfico')).toHaveLength(1);
    expect(es.queryTokens('migración')).toEqual(es.queryTokens('MIGRACION'));
    expect(es.queryTokens('niños')).not.toEqual(es.queryTokens('ninos'));
    expect(es.queryTokens('migrantes')).toEqual(es.queryTokens('migrante'));
  });

  it('Spanish: e and u, the forms of y and o before a vowel, are stopwords as y and o are', () => {
    expect(es.queryTokens('formal e informal')).toEqual(es.queryTokens('formal y informal'));
    expect(es.queryTokens('siete u ocho')).toEqual(es.queryTokens('siete o ocho'));
    expect(es.queryTokens('formal e informal')).toHaveLength(2);
  });

  it('drop the prepositions and auxiliaries that are words of labels, and keep those that carry a meaning', () => {
    const en = createAnalyzer('en');
    const fr = createAnalyzer('fr');
    expect(en.queryTokens('crimes against migrants')).toEqual(en.queryTokens('crimes migrants'));
    expect(fr.queryTokens('coopération entre pays')).toEqual(fr.queryTokens('coopération pays'));
    expect(fr.queryTokens('lutte contre le trafic')).toEqual(fr.queryTokens('lutte trafic'));
    expect(es.queryTokens('cooperación entre países')).toHaveLength(2);
    expect(ru.queryTokens('разница между')).toEqual(ru.queryTokens('разница'));
    expect(ar.queryTokens('بين')).toEqual([]);
    expect(fr.queryTokens('sans papiers')).toHaveLength(2);
    expect(es.queryTokens('sin papeles')).toHaveLength(2);
    expect(ar.queryTokens('غير الرسمي')).toHaveLength(2);
  });

  it('Russian: Cyrillic words whole, ё read as е, inflections stemmed', () => {
    expect(ru.queryTokens('мигранты')).toEqual(['мигрант']);
    expect(ru.queryTokens('мигрантов')).toEqual(ru.queryTokens('Мигранты'));
    expect(ru.queryTokens('ещё')).toEqual(ru.queryTokens('еще'));
    expect(ru.queryTokens('контролируемая поставка')).toHaveLength(2);
  });

  it('Arabic: words whole, tashkeel and tatweel removed, alef forms read as alef', () => {
    expect(ar.queryTokens('مهرب')).toHaveLength(1);
    expect(ar.queryTokens('مُهَرِّب')).toEqual(ar.queryTokens('مهرب'));
    expect(ar.queryTokens('مهـــرب')).toEqual(ar.queryTokens('مهرب'));
    expect(ar.queryTokens('إتجار')).toEqual(ar.queryTokens('اتجار'));
    expect(ar.queryTokens('أشخاص')).toEqual(ar.queryTokens('آشخاص'));
    expect(ar.queryTokens('إلى')).toEqual([]);
  });

  it('Arabic: "and the" (وال) joined to a word is taken off as the article alone is', () => {
    expect(ar.queryTokens('والشهود')).toEqual(ar.queryTokens('الشهود'));
    expect(ar.queryTokens('والمهاجرين')).toEqual(ar.queryTokens('المهاجرين'));
    expect(ar.queryTokens('وثائق')).toHaveLength(1);
  });

  it('Arabic: a leading و has two other readings, "and" and a letter of the word; other words none', () => {
    expect(alternativeReadings('وضحية', 'ar')).toEqual(['ضحية', 'الوضحية']);
    expect(ar.queryTokens(alternativeReadings('وثائق', 'ar')[1] ?? '')).toEqual(ar.queryTokens('الوثائق'));
    expect(ar.queryTokens(alternativeReadings('واتفاقية', 'ar')[0] ?? '')).toEqual(ar.queryTokens('اتفاقية'));
    expect(alternativeReadings('والشهود', 'ar')).toEqual([]);
    expect(alternativeReadings('وضع', 'ar')).toEqual([]);
    expect(alternativeReadings('تهريب', 'ar')).toEqual([]);
    expect(alternativeReadings('voyage', 'fr')).toEqual([]);
  });

  it('folds the letters of each script by the rule of its language', () => {
    expect(foldLetters('élève niño', 'fr')).toBe('eleve nino');
    expect(foldLetters('élève niño', 'es')).toBe('eleve niño');
    expect(foldLetters('ёж', 'ru')).toBe('еж');
    expect(foldLetters('йод', 'ru')).toBe('йод');
    expect(foldLetters('الْأَشْخَاص', 'ar')).toBe('الاشخاص');
    expect(foldLetters('tráfico ёж إتجار 偷运', 'zh')).toBe('trafico еж اتجار 偷运');
  });
});
