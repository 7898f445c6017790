/**
 * The search systems the evaluation (eval/run-eval.ts) and the benchmark (bench/search-bench.ts) compare:
 * the baselines, built here, and the somkb engine.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import type { Catalog } from '../src/domain/index.js';
import { catalogTerms, createAnalyzer } from '../src/analysis/index.js';
import { ingestSummary } from '../src/ingest/index.js';
import type { SearchIndex } from '../src/search/index.js';
import { buildSearchIndex, documentsFromCatalog, search } from '../src/search/index.js';
import type { KnowledgeBase } from '../src/knowledge/index.js';
import { expansionConcepts, knowledgeUserWords } from '../src/knowledge/index.js';
import { parseMechanisms } from '../src/mechanisms/index.js';
import { parseThesaurus } from '../src/thesaurus/index.js';

/** A document as the baselines index it: an integer id (the paragraph number) and its text. */
export interface PlainDocument {
  readonly id: number;
  readonly text: string;
}

/** A built system: answers a query with the ids of its best documents, best first. */
export interface RankedSearch {
  search(query: string, limit: number): number[];
}

// ---------------------------------------------------------------------------------------------------
// The bundled catalog

/** Path of the bundled Chinese thematic summary. */
export const CORPUS_PATH = fileURLToPath(new URL('../corpus/zh/thematic-summary-2021.txt', import.meta.url));

/** The catalog of the bundled summary; throws when it does not ingest. */
export function loadBundledCatalog(): Catalog {
  const report = ingestSummary(readFileSync(CORPUS_PATH), { language: 'zh', name: CORPUS_PATH });
  if (!report.ok || report.catalog === undefined) {
    throw new Error(`the bundled corpus does not ingest: ${report.anomalies[0]?.message ?? 'unknown error'}`);
  }
  return report.catalog;
}

/** The bundled thesaurus and mechanisms directory, parsed and validated. */
export function loadBundledKnowledge(): KnowledgeBase {
  const read = (name: string): unknown =>
    JSON.parse(readFileSync(new URL(`../knowledge/${name}`, import.meta.url), 'utf8')) as unknown;
  return {
    thesaurus: parseThesaurus(read('thesaurus.json'), 'knowledge/thesaurus.json'),
    mechanisms: parseMechanisms(read('mechanisms.json'), 'knowledge/mechanisms.json'),
  };
}

/** The paragraphs of a catalog as the baselines see them: the paragraph text, then its items' texts. */
export function plainDocuments(catalog: Catalog): PlainDocument[] {
  return catalog.paragraphs.map((paragraph) => ({
    id: paragraph.number,
    text: [paragraph.text, ...paragraph.items.map((item) => item.text)].join('\n'),
  }));
}

// ---------------------------------------------------------------------------------------------------
// Jieba

/** A token that carries a letter or a digit: not whitespace, not punctuation, not a lone symbol. */
const WORD_TOKEN = /[\p{L}\p{N}]/u;

/** The jieba segmentations the baselines use: search mode to index, precise mode for queries. */
export interface JiebaTokenizer {
  /** `cutForSearch(text, hmm = true)`, without whitespace and punctuation tokens. */
  readonly index: (text: string) => string[];
  /** `cut(query, hmm = true)`, without whitespace and punctuation tokens. */
  readonly query: (text: string) => string[];
}

/** A jieba tokenizer with the default dictionary of @node-rs/jieba. */
export function createJiebaTokenizer(): JiebaTokenizer {
  const jieba = Jieba.withDict(dict);
  return {
    index: (text) => jieba.cutForSearch(text, true).filter((token) => WORD_TOKEN.test(token)),
    query: (text) => jieba.cut(text, true).filter((token) => WORD_TOKEN.test(token)),
  };
}

// ---------------------------------------------------------------------------------------------------
// MiniSearch

function idsOf(results: readonly { readonly id: unknown }[], limit: number): number[] {
  return results.slice(0, limit).map((result) => Number(result.id));
}

/** MiniSearch with its default tokenizer and default search options, over the `text` field. */
export function buildMiniSearchDefault(documents: readonly PlainDocument[]): MiniSearch<PlainDocument> & {
  readonly ranked: RankedSearch;
} {
  const index = new MiniSearch<PlainDocument>({ fields: ['text'] });
  index.addAll(documents);
  return Object.assign(index, {
    ranked: { search: (query: string, limit: number) => idsOf(index.search(query), limit) },
  });
}

/**
 * MiniSearch over the `text` field with the jieba tokenizer (search mode to index, precise mode for
 * queries), terms combined with OR, MiniSearch's default BM25+ ranking.
 */
export function buildMiniSearchJieba(
  documents: readonly PlainDocument[],
  tokenizer: JiebaTokenizer,
): MiniSearch<PlainDocument> & { readonly ranked: RankedSearch } {
  const index = new MiniSearch<PlainDocument>({
    fields: ['text'],
    tokenize: tokenizer.index,
    searchOptions: { tokenize: tokenizer.query, combineWith: 'OR' },
  });
  index.addAll(documents);
  return Object.assign(index, {
    ranked: { search: (query: string, limit: number) => idsOf(index.search(query), limit) },
  });
}

// ---------------------------------------------------------------------------------------------------
// SQLite FTS5 with the trigram tokenizer

/** A quoted FTS5 string: `"word"` with inner double quotes doubled. */
export function ftsString(word: string): string {
  return `"${word.replaceAll('"', '""')}"`;
}

/** The number of Unicode code points of a word, as the trigram tokenizer counts characters. */
function characters(word: string): number {
  return Array.from(word).length;
}

/** A LIKE pattern matching `word` anywhere, with `\` as the escape character. */
function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** A built FTS5 system; `close()` frees the in-memory database. */
export interface Fts5Search extends RankedSearch {
  readonly sizeBytes: () => number;
  readonly close: () => void;
}

/**
 * SQLite FTS5 with `tokenize='trigram'` over the raw text, in memory. A query is split at whitespace;
 * words of three characters or more become quoted FTS5 strings, OR-combined, ranked by `bm25()`.
 * Shorter words cannot be matched by trigrams: they are looked for with `LIKE '%word%'` (a full scan),
 * and the paragraphs found only that way come after the bm25 results, by the number of short words they
 * contain, then by paragraph number.
 */
export function buildFts5Trigram(documents: readonly PlainDocument[]): Fts5Search {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(text, tokenize='trigram')`);
  const insert = db.prepare('INSERT INTO t(rowid, text) VALUES (?, ?)');
  db.transaction(() => {
    for (const document of documents) insert.run(document.id, document.text);
  })();
  const match = db.prepare<[string, number], { rowid: number }>(
    'SELECT rowid FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT ?',
  );
  const like = db.prepare<[string], { rowid: number }>(`SELECT rowid FROM t WHERE text LIKE ? ESCAPE '\\'`);
  return {
    search(query, limit) {
      const words = query.split(/\s+/u).filter((word) => word !== '');
      const long = words.filter((word) => characters(word) >= 3);
      const short = words.filter((word) => characters(word) < 3);
      const ranked = long.length === 0 ? [] : match.all(long.map(ftsString).join(' OR '), limit);
      const result = ranked.map((row) => row.rowid);
      if (result.length >= limit || short.length === 0) return result;
      const counts = new Map<number, number>();
      for (const word of short) {
        for (const row of like.all(likePattern(word)))
          counts.set(row.rowid, (counts.get(row.rowid) ?? 0) + 1);
      }
      const seen = new Set(result);
      const rest = [...counts]
        .filter(([rowid]) => !seen.has(rowid))
        .sort(([a, countA], [b, countB]) => countB - countA || a - b)
        .map(([rowid]) => rowid);
      return [...result, ...rest].slice(0, limit);
    },
    sizeBytes: () =>
      Number(db.pragma('page_count', { simple: true })) * Number(db.pragma('page_size', { simple: true })),
    close: () => {
      db.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// The somkb engine

/**
 * The somkb index of a catalog's paragraphs, as the evaluation builds it: with the bundled thesaurus,
 * mechanisms and instruments (as `somkb search` and the portal run it), or without.
 */
export function buildSomkbIndex(catalog: Catalog, knowledge?: KnowledgeBase): SearchIndex {
  const userWords = [
    ...catalogTerms(catalog),
    ...(knowledge === undefined ? [] : knowledgeUserWords(knowledge)),
  ];
  const analyzer = createAnalyzer('zh', { userWords });
  return buildSearchIndex(
    documentsFromCatalog(catalog),
    analyzer,
    knowledge === undefined ? {} : { concepts: expansionConcepts(knowledge, 'zh') },
  );
}

/** The somkb search over a catalog's paragraphs, as the evaluation ranks them (see {@link buildSomkbIndex}). */
export function buildSomkbSearch(catalog: Catalog, knowledge?: KnowledgeBase): RankedSearch {
  const index = buildSomkbIndex(catalog, knowledge);
  return { search: (query, limit) => search(index, { query, limit }).hits.map((hit) => hit.paragraph) };
}
