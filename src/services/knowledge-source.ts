import type { KnowledgeFiles } from '../editing/index.js';
import type { KnowledgeBase } from '../knowledge/index.js';
import { parseMechanisms } from '../mechanisms/index.js';
import { parseThesaurus } from '../thesaurus/index.js';
import type { KnowledgeStore, KnowledgeVersionRecord } from '../store/index.js';

/** The knowledge base in force: its version (0 for the bundled files), parsed, and as its files. */
export interface CurrentKnowledge {
  readonly version: number;
  readonly base: KnowledgeBase;
  readonly files: KnowledgeFiles;
}

/**
 * Where the knowledge base comes from: the newest version editors published (the editorial store's
 * `knowledge`), else the files bundled under `knowledge/`.
 */
export interface KnowledgeSource {
  /** The knowledge base now; a version is parsed and validated once, then kept while it is current. */
  current(): Promise<CurrentKnowledge>;
  /** The knowledge base as it is at version `version` (0: the bundled files), or `undefined` when the store cannot say. */
  atVersion(version: number): Promise<KnowledgeFiles | undefined>;
}

/** Options of {@link createKnowledgeSource}. */
export interface KnowledgeSourceOptions {
  /** The bundled files, parsed and validated (`main.ts` reads them once). */
  readonly bundled: () => KnowledgeBase;
  /** The bundled files as their JSON (what a draft changes). */
  readonly bundledFiles: () => KnowledgeFiles;
  /**
   * The published versions; without it, the bundled files are always current. A function is asked
   * on each read and may answer `undefined` (`somkb serve` opens the editorial store only once it
   * holds something: a reader's process writes nothing to a database no editor has used).
   */
  readonly store?: KnowledgeStore | (() => Promise<KnowledgeStore | undefined>);
  /** Told when the store cannot be read (the knowledge kept is used meanwhile), e.g. to log it. */
  readonly onUnreachable?: (error: unknown) => void;
}

/**
 * The knowledge source over the editorial store: each read of `current` asks the store for its
 * newest version (one small query), and parses it only when it is another than the one kept. The
 * services that describe catalogs call it only when a catalog version changes (see
 * `KnowledgeServiceOptions.currentKnowledge`), which every knowledge publish makes.
 */
export function createKnowledgeSource(options: KnowledgeSourceOptions): KnowledgeSource {
  let kept: CurrentKnowledge | undefined;
  const storeNow = async (): Promise<KnowledgeStore | undefined> =>
    typeof options.store === 'function' ? options.store() : options.store;
  function bundled(): CurrentKnowledge {
    return { version: 0, base: options.bundled(), files: options.bundledFiles() };
  }
  return {
    async current() {
      let record: KnowledgeVersionRecord | undefined;
      try {
        record = await (await storeNow())?.currentKnowledge();
      } catch (error) {
        // A store that cannot be reached now: readers keep the knowledge they have (at first, the
        // bundled files), and the next read asks again.
        if (options.onUnreachable !== undefined) options.onUnreachable(error);
        return kept ?? bundled();
      }
      if (record === undefined) {
        if (kept?.version !== 0) kept = bundled();
        return kept;
      }
      if (kept?.version !== record.version) {
        const where = `knowledge version ${record.version}`;
        kept = {
          version: record.version,
          base: {
            thesaurus: parseThesaurus(record.thesaurus, `${where} (thesaurus)`),
            mechanisms: parseMechanisms(record.mechanisms, `${where} (mechanisms)`),
          },
          files: { thesaurus: record.thesaurus, mechanisms: record.mechanisms },
        };
      }
      return kept;
    },
    async atVersion(version) {
      if (version === 0) return options.bundledFiles();
      const store = await storeNow();
      const record = await store?.currentKnowledge();
      if (record?.version === version) return { thesaurus: record.thesaurus, mechanisms: record.mechanisms };
      const older = await store?.knowledgeVersion?.(version);
      return older === undefined ? undefined : { thesaurus: older.thesaurus, mechanisms: older.mechanisms };
    },
  };
}
