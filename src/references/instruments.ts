/**
 * The legal instruments somkb knows: their ids, official titles in Chinese and English, the Chinese
 * forms under which texts name them, and the titles of their articles.
 */

/**
 * The id of a known legal instrument (lowercase kebab-case):
 * - `protocol`: the Protocol against the Smuggling of Migrants by Land, Sea and Air;
 * - `untoc`: the United Nations Convention against Transnational Organized Crime, which it supplements;
 * - `trafficking-protocol`, `firearms-protocol`: the Convention's two other Protocols;
 * - `uncac`: the United Nations Convention against Corruption;
 * - `unclos`, `solas`, `sar-convention`: the law of the sea, safety of life at sea, search and rescue;
 * - `chicago-convention`: the Convention on International Civil Aviation;
 * - `refugee-convention`, `refugee-protocol`: the 1951 Convention and the 1967 Protocol on refugees;
 * - `global-compact`: the Global Compact for Safe, Orderly and Regular Migration.
 */
export type InstrumentId =
  | 'protocol'
  | 'untoc'
  | 'trafficking-protocol'
  | 'firearms-protocol'
  | 'uncac'
  | 'unclos'
  | 'solas'
  | 'sar-convention'
  | 'chicago-convention'
  | 'refugee-convention'
  | 'refugee-protocol'
  | 'global-compact';

/**
 * What kind of instrument it is: the short forms `《公约》` ("the Convention") and `《议定书》` ("the
 * Protocol") stand for the nearest instrument of their kind in context.
 */
export type InstrumentKind = 'convention' | 'protocol' | 'other';

/** The title of one article of an instrument, in Chinese and English. */
export interface ArticleTitle {
  readonly zh: string;
  readonly en: string;
}

/** A known legal instrument. */
export interface InstrumentInfo {
  readonly id: InstrumentId;
  /** The official short Chinese name, with its title marks, as UN Chinese texts print it. */
  readonly zh: string;
  /** The official English title. */
  readonly en: string;
  /** The usual short English name ("Smuggling of Migrants Protocol"). */
  readonly short: string;
  readonly kind: InstrumentKind;
  /**
   * The Chinese forms under which texts name it, each with and without title marks `《》`; an
   * extractor matches them exactly (after NFKC folding, without spaces).
   */
  readonly aliases: readonly string[];
  /**
   * Titles of its articles by article number ("3"): at least those the bundled summary cites. The
   * English titles are the official ones; see the module report for Chinese titles still to review.
   */
  readonly articles: Readonly<Record<string, ArticleTitle>>;
}

/** Every form of each name: as given, and with title marks added or removed. */
function withAndWithoutMarks(names: readonly string[]): readonly string[] {
  const forms = new Set<string>();
  for (const name of names) {
    const bare = name.replace(/^《|》$/g, '');
    forms.add(`《${bare}》`);
    forms.add(bare);
  }
  return [...forms];
}

const UNTOC_ARTICLES: Readonly<Record<string, ArticleTitle>> = {
  '1': { zh: '宗旨', en: 'Statement of purpose' },
  '2': { zh: '术语的使用', en: 'Use of terms' },
  '3': { zh: '适用范围', en: 'Scope of application' },
  '5': {
    zh: '参加有组织犯罪集团行为的刑事定罪',
    en: 'Criminalization of participation in an organized criminal group',
  },
  '6': { zh: '洗钱行为的刑事定罪', en: 'Criminalization of the laundering of proceeds of crime' },
  '7': { zh: '打击洗钱活动的措施', en: 'Measures to combat money-laundering' },
  '8': { zh: '腐败行为的刑事定罪', en: 'Criminalization of corruption' },
  '10': { zh: '法人责任', en: 'Liability of legal persons' },
  '11': { zh: '起诉、判决和制裁', en: 'Prosecution, adjudication and sanctions' },
  '12': { zh: '没收和扣押', en: 'Confiscation and seizure' },
  '13': { zh: '没收事宜的国际合作', en: 'International cooperation for purposes of confiscation' },
  '15': { zh: '管辖权', en: 'Jurisdiction' },
  '16': { zh: '引渡', en: 'Extradition' },
  '18': { zh: '司法协助', en: 'Mutual legal assistance' },
  '19': { zh: '联合调查', en: 'Joint investigations' },
  '20': { zh: '特殊侦查手段', en: 'Special investigative techniques' },
  '23': { zh: '妨害司法的刑事定罪', en: 'Criminalization of obstruction of justice' },
  '24': { zh: '保护证人', en: 'Protection of witnesses' },
  '25': { zh: '帮助和保护被害人', en: 'Assistance to and protection of victims' },
  '26': {
    zh: '加强与执法当局合作的措施',
    en: 'Measures to enhance cooperation with law enforcement authorities',
  },
  '27': { zh: '执法合作', en: 'Law enforcement cooperation' },
  '28': {
    zh: '收集、交流和分析关于有组织犯罪的性质的资料',
    en: 'Collection, exchange and analysis of information on the nature of organized crime',
  },
  '29': { zh: '培训和技术援助', en: 'Training and technical assistance' },
  '31': { zh: '预防', en: 'Prevention' },
  '34': { zh: '公约的实施', en: 'Implementation of the Convention' },
};

const PROTOCOL_ARTICLES: Readonly<Record<string, ArticleTitle>> = {
  '2': { zh: '宗旨', en: 'Statement of purpose' },
  '3': { zh: '术语的使用', en: 'Use of terms' },
  '4': { zh: '适用范围', en: 'Scope of application' },
  '5': { zh: '移民的刑事责任', en: 'Criminal liability of migrants' },
  '6': { zh: '刑事定罪', en: 'Criminalization' },
  '7': { zh: '合作', en: 'Cooperation' },
  '8': { zh: '打击海上偷运移民的措施', en: 'Measures against the smuggling of migrants by sea' },
  '9': { zh: '保护条款', en: 'Safeguard clauses' },
  '10': { zh: '资料', en: 'Information' },
  '11': { zh: '边界措施', en: 'Border measures' },
  '12': { zh: '证件的安全和管制', en: 'Security and control of documents' },
  '13': { zh: '证件的合法性和有效性', en: 'Legitimacy and validity of documents' },
  '14': { zh: '培训和技术合作', en: 'Training and technical cooperation' },
  '15': { zh: '其他预防措施', en: 'Other prevention measures' },
  '16': { zh: '保护和援助措施', en: 'Protection and assistance measures' },
  '17': { zh: '协定和安排', en: 'Agreements and arrangements' },
  '18': { zh: '被偷运移民的返还', en: 'Return of smuggled migrants' },
  '19': { zh: '保留条款', en: 'Saving clause' },
};

const SUPPLEMENTING_UNTOC =
  'supplementing the United Nations Convention against Transnational Organized Crime';

/** Every known instrument, the Working Group's own (the Protocol, then the Convention) first. */
export const INSTRUMENTS: readonly InstrumentInfo[] = [
  {
    id: 'protocol',
    zh: '《打击偷运移民议定书》',
    en: `Protocol against the Smuggling of Migrants by Land, Sea and Air, ${SUPPLEMENTING_UNTOC}`,
    short: 'Smuggling of Migrants Protocol',
    kind: 'protocol',
    aliases: withAndWithoutMarks([
      '联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的补充议定书',
      '打击陆、海、空偷运移民的补充议定书',
      '打击陆、海、空偷运移民议定书',
      '打击偷运移民议定书',
      '偷运移民议定书',
      '移民议定书',
    ]),
    articles: PROTOCOL_ARTICLES,
  },
  {
    id: 'untoc',
    zh: '《打击有组织犯罪公约》',
    en: 'United Nations Convention against Transnational Organized Crime',
    short: 'Organized Crime Convention',
    kind: 'convention',
    aliases: withAndWithoutMarks([
      '联合国打击跨国有组织犯罪公约',
      '打击跨国有组织犯罪公约',
      '打击有组织犯罪公约',
      '有组织犯罪公约',
      '巴勒莫公约',
    ]),
    articles: UNTOC_ARTICLES,
  },
  {
    id: 'trafficking-protocol',
    zh: '《贩运人口议定书》',
    en: `Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, ${SUPPLEMENTING_UNTOC}`,
    short: 'Trafficking in Persons Protocol',
    kind: 'protocol',
    aliases: withAndWithoutMarks([
      '联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书',
      '关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书',
      '贩运人口议定书',
      '打击贩运人口议定书',
      '人口贩运议定书',
    ]),
    articles: {},
  },
  {
    id: 'firearms-protocol',
    zh: '《枪支议定书》',
    en: `Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, ${SUPPLEMENTING_UNTOC}`,
    short: 'Firearms Protocol',
    kind: 'protocol',
    aliases: withAndWithoutMarks([
      '联合国打击跨国有组织犯罪公约关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书',
      '关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书',
      '枪支议定书',
    ]),
    articles: {},
  },
  {
    id: 'uncac',
    zh: '《联合国反腐败公约》',
    en: 'United Nations Convention against Corruption',
    short: 'Convention against Corruption',
    kind: 'convention',
    aliases: withAndWithoutMarks(['联合国反腐败公约', '反腐败公约']),
    articles: {},
  },
  {
    id: 'unclos',
    zh: '《联合国海洋法公约》',
    en: 'United Nations Convention on the Law of the Sea',
    short: 'UNCLOS',
    kind: 'convention',
    aliases: withAndWithoutMarks(['联合国海洋法公约', '海洋法公约']),
    articles: {},
  },
  {
    id: 'solas',
    zh: '《国际海上人命安全公约》',
    en: 'International Convention for the Safety of Life at Sea',
    short: 'SOLAS Convention',
    kind: 'convention',
    aliases: withAndWithoutMarks(['国际海上人命安全公约', '海上人命安全公约']),
    articles: {},
  },
  {
    id: 'sar-convention',
    zh: '《国际海上搜寻救助公约》',
    en: 'International Convention on Maritime Search and Rescue',
    short: 'SAR Convention',
    kind: 'convention',
    aliases: withAndWithoutMarks(['国际海上搜寻救助公约', '海上搜寻救助公约', '搜寻救助公约']),
    articles: {},
  },
  {
    id: 'chicago-convention',
    zh: '《国际民用航空公约》',
    en: 'Convention on International Civil Aviation',
    short: 'Chicago Convention',
    kind: 'convention',
    aliases: withAndWithoutMarks(['国际民用航空公约', '芝加哥公约']),
    articles: {},
  },
  {
    id: 'refugee-convention',
    zh: '《关于难民地位的公约》',
    en: 'Convention relating to the Status of Refugees',
    short: '1951 Refugee Convention',
    kind: 'convention',
    aliases: withAndWithoutMarks(['关于难民地位的公约', '难民地位公约', '1951年难民公约', '难民公约']),
    articles: {},
  },
  {
    id: 'refugee-protocol',
    zh: '《关于难民地位的议定书》',
    en: 'Protocol relating to the Status of Refugees',
    short: '1967 Refugee Protocol',
    kind: 'protocol',
    aliases: withAndWithoutMarks(['关于难民地位的议定书', '难民地位议定书']),
    articles: {},
  },
  {
    id: 'global-compact',
    zh: '《安全、有序和正常移民全球契约》',
    en: 'Global Compact for Safe, Orderly and Regular Migration',
    short: 'Global Compact for Migration',
    kind: 'other',
    aliases: withAndWithoutMarks(['安全、有序和正常移民全球契约', '移民问题全球契约', '全球移民契约']),
    articles: {},
  },
];

const BY_ID: ReadonlyMap<string, InstrumentInfo> = new Map(INSTRUMENTS.map((info) => [info.id, info]));

/** The instrument with id `id`, or `undefined` when somkb does not know it. */
export function instrumentInfo(id: string): InstrumentInfo | undefined {
  return BY_ID.get(id);
}
