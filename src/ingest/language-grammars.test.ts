import { describe, expect, it } from 'vitest';
import type { Catalog, Language } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import {
  FIXTURE_LANGUAGES,
  ingestLanguageFixture,
  languageFixtureCatalog,
  readLanguageFixture,
} from '../../test/support/language-fixtures.js';
import { replaceOnce } from '../../test/support/corpus.js';
import { grammarFor, supportedLanguages } from './grammar-registry.js';
import { ingestSummaryText } from './ingest-summary.js';

/** The structure a language version shares with every other: what alignment compares. */
function structureOf(catalog: Catalog): object {
  return {
    document: catalog.document.id,
    chapters: catalog.document.chapters.map((chapter) => chapter.number),
    paragraphs: catalog.paragraphs.map((paragraph) => ({
      number: paragraph.number,
      chapter: paragraph.chapter,
      theme: paragraph.theme,
      paper: paragraph.paper,
      items: paragraph.items.map((item) => item.label),
    })),
    themes: catalog.themes.map((theme) => ({
      id: theme.id,
      papers: theme.papers,
      keyTopics: theme.keyTopics.length,
    })),
    papers: catalog.papers.map((paper) => ({
      symbol: paper.symbol,
      year: paper.year,
      meeting: paper.meeting,
      theme: paper.theme,
      paragraphs: paper.paragraphs,
    })),
  };
}

describe('the fixture documents in each language', () => {
  it('include the Chinese and English fixtures, each marked as a test fixture on its first line', () => {
    expect(FIXTURE_LANGUAGES).toEqual(expect.arrayContaining(['zh', 'en']));
    for (const language of FIXTURE_LANGUAGES) {
      const firstLine = readLanguageFixture(language).split('\n')[0] ?? '';
      expect(firstLine, language).toMatch(/TEST FIXTURE|测试夹具/);
    }
  });

  it.each(FIXTURE_LANGUAGES.map((language) => [language]))(
    'the %s fixture ingests without any anomaly into the thematic summary of 2021',
    (language) => {
      const report = ingestLanguageFixture(language);
      expect(report.anomalies).toEqual([]);
      expect(report.ok).toBe(true);
      const catalog = languageFixtureCatalog(language);
      expect(catalog.language).toBe(language);
      expect(catalog.document.id).toBe('thematic-summary-2021');
      expect(catalog.document.header.dates).toEqual(['2021-10-14', '2021-10-15']);
      expect(report.counts).toEqual({
        chapters: 2,
        themes: 3,
        keyTopics: 15,
        papers: 4,
        paragraphs: 12,
        items: 3,
      });
    },
  );

  it.each(FIXTURE_LANGUAGES.filter((language) => language !== 'zh').map((language) => [language]))(
    'the %s fixture has the structure of the Chinese one: same themes and papers, same paragraph → paper map, same items',
    (language) => {
      expect(structureOf(languageFixtureCatalog(language))).toEqual(
        structureOf(languageFixtureCatalog('zh')),
      );
    },
  );

  it.each(FIXTURE_LANGUAGES.map((language) => [language]))(
    'no text of the %s fixture is the header notice that it is a fixture',
    (language) => {
      const catalog = languageFixtureCatalog(language);
      const { header } = catalog.document;
      const printed = [header.body, header.title, header.place, header.preparedByLine];
      for (const text of printed) expect(text).not.toMatch(/fixture|夹具/i);
    },
  );
});

describe('the English grammar', () => {
  const english = (): string => readLanguageFixture('en');

  it('reads the header: body, dates and place, title, prepared by the Secretariat', () => {
    const { header } = languageFixtureCatalog('en').document;
    expect(header).toEqual({
      body: 'Working Group on the Smuggling of Migrants',
      dates: ['2021-10-14', '2021-10-15'],
      place: 'Vienna',
      title: 'Background papers since the first meeting of the Working Group on the Smuggling of Migrants',
      preparedByLine: 'Thematic summary prepared by the Secretariat',
      preparedBy: 'secretariat',
    });
  });

  it('reads a paper: year, meeting from its ordinal word, subject, symbol', () => {
    const paper = languageFixtureCatalog('en').papers.find(
      (candidate) => candidate.symbol === 'CTOC/COP/WG.7/2018/2',
    );
    expect(paper).toMatchObject({
      year: 2018,
      meeting: 5,
      subject:
        'criminal justice responses to the investigation and prosecution of migrant smuggling offenders, including international cooperation',
      paragraphs: [3, 4, 5],
    });
  });

  it('rejoins wrapped lines with a space, a word hyphenated at a line end without its hyphen, a compound with it', () => {
    const catalog = languageFixtureCatalog('en');
    const third = catalog.paragraphs.find((paragraph) => paragraph.number === 3)?.text ?? '';
    expect(third).toContain('of the Working Group to inform');
    expect(third).toContain('investigation and prosecution of');
    const tenth = catalog.paragraphs.find((paragraph) => paragraph.number === 10)?.text ?? '';
    expect(tenth).toContain('cooperation and information-sharing (CTOC');
  });

  it('reads chapter headings with Roman numerals and its known titles', () => {
    expect(languageFixtureCatalog('en').document.chapters).toEqual([
      { number: 1, numeral: 'I', title: 'Introduction' },
      { number: 2, numeral: 'II', title: 'Summary of background papers' },
    ]);
    const grammar = grammarFor('en');
    expect(grammar.matchChapterHeading('IV. Introduction')?.number).toBe(4);
    expect(grammar.matchChapterHeading('IIII. Introduction')).toBeUndefined();
  });

  it('reads dates written with a dash or a single day', () => {
    const text = replaceOnce(english(), 'Vienna, 14 and 15 October 2021', 'Vienna, 14–15 October 2021');
    expect(ingestSummaryText(text, { language: 'en' }).catalog?.document.header.dates).toEqual([
      '2021-10-14',
      '2021-10-15',
    ]);
    const single = replaceOnce(english(), 'Vienna, 14 and 15 October 2021', 'Vienna, 3 May 2021');
    expect(ingestSummaryText(single, { language: 'en' }).catalog?.document.header.dates).toEqual([
      '2021-05-03',
    ]);
  });

  it('reports a heading it cannot classify with its line, and does not read it as text', () => {
    const text = replaceOnce(
      english(),
      'Impact of crises\n',
      'III. Conclusions and recommendations\nImpact of crises\n',
    );
    const report = ingestSummaryText(text, { language: 'en' });
    const line = text.split('\n').indexOf('III. Conclusions and recommendations') + 1;
    expect(report.ok).toBe(false);
    expect(report.anomalies).toContainEqual(
      expect.objectContaining({
        code: 'heading-unclassified',
        line,
        message: expect.stringContaining('«III. Conclusions and recommendations»') as unknown,
      }),
    );
    expect(report.counts?.paragraphs).toBe(12);
  });

  it('warns of a paper year written without its marker, naming the English marker', () => {
    const text = replaceOnce(english(), '3. In 2018, the Secretariat', '3. 2018: the Secretariat');
    const report = ingestSummaryText(text, { language: 'en' });
    expect(report.ok).toBe(true);
    expect(report.anomalies).toEqual([
      {
        severity: 'warning',
        code: 'paper-year-unmarked',
        line: text.split('\n').findIndex((line) => line.startsWith('3. 2018')) + 1,
        message: 'paragraph 3 writes the year 2018 without its marker (In 2018)',
      },
    ]);
    expect(report.catalog?.papers[0]?.year).toBe(2018);
  });

  it('does not take a citation at the start of a wrapped line for an item', () => {
    const text = replaceOnce(
      english(),
      'definition set out in article 3 (a) of the Smuggling',
      'definition set out in article 3\n(a) of the Smuggling',
    );
    const report = ingestSummaryText(text, { language: 'en' });
    expect(report.anomalies).toEqual([]);
    expect(report.catalog?.paragraphs.find((paragraph) => paragraph.number === 4)?.items).toEqual([]);
  });

  it('refuses the English fixture read in a language of another script (Chinese, Russian, Arabic)', () => {
    const otherScripts: Language[] = ['zh', 'ru', 'ar'];
    for (const language of otherScripts.filter((code) => supportedLanguages().includes(code))) {
      let caught: unknown;
      try {
        ingestSummaryText(english(), { language, name: 'summary-fixture.en.txt' });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(SomkbError);
      expect((caught as SomkbError).code).toBe('INPUT_LANGUAGE');
      expect((caught as SomkbError).message).toMatch(/Latin letters/);
    }
  });

  it('refuses the Chinese fixture read as English: its script is not Latin', () => {
    let caught: unknown;
    try {
      ingestSummaryText(readLanguageFixture('zh'), { language: 'en', name: 'summary-fixture.zh.txt' });
    } catch (error) {
      caught = error;
    }
    expect((caught as SomkbError).code).toBe('INPUT_LANGUAGE');
    expect((caught as SomkbError).message).toMatch(
      /^not English: \d+% of its letters are Chinese characters/,
    );
  });
});

describe('the grammars of French, Spanish, Russian and Arabic', () => {
  it('read each language’s date line into ISO dates and its place', () => {
    const places: Partial<Record<Language, string>> = {
      fr: 'Vienne',
      es: 'Viena',
      ru: 'Вена',
      ar: 'فيينا',
    };
    for (const [language, place] of Object.entries(places) as [Language, string][]) {
      const { header } = languageFixtureCatalog(language).document;
      expect(header.place, language).toBe(place);
      expect(header.dates, language).toEqual(['2021-10-14', '2021-10-15']);
    }
  });

  it('read the meeting from each language’s ordinal word', () => {
    for (const language of ['fr', 'es', 'ru', 'ar'] as Language[]) {
      const meetings = languageFixtureCatalog(language).papers.map((paper) => paper.meeting);
      expect(meetings, language).toEqual([5, 7, 6, 2]);
    }
  });

  it('read the Russian Cyrillic items а) б) в) and the Arabic items (أ) (ب) (ج) as the catalog’s a, b, c', () => {
    for (const language of ['ru', 'ar'] as Language[]) {
      const ninth = languageFixtureCatalog(language).paragraphs.find((paragraph) => paragraph.number === 9);
      expect(
        ninth?.items.map((item) => item.label),
        language,
      ).toEqual(['a', 'b', 'c']);
    }
    expect(grammarFor('ru').matchItemStart('(b) текст')?.label).toBe('b');
    expect(grammarFor('ru').matchItemStart('г) текст')?.label).toBe('d');
    expect(grammarFor('ar').matchItemStart('(هـ) نص')?.label).toBe('e');
  });

  it('read Arabic paragraph numbers written in Arabic-Indic digits as the same numbers', () => {
    const western = readLanguageFixture('ar');
    const indic = western.replace(
      /^(\d+) -/gm,
      (_match, digits: string) =>
        `${digits.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)))} -`,
    );
    expect(indic).toContain('١٢ -');
    const report = ingestSummaryText(indic, { language: 'ar' });
    expect(report.anomalies).toEqual([]);
    expect(report.catalog?.paragraphs.map((paragraph) => paragraph.number)).toEqual(
      languageFixtureCatalog('ar').paragraphs.map((paragraph) => paragraph.number),
    );
  });

  it('read Arabic chapter headings written with ordinal adverbs', () => {
    expect(
      languageFixtureCatalog('ar').document.chapters.map((chapter) => [chapter.number, chapter.numeral]),
    ).toEqual([
      [1, 'أولا'],
      [2, 'ثانيا'],
    ]);
    expect(grammarFor('ar').matchChapterHeading('ثالثاً - مقدمة')?.number).toBe(3);
  });

  it('rejoin a word hyphenated at a line end in French, Spanish and Russian', () => {
    const expected: [Language, string][] = [
      ['fr', 'aux enquêtes et aux poursuites visant'],
      ['es', 'a la investigación y el enjuiciamiento'],
      ['ru', 'в области расследования и уголовного'],
    ];
    for (const [language, phrase] of expected) {
      const third = languageFixtureCatalog(language).paragraphs.find((paragraph) => paragraph.number === 3);
      expect(third?.text, language).toContain(phrase);
    }
    expect(grammarFor('ru').joinWrapped('онлайн-', 'услуги')).toBe('онлайн-услуги');
  });

  it('report a Russian sub-heading with a Cyrillic letter as a heading they cannot classify', () => {
    const text = replaceOnce(
      readLanguageFixture('ru'),
      'Последствия кризисов\n',
      'Б. Выводы\nПоследствия кризисов\n',
    );
    const report = ingestSummaryText(text, { language: 'ru' });
    expect(report.ok).toBe(false);
    expect(report.anomalies).toContainEqual(
      expect.objectContaining({
        code: 'heading-unclassified',
        line: text.split('\n').indexOf('Б. Выводы') + 1,
      }),
    );
  });

  it('report an Arabic sub-heading they cannot classify with its line', () => {
    const text = replaceOnce(readLanguageFixture('ar'), 'أثر الأزمات\n', 'ألف - استنتاجات\nأثر الأزمات\n');
    const report = ingestSummaryText(text, { language: 'ar' });
    expect(report.anomalies).toContainEqual(
      expect.objectContaining({
        code: 'heading-unclassified',
        line: text.split('\n').indexOf('ألف - استنتاجات') + 1,
      }),
    );
  });

  it('refuse a fixture read with the --lang of another script', () => {
    const cases: [Language, Language, RegExp][] = [
      ['ru', 'fr', /^not French: \d+% of its letters are Cyrillic letters/],
      ['ar', 'es', /^not Spanish: \d+% of its letters are Arabic letters/],
      ['fr', 'ru', /^not Russian: \d+% of its letters are Latin letters/],
      ['es', 'ar', /^not Arabic: \d+% of its letters are Latin letters/],
    ];
    for (const [written, declared, message] of cases) {
      let caught: unknown;
      try {
        ingestSummaryText(readLanguageFixture(written), { language: declared });
      } catch (error) {
        caught = error;
      }
      expect((caught as SomkbError).code, `${written} as ${declared}`).toBe('INPUT_LANGUAGE');
      expect((caught as SomkbError).message).toMatch(message);
    }
  });

  it('refuse the English fixture read as French: its headings are not French', () => {
    const report = ingestSummaryText(readLanguageFixture('en'), { language: 'fr' });
    expect(report.ok).toBe(false);
    expect(report.anomalies).toContainEqual(
      expect.objectContaining({
        code: 'heading-unclassified',
        message: expect.stringContaining('Summary of background papers') as unknown,
      }),
    );
  });
});
