import type { Catalog } from '../../src/domain/index.js';

/**
 * A small hand-built Chinese catalog shared by the export and http tests: two chapters, two themes,
 * three papers, lettered items, a key topic with `、` and full-width brackets, a paper subject with
 * a comma, and quotes (full-width and ASCII) in paragraph text. It is a fresh object on every call,
 * so a test may build variants from it without affecting other tests.
 */
export function makeSampleCatalog(): Catalog {
  return {
    language: 'zh',
    document: {
      id: 'thematic-summary-2021',
      kind: 'thematic-summary',
      header: {
        body: '偷运移民问题工作组',
        dates: ['2021-10-14', '2021-10-15'],
        place: '维也纳',
        title: '自偷运移民问题工作组第一次会议以来的背景文件',
        preparedByLine: '秘书处编写的专题概要',
        preparedBy: 'secretariat',
      },
      chapters: [
        { number: 1, numeral: '一', title: '导言' },
        { number: 2, numeral: '二', title: '背景文件概要' },
      ],
    },
    paragraphs: [
      {
        number: 1,
        text: '为偷运移民问题工作组的每一次会议提供了联合国所有六种正式语文的背景文件。',
        items: [],
        chapter: 1,
        theme: null,
        paper: null,
      },
      {
        number: 2,
        text: '本概要扼要说明了背景文件所载指导意见和相关知识。',
        items: [],
        chapter: 1,
        theme: null,
        paper: null,
      },
      {
        number: 3,
        text: '2018 年，秘书处为工作组第五次会议草拟了一份背景文件，以给工作组就刑事司法对策展开的讨论提供依据（CTOC/COP/WG.7/2018/2）。',
        items: [],
        chapter: 2,
        theme: 'theme-1',
        paper: 'CTOC/COP/WG.7/2018/2',
      },
      {
        number: 4,
        text: '文件着重说明需要把“金钱或其他物质利益”这一要素列作一项要求，例如：',
        items: [
          { label: 'a', text: '欧洲边境监测系统；' },
          { label: 'b', text: '多机构港口情报股。' },
        ],
        chapter: 2,
        theme: 'theme-1',
        paper: 'CTOC/COP/WG.7/2018/2',
      },
      {
        number: 5,
        text: '2015 年，秘书处为工作组第三次会议草拟了一份背景文件，以给工作组就有组织犯罪问题，包括金融调查展开讨论提供依据（CTOC/COP/WG.7/2015/4）。',
        items: [],
        chapter: 2,
        theme: 'theme-1',
        paper: 'CTOC/COP/WG.7/2015/4',
      },
      {
        number: 6,
        text: '所分析的手段包括对移民的"控制下交付"。',
        items: [],
        chapter: 2,
        theme: 'theme-1',
        paper: 'CTOC/COP/WG.7/2015/4',
      },
      {
        number: 7,
        text: '2013 年，秘书处为工作组第二次会议草拟了一份背景文件，以给工作组就保护被偷运移民权利的讨论提供依据（CTOC/COP/WG.7/2013/3）。',
        items: [],
        chapter: 2,
        theme: 'theme-2',
        paper: 'CTOC/COP/WG.7/2013/3',
      },
      {
        number: 8,
        text: '文件介绍了援助措施。',
        items: [{ label: 'a', text: '提供医疗援助。' }],
        chapter: 2,
        theme: 'theme-2',
        paper: 'CTOC/COP/WG.7/2013/3',
      },
      {
        number: 9,
        text: '文件还述及国际合作问题。',
        items: [],
        chapter: 2,
        theme: 'theme-2',
        paper: 'CTOC/COP/WG.7/2013/3',
      },
    ],
    themes: [
      {
        id: 'theme-1',
        number: 1,
        name: '刑事司法对策',
        keyTopics: ['金钱或其他物质利益', '金融调查', '特别调查手段（特工行动、线人）'],
        papers: ['CTOC/COP/WG.7/2018/2', 'CTOC/COP/WG.7/2015/4'],
      },
      {
        id: 'theme-2',
        number: 2,
        name: '保护被偷运移民的权利',
        keyTopics: ['援助', '国际合作'],
        papers: ['CTOC/COP/WG.7/2013/3'],
      },
    ],
    papers: [
      {
        symbol: 'CTOC/COP/WG.7/2018/2',
        year: 2018,
        meeting: 5,
        subject: '刑事司法对策',
        theme: 'theme-1',
        paragraphs: [3, 4],
        url: 'https://undocs.org/CTOC/COP/WG.7/2018/2',
      },
      {
        symbol: 'CTOC/COP/WG.7/2015/4',
        year: 2015,
        meeting: 3,
        subject: '有组织犯罪问题，包括金融调查',
        theme: 'theme-1',
        paragraphs: [5, 6],
        url: 'https://undocs.org/CTOC/COP/WG.7/2015/4',
      },
      {
        symbol: 'CTOC/COP/WG.7/2013/3',
        year: 2013,
        meeting: 2,
        subject: '保护被偷运移民权利',
        theme: 'theme-2',
        paragraphs: [7, 8, 9],
        url: 'https://undocs.org/CTOC/COP/WG.7/2013/3',
      },
    ],
  };
}
