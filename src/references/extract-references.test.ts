import { describe, expect, it } from 'vitest';
import type { Catalog, Paragraph } from '../domain/index.js';
import { ingestSummary } from '../ingest/index.js';
import { readCorpusBytes } from '../../test/support/corpus.js';
import { extractReferences } from './index.js';
import type { InstrumentMention, Reference } from './index.js';
import { GOLD_MENTIONS, GOLD_REFERENCES } from './references.gold.js';

// ---------------------------------------------------------------------------------------------------
// Helpers

interface ParagraphSpec {
  readonly text: string;
  readonly items?: readonly string[];
  readonly paper?: string;
}

interface PaperSpec {
  readonly symbol: string;
  readonly subject: string;
}

/** A catalog whose paragraphs (numbered from 1) are `paragraphs`; items are labelled a, b, c … */
function catalogOf(paragraphs: readonly ParagraphSpec[], papers: readonly PaperSpec[] = []): Catalog {
  const built: Paragraph[] = paragraphs.map((spec, index) => ({
    number: index + 1,
    text: spec.text,
    items: (spec.items ?? []).map((text, itemIndex) => ({
      label: String.fromCharCode(97 + itemIndex),
      text,
    })),
    chapter: 2,
    theme: 'theme-1',
    paper: spec.paper ?? null,
  }));
  return {
    language: 'zh',
    document: {
      id: 'test',
      kind: 'thematic-summary',
      header: {
        body: '偷运移民问题工作组',
        dates: ['2021-10-14'],
        place: '维也纳',
        title: '测试',
        preparedByLine: '秘书处编写的专题概要',
        preparedBy: 'secretariat',
      },
      chapters: [],
    },
    paragraphs: built,
    themes: [],
    papers: papers.map((paper) => ({
      symbol: paper.symbol,
      year: 2015,
      meeting: 3,
      subject: paper.subject,
      theme: 'theme-1',
      paragraphs: built.filter((paragraph) => paragraph.paper === paper.symbol).map((p) => p.number),
      url: `https://undocs.org/${paper.symbol}`,
    })),
  };
}

/** The references of one paragraph of text, as `[instrument, article, clause, span text]` rows. */
function citedIn(text: string, items: readonly string[] = []): (string | undefined)[][] {
  return extractReferences(catalogOf([{ text, items }])).references.map((reference) => [
    reference.instrument,
    reference.article ?? reference.resolution,
    reference.clause,
    reference.span.text,
  ]);
}

function mentionedIn(text: string): string[][] {
  return extractReferences(catalogOf([{ text }])).mentions.map((mention) => [
    mention.instrument,
    mention.span.text,
  ]);
}

function textOf(catalog: Catalog, paragraphNumber: number, item: string | null): string {
  const paragraph = catalog.paragraphs.find((candidate) => candidate.number === paragraphNumber);
  if (paragraph === undefined) throw new Error(`no paragraph ${paragraphNumber}`);
  if (item === null) return paragraph.text;
  const found = paragraph.items.find((candidate) => candidate.label === item);
  if (found === undefined) throw new Error(`no item (${item}) in paragraph ${paragraphNumber}`);
  return found.text;
}

/** Multiset comparison: the keys found and the keys expected, matched one to one. */
function compare(found: readonly string[], expected: readonly string[]) {
  const remaining = new Map<string, number>();
  for (const key of expected) remaining.set(key, (remaining.get(key) ?? 0) + 1);
  const falsePositives: string[] = [];
  for (const key of found) {
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    else falsePositives.push(key);
  }
  const misses = [...remaining].flatMap(([key, count]) => Array<string>(count).fill(key));
  const truePositives = found.length - falsePositives.length;
  return {
    precision: found.length === 0 ? 1 : truePositives / found.length,
    recall: expected.length === 0 ? 1 : truePositives / expected.length,
    falsePositives,
    misses,
  };
}

function referenceKey(reference: {
  paragraph: number;
  item: string | null;
  instrument: string;
  article: string | undefined;
  clause: string | undefined;
  resolution: string | undefined;
}): string {
  const where = `${reference.paragraph}${reference.item === null ? '' : `(${reference.item})`}`;
  return `¶${where} ${reference.instrument} art=${reference.article ?? '-'} clause=${reference.clause ?? '-'} res=${reference.resolution ?? '-'}`;
}

function mentionKey(mention: { paragraph: number; item: string | null; instrument: string }): string {
  return `¶${mention.paragraph}${mention.item === null ? '' : `(${mention.item})`} ${mention.instrument}`;
}

// ---------------------------------------------------------------------------------------------------
// The bundled corpus against the hand-checked gold list

describe('extractReferences on the bundled corpus', () => {
  const report = ingestSummary(readCorpusBytes(), { language: 'zh', name: 'thematic-summary-2021.txt' });
  const catalog = report.catalog as Catalog;
  const extracted = extractReferences(catalog);

  it('the gold list itself quotes the text: every gold phrase occurs in its paragraph or item', () => {
    expect(GOLD_REFERENCES).toHaveLength(20);
    expect(GOLD_MENTIONS).toHaveLength(15);
    for (const gold of [...GOLD_REFERENCES, ...GOLD_MENTIONS]) {
      expect(textOf(catalog, gold.paragraph, gold.item), `¶${gold.paragraph}`).toContain(gold.text);
    }
  });

  it('finds every cited provision and nothing else (precision and recall 1.0)', () => {
    const result = compare(extracted.references.map(referenceKey), GOLD_REFERENCES.map(referenceKey));
    expect({ falsePositives: result.falsePositives, misses: result.misses }).toEqual({
      falsePositives: [],
      misses: [],
    });
    expect(result.precision).toBe(1);
    expect(result.recall).toBe(1);
  });

  it('finds every instrument mention and nothing else (precision and recall 1.0)', () => {
    const result = compare(extracted.mentions.map(mentionKey), GOLD_MENTIONS.map(mentionKey));
    expect({ falsePositives: result.falsePositives, misses: result.misses }).toEqual({
      falsePositives: [],
      misses: [],
    });
    expect(result.precision).toBe(1);
    expect(result.recall).toBe(1);
  });

  it('gives each reference the exact span of its citation phrase', () => {
    const spans = (rows: readonly (Reference | InstrumentMention)[]) =>
      rows.map((row) => `${'article' in row ? referenceKey(row) : mentionKey(row)} «${row.span.text}»`);
    expect(spans(extracted.references)).toEqual(
      GOLD_REFERENCES.map((gold) => `${referenceKey(gold)} «${gold.text}»`),
    );
    expect(spans(extracted.mentions)).toEqual(
      GOLD_MENTIONS.map((gold) => `${mentionKey(gold)} «${gold.text}»`),
    );
  });

  it('every span is the slice of its text at start..end, and a citation span holds its number', () => {
    for (const row of [...extracted.references, ...extracted.mentions]) {
      const text = textOf(catalog, row.paragraph, row.item);
      expect(text.slice(row.span.start, row.span.end)).toBe(row.span.text);
    }
    for (const reference of extracted.references) {
      const number = reference.article ?? reference.resolution ?? '';
      expect(reference.span.text.normalize('NFKC')).toContain(number);
      expect(reference.span.text.startsWith('第')).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Citation forms

describe('extractReferences: citation forms', () => {
  it('reads 第N条(a)款 as subparagraph (a), the Protocol art. 3(a) form', () => {
    expect(
      citedIn('文件强调应当根据《打击偷运移民议定书》第 3 条(a)款所述定义将偷运移民定为刑事犯罪。'),
    ).toEqual([['protocol', '3', '(a)', '第 3 条(a)款']]);
  });

  it('reads paragraphs and subparagraphs: 第 27 条第 1 款(e)项, 第 28 条第 2 款', () => {
    expect(citedIn('包括《打击有组织犯罪公约》第 27 条第 1 款(e)项和第 28 条第 2 款。')).toEqual([
      ['untoc', '27', '(1)(e)', '第 27 条第 1 款(e)项'],
      ['untoc', '28', '(2)', '第 28 条第 2 款'],
    ]);
  });

  it('accepts full-width digits and brackets, and no spaces, and keeps the printed text in the span', () => {
    expect(citedIn('根据《打击偷运移民议定书》第３条（ａ）款和第２７条第１款（ｅ）项。')).toEqual([
      ['protocol', '3', '(a)', '第３条（ａ）款'],
      ['protocol', '27', '(1)(e)', '第２７条第１款（ｅ）项'],
    ]);
    expect(citedIn('《打击有组织犯罪公约》第27条第1款(e)项')).toEqual([
      ['untoc', '27', '(1)(e)', '第27条第1款(e)项'],
    ]);
  });

  it('reads Chinese numerals (第十六条第二款) and ignores 第一次会议', () => {
    expect(citedIn('工作组第一次会议讨论了《打击有组织犯罪公约》第十六条第二款。')).toEqual([
      ['untoc', '16', '(2)', '第十六条第二款'],
    ]);
  });

  it('gives one reference per provision of a list: 第 16 条及第 19 条第 1 和 2 款', () => {
    expect(
      citedIn('《打击偷运移民议定书》要求保护被偷运移民的权利（第 16 条及第 19 条第 1 和 2 款）。'),
    ).toEqual([
      ['protocol', '16', undefined, '第 16 条'],
      ['protocol', '19', '(1)', '第 19 条第 1 和 2 款'],
      ['protocol', '19', '(2)', '第 19 条第 1 和 2 款'],
    ]);
  });

  it('reads article lists with 、 和 及 与 以及 或, sharing the phrase', () => {
    expect(citedIn('《打击有组织犯罪公约》第 5、6 和 7 条')).toEqual([
      ['untoc', '5', undefined, '第 5、6 和 7 条'],
      ['untoc', '6', undefined, '第 5、6 和 7 条'],
      ['untoc', '7', undefined, '第 5、6 和 7 条'],
    ]);
    expect(
      citedIn('《打击有组织犯罪公约》第 10 条以及第 12 条或第 13 条与第 15 条').map((row) => row[1]),
    ).toEqual(['10', '12', '13', '15']);
  });

  it('expands ranges of articles, paragraphs and subparagraphs (至, 到)', () => {
    expect(citedIn('《打击有组织犯罪公约》第 5 至 7 条').map((row) => row[1])).toEqual(['5', '6', '7']);
    expect(citedIn('《打击有组织犯罪公约》第 18 条第 1 到 3 款').map((row) => row[2])).toEqual([
      '(1)',
      '(2)',
      '(3)',
    ]);
    expect(citedIn('《打击偷运移民议定书》第 6 条第 1 款(a)至(c)项').map((row) => row[2])).toEqual([
      '(1)(a)',
      '(1)(b)',
      '(1)(c)',
    ]);
  });

  it('reads sub-subparagraphs: 第 6 条第 1 款(b)项(i)目', () => {
    expect(citedIn('《打击偷运移民议定书》第 6 条第 1 款(b)项(i)目')).toEqual([
      ['protocol', '6', '(1)(b)(i)', '第 6 条第 1 款(b)项(i)目'],
    ]);
  });

  it('reads a COP resolution, with or without spaces, and a list of resolutions', () => {
    expect(citedIn('打击有组织犯罪公约缔约方会议第 6/3 号决议')).toEqual([
      ['cop-resolution', '6/3', undefined, '第 6/3 号决议'],
    ]);
    expect(citedIn('缔约方会议第6/3号决议')).toEqual([['cop-resolution', '6/3', undefined, '第6/3号决议']]);
    expect(citedIn('缔约方会议第 5/3 和 6/3 号决议').map((row) => row[1])).toEqual(['5/3', '6/3']);
  });

  it('leaves out a resolution of another body (大会第 55/25 号决议)', () => {
    expect(citedIn('大会第 55/25 号决议通过了《联合国打击跨国有组织犯罪公约》。')).toEqual([]);
  });

  it('finds nothing in text without a citation', () => {
    expect(citedIn('文件概述了海上偷运移民的模式和趋势，包括偷运者的作案手法。')).toEqual([]);
    expect(mentionedIn('文件概述了海上偷运移民的模式和趋势，包括偷运者的作案手法。')).toEqual([]);
  });

  it('does not read 条 as an article without 第 and a number', () => {
    expect(citedIn('《打击偷运移民议定书》的相关条文和规定。')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Context

describe('extractReferences: instruments from context', () => {
  it('reads 《公约》 as the Convention named earlier in the paragraph', () => {
    expect(
      citedIn(
        '文件注意到《打击有组织犯罪公约》关于引渡（第 16 条）的规定。文件还述及依照《公约》第 11 条第 1款进行制裁。',
      ),
    ).toEqual([
      ['untoc', '16', undefined, '第 16 条'],
      ['untoc', '11', '(1)', '第 11 条第 1款'],
    ]);
  });

  it('reads 《公约》 as the nearest convention of the context, whichever it is', () => {
    expect(citedIn('文件讨论了《联合国海洋法公约》。《公约》第 98 条规定了救助义务。')).toEqual([
      ['unclos', '98', undefined, '第 98 条'],
    ]);
  });

  it('reads 《议定书》 as the protocol of the same paper named in an earlier paragraph', () => {
    const catalog = catalogOf(
      [
        { text: '文件分析了《贩运人口议定书》的条文。', paper: 'P/1' },
        { text: '文件还讨论了《议定书》第 6 条。', paper: 'P/1' },
      ],
      [{ symbol: 'P/1', subject: '贩运人口' }],
    );
    const { references } = extractReferences(catalog);
    expect(
      references.map((reference) => [reference.paragraph, reference.instrument, reference.article]),
    ).toEqual([[2, 'trafficking-protocol', '6']]);
  });

  it('reads 《议定书》 with no protocol in context as the Smuggling of Migrants Protocol', () => {
    expect(mentionedIn('文件探讨了《议定书》所列“利益”的概念。')).toEqual([['protocol', '《议定书》']]);
  });

  it('reads a bare citation after a naming in an earlier sentence of the paragraph', () => {
    expect(citedIn('文件概述了《打击偷运移民议定书》的相关条文。这些条文要求保护移民（第 16 条）。')).toEqual(
      [['protocol', '16', undefined, '第 16 条']],
    );
  });

  it('reads a bare citation from the paper subject when the paragraph names no instrument', () => {
    const catalog = catalogOf(
      [
        { text: '秘书处草拟了一份背景文件（P/2）。', paper: 'P/2' },
        { text: '文件详细介绍了第 8 条所述措施。', paper: 'P/2' },
      ],
      [{ symbol: 'P/2', subject: '根据《打击偷运移民议定书》打击海上偷运' }],
    );
    const { references } = extractReferences(catalog);
    expect(
      references.map((reference) => [reference.paragraph, reference.instrument, reference.article]),
    ).toEqual([[2, 'protocol', '8']]);
  });

  it('leaves out a bare citation with no instrument anywhere in its context', () => {
    expect(citedIn('文件详细介绍了第 8 条所述措施。')).toEqual([]);
  });

  it('leaves out citations of an instrument it does not know, without borrowing an earlier one', () => {
    expect(citedIn('《打击偷运移民议定书》和《儿童权利公约》第 3 条。')).toEqual([]);
    expect(mentionedIn('《打击偷运移民议定书》和《儿童权利公约》第 3 条。')).toEqual([
      ['protocol', '《打击偷运移民议定书》'],
    ]);
  });

  it('reads a citation inside a lettered item from the lead text, with offsets into the item', () => {
    const catalog = catalogOf([
      {
        text: '文件述及利用《打击有组织犯罪公约》。相关条文包括：',
        items: ['洗钱（第 6 条）；', '腐败（第 8 条）。'],
      },
    ]);
    const { references, mentions } = extractReferences(catalog);
    expect(
      references.map((reference) => [
        reference.item,
        reference.instrument,
        reference.article,
        reference.span,
      ]),
    ).toEqual([
      ['a', 'untoc', '6', { start: 3, end: 8, text: '第 6 条' }],
      ['b', 'untoc', '8', { start: 3, end: 8, text: '第 8 条' }],
    ]);
    expect(mentions.map((mention) => [mention.item, mention.instrument])).toEqual([[null, 'untoc']]);
  });

  it('reads 该公约 as a naming of the convention named before it', () => {
    expect(mentionedIn('文件述及利用《联合国海洋法公约》，重点是利用该公约处理问题。')).toEqual([
      ['unclos', '《联合国海洋法公约》'],
      ['unclos', '该公约'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Mentions

describe('extractReferences: instrument mentions', () => {
  it('records a naming without an article as a mention, each time', () => {
    expect(
      mentionedIn(
        '文件讨论了《打击偷运移民议定书》和《联合国海洋法公约》之间的关系，包括借鉴《联合国海洋法公约》相关条文。',
      ),
    ).toEqual([
      ['protocol', '《打击偷运移民议定书》'],
      ['unclos', '《联合国海洋法公约》'],
      ['unclos', '《联合国海洋法公约》'],
    ]);
  });

  it('does not record a naming that carries a citation in its sentence', () => {
    expect(mentionedIn('根据《打击偷运移民议定书》第 10条和《打击有组织犯罪公约》第 28条共享信息。')).toEqual(
      [],
    );
  });

  it('records the full title of the Protocol once, not the Convention named inside it', () => {
    expect(
      mentionedIn('执行《联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的补充议定书》。'),
    ).toEqual([['protocol', '《联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的补充议定书》']]);
  });

  it('does not take the name of a body (打击有组织犯罪公约缔约方会议) for a mention of the Convention', () => {
    expect(
      mentionedIn('打击有组织犯罪公约缔约方会议第 6/3 号决议及《安全、有序和正常移民全球契约》相关目标'),
    ).toEqual([['global-compact', '《安全、有序和正常移民全球契约》']]);
  });

  it('does not take other titles or the common noun 议定书 for instruments', () => {
    expect(mentionedIn('《关于偷运人口、贩运人口和有关跨国犯罪的巴厘进程》和各机构间的正式议定书。')).toEqual(
      [],
    );
  });

  it('recognises bare names outside title marks', () => {
    expect(mentionedIn('各国应遵守联合国海洋法公约的规定。')).toEqual([['unclos', '联合国海洋法公约']]);
  });
});
