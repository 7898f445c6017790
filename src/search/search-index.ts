import type { ConceptExpander, ExpansionConcept } from './concept-expander.js';
import { createConceptExpander } from './concept-expander.js';
import type { Analyzer } from '../analysis/index.js';
import type { SearchDocument } from './search-document.js';
import type { FilterVocabulary } from './search-filters.js';
import { compactText } from './search-document.js';

/** A field of a search document, with its BM25F weight and length normalisation. */
interface FieldSpec {
  readonly name: 'text' | 'subject' | 'theme' | 'topics';
  readonly weight: number;
  readonly b: number;
  readonly read: (document: SearchDocument) => string;
}

/**
 * The fields and their weights: the paragraph's own words count most; its paper's subject, its
 * theme's heading and the key topics it treats add context.
 */
const FIELDS: readonly FieldSpec[] = [
  { name: 'text', weight: 1, b: 0.75, read: (document) => document.text },
  { name: 'subject', weight: 0.3, b: 0.5, read: (document) => document.subject },
  { name: 'theme', weight: 0.2, b: 0.3, read: (document) => document.themeName ?? '' },
  { name: 'topics', weight: 0.4, b: 0.5, read: (document) => document.topics.join(' ') },
];

/** BM25 saturation constant. */
export const BM25_K1 = 1.2;

/**
 * The postings of one term: documents in increasing order, with the term's BM25F score in each. A
 * term found in a large share of the documents (see {@link DENSE_SHARE}) also has `dense`: its score
 * in every document (0 where absent), so that a query can test and score it in constant time.
 */
export interface Postings {
  readonly documents: Int32Array;
  readonly scores: Float32Array;
  readonly dense: Float32Array | undefined;
}

/** Share of the documents above which a term is common and also gets a dense score array. */
export const DENSE_SHARE = 1 / 8;
/** Fewest documents an index must hold before any term is treated as common. */
const DENSE_MIN_DOCUMENTS = 1000;

/** Facet values interned per index, so that documents carry small integers. */
export interface FacetTable {
  readonly values: readonly string[];
  /** Per document, the value's index or -1. */
  readonly ofDocument: Int32Array;
}

/**
 * An in-memory inverted index of search documents, built once per published catalog. Scores are
 * BM25F, precomputed per posting; per-document data sits in typed arrays so that a query touches
 * only the postings of its terms.
 */
export interface SearchIndex {
  readonly analyzer: Analyzer;
  readonly documents: readonly SearchDocument[];
  readonly postings: ReadonlyMap<string, Postings>;
  /** Per document: its text normalized and without white space (phrases, exclusions, re-ranking). */
  readonly compact: readonly string[];
  readonly themes: FacetTable;
  /** The theme id of each theme name. */
  readonly themeIdOf: ReadonlyMap<string, string>;
  readonly papers: FacetTable;
  readonly years: Int32Array;
  /** Years as a facet table (values are the years as text). */
  readonly yearFacet: FacetTable;
  readonly meetings: Int32Array;
  readonly topicNames: readonly string[];
  /**
   * The topics of each document, flattened: those of document `d` are
   * `topicIds[topicStart[d]] … topicIds[topicStart[d + 1] - 1]`, indexes into `topicNames`.
   */
  readonly topicStart: Int32Array;
  readonly topicIds: Int32Array;
  /**
   * What counting facets reads, four numbers per document side by side (one memory access where
   * four arrays would take four): theme id, paper id and year id in the tables above (−1 for none),
   * then the document's `topicStart`; a last record holds the end of the topics.
   */
  readonly facetRecords: Int32Array;
  /** Finds the thesaurus concepts a query names, for cross-language search; undefined without one. */
  readonly expander: ConceptExpander | undefined;
  /** The names theme and key-topic filters take in any language; undefined without a thesaurus. */
  readonly filterVocabulary: FilterVocabulary | undefined;
  /** Approximate memory held by the postings, in bytes. */
  readonly sizeBytes: number;
}

function intern(values: readonly (string | null)[]): FacetTable {
  const table: string[] = [];
  const index = new Map<string, number>();
  const ofDocument = new Int32Array(values.length);
  values.forEach((value, position) => {
    if (value === null) {
      ofDocument[position] = -1;
      return;
    }
    let id = index.get(value);
    if (id === undefined) {
      id = table.length;
      table.push(value);
      index.set(value, id);
    }
    ofDocument[position] = id;
  });
  return { values: table, ofDocument };
}

/** Options of {@link buildSearchIndex}. */
export interface SearchIndexOptions {
  /**
   * The thesaurus concepts, with their labels in every language: a query word or phrase that names
   * one (in any language, by any label) is searched as the concept's labels in the indexed language.
   */
  readonly concepts?: readonly ExpansionConcept[];
  /** The names theme and key-topic filters take besides the catalog's own (see {@link FilterVocabulary}). */
  readonly filterVocabulary?: FilterVocabulary;
}

/**
 * Builds the index of `documents` with `analyzer` (the analyzer of their language). Linear in the
 * size of the text; the real catalog takes milliseconds, 100,000 paragraphs a few seconds.
 */
export function buildSearchIndex(
  documents: readonly SearchDocument[],
  analyzer: Analyzer,
  options: SearchIndexOptions = {},
): SearchIndex {
  const count = documents.length;
  const fieldCount = FIELDS.length;
  const lengths = FIELDS.map(() => new Float64Array(count));
  const raw = new Map<string, { documents: number[]; frequencies: number[] }>();

  // Subject, theme and topics repeat across the paragraphs of a paper: analyze each text once.
  const shared = new Map<string, string[]>();
  const tokensOf = (field: FieldSpec, text: string): string[] => {
    if (field.name === 'text') return analyzer.indexTokens(text);
    let tokens = shared.get(text);
    if (tokens === undefined) {
      tokens = analyzer.indexTokens(text);
      shared.set(text, tokens);
    }
    return tokens;
  };
  documents.forEach((document, position) => {
    FIELDS.forEach((field, fieldIndex) => {
      const tokens = tokensOf(field, field.read(document));
      (lengths[fieldIndex] as Float64Array)[position] = tokens.length;
      for (const token of tokens) {
        let entry = raw.get(token);
        if (entry === undefined) {
          entry = { documents: [], frequencies: [] };
          raw.set(token, entry);
        }
        const last = entry.documents.length - 1;
        if (entry.documents[last] !== position) {
          entry.documents.push(position);
          for (let f = 0; f < fieldCount; f++) entry.frequencies.push(0);
        }
        const slot = (entry.documents.length - 1) * fieldCount + fieldIndex;
        entry.frequencies[slot] = (entry.frequencies[slot] ?? 0) + 1;
      }
    });
  });

  const averages = lengths.map((perDocument) => {
    let sum = 0;
    for (const length of perDocument) sum += length;
    return count === 0 ? 1 : Math.max(sum / count, 1);
  });
  const postings = new Map<string, Postings>();
  let sizeBytes = 0;
  for (const [token, entry] of raw) {
    const df = entry.documents.length;
    const idf = Math.log(1 + (count - df + 0.5) / (df + 0.5));
    const scores = new Float32Array(df);
    for (let i = 0; i < df; i++) {
      const position = entry.documents[i] ?? 0;
      let pseudo = 0;
      FIELDS.forEach((field, f) => {
        const frequency = entry.frequencies[i * fieldCount + f] ?? 0;
        if (frequency === 0) return;
        const length = (lengths[f] as Float64Array)[position] ?? 0;
        pseudo += (field.weight * frequency) / (1 - field.b + (field.b * length) / (averages[f] ?? 1));
      });
      scores[i] = (idf * pseudo * (BM25_K1 + 1)) / (BM25_K1 + pseudo);
    }
    const ids = Int32Array.from(entry.documents);
    let dense: Float32Array | undefined;
    if (count >= DENSE_MIN_DOCUMENTS && df >= count * DENSE_SHARE) {
      dense = new Float32Array(count);
      for (let i = 0; i < df; i++) dense[ids[i] as number] = scores[i] as number;
      sizeBytes += count * 4;
    }
    postings.set(token, { documents: ids, scores, dense });
    sizeBytes += df * 8 + token.length * 2 + 64;
  }

  const topicIndex = new Map<string, number>();
  const topicNames: string[] = [];
  const topicStart = new Int32Array(count + 1);
  const topicList: number[] = [];
  documents.forEach((document, position) => {
    topicStart[position] = topicList.length;
    for (const topic of document.topics) {
      let id = topicIndex.get(topic);
      if (id === undefined) {
        id = topicNames.length;
        topicNames.push(topic);
        topicIndex.set(topic, id);
      }
      topicList.push(id);
    }
  });
  topicStart[count] = topicList.length;
  const themes = intern(documents.map((document) => document.themeName));
  const papers = intern(documents.map((document) => document.paper));
  const yearFacet = intern(
    documents.map((document) => (document.year === null ? null : String(document.year))),
  );
  const facetRecords = new Int32Array(4 * (count + 1)).fill(-1);
  for (let d = 0; d <= count; d++) {
    if (d < count) {
      facetRecords[4 * d] = themes.ofDocument[d] as number;
      facetRecords[4 * d + 1] = papers.ofDocument[d] as number;
      facetRecords[4 * d + 2] = yearFacet.ofDocument[d] as number;
    }
    facetRecords[4 * d + 3] = topicStart[d] as number;
  }

  return {
    analyzer,
    documents,
    postings,
    compact: documents.map((document) => compactText(document.text)),
    themes,
    themeIdOf: new Map(
      documents.flatMap((document) =>
        document.themeName === null || document.theme === null
          ? []
          : [[document.themeName, document.theme] as const],
      ),
    ),
    papers,
    years: Int32Array.from(documents.map((document) => document.year ?? -1)),
    yearFacet,
    meetings: Int32Array.from(documents.map((document) => document.meeting ?? -1)),
    topicNames,
    topicStart,
    topicIds: Int32Array.from(topicList),
    facetRecords,
    expander: options.concepts === undefined ? undefined : createConceptExpander(options.concepts, analyzer),
    filterVocabulary: options.filterVocabulary,
    sizeBytes,
  };
}
