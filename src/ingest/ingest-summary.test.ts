import { describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import { lineOf, readCorpusBytes, readCorpusText } from '../../test/support/corpus.js';
import { ingestSummary } from './index.js';

const report = ingestSummary(readCorpusBytes(), { language: 'zh', name: 'thematic-summary-2021.txt' });
const catalog = report.catalog as Catalog;
const corpus = readCorpusText();

const THEMES: readonly { name: string; topics: readonly string[]; papers: readonly string[] }[] = [
  {
    name: '刑事司法对策',
    topics: [
      '金钱或其他物质利益',
      '网上服务',
      '金融机构',
      '访谈',
      '国际合作',
      '有组织犯罪',
      '金融调查',
      '犯罪所得',
      '腐败',
      '国家协调',
      '多机构中心',
      '多机构做法',
      '谅解备忘录',
      '特别调查手段',
      '特工行动',
      '特工人员',
      '线人',
      '电子监视',
      '刑事定罪',
      '调查',
      '起诉',
      '贩运人口',
      '证人',
    ],
    papers: ['2018/2', '2015/4', '2013/3', '2013/2', '2012/2'],
  },
  {
    name: '危机的影响',
    topics: [
      '冠状病毒病（COVID-19）大流行',
      '冲突',
      '危机',
      '路线',
      '收费',
      '贩运人口',
      '国际保护',
      '国际合作',
    ],
    papers: ['2020/2'],
  },
  {
    name: '国际合作',
    topics: [
      '信息共享',
      '国际合作',
      '偷运路线',
      '非法资金流动',
      '严重偷运',
      '打击犯罪信息与法律网络共享平台（SHERLOC平台）知识门户网站',
      '《有组织犯罪公约》',
      '《安全、有序和正常移民全球契约》',
      '非正式合作',
      '数据收集和研究',
      '协调',
      '培训和能力建设',
      '保护',
      '多机构合作',
    ],
    papers: ['2019/2', '2013/4', '2012/5'],
  },
  {
    name: '空中偷运',
    topics: ['空中偷运', '偷运路线', '机场的作用', '欺诈性证件', '腐败', '非法收益', '正常的移民途径'],
    papers: ['2019/3'],
  },
  {
    name: '海上偷运',
    topics: [
      '偷运路线',
      '《打击偷运移民议定书》',
      '《联合国海洋法公约》',
      '对公海上偷运移民的管辖权',
      '调查',
      '证据收集',
      '救援行动',
      '登岸',
      '对被偷运移民的协助',
      '保护被偷运的移民',
      '国际合作',
    ],
    papers: ['2015/2'],
  },
  {
    name: '对《打击偷运移民议定书》和《打击有组织犯罪公约》的解释和利用',
    topics: [
      '金钱和物质利益',
      '《打击偷运移民议定书》',
      '《有组织犯罪公约》',
      '有组织犯罪',
      '人道主义豁免',
      '证据问题',
      '制裁',
      '国际合作',
      '民间社会',
      '有组织犯罪集团',
      '洗钱',
      '腐败',
      '妨碍司法',
      '司法协助',
      '引渡',
      '特别侦查手段',
      '证人',
      '保护被偷运的移民',
      '对被偷运移民的协助',
    ],
    papers: ['2017/4', '2017/3'],
  },
  {
    name: '保护被偷运的移民',
    topics: [
      '保护被偷运的移民',
      '对被偷运移民的协助',
      '《打击偷运移民议定书》',
      '有组织犯罪',
      '人权',
      '国际保护',
      '贩运人口',
    ],
    papers: ['2012/3'],
  },
  {
    name: '预防',
    topics: [
      '孤身儿童和离散儿童',
      '预防工作',
      '根本原因',
      '边境管制和管理',
      '证件的完整性',
      '提高认识',
      '媒体',
      '商业承运人',
      '国际合作',
      '培训、能力建设和技术援助',
      '正常的移民途径',
    ],
    papers: ['2015/3', '2012/4'],
  },
  {
    name: '技术',
    topics: [
      '广告宣传',
      '交易系统',
      '欺诈性证件',
      '证据收集',
      '行为侦查',
      '洗钱',
      '证人',
      '证据规则',
      '隐私和数据保护',
    ],
    papers: ['2020/3'],
  },
];

/** symbol suffix → [year, meeting, first paragraph, last paragraph, theme number]. */
const PAPERS: readonly (readonly [string, number, number, number, number, number])[] = [
  ['2018/2', 2018, 5, 4, 9, 1],
  ['2015/4', 2015, 3, 10, 13, 1],
  ['2013/3', 2013, 2, 14, 17, 1],
  ['2013/2', 2013, 2, 18, 20, 1],
  ['2012/2', 2012, 1, 21, 24, 1],
  ['2020/2', 2020, 7, 25, 27, 2],
  ['2019/2', 2019, 6, 28, 31, 3],
  ['2013/4', 2013, 2, 32, 35, 3],
  ['2012/5', 2012, 1, 36, 37, 3],
  ['2019/3', 2019, 6, 38, 42, 4],
  ['2015/2', 2015, 3, 43, 50, 5],
  ['2017/4', 2017, 4, 51, 57, 6],
  ['2017/3', 2017, 4, 58, 62, 6],
  ['2012/3', 2012, 1, 63, 66, 7],
  ['2015/3', 2015, 3, 67, 69, 8],
  ['2012/4', 2012, 1, 70, 75, 8],
  ['2020/3', 2020, 7, 76, 79, 9],
];

const symbol = (suffix: string): string => `CTOC/COP/WG.7/${suffix}`;
const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const fullText = (number: number): string => {
  const paragraph = catalog.paragraphs[number - 1];
  return [paragraph?.text ?? '', ...(paragraph?.items ?? []).map((item) => item.text)].join('');
};

describe('the catalog of the bundled Chinese thematic summary', () => {
  it('is valid, with no errors', () => {
    expect(report.anomalies.filter((anomaly) => anomaly.severity === 'error')).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.counts).toEqual({
      chapters: 2,
      themes: 9,
      keyTopics: 109,
      papers: 17,
      paragraphs: 79,
      items: 41,
    });
  });

  it('reads the header: body, dates, place, title, prepared by the Secretariat', () => {
    expect(catalog.document.id).toBe('thematic-summary-2021');
    expect(catalog.language).toBe('zh');
    expect(catalog.document.header).toEqual({
      body: '偷运移民问题工作组',
      dates: ['2021-10-14', '2021-10-15'],
      place: '维也纳',
      title: '自偷运移民问题工作组第一次会议以来的背景文件',
      preparedByLine: '秘书处编写的专题概要',
      preparedBy: 'secretariat',
    });
  });

  it('reads chapters 一. 导言 and 二. 背景文件概要, and which paragraphs stand in each', () => {
    expect(catalog.document.chapters).toEqual([
      { number: 1, numeral: '一', title: '导言' },
      { number: 2, numeral: '二', title: '背景文件概要' },
    ]);
    expect(catalog.paragraphs.filter((p) => p.chapter === 1).map((p) => p.number)).toEqual([1, 2, 3]);
    expect(catalog.paragraphs.filter((p) => p.chapter === 2).map((p) => p.number)).toEqual(range(4, 79));
  });

  it('has all 79 paragraphs, numbered 1–79 in order', () => {
    expect(catalog.paragraphs.map((p) => p.number)).toEqual(range(1, 79));
  });

  it('splits lettered items into {label, text} entries: (a)–(h) in paragraph 69', () => {
    const itemLabels = Object.fromEntries(
      catalog.paragraphs
        .filter((p) => p.items.length > 0)
        .map((p) => [p.number, p.items.map((i) => i.label).join('')]),
    );
    expect(itemLabels).toEqual({
      16: 'abcd',
      26: 'abcd',
      29: 'abcde',
      30: 'abc',
      37: 'abcde',
      59: 'abcd',
      69: 'abcdefgh',
      77: 'abcd',
      78: 'abcd',
    });
    const p69 = catalog.paragraphs[68];
    expect(p69?.text).toBe(
      '文件认真研究了采取综合多层面做法以防止偷运移民的必要性。这方面良好做法的事例包括：',
    );
    expect(p69?.items[3]).toEqual({ label: 'd', text: '边境管制机构之间的有效合作；' });
    expect(p69?.items[7]).toEqual({
      label: 'h',
      text: '让对促进可遏制犯罪活动并使公众加深认识偷运危险的负责任报道发挥重要作用的媒体参与预防工作。',
    });
    expect(catalog.paragraphs[58]?.items[0]).toEqual({ label: 'a', text: '参加有组织犯罪集团（第 5 条）；' });
  });

  it('rejoins wrapped lines without inserting a space between Chinese characters', () => {
    for (let number = 1; number <= 79; number++) {
      expect(fullText(number), `paragraph ${number}`).not.toMatch(/\p{Script=Han}\s+\p{Script=Han}/u);
      expect(fullText(number), `paragraph ${number}`).not.toMatch(/\n/);
    }
    expect(catalog.paragraphs[0]?.text).toBe(
      '为偷运移民问题工作组的每一次会议提供了联合国所有六种正式语文的背景文件，以支持各国专家就执行《联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的补充议定书》相关具体议题展开讨论。',
    );
    expect(fullText(12)).toContain('诸如使用哈瓦拉系统之类金融交易的形式和方法');
    expect(fullText(31)).toContain('《打击有组织犯罪公约》第 27 条第 1 款(e)项和第 28 条第 2 款');
    expect(catalog.themes[0]?.keyTopics).toContain('金融调查');
  });

  it('keeps the page furniture out of every paragraph', () => {
    expect(report.stats.furnitureLines).toBe(
      corpus.split('\n').filter((line) => line.includes('undocs.org')).length,
    );
    for (const paragraph of catalog.paragraphs) {
      expect(fullText(paragraph.number)).not.toMatch(/undocs|http/);
    }
    expect(catalog.paragraphs[14]?.text.startsWith('文件侧重于所有相关利益攸关方')).toBe(true);
  });

  it('reads the nine themes with their headings and key-topic lists exactly, in order', () => {
    expect(
      catalog.themes.map((theme) => ({ name: theme.name, topics: theme.keyTopics, papers: theme.papers })),
    ).toEqual(THEMES.map((theme) => ({ ...theme, papers: theme.papers.map(symbol) })));
    expect(catalog.themes.map((theme) => theme.id)).toEqual(range(1, 9).map((n) => `theme-${n}`));
  });

  it('reads the 17 papers: symbol, year, meeting, theme, paragraphs, url', () => {
    expect(
      catalog.papers.map((paper) => [
        paper.symbol,
        paper.year,
        paper.meeting,
        paper.paragraphs,
        paper.theme,
        paper.url,
      ]),
    ).toEqual(
      PAPERS.map(([suffix, year, meeting, first, last, theme]) => [
        symbol(suffix),
        year,
        meeting,
        range(first, last),
        `theme-${theme}`,
        `https://undocs.org/${symbol(suffix)}`,
      ]),
    );
  });

  it('reads symbols cut across lines and years written without 年', () => {
    expect(corpus).toMatch(/CTOC\/COP\/WG\.7\/ *\n\s*\n2013\/4/);
    expect(corpus).toContain('36. 2012，秘书处');
    const byParagraph = (n: number) => catalog.papers.find((paper) => paper.paragraphs[0] === n);
    expect(byParagraph(32)?.symbol).toBe('CTOC/COP/WG.7/2013/4');
    expect(byParagraph(76)?.symbol).toBe('CTOC/COP/WG.7/2020/3');
    expect(byParagraph(36)).toMatchObject({ year: 2012, meeting: 1, symbol: 'CTOC/COP/WG.7/2012/5' });
  });

  it('reads each paper’s subject, the phrase between 就 and 展开/的讨论提供依据', () => {
    const subjects = Object.fromEntries(catalog.papers.map((paper) => [paper.symbol, paper.subject]));
    expect(subjects[symbol('2013/3')]).toBe('建立多机构中心良好做法');
    expect(subjects[symbol('2013/2')]).toBe('特殊侦查手段良好做法');
    expect(subjects[symbol('2015/2')]).toBe('在海上偷运移民问题');
    expect(subjects[symbol('2017/4')]).toBe('审议偷运移民定义所涉“金钱和物质利益”方面');
    expect(subjects[symbol('2012/3')]).toBe('在保护和救助被偷运移民方面的挑战和良好做法');
    expect(subjects[symbol('2017/3')]).toBe('利用《打击有组织犯罪公约》应对偷运移民相关挑战');
    expect(subjects[symbol('2012/2')]).toBe('关于偷运移民的刑事定罪、调查和起诉方面的挑战和良好做法');
    expect(subjects[symbol('2020/2')]?.startsWith('自然灾害、冲突和诸如 2019 冠状病毒病')).toBe(true);
    for (const paper of catalog.papers) {
      expect(paper.subject, paper.symbol).not.toMatch(/^就|讨论|提供依据|CTOC/);
      expect(paper.subject.length, paper.symbol).toBeGreaterThan(4);
    }
  });

  it('puts every paragraph from 4 on in exactly one paper, and paragraphs 1–3 in none', () => {
    for (const paragraph of catalog.paragraphs) {
      const owners = catalog.papers.filter((paper) => paper.paragraphs.includes(paragraph.number));
      if (paragraph.number <= 3) {
        expect(owners).toEqual([]);
        expect(paragraph.paper).toBeNull();
        expect(paragraph.theme).toBeNull();
      } else {
        expect(owners.map((paper) => paper.symbol)).toEqual([paragraph.paper]);
        expect(paragraph.theme).toBe(owners[0]?.theme);
      }
    }
  });

  it('reports every irregularity of the source as a warning with its line', () => {
    expect(report.anomalies.map((anomaly) => [anomaly.severity, anomaly.code, anomaly.line])).toEqual([
      ['warning', 'symbol-wrapped', lineOf(corpus, '2013/4）。')],
      ['warning', 'paper-year-unmarked', lineOf(corpus, '36. 2012，')],
      ['warning', 'key-topics-separators', lineOf(corpus, '空中偷运：偷运路线')],
      ['warning', 'key-topics-separators', lineOf(corpus, '偷运路线；《打击偷运移民议定书》：')],
      ['warning', 'symbol-wrapped', lineOf(corpus, '2020/3）。')],
    ]);
  });
});
