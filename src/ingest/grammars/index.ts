export { zhSummaryGrammar, parseChineseNumeral } from './zh-summary-grammar.js';
