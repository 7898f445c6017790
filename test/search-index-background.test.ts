import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../src/domain/index.js';
import { SomkbError } from '../src/errors/index.js';
import type { SearchIndexEvent } from '../src/services/index.js';
import {
  createSearchService,
  createWorkerIndexBuilder,
  inProcessIndexBuilder,
  searchIndexKey,
} from '../src/services/index.js';
import type { BundledServices } from './support/bundled-app.js';
import { createBundledApp, startBundledServices } from './support/bundled-app.js';
import { bundledKnowledge } from './support/knowledge.js';
import { publishedOf } from './support/published.js';

/** A word no paragraph of the bundled summary holds, added to paragraph 20 by the second version. */
const NEW_WORD = '鲸鱼歌声';
/** How long a test waits for what a background build does (ms): the builds take seconds on a busy machine. */
const WAIT_MS = 15_000;

function withNewWord(catalog: Catalog): Catalog {
  return {
    ...catalog,
    paragraphs: catalog.paragraphs.map((paragraph) =>
      paragraph.number === 20 ? { ...paragraph, text: `${paragraph.text}${NEW_WORD}。` } : paragraph,
    ),
  };
}

describe('building the search index in a worker thread', () => {
  let services: BundledServices | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await services?.store.close();
    services = undefined;
  });

  it('gives the bytes the same build gives in the calling thread', async () => {
    services = await startBundledServices();
    const published = [publishedOf(services.catalog, 1)];
    const job = {
      catalogs: [services.catalog],
      knowledge: bundledKnowledge(),
      key: searchIndexKey(published, bundledKnowledge()),
    };
    const inWorker = await createWorkerIndexBuilder().build(job);
    const inThread = await inProcessIndexBuilder.build(job);
    expect(inWorker.length).toBeGreaterThan(1000);
    expect(Buffer.from(inWorker).equals(Buffer.from(inThread))).toBe(true);
  });

  it('reports a build that fails in the worker as a SomkbError, and the process goes on', async () => {
    const failure = await createWorkerIndexBuilder()
      .build({ catalogs: [], knowledge: undefined, key: 'k' })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(SomkbError);
    expect((failure as SomkbError).code).toBe('INTERNAL');
    expect((failure as SomkbError).message).toMatch(
      /^building the search index failed: in its worker thread: /,
    );
  });

  it('keeps answering searches and health checks from the previous index while the new one builds', async () => {
    services = await startBundledServices();
    const { store, catalog } = services;
    const order: string[] = [];
    let built: () => void = () => undefined;
    const events: SearchIndexEvent[] = [];
    const searches = createSearchService(services.service, bundledKnowledge(), {
      indexBuilder: createWorkerIndexBuilder(),
      onIndexEvent: (event) => {
        events.push(event);
        if (event.kind === 'built') {
          order.push('built');
          built();
        }
      },
    });
    const app = createBundledApp(services, { search: (request) => searches.search(request) });
    const hitsOf = async (): Promise<number[]> => {
      const response = await app.request(`/api/v1/search?q=${encodeURIComponent(NEW_WORD)}`);
      const body = (await response.json()) as { hits: { paragraph: number }[] };
      return body.hits.map((hit) => hit.paragraph);
    };
    // No index yet: the first search waits for the build.
    expect(await hitsOf()).toEqual([]);
    expect(order).toEqual(['built']);

    await store.publish(withNewWord(catalog), { name: 'edited.txt', sha256: 'e'.repeat(64) });
    const rebuilt = new Promise<void>((resolve) => (built = resolve));
    // Concurrent searches during the build: answered from the previous version, and one build only.
    // A search that must come from the current versions (an export cached under them) waits instead.
    const current = searches.search({ query: NEW_WORD, current: true }).then((result) => {
      order.push('current answered');
      return result.hits.map((hit) => hit.paragraph);
    });
    const during = await Promise.all([hitsOf(), hitsOf(), hitsOf()]);
    order.push('searches answered');
    expect(during).toEqual([[], [], []]);
    const health = await app.request('/api/v1/health');
    order.push(`health ${health.status}`);
    await rebuilt;
    expect(await current).toEqual([20]);
    expect(order).toEqual(['built', 'searches answered', 'health 200', 'built', 'current answered']);
    expect(await hitsOf()).toEqual([20]);
    expect(events.filter((event) => event.kind === 'built')).toHaveLength(2);
  });

  it('makes the first search fail with the error of a failed build, and the next one builds again', async () => {
    services = await startBundledServices();
    let fail = true;
    const builder = createWorkerIndexBuilder();
    const searches = createSearchService(services.service, bundledKnowledge(), {
      indexBuilder: {
        inBackground: true,
        build: (job) => (fail ? builder.build({ ...job, catalogs: [] }) : builder.build(job)),
      },
    });
    await expect(searches.search({ query: '偷运移民' })).rejects.toMatchObject({ code: 'INTERNAL' });
    fail = false;
    expect((await searches.search({ query: '偷运移民' })).total).toBeGreaterThan(0);
  });

  it('after a failed build, answers from the previous index and tries again only 30 s later', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    services = await startBundledServices();
    const { store, catalog } = services;
    let fail = false;
    let builds = 0;
    const events: SearchIndexEvent[] = [];
    const searches = createSearchService(services.service, bundledKnowledge(), {
      resultCacheEntries: 0,
      indexBuilder: {
        inBackground: true,
        build: (job) => {
          builds += 1;
          return fail
            ? Promise.reject(new SomkbError('INTERNAL', 'building the search index failed: fixture'))
            : inProcessIndexBuilder.build(job);
        },
      },
      onIndexEvent: (event) => events.push(event),
    });
    const hitsOf = async (): Promise<number[]> =>
      (await searches.search({ query: NEW_WORD })).hits.map((hit) => hit.paragraph);
    const preparing = (): number => events.filter((event) => event.kind === 'preparing').length;
    expect(await hitsOf()).toEqual([]);
    expect(builds).toBe(1);
    expect(events[0]).toEqual({ kind: 'preparing', languages: ['zh'], paragraphs: 79 });

    fail = true;
    await store.publish(withNewWord(catalog), { name: 'edited.txt', sha256: 'e'.repeat(64) });
    // The build of the new version fails; searches keep the previous index and do not retry at once.
    expect(await hitsOf()).toEqual([]);
    await vi.waitFor(
      () => {
        expect(events.map((event) => event.kind)).toContain('build-failed');
      },
      { timeout: WAIT_MS },
    );
    expect(builds).toBe(2);
    expect(preparing()).toBe(2);
    vi.advanceTimersByTime(29_000);
    expect(await hitsOf()).toEqual([]);
    expect(await hitsOf()).toEqual([]);
    // Said when a load or build is asked for, so none was.
    expect(preparing()).toBe(2);
    // A search that must come from the current versions does not wait out the pause: it builds, and fails.
    await expect(searches.search({ query: NEW_WORD, current: true })).rejects.toMatchObject({
      code: 'INTERNAL',
    });
    expect(builds).toBe(3);
    expect(preparing()).toBe(3);

    // Once the pause is over, a search starts the build again; when it is ready, the new version answers.
    fail = false;
    vi.advanceTimersByTime(31_000);
    expect(await hitsOf()).toEqual([]);
    expect(preparing()).toBe(4);
    await vi.waitFor(
      async () => {
        expect(await hitsOf()).toEqual([20]);
      },
      { timeout: WAIT_MS },
    );
    expect(builds).toBe(4);
  });
});
