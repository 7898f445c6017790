import { describe, expect, it } from 'vitest';
import type { Catalog, Language } from '../domain/index.js';
import { extractReferences } from './index.js';
import { foldWordText } from './un-citation-grammar.js';

/** A catalog in `language` whose paragraphs (numbered from 1) have the texts given, in one paper. */
function catalogOf(language: Language, texts: readonly string[], subject = ''): Catalog {
  const paragraphs = texts.map((text, index) => ({
    number: index + 1,
    text,
    items: [],
    chapter: 2,
    theme: 'theme-1',
    paper: 'CTOC/COP/WG.7/2015/4',
  }));
  return {
    language,
    document: {
      id: 'test',
      kind: 'thematic-summary',
      header: { body: '', dates: [], place: '', title: '', preparedByLine: '', preparedBy: 'secretariat' },
      chapters: [],
    },
    paragraphs,
    themes: [],
    papers: [
      {
        symbol: 'CTOC/COP/WG.7/2015/4',
        year: 2015,
        meeting: 3,
        subject,
        theme: 'theme-1',
        paragraphs: paragraphs.map((paragraph) => paragraph.number),
        url: 'https://undocs.org/CTOC/COP/WG.7/2015/4',
      },
    ],
  };
}

/** `paragraph:instrument article clause` (or the resolution) of every reference, in order. */
function cited(language: Language, texts: readonly string[], subject = ''): string[] {
  return extractReferences(catalogOf(language, texts, subject)).references.map(
    (reference) =>
      `${reference.paragraph}:${reference.instrument} ${reference.article ?? reference.resolution ?? ''}${reference.clause ?? ''}`,
  );
}

function spans(language: Language, text: string): string[] {
  return extractReferences(catalogOf(language, [text])).references.map((reference) => reference.span.text);
}

describe('foldWordText', () => {
  it('folds Arabic-Indic digits and typographic apostrophes, keeping every offset', () => {
    const text = 'المادة ٢٧ l’article';
    expect(foldWordText(text)).toBe("المادة 27 l'article");
    expect(foldWordText(text)).toHaveLength(text.length);
  });
});

describe('English citations (UN usage)', () => {
  it('reads an article with its subparagraph, paragraph and instrument named after it', () => {
    expect(
      cited('en', [
        'The conduct in article 3, subparagraph (a), of the Smuggling of Migrants Protocol.',
        'Article 27, paragraph 1 (e), of the Organized Crime Convention provides for it.',
      ]),
    ).toEqual(['1:protocol 3(a)', '2:untoc 27(1)(e)']);
  });

  it('reads "paragraph 1 (e)" and "(1) (e)" alike, and the designators read upwards', () => {
    expect(
      cited('en', [
        'article 27 (1) (e) of the Convention',
        'subparagraph (e) of paragraph 1 of article 27 of the Convention',
        'paragraphs 1 and 2 of article 19 of the Protocol',
      ]),
    ).toEqual(['1:untoc 27(1)(e)', '2:untoc 27(1)(e)', '3:protocol 19(1)', '3:protocol 19(2)']);
  });

  it('expands ranges and lists of articles and of letters', () => {
    expect(
      cited('en', [
        'articles 5 to 7 of the Convention',
        'articles 5, 6 and 10 of the Convention',
        'article 6, subparagraphs (a) to (c), of the Protocol',
      ]),
    ).toEqual([
      '1:untoc 5',
      '1:untoc 6',
      '1:untoc 7',
      '2:untoc 5',
      '2:untoc 6',
      '2:untoc 10',
      '3:protocol 6(a)',
      '3:protocol 6(b)',
      '3:protocol 6(c)',
    ]);
  });

  it('gives articles joined by "and" the instrument named after the last', () => {
    expect(
      cited('en', ['Under article 16 and article 19, paragraph 1, of the Protocol, States act.']),
    ).toEqual(['1:protocol 16', '1:protocol 19(1)']);
  });

  it('resolves "article 3 (a)" with no instrument after it from the instrument named before', () => {
    expect(
      cited('en', [
        'The Convention calls for cooperation. Under its article 3 (a), States act.',
        'The Smuggling of Migrants Protocol defines smuggling; see article 3 (a).',
      ]),
    ).toEqual(['1:untoc 3(a)', '2:protocol 3(a)']);
  });

  it('reads a short form by context: the last instrument of its kind named in the paper, else the Working Group’s', () => {
    expect(
      cited('en', [
        'The Trafficking in Persons Protocol also applies; article 5 of the Protocol criminalizes it.',
        'Article 6 of the Protocol requires it.',
      ]),
    ).toEqual(['1:trafficking-protocol 5', '2:trafficking-protocol 6']);
    expect(cited('en', ['Article 6 of the Protocol requires it.'])).toEqual(['1:protocol 6']);
  });

  it('does not read numbers that are not articles: paragraphs of the summary, years, counts', () => {
    expect(
      cited('en', [
        'See paragraph 12 above; in 2018, 27 States replied, as paragraph 3 of the present summary says.',
        'The Protocol, article 6, 12 States said, applies.',
      ]),
    ).toEqual(['2:protocol 6']);
  });

  it('reads COP resolutions, not those of the General Assembly', () => {
    expect(
      cited('en', [
        'In its resolution 6/3, the Conference asked for it; General Assembly resolution 55/25 adopted it.',
      ]),
    ).toEqual(['1:cop-resolution 6/3']);
    expect(cited('en', ['It recalled resolution 55/25 of the General Assembly.'])).toEqual([]);
  });

  it('leaves out an article of an instrument it does not know', () => {
    expect(cited('en', ['Article 98 of the Convention on the Rights of the Child applies.'])).toEqual([]);
  });

  it('spans the citation phrase only', () => {
    expect(spans('en', 'Article 27, paragraph 1 (e), of the Organized Crime Convention.')).toEqual([
      'Article 27, paragraph 1 (e)',
    ]);
  });
});

describe('French citations', () => {
  it('reads l’article 3 a) and the designators read upwards', () => {
    expect(
      cited('fr', [
        'Voir l’article 3 a) du Protocole relatif au trafic illicite de migrants.',
        'L’alinéa e) du paragraphe 1 de l’article 27 de la Convention le prévoit.',
        'Les articles 5 à 7 de la Convention et l’article 6, paragraphe 1, du Protocole.',
      ]),
    ).toEqual([
      '1:protocol 3(a)',
      '2:untoc 27(1)(e)',
      '3:untoc 5',
      '3:untoc 6',
      '3:untoc 7',
      '3:protocol 6(1)',
    ]);
  });

  it('does not take the verb "a" for a subparagraph', () => {
    expect(cited('fr', ['Le Protocole, à l’article 6, a été ratifié.'])).toEqual(['1:protocol 6']);
  });
});

describe('Spanish citations', () => {
  it('reads el artículo 3 a) and the designators read upwards', () => {
    expect(
      cited('es', [
        'Según el artículo 3 a) del Protocolo contra el tráfico ilícito de migrantes.',
        'El apartado e) del párrafo 1 del artículo 27 de la Convención lo prevé.',
        'Los artículos 5 a 7 de la Convención y la resolución 6/3.',
      ]),
    ).toEqual([
      '1:protocol 3(a)',
      '2:untoc 27(1)(e)',
      '3:untoc 5',
      '3:untoc 6',
      '3:untoc 7',
      '3:cop-resolution 6/3',
    ]);
  });
});

describe('Russian citations', () => {
  it('reads the genitive chain and the instrument in the genitive', () => {
    expect(
      cited('ru', [
        'Согласно статье 3 (a) Протокола против незаконного ввоза мигрантов.',
        'Подпункт (e) пункта 1 статьи 27 Конвенции предусматривает это.',
        'Статьи 5–7 Конвенции и пункт 2 статьи 6 Протокола.',
      ]),
    ).toEqual([
      '1:protocol 3(a)',
      '2:untoc 27(1)(e)',
      '3:untoc 5',
      '3:untoc 6',
      '3:untoc 7',
      '3:protocol 6(2)',
    ]);
  });

  it('reads "пункт (a) статьи 3" as subparagraph (a) and the name of an instrument in any case', () => {
    expect(
      cited('ru', [
        'в соответствии с определением, содержащимся в пункте (a) статьи 3 Протокола о незаконном ввозе мигрантов',
        'пункт 1 (e) статьи 27 и пункт 2 статьи 28 Конвенции об организованной преступности',
        'осуществлением Протокола против незаконного ввоза мигрантов по суше, морю и воздуху, дополняющего Конвенцию Организации Объединенных Наций против транснациональной организованной преступности',
      ]),
    ).toEqual(['1:protocol 3(a)', '2:untoc 27(1)(e)', '2:untoc 28(2)']);
    const mentions = extractReferences(
      catalogOf('ru', [
        'осуществлением Протокола против незаконного ввоза мигрантов по суше, морю и воздуху, дополняющего Конвенцию Организации Объединенных Наций против транснациональной организованной преступности',
      ]),
    ).mentions.map((mention) => mention.instrument);
    expect(mentions).toEqual(['protocol']);
  });

  it('reads a Cyrillic letter that looks like the Latin one', () => {
    expect(cited('ru', ['подпункт (е) пункта 1 статьи 27 Конвенции'])).toEqual(['1:untoc 27(1)(e)']);
  });
});

describe('Arabic citations', () => {
  it('reads Arabic letters as the Latin ones and من before the instrument', () => {
    expect(
      cited('ar', [
        'المادة 3 (أ) من بروتوكول مكافحة تهريب المهاجرين.',
        'الفقرة الفرعية (هـ) من الفقرة 1 من المادة 27 من اتفاقية الجريمة المنظمة.',
        'المواد من 5 إلى 7 من الاتفاقية والمادتين 8 و9 من البروتوكول.',
      ]),
    ).toEqual([
      '1:protocol 3(a)',
      '2:untoc 27(1)(e)',
      '3:untoc 5',
      '3:untoc 6',
      '3:untoc 7',
      '3:protocol 8',
      '3:protocol 9',
    ]);
  });

  it('reads a resolution whose issuer stands between the word and the number', () => {
    expect(
      cited('ar', [
        'وقرار مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية 6/3، والأهداف',
        'وقرار الجمعية العامة 55/25.',
      ]),
    ).toEqual(['1:cop-resolution 6/3']);
  });

  it('keeps the clitic و ("and") out of the citation', () => {
    expect(spans('ar', 'المادة 5 من الاتفاقية والمادة 6 من البروتوكول')).toEqual(['المادة 5', 'المادة 6']);
  });
});

describe('short forms across languages', () => {
  it('reads "the Protocol" as the protocol its paper’s subject names', () => {
    expect(
      cited('en', ['Article 5 of the Protocol applies.'], 'the Trafficking in Persons Protocol'),
    ).toEqual(['1:trafficking-protocol 5']);
  });

  it('gives the same reference in the six ways of citing article 27 (1) (e)', () => {
    const sentences: Readonly<Record<Exclude<Language, 'zh'>, string>> = {
      en: 'article 27, paragraph 1 (e), of the Organized Crime Convention',
      fr: 'l’alinéa e) du paragraphe 1 de l’article 27 de la Convention contre la criminalité organisée',
      es: 'el apartado e) del párrafo 1 del artículo 27 de la Convención contra la Delincuencia Organizada',
      ru: 'подпункт (e) пункта 1 статьи 27 Конвенции против организованной преступности',
      ar: 'الفقرة الفرعية (هـ) من الفقرة 1 من المادة 27 من اتفاقية الجريمة المنظمة',
    };
    for (const [language, sentence] of Object.entries(sentences)) {
      expect(cited(language as Language, [sentence]), language).toEqual(['1:untoc 27(1)(e)']);
    }
    expect(cited('zh', ['《打击有组织犯罪公约》第 27 条第 1 款(e)项'])).toEqual(['1:untoc 27(1)(e)']);
  });
});
