import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import { isSomkbError } from '../errors/index.js';
import { ingestSummaryText } from '../ingest/index.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { formatDatesLine, renderText } from './render-text.js';

describe('formatDatesLine', () => {
  it('writes two days of one month as the summary prints them', () => {
    expect(formatDatesLine({ dates: ['2021-10-14', '2021-10-15'], place: '维也纳' })).toBe(
      '2021 年 10 月 14 日和 15 日，维也纳',
    );
  });

  it('writes one date in full', () => {
    expect(formatDatesLine({ dates: ['2021-10-04'], place: '维也纳' })).toBe('2021 年 10 月 4 日，维也纳');
  });

  it('writes every date in full when months or years differ', () => {
    expect(formatDatesLine({ dates: ['2021-10-31', '2021-11-01'], place: '维也纳' })).toBe(
      '2021 年 10 月 31 日和 2021 年 11 月 1 日，维也纳',
    );
    expect(formatDatesLine({ dates: ['2021-12-31', '2022-01-01'], place: '维也纳' })).toBe(
      '2021 年 12 月 31 日和 2022 年 1 月 1 日，维也纳',
    );
  });

  it('throws INTERNAL on a date that is not ISO', () => {
    try {
      formatDatesLine({ dates: ['14/10/2021'], place: '维也纳' });
      expect.unreachable();
    } catch (error) {
      expect(isSomkbError(error, 'INTERNAL')).toBe(true);
    }
  });
});

describe('renderText', () => {
  it('lays the summary out line by line', () => {
    expect(renderText(makeSampleCatalog()).split('\n')).toEqual([
      '偷运移民问题工作组',
      '2021 年 10 月 14 日和 15 日，维也纳',
      '自偷运移民问题工作组第一次会议以来的背景文件',
      '秘书处编写的专题概要',
      '一. 导言',
      '1. 为偷运移民问题工作组的每一次会议提供了联合国所有六种正式语文的背景文件。',
      '2. 本概要扼要说明了背景文件所载指导意见和相关知识。',
      '二. 背景文件概要',
      '刑事司法对策',
      '关键议题',
      '金钱或其他物质利益；金融调查；特别调查手段（特工行动、线人）。',
      '3. 2018 年，秘书处为工作组第五次会议草拟了一份背景文件，以给工作组就刑事司法对策展开的讨论提供依据（CTOC/COP/WG.7/2018/2）。',
      '4. 文件着重说明需要把“金钱或其他物质利益”这一要素列作一项要求，例如：',
      '  (a) 欧洲边境监测系统；',
      '  (b) 多机构港口情报股。',
      '5. 2015 年，秘书处为工作组第三次会议草拟了一份背景文件，以给工作组就有组织犯罪问题，包括金融调查展开讨论提供依据（CTOC/COP/WG.7/2015/4）。',
      '6. 所分析的手段包括对移民的"控制下交付"。',
      '保护被偷运移民的权利',
      '关键议题',
      '援助；国际合作。',
      '7. 2013 年，秘书处为工作组第二次会议草拟了一份背景文件，以给工作组就保护被偷运移民权利的讨论提供依据（CTOC/COP/WG.7/2013/3）。',
      '8. 文件介绍了援助措施。',
      '  (a) 提供医疗援助。',
      '9. 文件还述及国际合作问题。',
      '',
    ]);
  });

  it('ends with exactly one newline and holds no CR', () => {
    const text = renderText(makeSampleCatalog());
    expect(text.endsWith('。\n')).toBe(true);
    expect(text).not.toContain('\r');
  });

  it('prints a chapter without paragraphs in its place', () => {
    const catalog = makeSampleCatalog();
    const withEmptyChapter: Catalog = {
      ...catalog,
      document: {
        ...catalog.document,
        chapters: [
          { number: 1, numeral: '一', title: '导言' },
          { number: 2, numeral: '二', title: '背景文件概要' },
          { number: 3, numeral: '三', title: '结论' },
        ],
      },
      paragraphs: catalog.paragraphs.map((paragraph) => ({ ...paragraph, chapter: paragraph.chapter + 1 })),
    };
    const lines = renderText(withEmptyChapter).split('\n');
    expect(lines.slice(4, 6)).toEqual(['一. 导言', '二. 背景文件概要']);
    expect(lines[6]).toMatch(/^1\. /);
    expect(lines.indexOf('三. 结论')).toBe(lines.indexOf('刑事司法对策') - 1);
  });

  it('prints a trailing chapter without paragraphs at the end', () => {
    const catalog = makeSampleCatalog();
    const withTrailingChapter: Catalog = {
      ...catalog,
      document: {
        ...catalog.document,
        chapters: [...catalog.document.chapters, { number: 3, numeral: '三', title: '结论' }],
      },
    };
    const lines = renderText(withTrailingChapter).split('\n');
    expect(lines.slice(-3)).toEqual(['9. 文件还述及国际合作问题。', '三. 结论', '']);
  });
});

describe('renderText read back by ingest', () => {
  it('gives the sample catalog back, identical', () => {
    const catalog = makeSampleCatalog();
    const report = ingestSummaryText(renderText(catalog), { language: 'zh', name: 'sample' });
    expect(report.anomalies).toEqual([]);
    expect(report.catalog).toEqual(catalog);
  });

  it('gives the catalog of the bundled summary back, identical', async () => {
    const source = await readFile(
      new URL('../../corpus/zh/thematic-summary-2021.txt', import.meta.url),
      'utf8',
    );
    const original = ingestSummaryText(source, { language: 'zh', name: 'thematic-summary-2021.txt' });
    expect(original.catalog).toBeDefined();
    if (original.catalog === undefined) return;
    const again = ingestSummaryText(renderText(original.catalog), { language: 'zh', name: 'clean' });
    expect(again.ok).toBe(true);
    expect(again.catalog).toEqual(original.catalog);
  });
});
