import { citeSummaryParagraph } from '../domain/index.js';
import type { Language } from '../domain/index.js';
import type { MechanismKind } from '../mechanisms/index.js';
import { h } from './html-template.js';
import type { Html } from './html-template.js';

/**
 * Every text of the portal's interface in one language. The content (theme headings, key topics,
 * paper subjects, paragraphs) is the Chinese summary and is never translated here; functions build
 * the texts that hold numbers or names. Texts are plain strings (escaped where they are used), except
 * those returning {@link Html}, which escape their own parts.
 */
export interface Messages {
  /** The language's own name, for the language switcher. */
  readonly languageName: string;
  /** What the portal is, in a few words (under the name somkb). */
  readonly portalName: string;
  readonly skipToContent: string;
  readonly mainNavigation: string;
  readonly navHome: string;
  readonly navTopics: string;
  readonly navReferences: string;
  readonly navMechanisms: string;
  readonly navSearch: string;
  readonly languageLabel: string;
  readonly breadcrumb: string;
  readonly searchLabel: string;
  readonly searchButton: string;
  /** The query language in one line; `code` marks an example as code. */
  readonly queryHelp: (code: (example: string) => Html) => Html;
  /** Said once on pages showing content, in every interface language but Chinese. */
  readonly chineseOnlyNote: string;
  readonly homeTitle: string;
  readonly homeIntro: readonly string[];
  readonly themesHeading: string;
  readonly themeNumber: (number: number) => string;
  readonly keyTopics: string;
  readonly papersCount: (count: number) => string;
  readonly paragraphsCount: (count: number) => string;
  readonly timelineHeading: string;
  /** A meeting of the Working Group by its number ("3rd meeting"). */
  readonly meetingName: (meeting: number) => string;
  /** A year as a date ("2015" or "2015 年"). */
  readonly yearName: (year: number) => string;
  readonly introductionHeading: string;
  readonly noCatalog: string;
  readonly papersHeading: string;
  readonly symbol: string;
  readonly year: string;
  readonly meeting: string;
  readonly subject: string;
  readonly mainTheme: string;
  readonly officialDocument: string;
  /** The label of the download links (export and briefing pack) of a paper, theme, topic or search. */
  readonly download: string;
  readonly downloadWord: string;
  readonly downloadMarkdown: string;
  readonly downloadBriefing: string;
  /** The link from a selection's downloads to the briefing-pack page with that selection ticked. */
  readonly composeBriefing: string;
  readonly downloadJson: string;
  readonly downloadCsv: string;
  readonly navBrief: string;
  /** The title of the page that composes a briefing pack. */
  readonly briefTitle: string;
  /** What a pack holds, that choices are combined, and that nothing chosen is the whole catalog. */
  readonly briefIntro: readonly string[];
  readonly briefThemes: string;
  readonly briefTopicsHint: string;
  /** Ticked topics that are no theme's key topic (come from a topic page's link). */
  readonly briefOtherTopics: string;
  readonly briefQuery: string;
  readonly briefCoverTitle: string;
  readonly briefFormat: string;
  readonly briefFormats: Readonly<Record<'docx' | 'html' | 'md', string>>;
  /** The legend of the choice of the pack's headings' language (English or Chinese). */
  readonly briefLanguage: string;
  readonly briefSubmit: string;
  /**
   * Said above the form when no paragraph matches the query the form sent (`query`, marked up):
   * names it and suggests changing or clearing it.
   */
  readonly briefNoMatch: (query: Html) => Html;
  /** Said above the form when the pack was refused for another reason, before that reason (in English). */
  readonly briefRefused: string;
  readonly wholeCatalogHeading: string;
  readonly wholeCatalogIntro: string;
  readonly officialDocumentLink: (symbol: string) => string;
  readonly summaryParagraphs: string;
  readonly firstParagraph: string;
  readonly paragraphName: (number: number) => string;
  readonly linkToParagraph: (number: number) => string;
  readonly citeAs: string;
  /** A label followed by the language's colon (`引文：`, `Cite as:`, `Référence :`). */
  readonly labelled: (label: string) => string;
  /** The comma between a paper's symbol and a paragraph (`，` in Chinese, `، ` in Arabic). */
  readonly comma: string;
  /** How to cite a paragraph of the summary that summarises the paper `symbol`. */
  readonly citation: (symbol: string, paragraph: number) => string;
  /** How to cite a paragraph of the summary outside any paper (its introduction). */
  readonly summaryCitation: (paragraph: number) => string;
  readonly copyCitation: string;
  readonly copied: string;
  readonly provisionsCited: string;
  readonly mechanismsNamed: string;
  readonly topicsTreated: string;
  readonly previousPaper: string;
  readonly nextPaper: string;
  readonly otherPapersOfTheme: string;
  readonly topicsTitle: string;
  readonly topicsIntro: string;
  readonly topicKinds: Readonly<Record<'topic' | 'term', string>>;
  /** Headings of the lists of each kind in the index of topics. */
  readonly topicKindHeadings: Readonly<Record<'topic' | 'term', string>>;
  readonly alsoCalled: string;
  readonly broader: string;
  readonly related: string;
  readonly keyTopicOf: string;
  readonly paragraphsOnTopic: string;
  readonly noParagraphsOnTopic: string;
  readonly searchTopic: string;
  readonly searchTitle: string;
  readonly searchIntro: string;
  readonly resultsSummary: (from: number, to: number, total: number) => string;
  readonly relaxedNote: string;
  readonly noResultsTitle: string;
  readonly noResultsTips: readonly string[];
  /** The advice to remove the filters, given when filters are in use. */
  readonly tipRemoveFilters: string;
  readonly closeTopics: string;
  readonly popularTopics: string;
  readonly searchWithoutFilters: string;
  readonly narrowResults: string;
  readonly facetTheme: string;
  readonly facetPaper: string;
  readonly facetYear: string;
  readonly facetTopic: string;
  readonly activeFilters: string;
  readonly removeFilter: (name: string) => string;
  readonly groupByPaper: string;
  readonly listByRelevance: string;
  readonly pages: string;
  readonly previousPage: string;
  readonly nextPage: string;
  readonly pageName: (page: number) => string;
  readonly pageOutOfRange: string;
  readonly firstPage: string;
  readonly matchedVia: string;
  readonly introduction: string;
  readonly searchNotes: string;
  readonly queryTooLong: string;
  readonly referencesTitle: string;
  readonly referencesIntro: string;
  readonly citedIn: string;
  readonly resolutions: string;
  /** Before the paragraphs that name an instrument without citing one of its provisions. */
  readonly namedWithoutProvision: string;
  readonly mechanismsTitle: string;
  readonly mechanismsIntro: string;
  readonly mechanismKinds: Readonly<Record<MechanismKind, string>>;
  readonly abbreviation: string;
  readonly region: string;
  readonly established: string;
  readonly partOf: string;
  readonly mentionedIn: string;
  readonly notMentioned: string;
  readonly notFoundTitle: string;
  readonly notFoundText: string;
  readonly paperNotFoundText: (symbol: string) => string;
  readonly closestPapers: string;
  readonly allPapers: string;
  readonly errorTitle: string;
  readonly errorText: string;
  readonly badRequestTitle: string;
  readonly badRequestText: string;
  readonly unavailableText: string;
  readonly tryThese: string;
  readonly backHome: string;
  readonly footerSource: string;
  readonly footerApi: string;
  readonly footerVersion: (version: string) => string;
}

const CHINESE_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const ENGLISH_ORDINALS = ['', '1st', '2nd', '3rd'];
const ARABIC_ORDINALS = [
  '',
  'الأول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الخامس',
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
];

const zh: Messages = {
  languageName: '中文',
  portalName: '偷运移民问题工作组知识门户',
  skipToContent: '跳至正文',
  mainNavigation: '主导航',
  navHome: '首页',
  navTopics: '议题',
  navReferences: '法律条款',
  navMechanisms: '机制',
  navSearch: '搜索',
  languageLabel: '语言',
  breadcrumb: '当前位置',
  searchLabel: '搜索专题概要',
  searchButton: '搜索',
  queryHelp: (code) =>
    h`输入词语（包含全部词语的段落排在前面）、${code('"确切短语"')}、${code('-词语')}（排除），或使用筛选条件，如 ${code('topic:洗钱')} ${code('paper:2015/4')} ${code('year:2015')} ${code('meeting:3')}。`,
  chineseOnlyNote: '',
  homeTitle: '偷运移民问题工作组知识门户',
  homeIntro: [
    'somkb 是偷运移民问题工作组的知识门户。它将秘书处 2021 年编写的专题概要整理为准确、可检索的目录：九个专题及其关键议题，工作组自 2012 年第一次会议至 2020 年第七次会议的背景文件，以及概要的每一个编号段落。',
    '每个段落都有固定链接和可复制的引文，便于在拟订国家对策、办理案件和开展培训时引用。',
  ],
  themesHeading: '九个专题',
  themeNumber: (number) => `专题 ${number}`,
  keyTopics: '关键议题',
  papersCount: (count) => `背景文件：${count} 份`,
  paragraphsCount: (count) => `段落：${count} 段`,
  timelineHeading: '工作组会议',
  meetingName: (meeting) => `第${CHINESE_NUMERALS[meeting] ?? ` ${meeting} `}次会议`,
  yearName: (year) => `${year} 年`,
  introductionHeading: '概要导言',
  noCatalog: '尚未发布任何目录。',
  papersHeading: '背景文件',
  symbol: '文号',
  year: '年份',
  meeting: '会议',
  subject: '主题',
  mainTheme: '所属专题',
  download: '下载',
  downloadWord: 'Word 文档',
  downloadMarkdown: 'Markdown 文本',
  downloadBriefing: '简报材料（Word）',
  composeBriefing: '组合简报材料…',
  downloadJson: 'JSON（含议题、条款和机制）',
  downloadCsv: 'CSV（每份背景文件一行）',
  navBrief: '简报材料',
  briefTitle: '组合简报材料',
  briefIntro: [
    '简报材料是一份文件：封面（标题、日期和所选内容）、目录、按专题和背景文件分组的段落（每段附引文和正式文件链接），以及关键议题和引用的法律条款。',
    '所选各项合并计算：简报包含所勾选的每个专题、背景文件和议题的全部段落，以及搜索找到的段落。什么都不勾选、搜索框留空，即得到整个目录。',
  ],
  briefThemes: '专题、背景文件和关键议题',
  briefTopicsHint: '展开一个专题，可选择其中的背景文件和关键议题。',
  briefOtherTopics: '其他议题',
  briefQuery: '搜索找到的段落（可选）',
  briefCoverTitle: '封面标题（可选）',
  briefFormat: '格式',
  briefFormats: { docx: 'Word 文档（.docx）', html: '供打印的网页（.html）', md: 'Markdown 文本（.md）' },
  briefLanguage: '标题和标签的语言',
  briefSubmit: '下载简报材料',
  briefNoMatch: (query) => h`没有段落与查询“${query}”相符。请修改查询，或将其清空，不按查询选择段落。`,
  briefRefused: '无法制作简报材料。原因（英文）：',
  wholeCatalogHeading: '整个目录',
  wholeCatalogIntro: '所有专题、背景文件和段落，合为一个文件：',
  officialDocument: '正式文件',
  officialDocumentLink: (symbol) => `在联合国正式文件系统中查看 ${symbol}`,
  summaryParagraphs: '概要段落',
  firstParagraph: '首段',
  paragraphName: (number) => `第 ${number} 段`,
  linkToParagraph: (number) => `第 ${number} 段的链接`,
  citeAs: '引文',
  labelled: (label) => `${label}：`,
  comma: '，',
  citation: (symbol, paragraph) => `${symbol}，专题概要第 ${paragraph} 段`,
  summaryCitation: (paragraph) => `专题概要（2021 年），第 ${paragraph} 段`,
  copyCitation: '复制引文',
  copied: '已复制',
  provisionsCited: '引用的条款',
  mechanismsNamed: '提及的机制',
  topicsTreated: '涉及的议题',
  previousPaper: '上一份文件',
  nextPaper: '下一份文件',
  otherPapersOfTheme: '本专题的其他文件',
  topicsTitle: '议题与术语',
  topicsIntro: '概要所涉的关键议题和术语，每一项都链接到论及它的段落。',
  topicKinds: { topic: '议题', term: '术语' },
  topicKindHeadings: { topic: '议题', term: '术语' },
  alsoCalled: '又称',
  broader: '上位概念',
  related: '相关概念',
  keyTopicOf: '列为关键议题的专题',
  paragraphsOnTopic: '论及本议题的段落',
  noParagraphsOnTopic: '概要中没有段落论及这一议题。',
  searchTopic: '在搜索中查看',
  searchTitle: '搜索',
  searchIntro: '在专题概要的全部段落中搜索。',
  resultsSummary: (from, to, total) => `第 ${from}–${to} 条结果，共 ${total} 条`,
  relaxedNote: '没有段落包含所有词语；下面列出包含其中部分词语的段落。',
  noResultsTitle: '没有找到结果',
  noResultsTips: ['检查拼写，或减少词语。', '换用近义词或更宽泛的词语。'],
  tipRemoveFilters: '去掉筛选条件。',
  closeTopics: '可以试试这些相近的议题',
  popularTopics: '常见议题',
  searchWithoutFilters: '不使用筛选条件重新搜索',
  narrowResults: '缩小结果范围',
  facetTheme: '专题',
  facetPaper: '背景文件',
  facetYear: '年份',
  facetTopic: '关键议题',
  activeFilters: '已选筛选条件',
  removeFilter: (name) => `移除筛选条件：${name}`,
  groupByPaper: '按文件分组',
  listByRelevance: '按相关度排列',
  pages: '分页',
  previousPage: '上一页',
  nextPage: '下一页',
  pageName: (page) => `第 ${page} 页`,
  pageOutOfRange: '这一页没有结果。',
  firstPage: '回到第一页',
  matchedVia: '匹配的概念',
  introduction: '导言',
  searchNotes: '关于查询的说明',
  queryTooLong: '查询过长：最多可输入 1000 个字符。',
  referencesTitle: '引用的法律条款',
  referencesIntro: '概要引用的各项法律文书条款和决议，每一项都链接到引用它的段落。',
  citedIn: '引用段落',
  resolutions: '缔约方会议决议',
  namedWithoutProvision: '提及该文书但未引用具体条款的段落',
  mechanismsTitle: '机制名录',
  mechanismsIntro: '概要提及的平台、网络、系统、机构和组织，每一项都链接到提及它的段落。',
  mechanismKinds: {
    platform: '平台',
    network: '网络',
    system: '系统',
    database: '数据库',
    body: '机构',
    unit: '单位',
    programme: '方案',
    notice: '通报',
    organization: '组织',
  },
  abbreviation: '简称',
  region: '地区',
  established: '设立年份',
  partOf: '隶属于',
  mentionedIn: '提及段落',
  notMentioned: '概要中未提及。',
  notFoundTitle: '找不到该页面',
  notFoundText: '您要找的页面不存在，可能是链接有误或已经变更。',
  paperNotFoundText: (symbol) => `没有文号为 ${symbol} 的背景文件。`,
  closestPapers: '文号相近的文件',
  allPapers: '全部背景文件',
  errorTitle: '出现错误',
  errorText: '处理请求时出现意外错误。请稍后再试。',
  badRequestTitle: '无法处理该请求',
  badRequestText: '请求的地址或参数无效。',
  unavailableText: '目录暂时无法使用。请稍后再试。',
  tryThese: '您可以：',
  backHome: '返回首页',
  footerSource: '资料来源：秘书处编写的专题概要（偷运移民问题工作组，2021 年 10 月 14 日至 15 日，维也纳）。',
  footerApi: 'JSON 应用程序接口',
  footerVersion: (version) => `版本 ${version}`,
};

const en: Messages = {
  languageName: 'English',
  portalName: 'Knowledge portal of the Working Group on the Smuggling of Migrants',
  skipToContent: 'Skip to main content',
  mainNavigation: 'Main navigation',
  navHome: 'Home',
  navTopics: 'Topics',
  navReferences: 'Legal provisions',
  navMechanisms: 'Mechanisms',
  navSearch: 'Search',
  languageLabel: 'Language',
  breadcrumb: 'You are here',
  searchLabel: 'Search the thematic summary',
  searchButton: 'Search',
  queryHelp: (code) =>
    h`Words (paragraphs with all of them come first), ${code('"an exact phrase"')}, ${code('-word')} to exclude, and filters such as ${code('topic:洗钱')} ${code('paper:2015/4')} ${code('year:2015')} ${code('meeting:3')}.`,
  chineseOnlyNote: 'The summary exists in Chinese only, so its text is shown in Chinese.',
  homeTitle: 'Knowledge portal of the Working Group on the Smuggling of Migrants',
  homeIntro: [
    "somkb is the knowledge portal of the Working Group on the Smuggling of Migrants. It presents the Secretariat's 2021 thematic summary as an exact, searchable catalogue: nine themes with their key topics, the background papers from the first meeting of the Working Group in 2012 to the seventh in 2020, and every numbered paragraph of the summary.",
    'Every paragraph has a permanent link and a citation that you can copy into a national response, a case file or training material.',
  ],
  themesHeading: 'The nine themes',
  themeNumber: (number) => `Theme ${number}`,
  keyTopics: 'Key topics',
  papersCount: (count) => `Background papers: ${count}`,
  paragraphsCount: (count) => `Paragraphs: ${count}`,
  timelineHeading: 'Meetings of the Working Group',
  meetingName: (meeting) => `${ENGLISH_ORDINALS[meeting] ?? `${meeting}th`} meeting`,
  yearName: (year) => `${year}`,
  introductionHeading: 'Introduction to the summary',
  noCatalog: 'No catalogue has been published yet.',
  papersHeading: 'Background papers',
  symbol: 'Symbol',
  year: 'Year',
  meeting: 'Meeting',
  subject: 'Subject',
  mainTheme: 'Main theme',
  download: 'Download',
  downloadWord: 'Word document',
  downloadMarkdown: 'Markdown text',
  downloadBriefing: 'Briefing pack (Word)',
  composeBriefing: 'Compose a briefing pack…',
  downloadJson: 'JSON (with topics, provisions and mechanisms)',
  downloadCsv: 'CSV (one row per paper)',
  navBrief: 'Briefing pack',
  briefTitle: 'Compose a briefing pack',
  briefIntro: [
    'A briefing pack is one document: a cover with the title, the date and what you chose, a table of contents, the paragraphs grouped by theme and paper, each with its citation and a link to the official document, the key topics, and the legal provisions cited.',
    'Your choices are combined: the pack holds every paragraph of each theme, paper and topic you tick, and the paragraphs the search finds. Tick nothing and leave the search empty to get the whole catalogue.',
  ],
  briefThemes: 'Themes, papers and key topics',
  briefTopicsHint: 'Open a theme to choose among its papers and key topics.',
  briefOtherTopics: 'Other topics',
  briefQuery: 'Paragraphs found by a search (optional)',
  briefCoverTitle: 'Title on the cover (optional)',
  briefFormat: 'Format',
  briefFormats: {
    docx: 'Word document (.docx)',
    html: 'Web page to print (.html)',
    md: 'Markdown text (.md)',
  },
  briefLanguage: 'Language of the headings',
  briefSubmit: 'Download the briefing pack',
  briefNoMatch: (query) =>
    h`No paragraph matches the query “${query}”. Change the query, or clear it to make the pack without it.`,
  briefRefused: 'The briefing pack could not be made, for this reason:',
  wholeCatalogHeading: 'The whole catalogue',
  wholeCatalogIntro: 'Every theme, paper and paragraph in one file:',
  officialDocument: 'Official document',
  officialDocumentLink: (symbol) => `${symbol} in the United Nations Official Document System`,
  summaryParagraphs: 'Summary paragraphs',
  firstParagraph: 'First paragraph',
  paragraphName: (number) => `Paragraph ${number}`,
  linkToParagraph: (number) => `Link to paragraph ${number}`,
  citeAs: 'Cite as',
  labelled: (label) => `${label}:`,
  comma: ', ',
  citation: citeSummaryParagraph,
  summaryCitation: (paragraph) => citeSummaryParagraph(null, paragraph),
  copyCitation: 'Copy citation',
  copied: 'Copied',
  provisionsCited: 'Provisions cited',
  mechanismsNamed: 'Mechanisms named',
  topicsTreated: 'Topics',
  previousPaper: 'Previous paper',
  nextPaper: 'Next paper',
  otherPapersOfTheme: 'Other papers on this theme',
  topicsTitle: 'Topics and terms',
  topicsIntro: 'The key topics and terms of the summary, each linked to the paragraphs that treat it.',
  topicKinds: { topic: 'Topic', term: 'Term' },
  topicKindHeadings: { topic: 'Topics', term: 'Terms' },
  alsoCalled: 'Also called',
  broader: 'Broader',
  related: 'Related',
  keyTopicOf: 'Key topic of',
  paragraphsOnTopic: 'Paragraphs on this topic',
  noParagraphsOnTopic: 'No paragraph of the summary treats this topic.',
  searchTopic: 'Show in search',
  searchTitle: 'Search',
  searchIntro: 'Search every paragraph of the thematic summary.',
  resultsSummary: (from, to, total) => `Results ${from}–${to} of ${total}`,
  relaxedNote: 'No paragraph contains all the words; these paragraphs contain some of them.',
  noResultsTitle: 'No results',
  noResultsTips: ['Check the spelling, or use fewer words.', 'Try a synonym or a broader word.'],
  tipRemoveFilters: 'Remove the filters.',
  closeTopics: 'Close topics you could try',
  popularTopics: 'Frequent topics',
  searchWithoutFilters: 'Search again without filters',
  narrowResults: 'Narrow the results',
  facetTheme: 'Theme',
  facetPaper: 'Background paper',
  facetYear: 'Year',
  facetTopic: 'Key topic',
  activeFilters: 'Filters in use',
  removeFilter: (name) => `Remove filter: ${name}`,
  groupByPaper: 'Group by paper',
  listByRelevance: 'List by relevance',
  pages: 'Pages',
  previousPage: 'Previous',
  nextPage: 'Next',
  pageName: (page) => `Page ${page}`,
  pageOutOfRange: 'There are no results on this page.',
  firstPage: 'Go to the first page',
  matchedVia: 'Matched concept',
  introduction: 'Introduction',
  searchNotes: 'Notes on the query',
  queryTooLong: 'The query is too long: it may have at most 1,000 characters.',
  referencesTitle: 'Legal provisions cited',
  referencesIntro:
    'The provisions of legal instruments and the resolutions that the summary cites, each linked to the paragraphs that cite it.',
  citedIn: 'Cited in',
  resolutions: 'Resolutions of the Conference of the Parties',
  namedWithoutProvision: 'Named without a provision in',
  mechanismsTitle: 'Directory of mechanisms',
  mechanismsIntro:
    'The platforms, networks, systems, bodies and organizations that the summary names, each linked to the paragraphs that name it.',
  mechanismKinds: {
    platform: 'Platforms',
    network: 'Networks',
    system: 'Systems',
    database: 'Databases',
    body: 'Bodies',
    unit: 'Units',
    programme: 'Programmes',
    notice: 'Notices',
    organization: 'Organizations',
  },
  abbreviation: 'Abbreviation',
  region: 'Region',
  established: 'Established',
  partOf: 'Part of',
  mentionedIn: 'Named in',
  notMentioned: 'Not named in the summary.',
  notFoundTitle: 'Page not found',
  notFoundText: 'The page you asked for does not exist. The link may be mistyped or out of date.',
  paperNotFoundText: (symbol) => `There is no background paper with the symbol ${symbol}.`,
  closestPapers: 'Papers with a similar symbol',
  allPapers: 'All background papers',
  errorTitle: 'Something went wrong',
  errorText: 'An unexpected error occurred while handling your request. Please try again later.',
  badRequestTitle: 'The request could not be handled',
  badRequestText: 'The address or its parameters are not valid.',
  unavailableText: 'The catalogue is temporarily unavailable. Please try again later.',
  tryThese: 'You can:',
  backHome: 'Go to the home page',
  footerSource:
    'Source: thematic summary prepared by the Secretariat (Working Group on the Smuggling of Migrants, Vienna, 14–15 October 2021).',
  footerApi: 'JSON API',
  footerVersion: (version) => `Version ${version}`,
};

const fr: Messages = {
  languageName: 'Français',
  portalName: 'Portail de connaissances du Groupe de travail sur le trafic illicite de migrants',
  skipToContent: 'Aller au contenu principal',
  mainNavigation: 'Navigation principale',
  navHome: 'Accueil',
  navTopics: 'Questions',
  navReferences: 'Dispositions juridiques',
  navMechanisms: 'Mécanismes',
  navSearch: 'Recherche',
  languageLabel: 'Langue',
  breadcrumb: 'Vous êtes ici',
  searchLabel: 'Rechercher dans le résumé thématique',
  searchButton: 'Rechercher',
  queryHelp: (code) =>
    h`Des mots (les paragraphes qui les contiennent tous viennent en premier), ${code('"expression exacte"')}, ${code('-mot')} pour exclure, et des filtres tels que ${code('topic:洗钱')} ${code('paper:2015/4')} ${code('year:2015')} ${code('meeting:3')}.`,
  chineseOnlyNote: "Le résumé n'existe qu'en chinois ; son texte est donc présenté en chinois.",
  homeTitle: 'Portail de connaissances du Groupe de travail sur le trafic illicite de migrants',
  homeIntro: [
    "somkb est le portail de connaissances du Groupe de travail sur le trafic illicite de migrants. Il présente le résumé thématique établi par le Secrétariat en 2021 sous la forme d'un catalogue exact et consultable : neuf thèmes et leurs questions clés, les documents d'information de la première réunion du Groupe de travail, en 2012, à la septième, en 2020, et chacun des paragraphes numérotés du résumé.",
    "Chaque paragraphe dispose d'un lien permanent et d'une référence que vous pouvez copier dans une riposte nationale, un dossier ou un support de formation.",
  ],
  themesHeading: 'Les neuf thèmes',
  themeNumber: (number) => `Thème ${number}`,
  keyTopics: 'Questions clés',
  papersCount: (count) => `Documents d'information : ${count}`,
  paragraphsCount: (count) => `Paragraphes : ${count}`,
  timelineHeading: 'Réunions du Groupe de travail',
  meetingName: (meeting) => `${meeting === 1 ? '1re' : `${meeting}e`} réunion`,
  yearName: (year) => `${year}`,
  introductionHeading: 'Introduction du résumé',
  noCatalog: "Aucun catalogue n'a encore été publié.",
  papersHeading: "Documents d'information",
  symbol: 'Cote',
  year: 'Année',
  meeting: 'Réunion',
  subject: 'Objet',
  mainTheme: 'Thème principal',
  download: 'Télécharger',
  downloadWord: 'Document Word',
  downloadMarkdown: 'Texte Markdown',
  downloadBriefing: 'Dossier d’information (Word)',
  composeBriefing: 'Composer un dossier d’information…',
  downloadJson: 'JSON (avec questions, dispositions et mécanismes)',
  downloadCsv: 'CSV (une ligne par document)',
  navBrief: 'Dossier d’information',
  briefTitle: 'Composer un dossier d’information',
  briefIntro: [
    'Le dossier d’information est un seul document : une page de garde avec le titre, la date et votre sélection, une table des matières, les paragraphes regroupés par thème et par document, chacun avec sa référence et un lien vers le document officiel, les questions clés et les dispositions juridiques citées.',
    'Vos choix s’additionnent : le dossier contient tous les paragraphes de chaque thème, document et question cochés, ainsi que ceux que trouve la recherche. Ne cochez rien et laissez la recherche vide pour obtenir tout le catalogue.',
  ],
  briefThemes: 'Thèmes, documents et questions clés',
  briefTopicsHint: 'Ouvrez un thème pour choisir parmi ses documents et ses questions clés.',
  briefOtherTopics: 'Autres questions',
  briefQuery: 'Paragraphes trouvés par une recherche (facultatif)',
  briefCoverTitle: 'Titre de la page de garde (facultatif)',
  briefFormat: 'Format du fichier',
  briefFormats: {
    docx: 'Document Word (.docx)',
    html: 'Page web à imprimer (.html)',
    md: 'Texte Markdown (.md)',
  },
  briefLanguage: 'Langue des intitulés',
  briefSubmit: 'Télécharger le dossier',
  briefNoMatch: (query) =>
    h`Aucun paragraphe ne correspond à la requête « ${query} ». Modifiez la requête, ou effacez-la pour composer le dossier sans elle.`,
  briefRefused: 'Le dossier n’a pas pu être composé. Motif (en anglais) :',
  wholeCatalogHeading: 'Le catalogue complet',
  wholeCatalogIntro: 'Tous les thèmes, documents et paragraphes dans un seul fichier :',
  officialDocument: 'Document officiel',
  officialDocumentLink: (symbol) =>
    `${symbol} dans le Système de diffusion électronique des documents de l'ONU`,
  summaryParagraphs: 'Paragraphes du résumé',
  firstParagraph: 'Premier paragraphe',
  paragraphName: (number) => `Paragraphe ${number}`,
  linkToParagraph: (number) => `Lien vers le paragraphe ${number}`,
  citeAs: 'Référence',
  labelled: (label) => `${label}\u00a0:`,
  comma: ', ',
  citation: (symbol, paragraph) => `${symbol}, résumé, par. ${paragraph}`,
  summaryCitation: (paragraph) => `Résumé thématique (2021), par. ${paragraph}`,
  copyCitation: 'Copier la référence',
  copied: 'Copié',
  provisionsCited: 'Dispositions citées',
  mechanismsNamed: 'Mécanismes mentionnés',
  topicsTreated: 'Questions',
  previousPaper: 'Document précédent',
  nextPaper: 'Document suivant',
  otherPapersOfTheme: 'Autres documents sur ce thème',
  topicsTitle: 'Questions et termes',
  topicsIntro: 'Les questions clés et les termes du résumé, chacun relié aux paragraphes qui en traitent.',
  topicKinds: { topic: 'Question', term: 'Terme' },
  topicKindHeadings: { topic: 'Questions', term: 'Termes' },
  alsoCalled: 'Autres appellations',
  broader: 'Notion plus large',
  related: 'Notions connexes',
  keyTopicOf: 'Question clé du thème',
  paragraphsOnTopic: 'Paragraphes qui traitent de cette question',
  noParagraphsOnTopic: 'Aucun paragraphe du résumé ne traite de cette question.',
  searchTopic: 'Afficher dans la recherche',
  searchTitle: 'Recherche',
  searchIntro: 'Rechercher dans tous les paragraphes du résumé thématique.',
  resultsSummary: (from, to, total) => `Résultats ${from} à ${to} sur ${total}`,
  relaxedNote:
    'Aucun paragraphe ne contient tous les mots ; les paragraphes suivants en contiennent une partie.',
  noResultsTitle: 'Aucun résultat',
  noResultsTips: [
    "Vérifiez l'orthographe ou utilisez moins de mots.",
    'Essayez un synonyme ou un terme plus général.',
  ],
  tipRemoveFilters: 'Supprimez les filtres.',
  closeTopics: 'Questions proches à essayer',
  popularTopics: 'Questions fréquentes',
  searchWithoutFilters: 'Relancer la recherche sans filtres',
  narrowResults: 'Affiner les résultats',
  facetTheme: 'Thème',
  facetPaper: "Document d'information",
  facetYear: 'Année',
  facetTopic: 'Question clé',
  activeFilters: 'Filtres appliqués',
  removeFilter: (name) => `Supprimer le filtre : ${name}`,
  groupByPaper: 'Regrouper par document',
  listByRelevance: 'Classer par pertinence',
  pages: 'Pages',
  previousPage: 'Précédent',
  nextPage: 'Suivant',
  pageName: (page) => `Page ${page}`,
  pageOutOfRange: "Il n'y a aucun résultat sur cette page.",
  firstPage: 'Revenir à la première page',
  matchedVia: 'Notion reconnue',
  introduction: 'Introduction',
  searchNotes: 'Remarques sur la requête',
  queryTooLong: 'La requête est trop longue : elle ne peut dépasser 1 000 caractères.',
  referencesTitle: 'Dispositions juridiques citées',
  referencesIntro:
    'Les dispositions des instruments juridiques et les résolutions citées dans le résumé, chacune reliée aux paragraphes qui la citent.',
  citedIn: 'Citée dans',
  resolutions: 'Résolutions de la Conférence des Parties',
  namedWithoutProvision: 'Mentionné, sans disposition précise, dans',
  mechanismsTitle: 'Répertoire des mécanismes',
  mechanismsIntro:
    'Les plateformes, réseaux, systèmes, organes et organisations que mentionne le résumé, chacun relié aux paragraphes qui le mentionnent.',
  mechanismKinds: {
    platform: 'Plateformes',
    network: 'Réseaux',
    system: 'Systèmes',
    database: 'Bases de données',
    body: 'Organes',
    unit: 'Unités',
    programme: 'Programmes',
    notice: 'Notices',
    organization: 'Organisations',
  },
  abbreviation: 'Sigle',
  region: 'Région',
  established: 'Création',
  partOf: 'Relève de',
  mentionedIn: 'Mentionné dans',
  notMentioned: "N'est pas mentionné dans le résumé.",
  notFoundTitle: 'Page introuvable',
  notFoundText: "La page demandée n'existe pas. Le lien est peut-être mal saisi ou n'est plus à jour.",
  paperNotFoundText: (symbol) => `Il n'existe aucun document d'information portant la cote ${symbol}.`,
  closestPapers: 'Documents dont la cote est proche',
  allPapers: "Tous les documents d'information",
  errorTitle: 'Une erreur est survenue',
  errorText:
    "Une erreur inattendue s'est produite lors du traitement de votre demande. Veuillez réessayer plus tard.",
  badRequestTitle: "La demande n'a pas pu être traitée",
  badRequestText: "L'adresse ou ses paramètres ne sont pas valides.",
  unavailableText: 'Le catalogue est momentanément indisponible. Veuillez réessayer plus tard.',
  tryThese: 'Vous pouvez :',
  backHome: "Aller à la page d'accueil",
  footerSource:
    'Source : résumé thématique établi par le Secrétariat (Groupe de travail sur le trafic illicite de migrants, Vienne, 14 et 15 octobre 2021).',
  footerApi: 'API JSON',
  footerVersion: (version) => `Version ${version}`,
};

const es: Messages = {
  languageName: 'Español',
  portalName: 'Portal de conocimientos del Grupo de Trabajo sobre el Tráfico Ilícito de Migrantes',
  skipToContent: 'Ir al contenido principal',
  mainNavigation: 'Navegación principal',
  navHome: 'Inicio',
  navTopics: 'Cuestiones',
  navReferences: 'Disposiciones jurídicas',
  navMechanisms: 'Mecanismos',
  navSearch: 'Búsqueda',
  languageLabel: 'Idioma',
  breadcrumb: 'Usted está aquí',
  searchLabel: 'Buscar en el resumen temático',
  searchButton: 'Buscar',
  queryHelp: (code) =>
    h`Palabras (primero los párrafos que las contienen todas), ${code('"frase exacta"')}, ${code('-palabra')} para excluir y filtros como ${code('topic:洗钱')} ${code('paper:2015/4')} ${code('year:2015')} ${code('meeting:3')}.`,
  chineseOnlyNote: 'El resumen solo existe en chino; por ello, su texto se presenta en chino.',
  homeTitle: 'Portal de conocimientos del Grupo de Trabajo sobre el Tráfico Ilícito de Migrantes',
  homeIntro: [
    'somkb es el portal de conocimientos del Grupo de Trabajo sobre el Tráfico Ilícito de Migrantes. Presenta el resumen temático preparado por la Secretaría en 2021 como un catálogo exacto en el que se pueden hacer búsquedas: nueve temas con sus cuestiones clave, los documentos de antecedentes desde la primera reunión del Grupo de Trabajo, en 2012, hasta la séptima, en 2020, y cada uno de los párrafos numerados del resumen.',
    'Cada párrafo tiene un enlace permanente y una cita que puede copiar en una respuesta nacional, un expediente o material de capacitación.',
  ],
  themesHeading: 'Los nueve temas',
  themeNumber: (number) => `Tema ${number}`,
  keyTopics: 'Cuestiones clave',
  papersCount: (count) => `Documentos de antecedentes: ${count}`,
  paragraphsCount: (count) => `Párrafos: ${count}`,
  timelineHeading: 'Reuniones del Grupo de Trabajo',
  meetingName: (meeting) => `${meeting}.ª reunión`,
  yearName: (year) => `${year}`,
  introductionHeading: 'Introducción del resumen',
  noCatalog: 'Todavía no se ha publicado ningún catálogo.',
  papersHeading: 'Documentos de antecedentes',
  symbol: 'Signatura',
  year: 'Año',
  meeting: 'Reunión',
  subject: 'Asunto',
  mainTheme: 'Tema principal',
  download: 'Descargar',
  downloadWord: 'Documento Word',
  downloadMarkdown: 'Texto Markdown',
  downloadBriefing: 'Dossier informativo (Word)',
  composeBriefing: 'Preparar un dossier informativo…',
  downloadJson: 'JSON (con cuestiones, disposiciones y mecanismos)',
  downloadCsv: 'CSV (una fila por documento)',
  navBrief: 'Dossier informativo',
  briefTitle: 'Preparar un dossier informativo',
  briefIntro: [
    'El dossier informativo es un solo documento: una portada con el título, la fecha y lo que eligió, un índice, los párrafos agrupados por tema y por documento, cada uno con su cita y un enlace al documento oficial, las cuestiones clave y las disposiciones jurídicas citadas.',
    'Las opciones se suman: el dossier reúne todos los párrafos de cada tema, documento y cuestión que marque, y los que encuentre la búsqueda. Si no marca nada y deja la búsqueda vacía, obtendrá todo el catálogo.',
  ],
  briefThemes: 'Temas, documentos y cuestiones clave',
  briefTopicsHint: 'Abra un tema para elegir entre sus documentos y cuestiones clave.',
  briefOtherTopics: 'Otras cuestiones',
  briefQuery: 'Párrafos encontrados por una búsqueda (opcional)',
  briefCoverTitle: 'Título de la portada (opcional)',
  briefFormat: 'Formato',
  briefFormats: {
    docx: 'Documento Word (.docx)',
    html: 'Página web para imprimir (.html)',
    md: 'Texto Markdown (.md)',
  },
  briefLanguage: 'Idioma de los encabezados',
  briefSubmit: 'Descargar el dossier',
  briefNoMatch: (query) =>
    h`Ningún párrafo coincide con la consulta «${query}». Modifique la consulta o bórrela para preparar el dossier sin ella.`,
  briefRefused: 'No se pudo preparar el dossier. Motivo (en inglés):',
  wholeCatalogHeading: 'Todo el catálogo',
  wholeCatalogIntro: 'Todos los temas, documentos y párrafos en un solo archivo:',
  officialDocument: 'Documento oficial',
  officialDocumentLink: (symbol) => `${symbol} en el Sistema de Archivo de Documentos de las Naciones Unidas`,
  summaryParagraphs: 'Párrafos del resumen',
  firstParagraph: 'Primer párrafo',
  paragraphName: (number) => `Párrafo ${number}`,
  linkToParagraph: (number) => `Enlace al párrafo ${number}`,
  citeAs: 'Cita',
  labelled: (label) => `${label}:`,
  comma: ', ',
  citation: (symbol, paragraph) => `${symbol}, resumen, párr. ${paragraph}`,
  summaryCitation: (paragraph) => `Resumen temático (2021), párr. ${paragraph}`,
  copyCitation: 'Copiar la cita',
  copied: 'Copiada',
  provisionsCited: 'Disposiciones citadas',
  mechanismsNamed: 'Mecanismos mencionados',
  topicsTreated: 'Cuestiones',
  previousPaper: 'Documento anterior',
  nextPaper: 'Documento siguiente',
  otherPapersOfTheme: 'Otros documentos sobre este tema',
  topicsTitle: 'Cuestiones y términos',
  topicsIntro:
    'Las cuestiones clave y los términos del resumen, cada uno enlazado con los párrafos que lo tratan.',
  topicKinds: { topic: 'Cuestión', term: 'Término' },
  topicKindHeadings: { topic: 'Cuestiones', term: 'Términos' },
  alsoCalled: 'También llamado',
  broader: 'Concepto más amplio',
  related: 'Conceptos relacionados',
  keyTopicOf: 'Cuestión clave del tema',
  paragraphsOnTopic: 'Párrafos que tratan esta cuestión',
  noParagraphsOnTopic: 'Ningún párrafo del resumen trata esta cuestión.',
  searchTopic: 'Ver en la búsqueda',
  searchTitle: 'Búsqueda',
  searchIntro: 'Buscar en todos los párrafos del resumen temático.',
  resultsSummary: (from, to, total) => `Resultados ${from} a ${to} de ${total}`,
  relaxedNote: 'Ningún párrafo contiene todas las palabras; estos párrafos contienen algunas de ellas.',
  noResultsTitle: 'No hay resultados',
  noResultsTips: [
    'Compruebe la ortografía o utilice menos palabras.',
    'Pruebe con un sinónimo o un término más general.',
  ],
  tipRemoveFilters: 'Quite los filtros.',
  closeTopics: 'Cuestiones cercanas que puede probar',
  popularTopics: 'Cuestiones frecuentes',
  searchWithoutFilters: 'Buscar de nuevo sin filtros',
  narrowResults: 'Acotar los resultados',
  facetTheme: 'Tema',
  facetPaper: 'Documento de antecedentes',
  facetYear: 'Año',
  facetTopic: 'Cuestión clave',
  activeFilters: 'Filtros aplicados',
  removeFilter: (name) => `Quitar el filtro: ${name}`,
  groupByPaper: 'Agrupar por documento',
  listByRelevance: 'Ordenar por pertinencia',
  pages: 'Páginas',
  previousPage: 'Anterior',
  nextPage: 'Siguiente',
  pageName: (page) => `Página ${page}`,
  pageOutOfRange: 'No hay resultados en esta página.',
  firstPage: 'Volver a la primera página',
  matchedVia: 'Concepto reconocido',
  introduction: 'Introducción',
  searchNotes: 'Observaciones sobre la consulta',
  queryTooLong: 'La consulta es demasiado larga: admite como máximo 1.000 caracteres.',
  referencesTitle: 'Disposiciones jurídicas citadas',
  referencesIntro:
    'Las disposiciones de instrumentos jurídicos y las resoluciones que cita el resumen, cada una enlazada con los párrafos que la citan.',
  citedIn: 'Citada en',
  resolutions: 'Resoluciones de la Conferencia de las Partes',
  namedWithoutProvision: 'Mencionado sin una disposición concreta en',
  mechanismsTitle: 'Directorio de mecanismos',
  mechanismsIntro:
    'Las plataformas, redes, sistemas, órganos y organizaciones que menciona el resumen, cada uno enlazado con los párrafos que lo mencionan.',
  mechanismKinds: {
    platform: 'Plataformas',
    network: 'Redes',
    system: 'Sistemas',
    database: 'Bases de datos',
    body: 'Órganos',
    unit: 'Unidades',
    programme: 'Programas',
    notice: 'Notificaciones',
    organization: 'Organizaciones',
  },
  abbreviation: 'Sigla',
  region: 'Región',
  established: 'Creación',
  partOf: 'Depende de',
  mentionedIn: 'Mencionado en',
  notMentioned: 'No se menciona en el resumen.',
  notFoundTitle: 'Página no encontrada',
  notFoundText: 'La página solicitada no existe. Es posible que el enlace esté mal escrito o desactualizado.',
  paperNotFoundText: (symbol) => `No hay ningún documento de antecedentes con la signatura ${symbol}.`,
  closestPapers: 'Documentos con una signatura parecida',
  allPapers: 'Todos los documentos de antecedentes',
  errorTitle: 'Se ha producido un error',
  errorText: 'Se produjo un error inesperado al tramitar su solicitud. Vuelva a intentarlo más tarde.',
  badRequestTitle: 'No se pudo tramitar la solicitud',
  badRequestText: 'La dirección o sus parámetros no son válidos.',
  unavailableText: 'El catálogo no está disponible temporalmente. Vuelva a intentarlo más tarde.',
  tryThese: 'Puede:',
  backHome: 'Ir a la página de inicio',
  footerSource:
    'Fuente: resumen temático preparado por la Secretaría (Grupo de Trabajo sobre el Tráfico Ilícito de Migrantes, Viena, 14 y 15 de octubre de 2021).',
  footerApi: 'API JSON',
  footerVersion: (version) => `Versión ${version}`,
};

const ru: Messages = {
  languageName: 'Русский',
  portalName: 'Портал знаний Рабочей группы по незаконному ввозу мигрантов',
  skipToContent: 'Перейти к основному содержанию',
  mainNavigation: 'Основная навигация',
  navHome: 'Главная',
  navTopics: 'Вопросы',
  navReferences: 'Правовые положения',
  navMechanisms: 'Механизмы',
  navSearch: 'Поиск',
  languageLabel: 'Язык',
  breadcrumb: 'Вы находитесь здесь',
  searchLabel: 'Поиск по тематическому резюме',
  searchButton: 'Найти',
  queryHelp: (code) =>
    h`Слова (сначала идут пункты, где есть все слова), ${code('"точная фраза"')}, ${code('-слово')} для исключения, а также фильтры, например ${code('topic:洗钱')} ${code('paper:2015/4')} ${code('year:2015')} ${code('meeting:3')}.`,
  chineseOnlyNote: 'Резюме существует только на китайском языке, поэтому его текст приводится на китайском.',
  homeTitle: 'Портал знаний Рабочей группы по незаконному ввозу мигрантов',
  homeIntro: [
    'somkb — портал знаний Рабочей группы по незаконному ввозу мигрантов. Он представляет тематическое резюме, подготовленное Секретариатом в 2021 году, в виде точного каталога с возможностью поиска: девять тем и их ключевые вопросы, справочные документы с первого совещания Рабочей группы в 2012 году по седьмое в 2020 году и все пронумерованные пункты резюме.',
    'У каждого пункта есть постоянная ссылка и готовая ссылка для цитирования, которую можно скопировать в документ о национальных мерах реагирования, материалы дела или учебные материалы.',
  ],
  themesHeading: 'Девять тем',
  themeNumber: (number) => `Тема ${number}`,
  keyTopics: 'Ключевые вопросы',
  papersCount: (count) => `Справочные документы: ${count}`,
  paragraphsCount: (count) => `Пункты: ${count}`,
  timelineHeading: 'Совещания Рабочей группы',
  meetingName: (meeting) => `${meeting}-е совещание`,
  yearName: (year) => `${year} год`,
  introductionHeading: 'Введение к резюме',
  noCatalog: 'Каталог ещё не опубликован.',
  papersHeading: 'Справочные документы',
  symbol: 'Условное обозначение',
  year: 'Год',
  meeting: 'Совещание',
  subject: 'Тема документа',
  mainTheme: 'Основная тема',
  download: 'Скачать',
  downloadWord: 'Документ Word',
  downloadMarkdown: 'Текст Markdown',
  downloadBriefing: 'Информационный пакет (Word)',
  composeBriefing: 'Составить информационный пакет…',
  downloadJson: 'JSON (с вопросами, положениями и механизмами)',
  downloadCsv: 'CSV (по строке на документ)',
  navBrief: 'Информационный пакет',
  briefTitle: 'Составить информационный пакет',
  briefIntro: [
    'Информационный пакет — это один документ: титульный лист с названием, датой и выбранным, оглавление, пункты, сгруппированные по темам и документам, каждый со ссылкой для цитирования и ссылкой на официальный документ, ключевые вопросы и цитируемые правовые положения.',
    'Выбранное объединяется: в пакет входят все пункты каждой отмеченной темы, документа и вопроса, а также пункты, найденные поиском. Ничего не отмечайте и оставьте поиск пустым, чтобы получить весь каталог.',
  ],
  briefThemes: 'Темы, документы и ключевые вопросы',
  briefTopicsHint: 'Откройте тему, чтобы выбрать её документы и ключевые вопросы.',
  briefOtherTopics: 'Другие вопросы',
  briefQuery: 'Пункты, найденные поиском (необязательно)',
  briefCoverTitle: 'Название на титульном листе (необязательно)',
  briefFormat: 'Формат',
  briefFormats: {
    docx: 'Документ Word (.docx)',
    html: 'Веб-страница для печати (.html)',
    md: 'Текст Markdown (.md)',
  },
  briefLanguage: 'Язык заголовков',
  briefSubmit: 'Скачать информационный пакет',
  briefNoMatch: (query) =>
    h`Ни один пункт не соответствует запросу «${query}». Измените запрос или очистите поле, чтобы составить пакет без него.`,
  briefRefused: 'Не удалось составить информационный пакет. Причина (на английском языке):',
  wholeCatalogHeading: 'Весь каталог',
  wholeCatalogIntro: 'Все темы, документы и пункты в одном файле:',
  officialDocument: 'Официальный документ',
  officialDocumentLink: (symbol) =>
    `${symbol} в Системе официальной документации Организации Объединённых Наций`,
  summaryParagraphs: 'Пункты резюме',
  firstParagraph: 'Первый пункт',
  paragraphName: (number) => `Пункт ${number}`,
  linkToParagraph: (number) => `Ссылка на пункт ${number}`,
  citeAs: 'Для цитирования',
  labelled: (label) => `${label}:`,
  comma: ', ',
  citation: (symbol, paragraph) => `${symbol}, резюме, п. ${paragraph}`,
  summaryCitation: (paragraph) => `Тематическое резюме (2021 год), п. ${paragraph}`,
  copyCitation: 'Копировать ссылку',
  copied: 'Скопировано',
  provisionsCited: 'Цитируемые положения',
  mechanismsNamed: 'Упомянутые механизмы',
  topicsTreated: 'Вопросы',
  previousPaper: 'Предыдущий документ',
  nextPaper: 'Следующий документ',
  otherPapersOfTheme: 'Другие документы по этой теме',
  topicsTitle: 'Вопросы и термины',
  topicsIntro: 'Ключевые вопросы и термины резюме со ссылками на пункты, в которых они рассматриваются.',
  topicKinds: { topic: 'Вопрос', term: 'Термин' },
  topicKindHeadings: { topic: 'Вопросы', term: 'Термины' },
  alsoCalled: 'Другие названия',
  broader: 'Более широкое понятие',
  related: 'Связанные понятия',
  keyTopicOf: 'Ключевой вопрос темы',
  paragraphsOnTopic: 'Пункты, в которых рассматривается этот вопрос',
  noParagraphsOnTopic: 'Ни в одном пункте резюме этот вопрос не рассматривается.',
  searchTopic: 'Показать в поиске',
  searchTitle: 'Поиск',
  searchIntro: 'Поиск по всем пунктам тематического резюме.',
  resultsSummary: (from, to, total) => `Результаты ${from}–${to} из ${total}`,
  relaxedNote: 'Ни один пункт не содержит всех слов; в этих пунктах есть некоторые из них.',
  noResultsTitle: 'Ничего не найдено',
  noResultsTips: [
    'Проверьте написание или сократите число слов.',
    'Попробуйте синоним или более общее слово.',
  ],
  tipRemoveFilters: 'Снимите фильтры.',
  closeTopics: 'Близкие вопросы, которые можно попробовать',
  popularTopics: 'Часто встречающиеся вопросы',
  searchWithoutFilters: 'Повторить поиск без фильтров',
  narrowResults: 'Уточнить результаты',
  facetTheme: 'Тема',
  facetPaper: 'Справочный документ',
  facetYear: 'Год',
  facetTopic: 'Ключевой вопрос',
  activeFilters: 'Применённые фильтры',
  removeFilter: (name) => `Снять фильтр: ${name}`,
  groupByPaper: 'Сгруппировать по документам',
  listByRelevance: 'Упорядочить по релевантности',
  pages: 'Страницы',
  previousPage: 'Назад',
  nextPage: 'Далее',
  pageName: (page) => `Страница ${page}`,
  pageOutOfRange: 'На этой странице результатов нет.',
  firstPage: 'Перейти на первую страницу',
  matchedVia: 'Распознанное понятие',
  introduction: 'Введение',
  searchNotes: 'Замечания по запросу',
  queryTooLong: 'Запрос слишком длинный: допускается не более 1000 знаков.',
  referencesTitle: 'Цитируемые правовые положения',
  referencesIntro:
    'Положения правовых документов и резолюции, цитируемые в резюме, со ссылками на пункты, в которых они приводятся.',
  citedIn: 'Приводится в',
  resolutions: 'Резолюции Конференции участников',
  namedWithoutProvision: 'Упоминается без ссылки на положения в',
  mechanismsTitle: 'Справочник механизмов',
  mechanismsIntro:
    'Платформы, сети, системы, органы и организации, упомянутые в резюме, со ссылками на пункты, в которых они упоминаются.',
  mechanismKinds: {
    platform: 'Платформы',
    network: 'Сети',
    system: 'Системы',
    database: 'Базы данных',
    body: 'Органы',
    unit: 'Подразделения',
    programme: 'Программы',
    notice: 'Уведомления',
    organization: 'Организации',
  },
  abbreviation: 'Сокращение',
  region: 'Регион',
  established: 'Год создания',
  partOf: 'Входит в',
  mentionedIn: 'Упоминается в',
  notMentioned: 'В резюме не упоминается.',
  notFoundTitle: 'Страница не найдена',
  notFoundText: 'Запрошенной страницы не существует. Возможно, ссылка набрана с ошибкой или устарела.',
  paperNotFoundText: (symbol) => `Справочного документа с условным обозначением ${symbol} нет.`,
  closestPapers: 'Документы с похожим условным обозначением',
  allPapers: 'Все справочные документы',
  errorTitle: 'Произошла ошибка',
  errorText: 'При обработке запроса произошла непредвиденная ошибка. Повторите попытку позже.',
  badRequestTitle: 'Не удалось обработать запрос',
  badRequestText: 'Адрес или его параметры недействительны.',
  unavailableText: 'Каталог временно недоступен. Повторите попытку позже.',
  tryThese: 'Вы можете:',
  backHome: 'Перейти на главную страницу',
  footerSource:
    'Источник: тематическое резюме, подготовленное Секретариатом (Рабочая группа по незаконному ввозу мигрантов, Вена, 14 и 15 октября 2021 года).',
  footerApi: 'JSON API',
  footerVersion: (version) => `Версия ${version}`,
};

const ar: Messages = {
  languageName: 'العربية',
  portalName: 'بوابة المعارف الخاصة بالفريق العامل المعني بتهريب المهاجرين',
  skipToContent: 'الانتقال إلى المحتوى الرئيسي',
  mainNavigation: 'التنقل الرئيسي',
  navHome: 'الصفحة الرئيسية',
  navTopics: 'المسائل',
  navReferences: 'الأحكام القانونية',
  navMechanisms: 'الآليات',
  navSearch: 'البحث',
  languageLabel: 'اللغة',
  breadcrumb: 'أنت هنا',
  searchLabel: 'البحث في الموجز المواضيعي',
  searchButton: 'بحث',
  queryHelp: (code) =>
    h`كلمات (تأتي أولاً الفقرات التي تتضمنها جميعاً)، و${code('"عبارة مطابقة"')}، و${code('-كلمة')} للاستبعاد، وعوامل تصفية مثل ${code('topic:洗钱')} ${code('paper:2015/4')} ${code('year:2015')} ${code('meeting:3')}.`,
  chineseOnlyNote: 'لا يتوفر الموجز إلا باللغة الصينية، ولذلك يُعرض نصه بالصينية.',
  homeTitle: 'بوابة المعارف الخاصة بالفريق العامل المعني بتهريب المهاجرين',
  homeIntro: [
    'somkb هي بوابة المعارف الخاصة بالفريق العامل المعني بتهريب المهاجرين. وهي تعرض الموجز المواضيعي الذي أعدّته الأمانة في عام 2021 في شكل فهرس دقيق قابل للبحث: تسعة مواضيع ومسائلها الرئيسية، وورقات المعلومات الأساسية من الاجتماع الأول للفريق العامل في عام 2012 إلى اجتماعه السابع في عام 2020، وكل فقرة من فقرات الموجز المرقّمة.',
    'ولكل فقرة رابط ثابت وإحالة يمكنك نسخها لاستخدامها في إعداد التدابير الوطنية أو في ملفات القضايا أو في مواد التدريب.',
  ],
  themesHeading: 'المواضيع التسعة',
  themeNumber: (number) => `الموضوع ${number}`,
  keyTopics: 'المسائل الرئيسية',
  papersCount: (count) => `ورقات المعلومات الأساسية: ${count}`,
  paragraphsCount: (count) => `الفقرات: ${count}`,
  timelineHeading: 'اجتماعات الفريق العامل',
  meetingName: (meeting) => `الاجتماع ${ARABIC_ORDINALS[meeting] ?? String(meeting)}`,
  yearName: (year) => `${year}`,
  introductionHeading: 'مقدمة الموجز',
  noCatalog: 'لم يُنشر أي فهرس بعد.',
  papersHeading: 'ورقات المعلومات الأساسية',
  symbol: 'الرمز',
  year: 'السنة',
  meeting: 'الاجتماع',
  subject: 'الموضوع',
  mainTheme: 'الموضوع الرئيسي',
  download: 'تنزيل',
  downloadWord: 'مستند Word',
  downloadMarkdown: 'نص Markdown',
  downloadBriefing: 'ملف إحاطة (Word)',
  composeBriefing: 'إعداد ملف إحاطة…',
  downloadJson: 'JSON (مع المسائل والأحكام والآليات)',
  downloadCsv: 'CSV (صف لكل ورقة)',
  navBrief: 'ملف إحاطة',
  briefTitle: 'إعداد ملف إحاطة',
  briefIntro: [
    'ملف الإحاطة وثيقة واحدة: صفحة غلاف بالعنوان والتاريخ وما اخترته، وجدول محتويات، والفقرات مجمّعة حسب الموضوع والورقة، لكل منها إحالتها ورابط إلى الوثيقة الرسمية، والمسائل الرئيسية، والأحكام القانونية المستشهد بها.',
    'تُجمع اختياراتك معًا: يضم الملف كل فقرات كل موضوع وورقة ومسألة تختارها، والفقرات التي يعثر عليها البحث. لا تختر شيئًا واترك البحث فارغًا لتحصل على الفهرس كله.',
  ],
  briefThemes: 'المواضيع والورقات والمسائل الرئيسية',
  briefTopicsHint: 'افتح موضوعًا لتختار من ورقاته ومسائله الرئيسية.',
  briefOtherTopics: 'مسائل أخرى',
  briefQuery: 'الفقرات التي يعثر عليها البحث (اختياري)',
  briefCoverTitle: 'العنوان على الغلاف (اختياري)',
  briefFormat: 'الصيغة',
  briefFormats: { docx: 'مستند Word (.docx)', html: 'صفحة ويب للطباعة (.html)', md: 'نص Markdown (.md)' },
  briefLanguage: 'لغة العناوين',
  briefSubmit: 'تنزيل ملف الإحاطة',
  briefNoMatch: (query) =>
    h`لا توجد فقرة تطابق الاستعلام «${query}». عدِّل الاستعلام أو امسحه لإعداد الملف من دونه.`,
  briefRefused: 'تعذّر إعداد ملف الإحاطة. السبب (بالإنكليزية):',
  wholeCatalogHeading: 'الفهرس كله',
  wholeCatalogIntro: 'كل المواضيع والورقات والفقرات في ملف واحد:',
  officialDocument: 'الوثيقة الرسمية',
  officialDocumentLink: (symbol) => `${symbol} في نظام الوثائق الرسمية للأمم المتحدة`,
  summaryParagraphs: 'فقرات الموجز',
  firstParagraph: 'الفقرة الأولى',
  paragraphName: (number) => `الفقرة ${number}`,
  linkToParagraph: (number) => `رابط الفقرة ${number}`,
  citeAs: 'الإحالة',
  labelled: (label) => `${label}:`,
  comma: '، ',
  citation: (symbol, paragraph) => `${symbol}، الموجز، الفقرة ${paragraph}`,
  summaryCitation: (paragraph) => `الموجز المواضيعي (2021)، الفقرة ${paragraph}`,
  copyCitation: 'نسخ الإحالة',
  copied: 'تم النسخ',
  provisionsCited: 'الأحكام المستشهد بها',
  mechanismsNamed: 'الآليات المذكورة',
  topicsTreated: 'المسائل',
  previousPaper: 'الورقة السابقة',
  nextPaper: 'الورقة التالية',
  otherPapersOfTheme: 'ورقات أخرى في هذا الموضوع',
  topicsTitle: 'المسائل والمصطلحات',
  topicsIntro: 'المسائل الرئيسية والمصطلحات الواردة في الموجز، مع ربط كل منها بالفقرات التي تتناولها.',
  topicKinds: { topic: 'مسألة', term: 'مصطلح' },
  topicKindHeadings: { topic: 'المسائل', term: 'المصطلحات' },
  alsoCalled: 'تسميات أخرى',
  broader: 'مفهوم أعم',
  related: 'مفاهيم ذات صلة',
  keyTopicOf: 'مسألة رئيسية في موضوع',
  paragraphsOnTopic: 'الفقرات التي تتناول هذه المسألة',
  noParagraphsOnTopic: 'لا توجد في الموجز فقرة تتناول هذه المسألة.',
  searchTopic: 'عرض في البحث',
  searchTitle: 'البحث',
  searchIntro: 'البحث في جميع فقرات الموجز المواضيعي.',
  resultsSummary: (from, to, total) => `النتائج ${from}–${to} من أصل ${total}`,
  relaxedNote: 'لا توجد فقرة تتضمن جميع الكلمات؛ وتتضمن الفقرات التالية بعضها.',
  noResultsTitle: 'لم يُعثر على نتائج',
  noResultsTips: ['تحقّق من الإملاء أو استخدم كلمات أقل.', 'جرّب مرادفاً أو كلمة أعم.'],
  tipRemoveFilters: 'أزل عوامل التصفية.',
  closeTopics: 'مسائل قريبة يمكنك تجربتها',
  popularTopics: 'مسائل متكررة',
  searchWithoutFilters: 'إعادة البحث من دون عوامل تصفية',
  narrowResults: 'تضييق النتائج',
  facetTheme: 'الموضوع',
  facetPaper: 'ورقة المعلومات الأساسية',
  facetYear: 'السنة',
  facetTopic: 'المسألة الرئيسية',
  activeFilters: 'عوامل التصفية المطبقة',
  removeFilter: (name) => `إزالة عامل التصفية: ${name}`,
  groupByPaper: 'التجميع حسب الورقة',
  listByRelevance: 'الترتيب حسب الصلة',
  pages: 'الصفحات',
  previousPage: 'السابق',
  nextPage: 'التالي',
  pageName: (page) => `الصفحة ${page}`,
  pageOutOfRange: 'لا توجد نتائج في هذه الصفحة.',
  firstPage: 'الانتقال إلى الصفحة الأولى',
  matchedVia: 'المفهوم المطابق',
  introduction: 'المقدمة',
  searchNotes: 'ملاحظات على الاستعلام',
  queryTooLong: 'الاستعلام طويل جداً: الحد الأقصى 1000 حرف.',
  referencesTitle: 'الأحكام القانونية المستشهد بها',
  referencesIntro:
    'أحكام الصكوك القانونية والقرارات التي يستشهد بها الموجز، مع ربط كل منها بالفقرات التي تستشهد بها.',
  citedIn: 'يُستشهد بها في',
  resolutions: 'قرارات مؤتمر الأطراف',
  namedWithoutProvision: 'مذكور من دون حكم محدد في',
  mechanismsTitle: 'دليل الآليات',
  mechanismsIntro:
    'المنصات والشبكات والنظم والهيئات والمنظمات التي يذكرها الموجز، مع ربط كل منها بالفقرات التي تذكرها.',
  mechanismKinds: {
    platform: 'المنصات',
    network: 'الشبكات',
    system: 'النظم',
    database: 'قواعد البيانات',
    body: 'الهيئات',
    unit: 'الوحدات',
    programme: 'البرامج',
    notice: 'النشرات',
    organization: 'المنظمات',
  },
  abbreviation: 'الاسم المختصر',
  region: 'المنطقة',
  established: 'سنة الإنشاء',
  partOf: 'تابع لـ',
  mentionedIn: 'مذكور في',
  notMentioned: 'غير مذكور في الموجز.',
  notFoundTitle: 'الصفحة غير موجودة',
  notFoundText: 'الصفحة المطلوبة غير موجودة. ربما كُتب الرابط خطأً أو لم يعد صالحاً.',
  paperNotFoundText: (symbol) => `لا توجد ورقة معلومات أساسية تحمل الرمز ${symbol}.`,
  closestPapers: 'ورقات ذات رموز مشابهة',
  allPapers: 'جميع ورقات المعلومات الأساسية',
  errorTitle: 'حدث خطأ',
  errorText: 'حدث خطأ غير متوقع أثناء معالجة طلبك. يُرجى المحاولة مرة أخرى لاحقاً.',
  badRequestTitle: 'تعذّرت معالجة الطلب',
  badRequestText: 'العنوان أو معلماته غير صالحة.',
  unavailableText: 'الفهرس غير متاح مؤقتاً. يُرجى المحاولة مرة أخرى لاحقاً.',
  tryThese: 'يمكنك:',
  backHome: 'الانتقال إلى الصفحة الرئيسية',
  footerSource:
    'المصدر: الموجز المواضيعي الذي أعدّته الأمانة (الفريق العامل المعني بتهريب المهاجرين، فيينا، 14 و15 تشرين الأول/أكتوبر 2021).',
  footerApi: 'واجهة برمجة التطبيقات (JSON)',
  footerVersion: (version) => `الإصدار ${version}`,
};

/** The interface texts of every UN language. */
export const MESSAGES: Readonly<Record<Language, Messages>> = { zh, en, fr, es, ru, ar };

/** The interface texts of `language`. */
export function messagesFor(language: Language): Messages {
  return MESSAGES[language];
}
