export { enSummaryGrammar, EN_SUMMARY_WORDS } from './en-summary-grammar.js';
export { zhSummaryGrammar, parseChineseNumeral } from './zh-summary-grammar.js';
