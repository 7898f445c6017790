/** The interface language of a briefing pack: its headings and labels. The content stays as printed. */
export type BriefingLanguage = 'zh' | 'en';

/** Every {@link BriefingLanguage}. */
export const BRIEFING_LANGUAGES: readonly BriefingLanguage[] = ['en', 'zh'];

/** The fixed words of a briefing pack in one interface language. */
export interface BriefingLabels {
  /** The title when the request gives none. */
  readonly defaultTitle: string;
  /** The line above the title on the cover. */
  readonly kind: string;
  readonly date: string;
  readonly selection: string;
  readonly wholeCatalog: string;
  readonly themes: string;
  readonly topics: string;
  readonly papers: string;
  readonly query: string;
  readonly paragraphs: string;
  readonly source: string;
  readonly holds: string;
  readonly contents: string;
  readonly keyTopics: string;
  readonly officialDocument: string;
  readonly provisions: string;
  readonly instruments: string;
  readonly citedIn: string;
  /** What follows a label: `: ` in English, `：` in Chinese. */
  readonly colon: string;
  /** ` (2018, meeting 5)`, written right after a paper's symbol (so with its own leading space, if any). */
  paperFacts(year: number, meeting: number): string;
  /** The citation of a summary paragraph: `CTOC/COP/WG.7/2015/4, summary para. 12`. */
  citation(paper: string | null, paragraph: string): string;
  /** `3 themes, 5 papers, 23 paragraphs`. */
  counts(themes: number, papers: number, paragraphs: number): string;
  /** An ISO date written out: `14 October 2021`, `2021 年 10 月 14 日`. */
  writtenDate(year: number, month: number, day: number): string;
  /** The query line of the cover: `«金融调查», 23 paragraphs found`. */
  queryResult(query: string, found: number): string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

const EN: BriefingLabels = {
  defaultTitle: 'Briefing pack',
  kind: 'Working Group on the Smuggling of Migrants · briefing pack',
  date: 'Date',
  selection: 'Selection',
  wholeCatalog: 'The whole thematic summary',
  themes: 'Themes',
  topics: 'Topics',
  papers: 'Papers',
  query: 'Query',
  paragraphs: 'Paragraphs',
  source: 'Source',
  holds: 'Contents of the pack',
  contents: 'Contents',
  keyTopics: 'Key topics',
  officialDocument: 'Official document',
  provisions: 'Cited provisions',
  instruments: 'Instruments named without an article',
  citedIn: 'cited in',
  colon: ': ',
  paperFacts: (year, meeting) => ` (${year}, meeting ${meeting})`,
  citation: (paper, paragraph) =>
    paper === null ? `Thematic summary, para. ${paragraph}` : `${paper}, summary para. ${paragraph}`,
  counts: (themes, papers, paragraphs) =>
    [
      plural(themes, 'theme', 'themes'),
      plural(papers, 'paper', 'papers'),
      plural(paragraphs, 'paragraph', 'paragraphs'),
    ].join(', '),
  writtenDate: (year, month, day) => `${day} ${MONTHS[month - 1] ?? String(month)} ${year}`,
  queryResult: (query, found) => `«${query}», ${plural(found, 'paragraph', 'paragraphs')} found`,
};

const ZH: BriefingLabels = {
  defaultTitle: '简报材料',
  kind: '偷运移民问题工作组 · 简报材料',
  date: '日期',
  selection: '选定范围',
  wholeCatalog: '专题概要全文',
  themes: '主题',
  topics: '议题',
  papers: '背景文件',
  query: '检索',
  paragraphs: '段落',
  source: '来源',
  holds: '本简报包含',
  contents: '目录',
  keyTopics: '关键议题',
  officialDocument: '正式文件',
  provisions: '援引的条款',
  instruments: '未援引具体条款而提及的文书',
  citedIn: '援引于',
  colon: '：',
  paperFacts: (year, meeting) => `（${year} 年，第 ${meeting} 次会议）`,
  citation: (paper, paragraph) =>
    paper === null ? `专题概要第 ${paragraph} 段` : `${paper}，专题概要第 ${paragraph} 段`,
  counts: (themes, papers, paragraphs) => `${themes} 个主题，${papers} 份背景文件，${paragraphs} 个段落`,
  writtenDate: (year, month, day) => `${year} 年 ${month} 月 ${day} 日`,
  queryResult: (query, found) => `“${query}”，找到 ${found} 个段落`,
};

/** The labels of a briefing pack in an interface language. */
export function briefingLabels(language: BriefingLanguage): BriefingLabels {
  return language === 'zh' ? ZH : EN;
}
