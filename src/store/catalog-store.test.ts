import { describe, expect, it } from 'vitest';
import { countCatalog } from '../domain/index.js';
import { sampleCatalog } from './catalog-store.contract.js';
import { catalogVersionKey } from './catalog-store.js';
import type { PublishedCatalog } from './catalog-store.js';

function published(documentId: string, version: number): PublishedCatalog {
  const catalog = sampleCatalog({ documentId, language: 'fr' });
  return {
    documentId,
    language: 'fr',
    version,
    publishedAt: '2026-11-30T19:00:00.000Z',
    by: 'cli:test',
    message: '',
    source: { name: 'summary.txt', sha256: 'a'.repeat(64) },
    counts: countCatalog(catalog),
    catalog,
  };
}

describe('catalogVersionKey', () => {
  it('names the document, the catalog language and the version', () => {
    expect(catalogVersionKey(published('thematic-summary-2021', 7))).toBe('thematic-summary-2021/fr/7');
  });

  it('is ASCII without spaces, and a slash in a document id cannot make two keys meet', () => {
    const odd = catalogVersionKey(published('文档 "a"/b', 1));
    expect(odd).toMatch(/^[\x21-\x7e]+$/);
    expect(odd).not.toContain('"');
    expect(odd).not.toBe(catalogVersionKey(published('文档 "a"', 1)));
    expect(odd.split('/')).toHaveLength(3);
  });

  it('is the same for equal copies and differs between versions', () => {
    const one = published('doc', 3);
    expect(catalogVersionKey(structuredClone(one))).toBe(catalogVersionKey(one));
    expect(catalogVersionKey(published('doc', 4))).not.toBe(catalogVersionKey(one));
  });
});
