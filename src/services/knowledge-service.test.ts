import { afterEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import type { CatalogStore } from '../store/index.js';
import { openSqliteCatalogStore } from '../store/index.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { languageFixtureCatalog } from '../../test/support/language-fixtures.js';
import { keyTopicConceptResolver, provisionKey } from '../knowledge/index.js';
import { createCatalogService } from './catalog-service.js';
import { createKnowledgeService } from './knowledge-service.js';

const source = (sha256: string) => ({ name: 'summary.txt', sha256: sha256.repeat(64) });

/**
 * A store that answers every read with a new, structurally equal copy, as a backend that parses
 * rows on each read (PostgreSQL) would: object identity says nothing about the version.
 */
function copyingStore(store: CatalogStore): CatalogStore {
  return {
    publish: (catalog, from, options) => store.publish(catalog, from, options),
    current: async (documentId, language) => structuredClone(await store.current(documentId, language)),
    listCurrent: async () => structuredClone(await store.listCurrent()),
    history: async (documentId, language) => structuredClone(await store.history(documentId, language)),
    version: async (documentId, version) => structuredClone(await store.version(documentId, version)),
    importVersion: (published) => store.importVersion(published),
    health: () => store.health(),
    close: () => store.close(),
  };
}

describe('knowledge service', () => {
  let store: CatalogStore | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  async function open() {
    const opened = copyingStore(await openSqliteCatalogStore(':memory:'));
    store = opened;
    const catalogs = createCatalogService(opened);
    return { opened, catalogs, knowledge: createKnowledgeService(catalogs, bundledKnowledge()) };
  }

  it('describes a version once, even when every read returns a new copy of it', async () => {
    const { opened, catalogs, knowledge } = await open();
    await opened.publish(makeSampleCatalog(), source('a'));
    const [one, two] = [await catalogs.findPublished('zh'), await catalogs.findPublished('zh')];
    expect(two).not.toBe(one);
    expect(two).toEqual(one);

    const first = await knowledge.current('zh');
    expect(first).toBeDefined();
    expect(await knowledge.current('zh')).toBe(first);
    expect(await knowledge.current()).toBe(first);
  });

  it('describes the new version once a new one is published', async () => {
    const { opened, knowledge } = await open();
    await opened.publish(makeSampleCatalog(), source('a'));
    const before = await knowledge.current('zh');
    const catalog = makeSampleCatalog();
    const changed: Catalog = {
      ...catalog,
      paragraphs: catalog.paragraphs.map((paragraph) =>
        paragraph.number === 1 ? { ...paragraph, text: `${paragraph.text}哈瓦拉。` } : paragraph,
      ),
    };
    await opened.publish(changed, source('b'));
    const after = await knowledge.current('zh');
    expect(after).not.toBe(before);
    expect(after).not.toEqual(before);
    expect(await knowledge.current('zh')).toBe(after);
  });

  it('describes every language version with the facts found in its own text, aligned with the Chinese', async () => {
    const { opened, knowledge } = await open();
    const chinese = languageFixtureCatalog('zh');
    const english = languageFixtureCatalog('en');
    const renamed: Catalog = {
      ...english,
      themes: english.themes.map((theme) =>
        theme.id === 'theme-1'
          ? {
              ...theme,
              keyTopics: theme.keyTopics.map((topic) =>
                topic === 'online services' ? 'internet platforms' : topic,
              ),
            }
          : theme,
      ),
    };
    await opened.publish(chinese, source('c'));
    await opened.publish(renamed, source('d'));
    const zh = await knowledge.current('zh');
    const en = await knowledge.current('en');
    if (zh === undefined || en === undefined) throw new Error('both versions are published');
    const cited = (facts: typeof zh) =>
      facts.references.map((reference) => `${reference.paragraph} ${provisionKey(reference)}`);
    expect(cited(en)).toEqual(cited(zh));
    expect(cited(en)).toContain('4 protocol 3(a)');
    const mentioned = (facts: typeof zh) =>
      facts.mechanisms.map((entry) => `${entry.mechanism.id} ${entry.paragraphs.join(',')}`);
    expect(mentioned(en)).toEqual(mentioned(zh));

    const conceptOf = keyTopicConceptResolver(en, 'en');
    expect(conceptOf('internet platforms')?.concept.id).toBe('online-services');
    expect(en.concepts.find((entry) => entry.concept.id === 'online-services')?.themes).toContain('theme-1');
    expect(await knowledge.current('en')).toBe(en);
  });

  it('has no knowledge when nothing is published in that catalog language', async () => {
    const { opened, knowledge } = await open();
    expect(await knowledge.current('zh')).toBeUndefined();
    await opened.publish(makeSampleCatalog(), source('a'));
    expect(await knowledge.current('en')).toBeUndefined();
  });
});
