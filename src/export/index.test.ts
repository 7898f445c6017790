import { describe, expect, it } from 'vitest';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { EXPORT_FORMATS, renderCsv, renderExport, renderJson, renderMarkdown, renderText } from './index.js';

describe('renderExport', () => {
  it('dispatches each format to its renderer', () => {
    const catalog = makeSampleCatalog();
    expect(renderExport(catalog, 'json')).toBe(renderJson(catalog));
    expect(renderExport(catalog, 'csv')).toBe(renderCsv(catalog));
    expect(renderExport(catalog, 'md')).toBe(renderMarkdown(catalog));
    expect(renderExport(catalog, 'text')).toBe(renderText(catalog));
  });

  it('lists every format', () => {
    expect(EXPORT_FORMATS).toEqual(['json', 'csv', 'md', 'text']);
  });
});
