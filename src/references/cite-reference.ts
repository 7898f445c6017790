/** Human-readable citations of a {@link Reference}, in English and Chinese, and in any UN language. */
import type { ChosenLabel, Language } from '../domain/index.js';
import type { Reference } from './extract-references.js';
import { instrumentInfo } from './instruments.js';

/** A citation as people write it, in English and in Chinese. */
export interface Citation {
  readonly en: string;
  readonly zh: string;
}

const COP_EN =
  'Conference of the Parties to the United Nations Convention against Transnational Organized Crime';
const COP_ZH = '打击有组织犯罪公约缔约方会议';

/**
 * The Chinese designators of an English clause, as UN Chinese texts write them: "(1)(e)" is
 * `第 1 款(e)项`, "(a)" right after the article is `(a)款`, "(1)" is `第 1 款`, "(1)(a)(i)" is
 * `第 1 款(a)项(i)目`.
 */
function chineseClause(clause: string): string {
  const parts = [...clause.matchAll(/\(([^()]+)\)/g)].map((match) => match[1] ?? '');
  const [first, ...rest] = parts;
  if (first === undefined) return '';
  if (!/^\d+$/.test(first)) {
    return [`(${first})款`, ...rest.map((part) => `(${part})目`)].join('');
  }
  const suffixes = ['项', '目'];
  return [`第 ${first} 款`, ...rest.map((part, index) => `(${part})${suffixes[index] ?? ''}`)].join('');
}

/**
 * The citation of a reference: English in the usual form ("Smuggling of Migrants Protocol, art.
 * 19(1) (Saving clause)", "Conference of the Parties to the United Nations Convention against
 * Transnational Organized Crime, resolution 6/3"), Chinese as UN Chinese texts write it
 * (`《打击偷运移民议定书》第 19 条第 1 款（保留条款）`). The article's title is added when it is known.
 */
export function citeReference(reference: Reference): Citation {
  if (reference.instrument === 'cop-resolution') {
    const number = reference.resolution ?? '';
    return { en: `${COP_EN}, resolution ${number}`, zh: `${COP_ZH}第 ${number} 号决议` };
  }
  const info = instrumentInfo(reference.instrument);
  const article = reference.article ?? '';
  const clause = reference.clause ?? '';
  const title = info?.articles[article];
  const en = `${info?.short ?? reference.instrument}, art. ${article}${clause}${title === undefined ? '' : ` (${title.en})`}`;
  const zh = `${info?.zh ?? reference.instrument}第 ${article} 条${chineseClause(clause)}${title === undefined ? '' : `（${title.zh}）`}`;
  return { en, zh };
}

/** The Conference of the Parties to the Convention, as the official texts name it, per language. */
const COP_NAMES: Readonly<Record<Language, string>> = {
  zh: COP_ZH,
  en: COP_EN,
  fr: 'Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée',
  es: 'Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
  ru: 'Конференция участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности',
  ar: 'مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية',
};

/** How each language writes "resolution N" and "article N" in a citation. */
const RESOLUTION_WORD: Readonly<Record<Exclude<Language, 'zh' | 'en'>, string>> = {
  fr: 'résolution',
  es: 'resolución',
  ru: 'резолюция',
  ar: 'القرار',
};
const ARTICLE_WORD: Readonly<Record<Exclude<Language, 'zh' | 'en'>, string>> = {
  fr: 'art.',
  es: 'art.',
  ru: 'ст.',
  ar: 'المادة',
};

/**
 * The citation of a reference for a reader of `language`, in that language: the instrument's short
 * title, the article and clause, and the article's title when known ("Protocole relatif au trafic
 * illicite de migrants, art. 6 (Incrimination)"); Chinese and English as {@link citeReference} writes
 * them. `ownRendering` is true when the short title or the article title in that language is the
 * team's own rendering.
 */
export function citeReferenceIn(reference: Reference, language: Language): ChosenLabel {
  if (language === 'zh' || language === 'en') {
    return { text: citeReference(reference)[language], language, ownRendering: false };
  }
  const separator = language === 'ar' ? '، ' : ', ';
  if (reference.instrument === 'cop-resolution') {
    const text = `${COP_NAMES[language]}${separator}${RESOLUTION_WORD[language]} ${reference.resolution ?? ''}`;
    return { text, language, ownRendering: false };
  }
  const info = instrumentInfo(reference.instrument);
  if (info === undefined) return { text: citeReference(reference).en, language: 'en', ownRendering: false };
  const article = reference.article ?? '';
  const title = info.articles[article];
  const text = `${info.shortTitles[language]}${separator}${ARTICLE_WORD[language]} ${article}${reference.clause ?? ''}${title === undefined ? '' : ` (${title[language]})`}`;
  const ownRendering =
    (info.shortOwnRendering ?? []).includes(language) || (title?.ownRendering ?? []).includes(language);
  return { text, language, ownRendering };
}
