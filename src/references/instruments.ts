/**
 * The legal instruments somkb knows: their ids, official titles in the six UN languages, short
 * titles, the Chinese forms under which texts name them, and the titles of their articles.
 */
import type { Language } from '../domain/index.js';

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

/**
 * The title of one article of an instrument in the six UN languages, as the official texts print
 * it; `ownRendering` lists the languages whose title is the team's own rendering, still to be checked
 * against the official text.
 */
export interface ArticleTitle {
  readonly zh: string;
  readonly en: string;
  readonly fr: string;
  readonly es: string;
  readonly ru: string;
  readonly ar: string;
  readonly ownRendering?: readonly Language[];
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
  /** Its official title in each of the six UN languages, as the treaty's authentic texts print it. */
  readonly titles: Readonly<Record<Language, string>>;
  /**
   * Its usual short title per language (`zh` the official short Chinese name, `en` = `short`), for
   * headings and citations; `ownRendering` lists those that are the team's own rendering.
   */
  readonly shortTitles: Readonly<Record<Language, string>>;
  readonly shortOwnRendering?: readonly Language[];
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

/** A UN language other than Chinese: its texts name instruments in words, without title marks. */
export type WordLanguage = Exclude<Language, 'zh'>;

/**
 * The names under which texts in each UN language other than Chinese name each instrument, besides
 * its official title and short title in that language (`titles`, `shortTitles`, and for English `en`
 * and `short`): the forms UN texts use (short titles with other words, the titles without their
 * "supplementing …" part). Matched whole-word and case-insensitively; in Russian its words in any
 * case (`Протокола против незаконного ввоза мигрантов`), in Arabic after a clitic (`وبروتوكول`).
 * Data of the citation grammar, easy to correct.
 */
export const INSTRUMENT_NAMES: Readonly<
  Partial<Record<InstrumentId, Partial<Record<WordLanguage, readonly string[]>>>>
> = {
  protocol: {
    en: [
      'Protocol against the Smuggling of Migrants by Land, Sea and Air',
      'Protocol against the Smuggling of Migrants',
      'Migrant Smuggling Protocol',
      'Migrants Protocol',
    ],
    fr: [
      'Protocole contre le trafic illicite de migrants par terre, air et mer',
      'Protocole contre le trafic illicite de migrants',
      'Protocole relatif aux migrants',
    ],
    es: [
      'Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire',
      'Protocolo contra el tráfico ilícito de migrantes',
      'Protocolo sobre el tráfico ilícito de migrantes',
      'Protocolo sobre migrantes',
    ],
    ru: [
      'Протокол против незаконного ввоза мигрантов по суше, морю и воздуху',
      'Протокол против незаконного ввоза мигрантов',
      'Протокол о мигрантах',
    ],
    ar: [
      'بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو',
      'بروتوكول مكافحة تهريب المهاجرين',
      'بروتوكول المهاجرين',
    ],
  },
  untoc: {
    en: [
      'Convention against Transnational Organized Crime',
      'Organized Crime Convention',
      'Palermo Convention',
    ],
    fr: [
      'Convention contre la criminalité transnationale organisée',
      'Convention contre la criminalité organisée',
      'Convention de Palerme',
    ],
    es: [
      'Convención contra la Delincuencia Organizada Transnacional',
      'Convención contra la Delincuencia Organizada',
      'Convención de Palermo',
    ],
    ru: [
      'Конвенция против транснациональной организованной преступности',
      'Конвенция против организованной преступности',
      'Конвенция об организованной преступности',
    ],
    ar: [
      'اتفاقية مكافحة الجريمة المنظمة عبر الوطنية',
      'اتفاقية مكافحة الجريمة المنظمة',
      'اتفاقية الجريمة المنظمة',
      'اتفاقية باليرمو',
    ],
  },
  'trafficking-protocol': {
    en: [
      'Protocol to Prevent, Suppress and Punish Trafficking in Persons',
      'Trafficking in Persons Protocol',
    ],
    fr: ['Protocole visant à prévenir, réprimer et punir la traite des personnes'],
    es: ['Protocolo para prevenir, reprimir y sancionar la trata de personas'],
    ru: ['Протокол о предупреждении и пресечении торговли людьми'],
    ar: ['بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص', 'بروتوكول الاتجار بالأشخاص'],
  },
  'firearms-protocol': {
    en: ['Firearms Protocol'],
    fr: ['Protocole relatif aux armes à feu'],
    es: ['Protocolo sobre Armas de Fuego'],
    ru: ['Протокол об огнестрельном оружии'],
    ar: ['بروتوكول الأسلحة النارية'],
  },
  uncac: {
    en: ['Convention against Corruption'],
    fr: ['Convention contre la corruption'],
    es: ['Convención contra la Corrupción'],
    ru: ['Конвенция против коррупции'],
    ar: ['اتفاقية مكافحة الفساد'],
  },
  unclos: {
    en: ['Convention on the Law of the Sea', 'Law of the Sea Convention'],
    fr: ['Convention sur le droit de la mer'],
    es: ['Convención sobre el Derecho del Mar'],
    ru: ['Конвенция по морскому праву'],
    ar: ['اتفاقية قانون البحار'],
  },
  solas: {
    en: ['Safety of Life at Sea Convention', 'SOLAS'],
  },
  'sar-convention': {
    en: ['Search and Rescue Convention'],
  },
  'refugee-convention': {
    en: ['Refugee Convention', '1951 Convention relating to the Status of Refugees'],
    fr: ['Convention relative au statut des réfugiés'],
    es: ['Convención sobre el Estatuto de los Refugiados'],
    ru: ['Конвенция о статусе беженцев'],
    ar: ['الاتفاقية الخاصة بوضع اللاجئين'],
  },
  'refugee-protocol': {
    en: ['1967 Protocol relating to the Status of Refugees', 'Refugee Protocol'],
  },
  'global-compact': {
    en: ['Global Compact on Migration', 'Global Compact'],
    fr: ['Pacte mondial sur les migrations', 'Pacte mondial'],
    es: ['Pacto Mundial sobre Migración', 'Pacto Mundial'],
    ru: ['Глобальный договор о миграции', 'Глобальный договор'],
    ar: ['الاتفاق العالمي بشأن الهجرة', 'الاتفاق العالمي'],
  },
};

/**
 * Every name of `info` in `language` (not Chinese), longest first and without repeats: its official
 * title and short title in that language (in English also `en` and `short`), and the names of
 * {@link INSTRUMENT_NAMES}.
 */
export function instrumentNames(info: InstrumentInfo, language: WordLanguage): string[] {
  const names = new Set<string>([
    info.titles[language],
    info.shortTitles[language],
    ...(language === 'en' ? [info.en, info.short] : []),
    ...(INSTRUMENT_NAMES[info.id]?.[language] ?? []),
  ]);
  return [...names].sort((a, b) => b.length - a.length);
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
  '1': {
    zh: '宗旨',
    en: 'Statement of purpose',
    fr: 'Objet',
    es: 'Finalidad',
    ru: 'Цель',
    ar: 'بيان الغرض',
    ownRendering: ['ru', 'ar'],
  },
  '2': {
    zh: '术语的使用',
    en: 'Use of terms',
    fr: 'Terminologie',
    es: 'Definiciones',
    ru: 'Термины',
    ar: 'المصطلحات المستخدمة',
    ownRendering: ['ru', 'ar'],
  },
  '3': {
    zh: '适用范围',
    en: 'Scope of application',
    fr: 'Champ d’application',
    es: 'Ámbito de aplicación',
    ru: 'Сфера применения',
    ar: 'نطاق الانطباق',
    ownRendering: ['ru', 'ar'],
  },
  '5': {
    zh: '参加有组织犯罪集团行为的刑事定罪',
    en: 'Criminalization of participation in an organized criminal group',
    fr: 'Incrimination de la participation à un groupe criminel organisé',
    es: 'Penalización de la participación en un grupo delictivo organizado',
    ru: 'Криминализация участия в организованной преступной группе',
    ar: 'تجريم المشاركة في جماعة إجرامية منظمة',
    ownRendering: ['ru', 'ar'],
  },
  '6': {
    zh: '洗钱行为的刑事定罪',
    en: 'Criminalization of the laundering of proceeds of crime',
    fr: 'Incrimination du blanchiment du produit du crime',
    es: 'Penalización del blanqueo del producto del delito',
    ru: 'Криминализация отмывания доходов от преступлений',
    ar: 'تجريم غسل عائدات الجرائم',
    ownRendering: ['ru', 'ar'],
  },
  '7': {
    zh: '打击洗钱活动的措施',
    en: 'Measures to combat money-laundering',
    fr: 'Mesures de lutte contre le blanchiment d’argent',
    es: 'Medidas para combatir el blanqueo de dinero',
    ru: 'Меры по борьбе с отмыванием денежных средств',
    ar: 'تدابير مكافحة غسل الأموال',
    ownRendering: ['ru', 'ar'],
  },
  '8': {
    zh: '腐败行为的刑事定罪',
    en: 'Criminalization of corruption',
    fr: 'Incrimination de la corruption',
    es: 'Penalización de la corrupción',
    ru: 'Криминализация коррупции',
    ar: 'تجريم الفساد',
    ownRendering: ['ru', 'ar'],
  },
  '10': {
    zh: '法人责任',
    en: 'Liability of legal persons',
    fr: 'Responsabilité des personnes morales',
    es: 'Responsabilidad de las personas jurídicas',
    ru: 'Ответственность юридических лиц',
    ar: 'مسؤولية الهيئات الاعتبارية',
    ownRendering: ['ru', 'ar'],
  },
  '11': {
    zh: '起诉、判决和制裁',
    en: 'Prosecution, adjudication and sanctions',
    fr: 'Poursuites judiciaires, jugement et sanctions',
    es: 'Proceso, fallo y sanciones',
    ru: 'Преследование, вынесение судебного решения и санкции',
    ar: 'الملاحقة والمقاضاة والجزاءات',
    ownRendering: ['ru', 'ar'],
  },
  '12': {
    zh: '没收和扣押',
    en: 'Confiscation and seizure',
    fr: 'Confiscation et saisie',
    es: 'Decomiso e incautación',
    ru: 'Конфискация и арест',
    ar: 'المصادرة والضبط',
    ownRendering: ['ru', 'ar'],
  },
  '13': {
    zh: '没收事宜的国际合作',
    en: 'International cooperation for purposes of confiscation',
    fr: 'Coopération internationale aux fins de confiscation',
    es: 'Cooperación internacional para fines de decomiso',
    ru: 'Международное сотрудничество в целях конфискации',
    ar: 'التعاون الدولي لأغراض المصادرة',
    ownRendering: ['ru', 'ar'],
  },
  '15': {
    zh: '管辖权',
    en: 'Jurisdiction',
    fr: 'Compétence',
    es: 'Jurisdicción',
    ru: 'Юрисдикция',
    ar: 'الولاية القضائية',
    ownRendering: ['ru', 'ar'],
  },
  '16': {
    zh: '引渡',
    en: 'Extradition',
    fr: 'Extradition',
    es: 'Extradición',
    ru: 'Выдача',
    ar: 'تسليم المجرمين',
    ownRendering: ['ru', 'ar'],
  },
  '18': {
    zh: '司法协助',
    en: 'Mutual legal assistance',
    fr: 'Entraide judiciaire',
    es: 'Asistencia judicial recíproca',
    ru: 'Взаимная правовая помощь',
    ar: 'المساعدة القانونية المتبادلة',
    ownRendering: ['ru', 'ar'],
  },
  '19': {
    zh: '联合调查',
    en: 'Joint investigations',
    fr: 'Enquêtes conjointes',
    es: 'Investigaciones conjuntas',
    ru: 'Совместные расследования',
    ar: 'التحقيقات المشتركة',
    ownRendering: ['ru', 'ar'],
  },
  '20': {
    zh: '特殊侦查手段',
    en: 'Special investigative techniques',
    fr: 'Techniques d’enquête spéciales',
    es: 'Técnicas especiales de investigación',
    ru: 'Специальные методы расследования',
    ar: 'أساليب التحري الخاصة',
    ownRendering: ['ru', 'ar'],
  },
  '23': {
    zh: '妨害司法的刑事定罪',
    en: 'Criminalization of obstruction of justice',
    fr: 'Incrimination de l’entrave au bon fonctionnement de la justice',
    es: 'Penalización de la obstrucción de la justicia',
    ru: 'Криминализация воспрепятствования осуществлению правосудия',
    ar: 'تجريم عرقلة سير العدالة',
    ownRendering: ['ru', 'ar'],
  },
  '24': {
    zh: '保护证人',
    en: 'Protection of witnesses',
    fr: 'Protection des témoins',
    es: 'Protección de los testigos',
    ru: 'Защита свидетелей',
    ar: 'حماية الشهود',
    ownRendering: ['ru', 'ar'],
  },
  '25': {
    zh: '帮助和保护被害人',
    en: 'Assistance to and protection of victims',
    fr: 'Assistance et protection accordées aux victimes',
    es: 'Asistencia y protección a las víctimas',
    ru: 'Помощь потерпевшим и их защита',
    ar: 'مساعدة الضحايا وحمايتهم',
    ownRendering: ['ru', 'ar'],
  },
  '26': {
    zh: '加强与执法当局合作的措施',
    en: 'Measures to enhance cooperation with law enforcement authorities',
    fr: 'Mesures propres à renforcer la coopération avec les services de détection et de répression',
    es: 'Medidas para intensificar la cooperación con las autoridades encargadas de hacer cumplir la ley',
    ru: 'Меры по расширению сотрудничества с правоохранительными органами',
    ar: 'تدابير تعزيز التعاون مع أجهزة إنفاذ القانون',
    ownRendering: ['ru', 'ar'],
  },
  '27': {
    zh: '执法合作',
    en: 'Law enforcement cooperation',
    fr: 'Coopération entre les services de détection et de répression',
    es: 'Cooperación en materia de cumplimiento de la ley',
    ru: 'Сотрудничество между правоохранительными органами',
    ar: 'التعاون في مجال إنفاذ القانون',
    ownRendering: ['ru', 'ar'],
  },
  '28': {
    zh: '收集、交流和分析关于有组织犯罪的性质的资料',
    en: 'Collection, exchange and analysis of information on the nature of organized crime',
    fr: 'Collecte, échange et analyse d’informations sur la nature de la criminalité organisée',
    es: 'Recopilación, intercambio y análisis de información sobre la naturaleza de la delincuencia organizada',
    ru: 'Сбор, обмен и анализ информации о характере организованной преступности',
    ar: 'جمع وتبادل وتحليل المعلومات عن طبيعة الجريمة المنظمة',
    ownRendering: ['ru', 'ar'],
  },
  '29': {
    zh: '培训和技术援助',
    en: 'Training and technical assistance',
    fr: 'Formation et assistance technique',
    es: 'Capacitación y asistencia técnica',
    ru: 'Подготовка кадров и техническая помощь',
    ar: 'التدريب والمساعدة التقنية',
    ownRendering: ['ru', 'ar'],
  },
  '31': {
    zh: '预防',
    en: 'Prevention',
    fr: 'Prévention',
    es: 'Prevención',
    ru: 'Предупреждение преступности',
    ar: 'المنع',
    ownRendering: ['ru', 'ar'],
  },
  '34': {
    zh: '公约的实施',
    en: 'Implementation of the Convention',
    fr: 'Application de la Convention',
    es: 'Aplicación de la Convención',
    ru: 'Осуществление Конвенции',
    ar: 'تنفيذ الاتفاقية',
    ownRendering: ['ru', 'ar'],
  },
};

const PROTOCOL_ARTICLES: Readonly<Record<string, ArticleTitle>> = {
  '2': {
    zh: '宗旨',
    en: 'Statement of purpose',
    fr: 'Objet',
    es: 'Finalidad',
    ru: 'Цель',
    ar: 'بيان الغرض',
    ownRendering: ['ru', 'ar'],
  },
  '3': {
    zh: '术语的使用',
    en: 'Use of terms',
    fr: 'Terminologie',
    es: 'Definiciones',
    ru: 'Термины',
    ar: 'المصطلحات المستخدمة',
    ownRendering: ['ru', 'ar'],
  },
  '4': {
    zh: '适用范围',
    en: 'Scope of application',
    fr: 'Champ d’application',
    es: 'Ámbito de aplicación',
    ru: 'Сфера применения',
    ar: 'نطاق الانطباق',
    ownRendering: ['ru', 'ar'],
  },
  '5': {
    zh: '移民的刑事责任',
    en: 'Criminal liability of migrants',
    fr: 'Responsabilité pénale des migrants',
    es: 'Responsabilidad penal de los migrantes',
    ru: 'Уголовная ответственность мигрантов',
    ar: 'المسؤولية الجنائية للمهاجرين',
    ownRendering: ['ru', 'ar'],
  },
  '6': {
    zh: '刑事定罪',
    en: 'Criminalization',
    fr: 'Incrimination',
    es: 'Penalización',
    ru: 'Криминализация',
    ar: 'التجريم',
    ownRendering: ['ru', 'ar'],
  },
  '7': {
    zh: '合作',
    en: 'Cooperation',
    fr: 'Coopération',
    es: 'Cooperación',
    ru: 'Сотрудничество',
    ar: 'التعاون',
    ownRendering: ['ru', 'ar'],
  },
  '8': {
    zh: '打击海上偷运移民的措施',
    en: 'Measures against the smuggling of migrants by sea',
    fr: 'Mesures contre le trafic illicite de migrants par mer',
    es: 'Medidas contra el tráfico ilícito de migrantes por mar',
    ru: 'Меры по борьбе с незаконным ввозом мигрантов по морю',
    ar: 'تدابير مكافحة تهريب المهاجرين عن طريق البحر',
    ownRendering: ['ar'],
  },
  '9': {
    zh: '保护条款',
    en: 'Safeguard clauses',
    fr: 'Clauses de protection',
    es: 'Cláusulas de protección',
    ru: 'Защитительные положения',
    ar: 'شروط وقائية',
    ownRendering: ['ru', 'ar'],
  },
  '10': {
    zh: '资料',
    en: 'Information',
    fr: 'Information',
    es: 'Información',
    ru: 'Информация',
    ar: 'المعلومات',
    ownRendering: ['ru', 'ar'],
  },
  '11': {
    zh: '边界措施',
    en: 'Border measures',
    fr: 'Mesures aux frontières',
    es: 'Medidas fronterizas',
    ru: 'Меры пограничного контроля',
    ar: 'التدابير الحدودية',
    ownRendering: ['ru', 'ar'],
  },
  '12': {
    zh: '证件的安全和管制',
    en: 'Security and control of documents',
    fr: 'Sécurité et contrôle des documents',
    es: 'Seguridad y control de los documentos',
    ru: 'Надежность и контроль в отношении документов',
    ar: 'أمن الوثائق ومراقبتها',
    ownRendering: ['ru', 'ar'],
  },
  '13': {
    zh: '证件的合法性和有效性',
    en: 'Legitimacy and validity of documents',
    fr: 'Légitimité et validité des documents',
    es: 'Legitimidad y validez de los documentos',
    ru: 'Законность и действительность документов',
    ar: 'شرعية الوثائق وصلاحيتها',
    ownRendering: ['ar'],
  },
  '14': {
    zh: '培训和技术合作',
    en: 'Training and technical cooperation',
    fr: 'Formation et coopération technique',
    es: 'Capacitación y cooperación técnica',
    ru: 'Подготовка кадров и техническое сотрудничество',
    ar: 'التدريب والتعاون التقني',
    ownRendering: ['ru', 'ar'],
  },
  '15': {
    zh: '其他预防措施',
    en: 'Other prevention measures',
    fr: 'Autres mesures de prévention',
    es: 'Otras medidas de prevención',
    ru: 'Другие меры предупреждения',
    ar: 'تدابير منع أخرى',
    ownRendering: ['ru', 'ar'],
  },
  '16': {
    zh: '保护和援助措施',
    en: 'Protection and assistance measures',
    fr: 'Mesures de protection et d’assistance',
    es: 'Medidas de protección y asistencia',
    ru: 'Меры защиты и помощи',
    ar: 'تدابير الحماية والمساعدة',
    ownRendering: ['ru', 'ar'],
  },
  '17': {
    zh: '协定和安排',
    en: 'Agreements and arrangements',
    fr: 'Accords et arrangements',
    es: 'Acuerdos y arreglos',
    ru: 'Соглашения и договоренности',
    ar: 'الاتفاقات والترتيبات',
    ownRendering: ['ru', 'ar'],
  },
  '18': {
    zh: '被偷运移民的返还',
    en: 'Return of smuggled migrants',
    fr: 'Retour des migrants objet d’un trafic illicite',
    es: 'Repatriación de los migrantes objeto de tráfico ilícito',
    ru: 'Возвращение незаконно ввезенных мигрантов',
    ar: 'إعادة المهاجرين المهربين',
  },
  '19': {
    zh: '保留条款',
    en: 'Saving clause',
    fr: 'Clause de sauvegarde',
    es: 'Cláusula de salvaguardia',
    ru: 'Исключающее положение',
    ar: 'شرط وقائي',
    ownRendering: ['ru', 'ar'],
  },
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
    titles: {
      zh: '联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的补充议定书',
      en: `Protocol against the Smuggling of Migrants by Land, Sea and Air, ${SUPPLEMENTING_UNTOC}`,
      fr: 'Protocole contre le trafic illicite de migrants par terre, air et mer, additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée',
      es: 'Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
      ru: 'Протокол против незаконного ввоза мигрантов по суше, морю и воздуху, дополняющий Конвенцию Организации Объединенных Наций против транснациональной организованной преступности',
      ar: 'بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو، المكمل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية',
    },
    shortTitles: {
      zh: '《打击偷运移民议定书》',
      en: 'Smuggling of Migrants Protocol',
      fr: 'Protocole relatif au trafic illicite de migrants',
      es: 'Protocolo contra el Tráfico Ilícito de Migrantes',
      ru: 'Протокол о незаконном ввозе мигрантов',
      ar: 'بروتوكول تهريب المهاجرين',
    },
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
    titles: {
      zh: '联合国打击跨国有组织犯罪公约',
      en: 'United Nations Convention against Transnational Organized Crime',
      fr: 'Convention des Nations Unies contre la criminalité transnationale organisée',
      es: 'Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
      ru: 'Конвенция Организации Объединенных Наций против транснациональной организованной преступности',
      ar: 'اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية',
    },
    shortTitles: {
      zh: '《打击有组织犯罪公约》',
      en: 'Organized Crime Convention',
      fr: 'Convention contre la criminalité organisée',
      es: 'Convención contra la Delincuencia Organizada',
      ru: 'Конвенция против организованной преступности',
      ar: 'اتفاقية الجريمة المنظمة',
    },
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
    titles: {
      zh: '联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书',
      en: `Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, ${SUPPLEMENTING_UNTOC}`,
      fr: 'Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants, additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée',
      es: 'Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
      ru: 'Протокол о предупреждении и пресечении торговли людьми, особенно женщинами и детьми, и наказании за нее, дополняющий Конвенцию Организации Объединенных Наций против транснациональной организованной преступности',
      ar: 'بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال، المكمل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية',
    },
    shortTitles: {
      zh: '《贩运人口议定书》',
      en: 'Trafficking in Persons Protocol',
      fr: 'Protocole relatif à la traite des personnes',
      es: 'Protocolo contra la Trata de Personas',
      ru: 'Протокол о торговле людьми',
      ar: 'بروتوكول الاتجار بالأشخاص',
    },
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
    titles: {
      zh: '联合国打击跨国有组织犯罪公约关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书',
      en: `Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, ${SUPPLEMENTING_UNTOC}`,
      fr: 'Protocole contre la fabrication et le trafic illicites d’armes à feu, de leurs pièces, éléments et munitions, additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée',
      es: 'Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego, sus piezas y componentes y municiones, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
      ru: 'Протокол против незаконного изготовления и оборота огнестрельного оружия, его составных частей и компонентов, а также боеприпасов к нему, дополняющий Конвенцию Организации Объединенных Наций против транснациональной организованной преступности',
      ar: 'بروتوكول مكافحة صنع الأسلحة النارية وأجزائها ومكوناتها والذخيرة والاتجار بها بصورة غير مشروعة، المكمل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية',
    },
    shortTitles: {
      zh: '《枪支议定书》',
      en: 'Firearms Protocol',
      fr: 'Protocole relatif aux armes à feu',
      es: 'Protocolo sobre Armas de Fuego',
      ru: 'Протокол об огнестрельном оружии',
      ar: 'بروتوكول الأسلحة النارية',
    },
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
    titles: {
      zh: '联合国反腐败公约',
      en: 'United Nations Convention against Corruption',
      fr: 'Convention des Nations Unies contre la corruption',
      es: 'Convención de las Naciones Unidas contra la Corrupción',
      ru: 'Конвенция Организации Объединенных Наций против коррупции',
      ar: 'اتفاقية الأمم المتحدة لمكافحة الفساد',
    },
    shortTitles: {
      zh: '《联合国反腐败公约》',
      en: 'Convention against Corruption',
      fr: 'Convention contre la corruption',
      es: 'Convención contra la Corrupción',
      ru: 'Конвенция против коррупции',
      ar: 'اتفاقية مكافحة الفساد',
    },
    kind: 'convention',
    aliases: withAndWithoutMarks(['联合国反腐败公约', '反腐败公约']),
    articles: {},
  },
  {
    id: 'unclos',
    zh: '《联合国海洋法公约》',
    en: 'United Nations Convention on the Law of the Sea',
    short: 'UNCLOS',
    titles: {
      zh: '联合国海洋法公约',
      en: 'United Nations Convention on the Law of the Sea',
      fr: 'Convention des Nations Unies sur le droit de la mer',
      es: 'Convención de las Naciones Unidas sobre el Derecho del Mar',
      ru: 'Конвенция Организации Объединенных Наций по морскому праву',
      ar: 'اتفاقية الأمم المتحدة لقانون البحار',
    },
    shortTitles: {
      zh: '《联合国海洋法公约》',
      en: 'UNCLOS',
      fr: 'Convention sur le droit de la mer',
      es: 'Convención sobre el Derecho del Mar',
      ru: 'Конвенция по морскому праву',
      ar: 'اتفاقية قانون البحار',
    },
    kind: 'convention',
    aliases: withAndWithoutMarks(['联合国海洋法公约', '海洋法公约']),
    articles: {},
  },
  {
    id: 'solas',
    zh: '《国际海上人命安全公约》',
    en: 'International Convention for the Safety of Life at Sea',
    short: 'SOLAS Convention',
    titles: {
      zh: '国际海上人命安全公约',
      en: 'International Convention for the Safety of Life at Sea',
      fr: 'Convention internationale pour la sauvegarde de la vie humaine en mer',
      es: 'Convenio Internacional para la Seguridad de la Vida Humana en el Mar',
      ru: 'Международная конвенция по охране человеческой жизни на море',
      ar: 'الاتفاقية الدولية لسلامة الأرواح في البحر',
    },
    shortTitles: {
      zh: '《国际海上人命安全公约》',
      en: 'SOLAS Convention',
      fr: 'Convention SOLAS',
      es: 'Convenio SOLAS',
      ru: 'Конвенция СОЛАС',
      ar: 'اتفاقية سلامة الأرواح في البحر',
    },
    shortOwnRendering: ['fr', 'es', 'ru', 'ar'],
    kind: 'convention',
    aliases: withAndWithoutMarks(['国际海上人命安全公约', '海上人命安全公约']),
    articles: {},
  },
  {
    id: 'sar-convention',
    zh: '《国际海上搜寻救助公约》',
    en: 'International Convention on Maritime Search and Rescue',
    short: 'SAR Convention',
    titles: {
      zh: '国际海上搜寻救助公约',
      en: 'International Convention on Maritime Search and Rescue',
      fr: 'Convention internationale sur la recherche et le sauvetage maritimes',
      es: 'Convenio Internacional sobre Búsqueda y Salvamento Marítimos',
      ru: 'Международная конвенция по поиску и спасанию на море',
      ar: 'الاتفاقية الدولية للبحث والإنقاذ البحريين',
    },
    shortTitles: {
      zh: '《国际海上搜寻救助公约》',
      en: 'SAR Convention',
      fr: 'Convention SAR',
      es: 'Convenio SAR',
      ru: 'Конвенция САР',
      ar: 'اتفاقية البحث والإنقاذ',
    },
    shortOwnRendering: ['fr', 'es', 'ru', 'ar'],
    kind: 'convention',
    aliases: withAndWithoutMarks(['国际海上搜寻救助公约', '海上搜寻救助公约', '搜寻救助公约']),
    articles: {},
  },
  {
    id: 'chicago-convention',
    zh: '《国际民用航空公约》',
    en: 'Convention on International Civil Aviation',
    short: 'Chicago Convention',
    titles: {
      zh: '国际民用航空公约',
      en: 'Convention on International Civil Aviation',
      fr: 'Convention relative à l’aviation civile internationale',
      es: 'Convenio sobre Aviación Civil Internacional',
      ru: 'Конвенция о международной гражданской авиации',
      ar: 'اتفاقية الطيران المدني الدولي',
    },
    shortTitles: {
      zh: '《国际民用航空公约》',
      en: 'Chicago Convention',
      fr: 'Convention de Chicago',
      es: 'Convenio de Chicago',
      ru: 'Чикагская конвенция',
      ar: 'اتفاقية شيكاغو',
    },
    shortOwnRendering: ['fr', 'es', 'ru', 'ar'],
    kind: 'convention',
    aliases: withAndWithoutMarks(['国际民用航空公约', '芝加哥公约']),
    articles: {},
  },
  {
    id: 'refugee-convention',
    zh: '《关于难民地位的公约》',
    en: 'Convention relating to the Status of Refugees',
    short: '1951 Refugee Convention',
    titles: {
      zh: '关于难民地位的公约',
      en: 'Convention relating to the Status of Refugees',
      fr: 'Convention relative au statut des réfugiés',
      es: 'Convención sobre el Estatuto de los Refugiados',
      ru: 'Конвенция о статусе беженцев',
      ar: 'الاتفاقية الخاصة بوضع اللاجئين',
    },
    shortTitles: {
      zh: '《关于难民地位的公约》',
      en: '1951 Refugee Convention',
      fr: 'Convention de 1951 relative aux réfugiés',
      es: 'Convención sobre los Refugiados de 1951',
      ru: 'Конвенция о беженцах 1951 года',
      ar: 'اتفاقية اللاجئين لعام 1951',
    },
    shortOwnRendering: ['fr', 'es', 'ru', 'ar'],
    kind: 'convention',
    aliases: withAndWithoutMarks(['关于难民地位的公约', '难民地位公约', '1951年难民公约', '难民公约']),
    articles: {},
  },
  {
    id: 'refugee-protocol',
    zh: '《关于难民地位的议定书》',
    en: 'Protocol relating to the Status of Refugees',
    short: '1967 Refugee Protocol',
    titles: {
      zh: '关于难民地位的议定书',
      en: 'Protocol relating to the Status of Refugees',
      fr: 'Protocole relatif au statut des réfugiés',
      es: 'Protocolo sobre el Estatuto de los Refugiados',
      ru: 'Протокол, касающийся статуса беженцев',
      ar: 'البروتوكول الخاص بوضع اللاجئين',
    },
    shortTitles: {
      zh: '《关于难民地位的议定书》',
      en: '1967 Refugee Protocol',
      fr: 'Protocole de 1967 relatif aux réfugiés',
      es: 'Protocolo sobre los Refugiados de 1967',
      ru: 'Протокол о беженцах 1967 года',
      ar: 'بروتوكول اللاجئين لعام 1967',
    },
    shortOwnRendering: ['fr', 'es', 'ru', 'ar'],
    kind: 'protocol',
    aliases: withAndWithoutMarks(['关于难民地位的议定书', '难民地位议定书']),
    articles: {},
  },
  {
    id: 'global-compact',
    zh: '《安全、有序和正常移民全球契约》',
    en: 'Global Compact for Safe, Orderly and Regular Migration',
    short: 'Global Compact for Migration',
    titles: {
      zh: '安全、有序和正常移民全球契约',
      en: 'Global Compact for Safe, Orderly and Regular Migration',
      fr: 'Pacte mondial pour des migrations sûres, ordonnées et régulières',
      es: 'Pacto Mundial para la Migración Segura, Ordenada y Regular',
      ru: 'Глобальный договор о безопасной, упорядоченной и легальной миграции',
      ar: 'الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية',
    },
    shortTitles: {
      zh: '《安全、有序和正常移民全球契约》',
      en: 'Global Compact for Migration',
      fr: 'Pacte mondial sur les migrations',
      es: 'Pacto Mundial sobre Migración',
      ru: 'Глобальный договор о миграции',
      ar: 'الاتفاق العالمي بشأن الهجرة',
    },
    shortOwnRendering: ['fr', 'es', 'ru', 'ar'],
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
