import { describe, expect, it } from 'vitest';
import type { KnowledgeStore, KnowledgeVersionRecord } from '../store/index.js';
import { bundledKnowledge, bundledKnowledgeFiles } from '../../test/support/knowledge.js';
import { createKnowledgeSource } from './knowledge-source.js';

/** A knowledge store holding `versions`, newest last, counting its reads. */
function storeOf(versions: KnowledgeVersionRecord[]): KnowledgeStore & { reads: number; fail: boolean } {
  const store = {
    reads: 0,
    fail: false,
    publishKnowledge: () => Promise.reject(new Error('not in this test')),
    currentKnowledge() {
      store.reads += 1;
      return store.fail ? Promise.reject(new Error('database gone')) : Promise.resolve(versions.at(-1));
    },
  };
  return store;
}

function versionWithConcept(version: number, id: string): KnowledgeVersionRecord {
  const files = bundledKnowledgeFiles() as { thesaurus: { concepts: unknown[] }; mechanisms: unknown };
  files.thesaurus.concepts.push({ id, kind: 'term', prefLabel: { zh: `概念${version}`, en: id } });
  return { version, publishedAt: '2026-12-01T00:00:00.000Z', by: 'admin@example.org', draft: 'd1', ...files };
}

describe('createKnowledgeSource', () => {
  it('gives the bundled files until editors publish a version, then that version, parsed once', async () => {
    const versions: KnowledgeVersionRecord[] = [];
    const store = storeOf(versions);
    const source = createKnowledgeSource({
      bundled: bundledKnowledge,
      bundledFiles: bundledKnowledgeFiles,
      store,
    });
    const first = await source.current();
    expect(first.version).toBe(0);
    expect(first.base).toBe(bundledKnowledge());
    versions.push(versionWithConcept(1, 'drones'));
    const second = await source.current();
    expect(second.version).toBe(1);
    expect(second.base.thesaurus.concepts.some((concept) => concept.id === 'drones')).toBe(true);
    expect(await source.current()).toBe(second);
    expect(await source.atVersion(0)).toEqual(bundledKnowledgeFiles());
    expect(await source.atVersion(1)).toMatchObject({ thesaurus: versions[0]?.thesaurus });
    expect(await source.atVersion(7)).toBeUndefined();
  });

  it('keeps the knowledge it has while the store cannot be read, and says so', async () => {
    const versions = [versionWithConcept(1, 'drones')];
    const store = storeOf(versions);
    const seen: unknown[] = [];
    const source = createKnowledgeSource({
      bundled: bundledKnowledge,
      bundledFiles: bundledKnowledgeFiles,
      store: () => Promise.resolve(store),
      onUnreachable: (error) => seen.push(error),
    });
    store.fail = true;
    expect((await source.current()).version).toBe(0);
    store.fail = false;
    const held = await source.current();
    expect(held.version).toBe(1);
    store.fail = true;
    expect(await source.current()).toBe(held);
    expect(seen).toHaveLength(2);
  });
});
