import type { BriefingHeadings } from './briefing-headings.js';
import { citeParagraph } from './citation-words.js';
import { MESSAGES_AR } from './messages-ar.js';

/** The months as United Nations Arabic documents write them: the Levantine name and the other. */
const MONTHS = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيه',
  'تموز/يوليه',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
];

/**
 * The headings and labels of a briefing pack in Arabic. Counts are written as labelled numbers
 * (`الفقرات: 21`), which Arabic reads correctly for every number, rather than with the noun forms
 * that change with it.
 */
export const BRIEFING_HEADINGS_AR: BriefingHeadings = {
  defaultTitle: 'مجموعة مواد إعلامية',
  kind: 'الفريق العامل المعني بتهريب المهاجرين · مجموعة مواد إعلامية',
  date: 'التاريخ',
  selection: 'الاختيار',
  wholeCatalog: 'الموجز المواضيعي كاملاً',
  themes: 'المواضيع',
  topics: 'المسائل',
  papers: 'ورقات المعلومات الأساسية',
  query: 'البحث',
  paragraphs: 'الفقرات',
  source: 'المصدر',
  holds: 'محتوى المجموعة',
  contents: 'المحتويات',
  keyTopics: 'المسائل الرئيسية',
  officialDocument: 'الوثيقة الرسمية',
  provisions: 'الأحكام المستشهد بها',
  instruments: 'الصكوك المذكورة دون الإشارة إلى مادة',
  citedIn: 'مستشهد بها في',
  colon: ': ',
  paperFacts: (year, meeting) => ` (${year}، ${MESSAGES_AR.meetingName(meeting)})`,
  citation: (paper, paragraph) => citeParagraph(paper, paragraph, 'ar'),
  counts: (themes, papers, paragraphs) =>
    `المواضيع: ${themes}، ورقات المعلومات الأساسية: ${papers}، الفقرات: ${paragraphs}`,
  writtenDate: (year, month, day) => `${day} ${MONTHS[month - 1] ?? String(month)} ${year}`,
  queryResult: (query, found) => `«${query}»، عدد الفقرات التي عُثر عليها: ${found}`,
};
