import type { BriefingHeadings } from './briefing-headings.js';
import { citeParagraph } from './citation-words.js';
import { MESSAGES_RU } from './messages-ru.js';

/** The months in the genitive, as a Russian date writes them (`14 октября 2021 года`). */
const MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

const rules = new Intl.PluralRules('ru');

/** A count and the form of its noun Russian takes after it: `[one, few, many]` (1 пункт, 3 пункта, 5 пунктов). */
const plural = (count: number, [one, few, many]: readonly [string, string, string]): string => {
  const category = rules.select(count);
  return `${count} ${category === 'one' ? one : category === 'few' ? few : many}`;
};

const PARAGRAPHS = ['пункт', 'пункта', 'пунктов'] as const;

/** The headings and labels of a briefing pack in Russian. */
export const BRIEFING_HEADINGS_RU: BriefingHeadings = {
  defaultTitle: 'Информационные материалы',
  kind: 'Рабочая группа по незаконному ввозу мигрантов · информационные материалы',
  date: 'Дата',
  selection: 'Выборка',
  wholeCatalog: 'Тематическое резюме целиком',
  themes: 'Темы',
  topics: 'Вопросы',
  papers: 'Справочные документы',
  query: 'Поиск',
  paragraphs: 'Пункты',
  source: 'Источник',
  holds: 'Состав материалов',
  contents: 'Содержание',
  keyTopics: 'Ключевые вопросы',
  officialDocument: 'Официальный документ',
  provisions: 'Цитируемые положения',
  instruments: 'Документы, упомянутые без указания статьи',
  citedIn: 'цитируется в',
  colon: ': ',
  paperFacts: (year, meeting) => ` (${year} год, ${MESSAGES_RU.meetingName(meeting)})`,
  citation: (paper, paragraph) => citeParagraph(paper, paragraph, 'ru'),
  counts: (themes, papers, paragraphs) =>
    [
      plural(themes, ['тема', 'темы', 'тем']),
      plural(papers, ['документ', 'документа', 'документов']),
      plural(paragraphs, PARAGRAPHS),
    ].join(', '),
  writtenDate: (year, month, day) => `${day} ${MONTHS[month - 1] ?? String(month)} ${year} года`,
  queryResult: (query, found) =>
    `«${query}», ${rules.select(found) === 'one' ? 'найден' : 'найдено'} ${plural(found, PARAGRAPHS)}`,
};
