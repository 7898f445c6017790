import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import { encodeSearchIndex, buildVersionsIndex } from '../search/index.js';
import type { PublishedCatalog } from '../store/index.js';
import { createSearchIndexFolder } from '../store/index.js';
import { publishedOf } from '../../test/support/published.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { searchIndexInputs } from './search-index-inputs.js';
import { searchIndexKey } from './search-index-key.js';
import type { SearchIndexEvent } from './search-service.js';
import { createSearchService } from './search-service.js';

const QUERIES = ['背景文件', '援助措施', '控制下交付', '偷运移民'];

describe('the search service with an index store', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  const catalog = makeSampleCatalog();
  const knowledge = bundledKnowledge();
  const published: PublishedCatalog[] = [publishedOf(catalog, 2)];
  const key = searchIndexKey(published, knowledge);

  /** A service over the sample catalog keeping its index in `folder`, with the events it reported. */
  function serviceIn(folder: string, catalogs: readonly PublishedCatalog[] = published) {
    const events: SearchIndexEvent[] = [];
    let stored: () => void = () => undefined;
    const storedOnce = new Promise<void>((resolve) => (stored = resolve));
    const service = createSearchService({ listPublished: () => Promise.resolve(catalogs) }, knowledge, {
      indexStore: createSearchIndexFolder(folder),
      onIndexEvent: (event) => {
        events.push(event);
        if (event.kind === 'stored') stored();
      },
    });
    return { service, events, storedOnce };
  }

  async function resultsOf(service: ReturnType<typeof serviceIn>['service']) {
    return Promise.all(QUERIES.map((query) => service.search({ query, limit: 50 })));
  }

  let first: { folder: string; name: string; sound: Buffer; results: Awaited<ReturnType<typeof resultsOf>> };
  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'somkb-stored-'));
    const built = serviceIn(folder);
    const results = await resultsOf(built.service);
    await built.storedOnce;
    expect(built.events.map((event) => event.kind)).toEqual(['preparing', 'built', 'stored']);
    const files = readdirSync(folder).filter((file) => file.endsWith('.somkbidx'));
    expect(files).toHaveLength(1);
    const name = files[0] as string;
    first = { folder, name, sound: readFileSync(join(folder, name)), results };
    folders.push(folder);
  });

  /** A folder holding `bytes` where the first service stored its index. */
  function folderWith(bytes: Uint8Array) {
    const folder = mkdtempSync(join(tmpdir(), 'somkb-stored-'));
    folders.push(folder);
    const file = join(folder, first.name);
    writeFileSync(file, bytes);
    return { folder, file };
  }

  it('stores the index it built, and a second process loads it and answers the same', async () => {
    const { folder } = folderWith(first.sound);
    expect(first.results.some((result) => result.total > 0)).toBe(true);
    const second = serviceIn(folder);
    expect(await resultsOf(second.service)).toEqual(first.results);
    expect(second.events.map((event) => event.kind)).toEqual(['preparing', 'loaded']);
  });

  const damages: readonly (readonly [string, (bytes: Buffer) => Uint8Array])[] = [
    ['garbage', () => Buffer.from('not an index at all, just some text of the right sort of length....')],
    ['truncated', (bytes) => bytes.subarray(0, Math.floor(bytes.length * 0.6))],
    [
      'a flipped byte',
      (bytes) => {
        const copy = Buffer.from(bytes);
        const at = Math.floor(copy.length * 0.7);
        copy[at] = (copy[at] as number) ^ 0x01;
        return copy;
      },
    ],
    [
      'another format version',
      (bytes) => {
        const copy = Buffer.from(bytes);
        copy.writeUInt32LE(copy.readUInt32LE(8) + 1, 8);
        return copy;
      },
    ],
    [
      'another analyzer version',
      (bytes) => {
        const copy = Buffer.from(bytes);
        copy.writeUInt32LE(copy.readUInt32LE(12) + 1, 12);
        return copy;
      },
    ],
    [
      'the index of another key',
      () => {
        const { versions, options } = searchIndexInputs([catalog], knowledge);
        return encodeSearchIndex(buildVersionsIndex(versions, options), `${key}\nanother version`);
      },
    ],
  ];

  for (const [name, damage] of damages) {
    it(`never trusts a stored index with ${name}: reports it, builds anew and stores a sound one`, async () => {
      const { folder, file } = folderWith(damage(first.sound));
      const second = serviceIn(folder);
      expect(await resultsOf(second.service)).toEqual(first.results);
      await second.storedOnce;
      expect(second.events.map((event) => event.kind)).toEqual(['preparing', 'rejected', 'built', 'stored']);
      const rejected = second.events[1] as Extract<SearchIndexEvent, { kind: 'rejected' }>;
      expect(rejected.where).toBe(folder);
      expect(rejected.problem).not.toBe('');
      expect(readFileSync(file).equals(first.sound)).toBe(true);
      const third = serviceIn(folder);
      await resultsOf(third.service);
      expect(third.events.map((event) => event.kind)).toEqual(['preparing', 'loaded']);
    });
  }

  it('prepares the index before any search: loaded from the store, then searches use it', async () => {
    const { folder } = folderWith(first.sound);
    const second = serviceIn(folder);
    await second.service.prepare();
    expect(second.events.map((event) => event.kind)).toEqual(['preparing', 'loaded']);
    expect(await resultsOf(second.service)).toEqual(first.results);
    expect(second.events.map((event) => event.kind)).toEqual(['preparing', 'loaded']);
    const empty = createSearchService({ listPublished: () => Promise.resolve([]) }, knowledge);
    await expect(empty.prepare()).resolves.toBeUndefined();
  });

  it('builds anew for a new catalog version and keeps only the new index', async () => {
    const { folder, file } = folderWith(first.sound);
    const changed: Catalog = {
      ...catalog,
      paragraphs: catalog.paragraphs.map((paragraph) =>
        paragraph.number === 1 ? { ...paragraph, text: `${paragraph.text}援助措施。` } : paragraph,
      ),
    };
    const next = serviceIn(folder, [publishedOf(changed, 3)]);
    const result = await next.service.search({ query: '援助措施' });
    expect(result.hits.map((hit) => hit.paragraph)).toContain(1);
    await next.storedOnce;
    expect(next.events.map((event) => event.kind)).toEqual(['preparing', 'built', 'stored']);
    const files = readdirSync(folder).filter((name) => name.endsWith('.somkbidx'));
    expect(files).toHaveLength(1);
    expect(join(folder, files[0] as string)).not.toBe(file);
  });
});
