import { describe, expect, it } from 'vitest';
import { isSomkbError } from '../errors/index.js';
import { describeCatalog } from '../knowledge/index.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { corpusSearchIndex } from '../../test/support/search-fixture.js';
import { exportSelection } from './export-file.js';
import { renderText, unLayoutLines } from './render-text.js';
import { renderUnLayoutDocx } from './render-un-docx.js';
import { readDocxParts } from './testing/docx-parts.js';

const { catalog } = corpusSearchIndex();
const knowledge = describeCatalog(catalog, bundledKnowledge());

/** The text of each Word paragraph of a document part, its runs and tabs joined. */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map(([tag, text]) => (tag === '<w:tab/>' ? '\t' : (text ?? '')))
      .join(''),
  );
}

describe('renderUnLayoutDocx', () => {
  it('writes one Word paragraph per line of the UN layout, the text of the clean text', async () => {
    const parts = readDocxParts(await renderUnLayoutDocx(catalog));
    const texts = paragraphTexts(parts.get('word/document.xml') ?? '');
    const lines = unLayoutLines(catalog);
    expect(texts).toHaveLength(lines.length);
    const asText = (text: string): string => text.replace(/\u2060\u00a0\u2060/g, ' ').replace('\t', ' ');
    expect(texts.map(asText)).toEqual(lines.map((line) => line.text));
    expect(texts).toContain('一.\u2060\u00a0\u2060导言');
    expect(texts).toContain('关键议题');
    expect(texts.some((text) => /^1\.\t/.test(text))).toBe(true);
    expect(texts.some((text) => /^\(a\)\t/.test(text))).toBe(true);
    expect(
      renderText(catalog)
        .split('\n')
        .filter((line) => line !== ''),
    ).toHaveLength(lines.length);
  });

  it('keeps Chinese beside digits without the automatic gap, and counts pages in the footer', async () => {
    const parts = readDocxParts(await renderUnLayoutDocx(catalog));
    expect(parts.get('word/styles.xml')).toContain('<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>');
    const footer = [...parts].find(([name]) => name.startsWith('word/footer'))?.[1] ?? '';
    expect(footer).toMatch(/PAGE.*NUMPAGES/s);
  });

  it('is the docx export with --layout un, which refuses a selection and other formats', async () => {
    const file = await exportSelection(catalog, knowledge, {}, 'docx', { layout: 'un' });
    expect(readDocxParts(file.body as Uint8Array).get('word/document.xml')).toContain('关键议题');
    for (const [selection, format] of [
      [{ themes: ['theme-1'] }, 'docx'],
      [{}, 'md'],
    ] as const) {
      const refusal = await exportSelection(catalog, knowledge, selection, format, { layout: 'un' }).catch(
        (error: unknown) => error,
      );
      expect(isSomkbError(refusal) && refusal.code === 'USAGE').toBe(true);
    }
  });
});
