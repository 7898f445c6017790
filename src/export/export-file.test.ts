import { describe, expect, it } from 'vitest';
import { isSomkbError } from '../errors/index.js';
import { describeCatalog } from '../knowledge/index.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { corpusSearchIndex } from '../../test/support/search-fixture.js';
import { EXPORT_FILE_FORMATS, exportSelection, isBinaryFormat } from './export-file.js';
import { renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';
import type { CatalogExport } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';
import { selectCatalog } from './select-catalog.js';

const { catalog } = corpusSearchIndex();
const knowledge = describeCatalog(catalog, bundledKnowledge());

describe('exportSelection', () => {
  it('lists every format, docx the only binary one', () => {
    expect(EXPORT_FILE_FORMATS).toEqual(['json', 'csv', 'md', 'docx', 'text']);
    expect(EXPORT_FILE_FORMATS.filter(isBinaryFormat)).toEqual(['docx']);
  });

  it('exports the whole catalog exactly as the renderers do', async () => {
    expect((await exportSelection(catalog, knowledge, {}, 'json')).body).toBe(renderJson(catalog, knowledge));
    expect((await exportSelection(catalog, knowledge, {}, 'csv')).body).toBe(renderCsv(catalog));
    expect((await exportSelection(catalog, knowledge, {}, 'md')).body).toBe(renderMarkdown(catalog));
    const text = await exportSelection(catalog, knowledge, {}, 'text');
    expect(text).toEqual({
      body: renderText(catalog),
      mediaType: 'text/plain; charset=utf-8',
      extension: 'txt',
    });
  });

  it('exports a selection as the renderers render its part of the catalog', async () => {
    const selection = { themes: ['theme-5'] };
    const part = selectCatalog(catalog, knowledge, selection);
    expect((await exportSelection(catalog, knowledge, selection, 'md')).body).toBe(renderMarkdown(part));
    expect((await exportSelection(catalog, knowledge, selection, 'csv')).body).toBe(renderCsv(part));
  });

  it('cuts the JSON knowledge to the selected paragraphs', async () => {
    const file = await exportSelection(catalog, knowledge, { papers: ['CTOC/COP/WG.7/2018/2'] }, 'json');
    expect(file.mediaType).toBe('application/json; charset=utf-8');
    const exported = JSON.parse(file.body as string) as CatalogExport;
    expect(exported.paragraphs.map((paragraph) => paragraph.number)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(exported.references.map((reference) => [reference.paragraph, reference.citation])).toEqual([
      [5, 'Smuggling of Migrants Protocol, art. 3(a) (Use of terms)'],
    ]);
    expect(
      exported.concepts.every((concept) => concept.paragraphs.every((number) => number >= 4 && number <= 9)),
    ).toBe(true);
  });

  it('gives Word bytes for docx', async () => {
    const file = await exportSelection(catalog, knowledge, { themes: ['theme-2'] }, 'docx');
    expect(file.extension).toBe('docx');
    expect(file.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.body).toBeInstanceOf(Uint8Array);
    expect([...(file.body as Uint8Array).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('refuses a selection in the text format, which is the whole summary', async () => {
    const error: unknown = await exportSelection(catalog, knowledge, { themes: ['theme-1'] }, 'text').catch(
      (caught: unknown) => caught,
    );
    expect(isSomkbError(error, 'USAGE')).toBe(true);
    expect((error as Error).message).toContain('cannot hold a selection');
  });

  it('names an unknown theme', async () => {
    const error: unknown = await exportSelection(catalog, knowledge, { themes: ['theme-0'] }, 'md').catch(
      (caught: unknown) => caught,
    );
    expect(isSomkbError(error, 'NOT_FOUND')).toBe(true);
  });
});
