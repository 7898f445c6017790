/**
 * Hand-checked expectation for the bundled directory over the bundled summary: for each mechanism
 * id, the paragraphs whose text or items name it, read off `corpus/zh/thematic-summary-2021.txt`
 * (not produced by the code). Notes on the reading:
 * - 工作组 stands in paragraphs 1 and 2 and in the first paragraph of each of the 17 papers; 秘书处
 *   only in those 17 first paragraphs (the header, which also names both, is not a paragraph);
 * - UNODC is named in 9 (full name and short form), 30(b) (as provider of platforms, and as owner
 *   of the Voluntary Reporting System) and 35 (as owner of that system);
 * - everything under 16 is in its items (a)–(d); everything under 30 in its items (b) and (c).
 */
export const MECHANISM_PARAGRAPHS_GOLD: Readonly<Record<string, readonly number[]>> = {
  'working-group': [1, 2, 4, 10, 14, 18, 21, 25, 28, 32, 36, 38, 43, 51, 58, 63, 67, 70, 76],
  secretariat: [4, 10, 14, 18, 21, 25, 28, 32, 36, 38, 43, 51, 58, 63, 67, 70, 76],
  unodc: [9, 30, 35],
  eurosur: [16],
  frontex: [16],
  'port-intelligence-units': [16],
  'smuggling-coordination-analysis-unit': [16],
  'regional-smuggling-database': [16],
  'people-smuggling-strike-team': [16],
  hstc: [16],
  sherloc: [30],
  'vrs-msrc': [30, 35],
  iom: [30],
  'global-migration-data-portal': [30],
  redtram: [30],
  wacap: [30],
  'bali-process': [30],
  interpol: [30, 35],
  'interpol-son': [30],
  europol: [30],
  emsc: [30],
  'untoc-cop': [31],
  'interpol-notices': [35],
};
