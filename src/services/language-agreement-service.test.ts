import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogStore } from '../store/index.js';
import { openSqliteCatalogStore } from '../store/index.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { languageFixtureRequest, readLanguageFixture } from '../../test/support/language-fixtures.js';
import { createCatalogService } from './catalog-service.js';

/** The English fixture as an ingest request, with `from` replaced by `to`. */
function englishVariant(from: string, to: string) {
  const text = readLanguageFixture('en');
  expect(text).toContain(from);
  const bytes = Buffer.from(text.replace(from, to), 'utf8');
  return {
    bytes,
    name: 'summary-fixture.en.variant.txt',
    language: 'en',
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

describe('the agreement of an ingested language version with the Chinese one', () => {
  let store: CatalogStore | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  async function open() {
    store = await openSqliteCatalogStore(':memory:');
    return createCatalogService(store, { knowledge: bundledKnowledge });
  }

  it('publishes a version that disagrees, with warnings that name the paragraph', async () => {
    const service = await open();
    await service.ingest(languageFixtureRequest('zh'));
    const outcome = await service.ingest(
      englishVariant('article 3 (a) of the Smuggling', 'article 3 (b) of the Smuggling'),
    );
    expect(outcome.publication.changed).toBe(true);
    expect(outcome.agreement.map((warning) => warning.message)).toEqual([
      'paragraph 4 cites protocol 3(a) in zh but not in en',
      'paragraph 4 cites protocol 3(b) in en but not in zh',
    ]);
    expect(outcome.agreement.map((warning) => warning.paragraph)).toEqual([4, 4]);
    expect((await service.findPublished('en'))?.version).toBe(outcome.publication.published.version);
  });

  it('has no warning for a version that agrees, for the Chinese one, or with no Chinese version published', async () => {
    const service = await open();
    expect((await service.ingest(languageFixtureRequest('en'))).agreement).toEqual([]);
    expect((await service.ingest(languageFixtureRequest('zh'))).agreement).toEqual([]);
    const french = await service.ingest(languageFixtureRequest('fr'));
    expect(french.agreement).toEqual([]);
    const catalog = french.report.catalog;
    if (catalog === undefined) throw new Error('the French fixture ingests');
    expect(await service.checkAgreement(catalog)).toEqual([]);
  });

  it('checks nothing without the knowledge', async () => {
    store = await openSqliteCatalogStore(':memory:');
    const service = createCatalogService(store);
    await service.ingest(languageFixtureRequest('zh'));
    const outcome = await service.ingest(
      englishVariant('article 3 (a) of the Smuggling', 'article 3 (b) of the Smuggling'),
    );
    expect(outcome.agreement).toEqual([]);
  });
});
