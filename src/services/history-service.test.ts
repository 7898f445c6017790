import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import { isSomkbError } from '../errors/index.js';
import type { CatalogStore } from '../store/index.js';
import { openSqliteCatalogStore } from '../store/index.js';
import { publishTwoSampleVersions } from '../../test/support/published.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import type { HistoryService } from './history-service.js';
import { createHistoryService } from './history-service.js';

/** The sample catalog without its last paragraph (9), which stays listed nowhere else. */
function shortenedCatalog(): Catalog {
  const catalog = makeSampleCatalog();
  return {
    ...catalog,
    paragraphs: catalog.paragraphs.filter((paragraph) => paragraph.number !== 9),
    papers: catalog.papers.map((paper) =>
      paper.symbol === 'CTOC/COP/WG.7/2013/3' ? { ...paper, paragraphs: [7, 8] } : paper,
    ),
  };
}

/** What `promise` rejected with (fails the test when it resolved). */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof Error)) throw new Error('expected a rejection');
  return outcome;
}

describe('history service', () => {
  let store: CatalogStore;
  let service: HistoryService;

  beforeEach(async () => {
    store = await openSqliteCatalogStore(':memory:');
    service = createHistoryService(store);
  });

  afterEach(async () => {
    await store.close();
  });

  it('says that nothing is published in an empty store, for every use case', async () => {
    for (const attempt of [service.history(), service.version(1), service.diff(1, 2)]) {
      expect(isSomkbError(await rejection(attempt), 'CATALOG_EMPTY')).toBe(true);
    }
    const refused = await rejection(service.rollback(1, { by: 'cli:alice' }));
    expect(isSomkbError(refused, 'CATALOG_EMPTY')).toBe(true);
  });

  it('lists the versions of the published document, oldest first, with their provenance', async () => {
    await publishTwoSampleVersions(store);
    const { document, versions } = await service.history();
    expect(document).toBe('thematic-summary-2021');
    expect(versions.map((record) => [record.version, record.by, record.message, record.source.name])).toEqual(
      [
        [1, 'cli:alice', '', 'summary.txt'],
        [2, 'cli:bob', 'paragraph 6 reworded', 'edited.txt'],
      ],
    );
    expect(versions[0]?.counts.paragraphs).toBe(9);
  });

  it('names an unknown document, and what is published', async () => {
    await publishTwoSampleVersions(store);
    const error = await rejection(service.history('no-such-summary'));
    expect(isSomkbError(error, 'NOT_FOUND')).toBe(true);
    expect(error.message).toMatch(/no-such-summary.*thematic-summary-2021/);
  });

  it('gives one version with its catalog, and names a missing version with those that exist', async () => {
    await publishTwoSampleVersions(store);
    const first = await service.version(1);
    expect(first.version).toBe(1);
    expect(first.catalog).toEqual(makeSampleCatalog());
    const missing = await rejection(service.version(7));
    expect(isSomkbError(missing, 'NOT_FOUND')).toBe(true);
    expect(missing.message).toBe('version 7 of thematic-summary-2021 does not exist (versions 1–2)');
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      expect(isSomkbError(await rejection(service.version(bad)), 'USAGE')).toBe(true);
    }
  });

  it('diffs two versions: exactly the paragraph that changed', async () => {
    await publishTwoSampleVersions(store);
    const diff = await service.diff(1, 2);
    expect(diff.document).toBe('thematic-summary-2021');
    expect([diff.from, diff.to]).toEqual([1, 2]);
    expect(diff.changes.map((change) => [change.kind, change.change, change.number])).toEqual([
      ['paragraph', 'changed', 6],
    ]);
    expect((await service.diff(2, 1)).changes[0]?.after).toBe(makeSampleCatalog().paragraphs[5]?.text);
    expect((await service.diff(2, 2)).changes).toEqual([]);
    const missing = await rejection(service.diff(1, 3));
    expect(isSomkbError(missing, 'NOT_FOUND')).toBe(true);
    expect(missing.message).toMatch(/^version 3 of thematic-summary-2021 does not exist/);
  });

  it('reads each version from the store once, and makes each diff once', async () => {
    await publishTwoSampleVersions(store);
    const reads: string[] = [];
    const counting: CatalogStore = {
      ...store,
      publish: (...args) => store.publish(...args),
      current: (...args) => store.current(...args),
      listCurrent: () => store.listCurrent(),
      history: (...args) => {
        reads.push('history');
        return store.history(...args);
      },
      version: (...args) => {
        reads.push(`version ${args[1]}`);
        return store.version(...args);
      },
      importVersion: (...args) => store.importVersion(...args),
      health: () => store.health(),
      close: () => store.close(),
    };
    const service = createHistoryService(counting);
    const first = await service.diff(1, 2);
    expect(await service.diff(1, 2)).toBe(first);
    expect((await service.version(2)).version).toBe(2);
    expect(reads).toEqual(['version 1', 'version 2']);
  });

  it('rolls back: the content of the chosen version as a new version, with its provenance', async () => {
    await publishTwoSampleVersions(store);
    const { published, changed } = await service.rollback(1, {
      by: 'cli:carol',
      message: 'undo the rewording',
    });
    expect(changed).toBe(true);
    expect(published.version).toBe(3);
    expect(published.catalog).toEqual(makeSampleCatalog());
    expect(published.by).toBe('cli:carol');
    expect(published.message).toBe('undo the rewording');
    expect(published.source).toEqual({ name: 'summary.txt', sha256: 'a'.repeat(64), rollbackOf: 1 });
    expect((await service.diff(1, 3)).changes).toEqual([]);
    expect((await service.history()).versions.map((record) => record.version)).toEqual([1, 2, 3]);
  });

  it('refuses a rollback to the current version, or to the content it already holds, writing nothing', async () => {
    await publishTwoSampleVersions(store);
    const current = await rejection(service.rollback(2, { by: 'cli:carol' }));
    expect(isSomkbError(current, 'CONFLICT')).toBe(true);
    expect(current.message).toMatch(/version 2 is the current version/);
    await service.rollback(1, { by: 'cli:carol' });
    const same = await rejection(service.rollback(1, { by: 'cli:carol' }));
    expect(isSomkbError(same, 'CONFLICT')).toBe(true);
    expect(same.message).toMatch(/same content as the current version 3/);
    const missing = await rejection(service.rollback(9, { by: 'cli:carol' }));
    expect(isSomkbError(missing, 'NOT_FOUND')).toBe(true);
    expect((await service.history()).versions).toHaveLength(3);
  });

  it('refuses a rollback that would remove paragraphs unless removals are allowed, and records them', async () => {
    await store.publish(
      shortenedCatalog(),
      { name: 'short.txt', sha256: 'c'.repeat(64) },
      { by: 'cli:alice' },
    );
    await store.publish(
      makeSampleCatalog(),
      { name: 'summary.txt', sha256: 'a'.repeat(64) },
      { by: 'cli:alice' },
    );
    const refused = await rejection(service.rollback(1, { by: 'cli:carol' }));
    expect(isSomkbError(refused, 'REMOVALS_REFUSED')).toBe(true);
    expect(refused.message).toMatch(/9/);
    expect((await service.history()).versions).toHaveLength(2);
    const { published } = await service.rollback(1, { by: 'cli:carol', allowRemovals: true });
    expect(published.version).toBe(3);
    expect(published.removals).toEqual({ paragraphs: [9], papers: [], themes: [] });
  });
});
