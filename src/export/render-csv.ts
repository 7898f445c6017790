import type { Catalog } from '../domain/index.js';
import { formatRanges } from '../domain/index.js';
import { indexCatalog } from './document-walk.js';

/**
 * The header row of the papers CSV. `title` (the paper's subject) comes last, after the columns the
 * file had before it, so that scripts that read columns by position read the same ones.
 */
const CSV_HEADER = ['symbol', 'year', 'meeting', 'theme', 'paragraphs', 'url', 'title'] as const;

/** The UTF-8 byte order mark, as a character: what tells Excel that a CSV file is UTF-8. */
export const BYTE_ORDER_MARK = '\uFEFF';

/** RFC 4180 record separator. */
const CRLF = '\r\n';

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection guidance). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes an apostrophe to a text cell a spreadsheet would otherwise evaluate as a formula. */
function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Quotes a field per RFC 4180 when it holds a comma, a double quote, CR or LF. */
function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The papers of a catalog as RFC 4180 CSV: header `symbol,year,meeting,theme,paragraphs,url,title`,
 * one row per paper in catalog order, `theme` the theme's name, `paragraphs` the numbers of the
 * summary's paragraphs about the paper as compact ranges, `title` the paper's subject as printed.
 * Records end with CRLF (the last one too). Text cells that start with `=`, `+`, `-`, `@`, tab or CR
 * get a leading apostrophe so that a spreadsheet does not run them as formulas. Plain UTF-8, without
 * a byte order mark (prefix {@link BYTE_ORDER_MARK} for a spreadsheet).
 */
export function renderCsv(catalog: Catalog): string {
  const index = indexCatalog(catalog);
  const rows = catalog.papers.map((paper) =>
    [
      guardFormula(paper.symbol),
      String(paper.year),
      String(paper.meeting),
      guardFormula(index.theme(paper.theme).name),
      formatRanges(paper.paragraphs),
      guardFormula(paper.url),
      guardFormula(paper.subject),
    ]
      .map(quoteField)
      .join(','),
  );
  return [CSV_HEADER.join(','), ...rows].map((row) => `${row}${CRLF}`).join('');
}
