import type { ConceptExpander, ExpansionConcept } from './concept-expander.js';
import { createConceptExpander } from './concept-expander.js';
import type { Analyzer } from '../analysis/index.js';
import type { Language } from '../domain/index.js';
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

/**
 * How the engine reads the postings: by token. A built index holds a `Map`; an index loaded from its
 * stored bytes looks tokens up in the bytes' own hash table, so that loading builds no map.
 */
export interface PostingsLookup {
  get(token: string): Postings | undefined;
  has(token: string): boolean;
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
  /** The analyzer of the reference version (the first indexed: Chinese when it is published). */
  readonly analyzer: Analyzer;
  /** The languages indexed, the reference version's first: one set of fields each. */
  readonly languages: readonly Language[];
  /** The analyzer of each language indexed: a language's fields and the query for them. */
  readonly analyzers: ReadonlyMap<Language, Analyzer>;
  /**
   * What a token of each language is keyed under in `postings`: the reference language's tokens as
   * they are, every other language's behind its own prefix, so that a word spelt alike in two
   * languages (police, transport) keeps one posting list, one document frequency and one field
   * length normalisation per language.
   */
  readonly tokenPrefix: ReadonlyMap<Language, string>;
  /**
   * One search document per paragraph (the reference version's, or the first version that has the
   * paragraph): its shared facts (document, number, paper, theme id, year, meeting) and the
   * reference text. Document numbers `d` index every per-document array of the index.
   */
  readonly documents: readonly SearchDocument[];
  /** Each language's version of each paragraph, by document number; undefined where it has none. */
  readonly versions: ReadonlyMap<Language, readonly (SearchDocument | undefined)[]>;
  readonly postings: PostingsLookup;
  /**
   * Per document: its text normalized and without white space (phrases, exclusions, re-ranking); the
   * versions' texts in the order of `languages`, joined by U+0000, which no phrase holds.
   */
  readonly compact: readonly string[];
  /** Themes by their name in the reference version. */
  readonly themes: FacetTable;
  /** Per language indexed: the name of each theme of `themes` in that version (by facet id). */
  readonly themeNamesIn: ReadonlyMap<Language, readonly string[]>;
  /** The theme id of each theme name. */
  readonly themeIdOf: ReadonlyMap<string, string>;
  readonly papers: FacetTable;
  readonly years: Int32Array;
  /** Years as a facet table (values are the years as text). */
  readonly yearFacet: FacetTable;
  readonly meetings: Int32Array;
  /** The key topics as the reference version prints them. */
  readonly topicNames: readonly string[];
  /** Per language indexed: each key topic of `topicNames` as that version prints it. */
  readonly topicNamesIn: ReadonlyMap<Language, readonly string[]>;
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
  /** The name of each concept in each language, to show a concept in the language of the hits. */
  readonly conceptNames: ReadonlyMap<string, Readonly<Partial<Record<Language, string>>>>;
  /** The names theme and key-topic filters take in any language; undefined without a thesaurus. */
  readonly filterVocabulary: FilterVocabulary | undefined;
  /** Approximate memory held by the postings, in bytes. */
  readonly sizeBytes: number;
}

/** An index as {@link buildVersionsIndex} returns it: its postings in a map, which can be listed. */
export interface BuiltSearchIndex extends SearchIndex {
  readonly postings: ReadonlyMap<string, Postings>;
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

interface RawPostings {
  readonly documents: number[];
  readonly frequencies: number[];
  readonly lengths: readonly Float64Array[];
  readonly averages: readonly number[];
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
  /** The name of each concept in each language (its preferred labels), by concept id. */
  readonly conceptNames?: ReadonlyMap<string, Readonly<Partial<Record<Language, string>>>>;
}

/** One language version of the paragraphs to index, with the analyzer of its language. */
export interface IndexedVersion {
  readonly documents: readonly SearchDocument[];
  readonly analyzer: Analyzer;
  /**
   * Each key topic as the reference version prints it → as this version prints it (they align by
   * theme and position): the key topics a paragraph treats are found in the reference version, and
   * this version's topics field holds their names in its own language. Absent for the reference.
   */
  readonly topicNames?: ReadonlyMap<string, string>;
}

/**
 * Builds the index of `documents` with `analyzer` (the analyzer of their language): an index of one
 * language version. Linear in the size of the text; the real catalog takes milliseconds, 100,000
 * paragraphs a few seconds.
 */
export function buildSearchIndex(
  documents: readonly SearchDocument[],
  analyzer: Analyzer,
  options: SearchIndexOptions = {},
): BuiltSearchIndex {
  return buildVersionsIndex([{ documents, analyzer }], options);
}

/** What a token is keyed under in the postings of an index whose reference language is `reference`. */
export function tokenPrefixOf(language: Language, reference: Language): string {
  return language === reference ? '' : `${language}\u0001`;
}

/**
 * Builds one index over every language version of a document's paragraphs, one search document per
 * paragraph (document, number): each version's text, subject, theme and key topics are fields of
 * their own, analysed by the version's analyzer, with their own length normalisation (BM25F per
 * language); a token's document frequency is counted in its language, over the same paragraphs, so
 * that the scores of the languages are comparable and add up. The first version is the reference
 * (Chinese when published): its paragraphs come first and give the shared facts and the key topics a
 * paragraph treats; the others are aligned to it by paragraph. With one version this is exactly
 * {@link buildSearchIndex}.
 */
export function buildVersionsIndex(
  versions: readonly IndexedVersion[],
  options: SearchIndexOptions = {},
): BuiltSearchIndex {
  const { reference, referenceLanguage, languages, documents, aligned } = alignVersions(versions);
  const count = documents.length;
  const topicsOf = (version: IndexedVersion, position: number, own: SearchDocument): string => {
    if (version === reference || version.topicNames === undefined) return own.topics.join(' ');
    const names = version.topicNames;
    return (documents[position]?.topics ?? []).flatMap((topic) => names.get(topic) ?? []).join(' ');
  };

  const fieldCount = FIELDS.length;
  // Per token: the documents holding it, its frequency in each field of each, and the field lengths
  // and averages of its language.
  const raw = new Map<string, RawPostings>();
  for (const version of versions) {
    const { analyzer } = version;
    const prefix = tokenPrefixOf(analyzer.language, referenceLanguage);
    const row = aligned.get(analyzer.language) ?? [];
    const lengths = FIELDS.map(() => new Float64Array(count));
    const averages: number[] = [];
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
    let present = 0;
    row.forEach((document, position) => {
      if (document === undefined) return;
      present++;
      FIELDS.forEach((field, fieldIndex) => {
        const text = field.name === 'topics' ? topicsOf(version, position, document) : field.read(document);
        const tokens = tokensOf(field, text);
        (lengths[fieldIndex] as Float64Array)[position] = tokens.length;
        for (const token of tokens) {
          const key = prefix === '' ? token : prefix + token;
          let entry = raw.get(key);
          if (entry === undefined) {
            entry = { documents: [], frequencies: [], lengths, averages };
            raw.set(key, entry);
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
    for (const perDocument of lengths) {
      let sum = 0;
      for (const length of perDocument) sum += length;
      averages.push(present === 0 ? 1 : Math.max(sum / present, 1));
    }
  }

  const postings = new Map<string, Postings>();
  let sizeBytes = 0;
  for (const [token, entry] of raw) {
    const { lengths, averages } = entry;
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
  const topicNamesList: string[] = [];
  const topicStart = new Int32Array(count + 1);
  const topicList: number[] = [];
  documents.forEach((document, position) => {
    topicStart[position] = topicList.length;
    for (const topic of document.topics) {
      let id = topicIndex.get(topic);
      if (id === undefined) {
        id = topicNamesList.length;
        topicNamesList.push(topic);
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

  // A theme's and a key topic's name in each version, by facet id: read where the version has the
  // paragraph, else the reference's.
  const themeNamesIn = new Map<Language, string[]>();
  const topicNamesIn = new Map<Language, string[]>();
  for (const version of versions) {
    const language = version.analyzer.language;
    const row = aligned.get(language) ?? [];
    const themeNames = [...themes.values];
    row.forEach((document, position) => {
      const id = themes.ofDocument[position] ?? -1;
      if (document !== undefined && document.themeName !== null && id !== -1)
        themeNames[id] = document.themeName;
    });
    themeNamesIn.set(language, themeNames);
    const names = version.topicNames;
    topicNamesIn.set(
      language,
      topicNamesList.map((topic) => names?.get(topic) ?? topic),
    );
  }
  const compact = documents.map((_, position) =>
    languages
      .flatMap((language) => {
        const document = aligned.get(language)?.[position];
        return document === undefined ? [] : [compactText(document.text)];
      })
      .join('\u0000'),
  );

  return {
    ...derivedParts(versions, options),
    documents,
    versions: aligned,
    postings,
    compact,
    themes,
    themeNamesIn,
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
    topicNames: topicNamesList,
    topicNamesIn,
    topicStart,
    topicIds: Int32Array.from(topicList),
    facetRecords,
    sizeBytes,
  };
}

/** The versions to index aligned by paragraph: what building an index and loading one both start from. */
export interface AlignedVersions {
  readonly reference: IndexedVersion;
  readonly referenceLanguage: Language;
  readonly languages: readonly Language[];
  /** One search document per paragraph: the reference's, then any only another version has. */
  readonly documents: readonly SearchDocument[];
  /** Each language's version of each paragraph, by document number. */
  readonly aligned: ReadonlyMap<Language, readonly (SearchDocument | undefined)[]>;
}

/**
 * Aligns the versions to index by paragraph (document key): the reference's paragraphs first, then
 * any only another version has; each version's document of each, or undefined.
 */
export function alignVersions(versions: readonly IndexedVersion[]): AlignedVersions {
  const reference = versions[0];
  if (reference === undefined) throw new Error('an index needs at least one version');
  const base = {
    reference,
    referenceLanguage: reference.analyzer.language,
    languages: versions.map((version) => version.analyzer.language),
  };
  // The usual case (one version, or versions of the same paragraphs in the same order): positions are
  // the reference's, and no map of 100,000 keys is needed (loading a stored index starts here).
  if (versions.every((version) => sameKeys(version.documents, reference.documents))) {
    return {
      ...base,
      documents: reference.documents,
      aligned: new Map(versions.map((version) => [version.analyzer.language, version.documents])),
    };
  }
  const positionOf = new Map<string, number>();
  const documents: SearchDocument[] = [];
  for (const version of versions) {
    for (const document of version.documents) {
      if (positionOf.has(document.key)) continue;
      positionOf.set(document.key, documents.length);
      documents.push(document);
    }
  }
  const count = documents.length;
  const aligned = new Map<Language, (SearchDocument | undefined)[]>();
  for (const version of versions) {
    const row: (SearchDocument | undefined)[] = new Array<SearchDocument | undefined>(count).fill(undefined);
    for (const document of version.documents) row[positionOf.get(document.key) ?? 0] = document;
    aligned.set(version.analyzer.language, row);
  }
  return { ...base, documents, aligned };
}

/** Whether `documents` are the paragraphs of `reference` in the same order (a catalog's keys are unique). */
function sameKeys(documents: readonly SearchDocument[], reference: readonly SearchDocument[]): boolean {
  if (documents === reference)
    return new Set(reference.map((document) => document.key)).size === reference.length;
  if (documents.length !== reference.length) return false;
  for (let i = 0; i < documents.length; i++) {
    if (documents[i]?.key !== reference[i]?.key) return false;
  }
  return true;
}

/**
 * The parts of an index made from its inputs alone, not from the text indexed (analyzers, concept
 * expander, names): a stored index is loaded with these made anew, everything else read from its bytes.
 */
export type DerivedIndexParts = Pick<
  SearchIndex,
  'analyzer' | 'languages' | 'analyzers' | 'tokenPrefix' | 'expander' | 'conceptNames' | 'filterVocabulary'
>;

/** The parts of an index of `versions` that are derived from its inputs (see {@link DerivedIndexParts}). */
export function derivedParts(
  versions: readonly IndexedVersion[],
  options: SearchIndexOptions,
): DerivedIndexParts {
  const reference = versions[0];
  if (reference === undefined) throw new Error('an index needs at least one version');
  const referenceLanguage = reference.analyzer.language;
  const languages = versions.map((version) => version.analyzer.language);
  return {
    analyzer: reference.analyzer,
    languages,
    analyzers: new Map(versions.map((version) => [version.analyzer.language, version.analyzer])),
    tokenPrefix: new Map(languages.map((language) => [language, tokenPrefixOf(language, referenceLanguage)])),
    expander:
      options.concepts === undefined
        ? undefined
        : createConceptExpander(
            options.concepts,
            reference.analyzer,
            versions.slice(1).map((version) => version.analyzer),
          ),
    conceptNames: options.conceptNames ?? new Map(),
    filterVocabulary: options.filterVocabulary,
  };
}
