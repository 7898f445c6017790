import { describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { renderCsv } from './render-csv.js';

/** The sample catalog with its first theme renamed. */
function withThemeName(name: string): Catalog {
  const catalog = makeSampleCatalog();
  return {
    ...catalog,
    themes: catalog.themes.map((theme) => (theme.id === 'theme-1' ? { ...theme, name } : theme)),
  };
}

describe('renderCsv', () => {
  it('writes a header and one row per paper in catalog order, with CRLF line endings', () => {
    expect(renderCsv(makeSampleCatalog())).toBe(
      [
        'symbol,year,meeting,theme,paragraphs,url,title',
        'CTOC/COP/WG.7/2018/2,2018,5,刑事司法对策,3-4,https://undocs.org/CTOC/COP/WG.7/2018/2,刑事司法对策',
        'CTOC/COP/WG.7/2015/4,2015,3,刑事司法对策,5-6,https://undocs.org/CTOC/COP/WG.7/2015/4,有组织犯罪问题，包括金融调查',
        'CTOC/COP/WG.7/2013/3,2013,2,保护被偷运移民的权利,7-9,https://undocs.org/CTOC/COP/WG.7/2013/3,保护被偷运移民权利',
        '',
      ].join('\r\n'),
    );
  });

  it('quotes a paragraphs cell that holds a comma', () => {
    const catalog = makeSampleCatalog();
    const gapped: Catalog = {
      ...catalog,
      papers: catalog.papers.map((paper, position) =>
        position === 0 ? { ...paper, paragraphs: [16, 18, 19, 20] } : paper,
      ),
    };
    expect(renderCsv(gapped).split('\r\n')[1]).toBe(
      'CTOC/COP/WG.7/2018/2,2018,5,刑事司法对策,"16,18-20",https://undocs.org/CTOC/COP/WG.7/2018/2,刑事司法对策',
    );
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    const row = (name: string): string | undefined => renderCsv(withThemeName(name)).split('\r\n')[1];
    expect(row('刑事,司法')).toContain(',"刑事,司法",');
    expect(row('刑事"司法"对策')).toContain(',"刑事""司法""对策",');
    expect(renderCsv(withThemeName('刑事\n司法'))).toContain(',"刑事\n司法",');
  });

  it('guards cells that a spreadsheet would run as a formula', () => {
    expect(renderCsv(withThemeName('=HYPERLINK("http://evil")'))).toContain(
      `,"'=HYPERLINK(""http://evil"")",`,
    );
    expect(renderCsv(withThemeName('+1'))).toContain(",'+1,");
    expect(renderCsv(withThemeName('-1'))).toContain(",'-1,");
    expect(renderCsv(withThemeName('@SUM(A1)'))).toContain(",'@SUM(A1),");
  });

  it("carries each paper's subject as its title, quoted and guarded like any text cell", () => {
    const catalog = makeSampleCatalog();
    const renamed = (subject: string): string | undefined =>
      renderCsv({
        ...catalog,
        papers: catalog.papers.map((paper, position) => (position === 0 ? { ...paper, subject } : paper)),
      }).split('\r\n')[1];
    expect(renamed('偷运, 移民')).toMatch(/,"偷运, 移民"$/);
    expect(renamed('=1+1')).toMatch(/,'=1\+1$/);
  });

  it('leaves the paragraphs column and plain text unguarded', () => {
    const row = renderCsv(makeSampleCatalog()).split('\r\n')[1] ?? '';
    expect(row).not.toContain("'");
  });
});
