export { HEADINGS_LANGUAGES } from './briefing-headings.js';
export type { BriefingHeadings, HeadingsLanguage } from './briefing-headings.js';
export type { ChangedField, Messages, ParallelRefusal, QueryHelpPart } from './messages.js';
export { BRIEFING_HEADINGS, MESSAGES, briefingHeadings, messagesFor } from './messages-by-language.js';
export { CITATION_WORDS, citeParagraph } from './citation-words.js';
export { briefRefusalReason } from './brief-refusals.js';
export type { DraftAction, EditorMessages, EditorNotice } from './editor-messages.js';
