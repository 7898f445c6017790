import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { makeLanguageVersion } from '../../test/support/language-versions.js';
import { publishedOf } from '../../test/support/published.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import type { Catalog } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import type { CatalogKnowledge } from '../knowledge/index.js';
import { describeCatalog } from '../knowledge/index.js';
import type { PublishedCatalog } from '../store/index.js';
import { createSuggestService } from './suggest-service.js';

const sample = makeSampleCatalog();
const knowledge = describeCatalog(sample, bundledKnowledge());
/** TEST FIXTURE: a French version whose paper subjects are the fixture's own words. */
const french = (subject: string): Catalog =>
  makeLanguageVersion(sample, 'fr', (text, where) => (where.startsWith('CTOC/') ? subject : text));

describe('the suggest service', () => {
  it('suggests from every current language version, and follows a new version without a restart', async () => {
    let published: PublishedCatalog[] = [
      publishedOf(french('sujet de fixture alpha'), 1),
      publishedOf(sample),
    ];
    const service = createSuggestService({
      listPublished: () => Promise.resolve(published),
      knowledge: () => Promise.resolve<CatalogKnowledge>(knowledge),
    });
    const ids = async (query: string) =>
      (await service.suggest({ query, language: 'fr' })).map((each) => `${each.kind}:${each.id}`);
    expect(await ids('sujet de fixture alpha')).toHaveLength(3);
    expect(await ids('sujet de fixture beta')).toEqual([]);
    // The reference (Chinese) version's papers, named in French.
    const [paper] = await service.suggest({ query: '2018/2', language: 'fr' });
    expect(paper).toMatchObject({ label: 'sujet de fixture alpha', labelZh: '刑事司法对策' });

    published = [publishedOf(french('sujet de fixture beta'), 2), publishedOf(sample)];
    expect(await ids('sujet de fixture beta')).toHaveLength(3);
    expect(await ids('sujet de fixture alpha')).toEqual([]);
  });

  it('gives a repeated lookup its answer again until a new version is published', async () => {
    let published: PublishedCatalog[] = [publishedOf(sample)];
    const service = createSuggestService({
      listPublished: () => Promise.resolve(published),
      knowledge: () => Promise.resolve(knowledge),
    });
    const first = await service.suggest({ query: 'inter', language: 'en' });
    expect(first.length).toBeGreaterThan(0);
    expect(await service.suggest({ query: 'inter', language: 'en' })).toBe(first);
    expect(await service.suggest({ query: 'inter', language: 'fr' })).not.toBe(first);
    expect(await service.suggest({ query: 'inter', language: 'en', limit: 2 })).toHaveLength(2);
    published = [publishedOf(sample, 2)];
    const again = await service.suggest({ query: 'inter', language: 'en' });
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('offers the closest concepts for a query that found nothing', async () => {
    const service = createSuggestService({
      listPublished: () => Promise.resolve([publishedOf(sample)]),
      knowledge: () => Promise.resolve(knowledge),
    });
    expect((await service.closeConcepts('intelligance')).map((entry) => entry.concept.id)).toContain(
      'intelligence',
    );
    expect(await service.closeConcepts('intelligance', 0)).toEqual([]);
  });

  it('throws CATALOG_EMPTY when nothing is published', async () => {
    const service = createSuggestService({
      listPublished: () => Promise.resolve([]),
      knowledge: () => Promise.resolve(undefined),
    });
    await expect(service.suggest({ query: 'a', language: 'en' })).rejects.toMatchObject({
      code: 'CATALOG_EMPTY',
    });
    await expect(service.closeConcepts('a')).rejects.toBeInstanceOf(SomkbError);
  });
});
