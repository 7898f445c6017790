export { arSummaryGrammar, AR_SUMMARY_WORDS } from './ar-summary-grammar.js';
export { enSummaryGrammar, EN_SUMMARY_WORDS } from './en-summary-grammar.js';
export { esSummaryGrammar, ES_SUMMARY_WORDS } from './es-summary-grammar.js';
export { frSummaryGrammar, FR_SUMMARY_WORDS } from './fr-summary-grammar.js';
export { ruSummaryGrammar, RU_SUMMARY_WORDS } from './ru-summary-grammar.js';
export { zhSummaryGrammar, parseChineseNumeral } from './zh-summary-grammar.js';
