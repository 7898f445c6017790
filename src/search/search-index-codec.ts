import { ANALYZER_VERSION } from '../analysis/index.js';
import type { Language } from '../domain/index.js';
import type {
  BuiltSearchIndex,
  FacetTable,
  IndexedVersion,
  Postings,
  PostingsLookup,
  SearchIndex,
  SearchIndexOptions,
} from './search-index.js';
import { alignVersions, derivedParts } from './search-index.js';

/**
 * A search index as bytes, to be stored and loaded instead of rebuilt. The layout is made to be read
 * in place, without parsing:
 *
 * - a fixed header of {@link FIXED_HEADER_BYTES} bytes: the magic `SOMKBIDX`, the format version, the
 *   {@link ANALYZER_VERSION} the index was built with, the length of the header's JSON, a checksum of
 *   everything after the fixed header and the total length;
 * - the header's JSON (UTF-8): the key the index was built for (catalog versions and knowledge, as the
 *   caller makes it), the section table (name → byte offset, element count) and the small tables
 *   (facet values, topic names, theme ids);
 * - the sections, each aligned on 8 bytes so that `new Int32Array(buffer, offset, length)` views it:
 *   the postings (documents and scores of every token, one after the other, and each token's start),
 *   a token table (the tokens' UTF-16 code units and starts) with an open-addressing hash table over
 *   it (so that loading builds no map of 100,000+ tokens: a lookup hashes the token and compares code
 *   units in place), the per-document facet arrays, and the compact texts (UTF-16, one string sliced).
 *
 * What is cheap to derive from the index's inputs is not stored: the documents and their alignment
 * across versions, the analyzers, the concept expander and names (see `derivedParts`); the dense
 * score arrays of common terms are remade from their postings on first use.
 */

/** The magic at the start of a stored index: `SOMKBIDX` in ASCII. */
const MAGIC = 'SOMKBIDX';
/** The version of this layout: raise it with every change of what is written or how. */
export const INDEX_FORMAT_VERSION = 1;
/** Bytes of the fixed header: magic (8), format (4), analyzer version (4), JSON length (4), checksum (4), total length (8). */
const FIXED_HEADER_BYTES = 32;
const ALIGN = 8;

/** The element types of the sections. */
type SectionType = 'i32' | 'f32' | 'u16' | 'u8';

/** One section: where its elements start (bytes from the start) and how many there are. */
interface SectionEntry {
  readonly offset: number;
  readonly length: number;
  readonly type: SectionType;
}

/** What the header's JSON holds. */
interface HeaderJson {
  readonly key: string;
  readonly count: number;
  readonly tokens: number;
  readonly sizeBytes: number;
  readonly languages: readonly Language[];
  readonly themes: readonly string[];
  readonly themeNamesIn: readonly (readonly [Language, readonly string[]])[];
  readonly themeIdOf: readonly (readonly [string, string])[];
  readonly papers: readonly string[];
  readonly yearFacet: readonly string[];
  readonly topicNames: readonly string[];
  readonly topicNamesIn: readonly (readonly [Language, readonly string[]])[];
  readonly sections: Readonly<Record<string, SectionEntry>>;
}

const BYTES: Record<SectionType, number> = { i32: 4, f32: 4, u16: 2, u8: 1 };

function alignUp(value: number): number {
  return Math.ceil(value / ALIGN) * ALIGN;
}

/**
 * A 32-bit checksum of `words`: each word mixed in by a step that is one-to-one in both the state and
 * the word, so that any change of one word changes the result. About 1 ns a word.
 */
function checksumOf(words: Uint32Array): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const length = words.length;
  let i = 0;
  for (; i + 1 < length; i += 2) {
    a = Math.imul(a ^ (words[i] as number), 0x9e3779b1);
    a = (a << 13) | (a >>> 19);
    b = Math.imul(b ^ (words[i + 1] as number), 0x85ebca77);
    b = (b << 17) | (b >>> 15);
  }
  if (i < length) {
    a = Math.imul(a ^ (words[i] as number), 0x9e3779b1);
    a = (a << 13) | (a >>> 19);
  }
  return (Math.imul(a ^ (b >>> 16), 0xc2b2ae35) ^ b ^ length) >>> 0;
}

/** FNV-1a over the UTF-16 code units of `text`: the token table's hash. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Slots of the token hash table for `tokens` tokens: a power of two, at most half full. */
function tableSize(tokens: number): number {
  let size = 16;
  while (size < tokens * 2) size *= 2;
  return size;
}

function utf16Units(texts: readonly string[]): { units: Uint16Array; starts: Int32Array } {
  const starts = new Int32Array(texts.length + 1);
  let total = 0;
  texts.forEach((text, i) => {
    starts[i] = total;
    total += text.length;
  });
  starts[texts.length] = total;
  const units = new Uint16Array(total);
  texts.forEach((text, i) => {
    const start = starts[i] as number;
    for (let c = 0; c < text.length; c++) units[start + c] = text.charCodeAt(c);
  });
  return { units, starts };
}

/**
 * Encodes `index` as the bytes of a stored index (see the layout above), under `key`: what the index
 * was built for, which {@link checkStoredIndex} compares. Pure: no I/O.
 */
export function encodeSearchIndex(index: BuiltSearchIndex, key: string): Uint8Array {
  const count = index.documents.length;
  const tokens = [...index.postings.keys()].sort();
  const tokenCount = tokens.length;
  const postingStart = new Int32Array(tokenCount + 1);
  let total = 0;
  tokens.forEach((token, t) => {
    postingStart[t] = total;
    total += (index.postings.get(token) as Postings).documents.length;
  });
  postingStart[tokenCount] = total;
  const postingDocuments = new Int32Array(total);
  const postingScores = new Float32Array(total);
  const dense = new Uint8Array(tokenCount);
  tokens.forEach((token, t) => {
    const list = index.postings.get(token) as Postings;
    postingDocuments.set(list.documents, postingStart[t]);
    postingScores.set(list.scores, postingStart[t]);
    dense[t] = list.dense === undefined ? 0 : 1;
  });
  const tokenText = utf16Units(tokens);
  const slots = new Int32Array(tableSize(tokenCount)).fill(-1);
  const mask = slots.length - 1;
  tokens.forEach((token, t) => {
    let slot = hashString(token) & mask;
    while ((slots[slot] as number) !== -1) slot = (slot + 1) & mask;
    slots[slot] = t;
  });
  const compact = utf16Units(index.compact);

  const arrays: Record<string, Int32Array | Float32Array | Uint16Array | Uint8Array> = {
    postingStart,
    postingDocuments,
    postingScores,
    dense,
    tokenUnits: tokenText.units,
    tokenStart: tokenText.starts,
    tokenSlots: slots,
    compactUnits: compact.units,
    compactStart: compact.starts,
    themesOf: index.themes.ofDocument,
    papersOf: index.papers.ofDocument,
    yearsOf: index.yearFacet.ofDocument,
    years: index.years,
    meetings: index.meetings,
    topicStart: index.topicStart,
    topicIds: index.topicIds,
    facetRecords: index.facetRecords,
  };
  const typeOf = (array: Int32Array | Float32Array | Uint16Array | Uint8Array): SectionType =>
    array instanceof Int32Array
      ? 'i32'
      : array instanceof Float32Array
        ? 'f32'
        : array instanceof Uint16Array
          ? 'u16'
          : 'u8';
  // The header's JSON comes first, so the sections' offsets depend on its length: place them relative
  // to the end of the header, then shift once the header's length is known.
  const relative: Record<string, SectionEntry> = {};
  let cursor = 0;
  for (const [name, array] of Object.entries(arrays)) {
    const type = typeOf(array);
    relative[name] = { offset: cursor, length: array.length, type };
    cursor = alignUp(cursor + array.length * BYTES[type]);
  }
  const headerOf = (shift: number): HeaderJson => ({
    key,
    count,
    tokens: tokenCount,
    sizeBytes: index.sizeBytes,
    languages: index.languages,
    themes: index.themes.values,
    themeNamesIn: [...index.themeNamesIn],
    themeIdOf: [...index.themeIdOf],
    papers: index.papers.values,
    yearFacet: index.yearFacet.values,
    topicNames: index.topicNames,
    topicNamesIn: [...index.topicNamesIn],
    sections: Object.fromEntries(
      Object.entries(relative).map(([name, entry]) => [name, { ...entry, offset: entry.offset + shift }]),
    ),
  });
  // Offsets are written as digits, so a larger shift can lengthen the JSON: iterate until it settles.
  let json = new TextEncoder().encode(JSON.stringify(headerOf(0)));
  let start = alignUp(FIXED_HEADER_BYTES + json.length);
  for (;;) {
    json = new TextEncoder().encode(JSON.stringify(headerOf(start)));
    const needed = alignUp(FIXED_HEADER_BYTES + json.length);
    if (needed <= start) break;
    start = needed;
  }
  const totalBytes = start + cursor;
  const bytes = new Uint8Array(new ArrayBuffer(totalBytes));
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < MAGIC.length; i++) bytes[i] = MAGIC.charCodeAt(i);
  view.setUint32(8, INDEX_FORMAT_VERSION, true);
  view.setUint32(12, ANALYZER_VERSION, true);
  view.setUint32(16, json.length, true);
  view.setFloat64(24, totalBytes, true);
  bytes.set(json, FIXED_HEADER_BYTES);
  for (const [name, array] of Object.entries(arrays)) {
    const entry = relative[name] as SectionEntry;
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), start + entry.offset);
  }
  view.setUint32(20, checksumOf(new Uint32Array(bytes.buffer, FIXED_HEADER_BYTES)), true);
  return bytes;
}

/** What {@link checkStoredIndex} found: the header, or what is wrong with the bytes. */
type CheckedIndex =
  { readonly ok: true; readonly header: HeaderJson } | { readonly ok: false; readonly problem: string };

/** `bytes` on an ArrayBuffer of their own, starting at a multiple of 8 (copied when they do not). */
function aligned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset % ALIGN === 0 ? bytes : bytes.slice();
}

function readHeader(bytes: Uint8Array, key: string, verifyChecksum: boolean): CheckedIndex {
  if (bytes.length < FIXED_HEADER_BYTES) return { ok: false, problem: `too short (${bytes.length} bytes)` };
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) return { ok: false, problem: 'not a somkb index (bad magic)' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const format = view.getUint32(8, true);
  if (format !== INDEX_FORMAT_VERSION)
    return { ok: false, problem: `format version ${format}, expected ${INDEX_FORMAT_VERSION}` };
  const analyzer = view.getUint32(12, true);
  if (analyzer !== ANALYZER_VERSION)
    return { ok: false, problem: `analyzer version ${analyzer}, expected ${ANALYZER_VERSION}` };
  const total = view.getFloat64(24, true);
  if (total !== bytes.length)
    return { ok: false, problem: `length ${bytes.length} bytes, the header says ${total} (truncated?)` };
  if (total % 4 !== 0) return { ok: false, problem: `length ${total} is not a multiple of 4` };
  const jsonLength = view.getUint32(16, true);
  if (FIXED_HEADER_BYTES + jsonLength > total) return { ok: false, problem: 'header longer than the file' };
  if (verifyChecksum) {
    const words = new Uint32Array(
      bytes.buffer,
      bytes.byteOffset + FIXED_HEADER_BYTES,
      (total - FIXED_HEADER_BYTES) / 4,
    );
    if (checksumOf(words) !== view.getUint32(20, true))
      return { ok: false, problem: 'checksum mismatch (corrupt)' };
  }
  let header: HeaderJson;
  try {
    header = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(
        bytes.subarray(FIXED_HEADER_BYTES, FIXED_HEADER_BYTES + jsonLength),
      ),
    ) as HeaderJson;
  } catch {
    return { ok: false, problem: 'header is not JSON' };
  }
  if (header.key !== key)
    return { ok: false, problem: 'built for other catalog versions or knowledge (stale)' };
  for (const [name, entry] of Object.entries(header.sections)) {
    if (entry.offset % ALIGN !== 0 || entry.offset + entry.length * BYTES[entry.type] > total)
      return { ok: false, problem: `section ${name} out of bounds` };
  }
  return { ok: true, header };
}

/**
 * What is wrong with `bytes` as the stored index for `key`, or undefined when they are one: the
 * magic, the format and analyzer versions, the length, the checksum of everything after the fixed
 * header, the key and the section table are checked. A stale or corrupt index is never to be loaded.
 */
export function checkStoredIndex(bytes: Uint8Array, key: string): string | undefined {
  const checked = readHeader(bytes, key, true);
  return checked.ok ? undefined : checked.problem;
}

/** A facet table read from a stored index. */
function facet(values: readonly string[], ofDocument: Int32Array): FacetTable {
  return { values, ofDocument };
}

/** Decodes UTF-16 code units into a string exactly (lone surrogates included). */
function decodeUnits(units: Uint16Array): string {
  try {
    return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(units);
  } catch {
    let text = '';
    for (let i = 0; i < units.length; i += 8192)
      text += String.fromCharCode(...units.subarray(i, Math.min(units.length, i + 8192)));
    return text;
  }
}

/**
 * The postings of a stored index: a token is found through the stored hash table, its arrays viewed
 * in place; a common term's dense scores are made on first use and kept.
 */
function storedPostings(
  count: number,
  view: <T extends 'i32' | 'f32' | 'u16' | 'u8'>(name: string, type: T) => SectionArray<T>,
): PostingsLookup {
  const postingStart = view('postingStart', 'i32');
  const postingDocuments = view('postingDocuments', 'i32');
  const postingScores = view('postingScores', 'f32');
  const dense = view('dense', 'u8');
  const units = view('tokenUnits', 'u16');
  const tokenStart = view('tokenStart', 'i32');
  const slots = view('tokenSlots', 'i32');
  const mask = slots.length - 1;
  const made: (Postings | undefined)[] = [];
  const find = (token: string): number => {
    let slot = hashString(token) & mask;
    for (;;) {
      const t = slots[slot] as number;
      if (t === -1) return -1;
      const start = tokenStart[t] as number;
      const end = tokenStart[t + 1] as number;
      if (end - start === token.length) {
        let same = true;
        for (let i = 0; i < token.length; i++) {
          if (units[start + i] !== token.charCodeAt(i)) {
            same = false;
            break;
          }
        }
        if (same) return t;
      }
      slot = (slot + 1) & mask;
    }
  };
  return {
    has: (token) => find(token) !== -1,
    get(token) {
      const t = find(token);
      if (t === -1) return undefined;
      let list = made[t];
      if (list === undefined) {
        const start = postingStart[t] as number;
        const end = postingStart[t + 1] as number;
        const documents = postingDocuments.subarray(start, end);
        const scores = postingScores.subarray(start, end);
        let denseScores: Float32Array | undefined;
        if (dense[t] === 1) {
          denseScores = new Float32Array(count);
          for (let i = 0; i < documents.length; i++)
            denseScores[documents[i] as number] = scores[i] as number;
        }
        list = { documents, scores, dense: denseScores };
        made[t] = list;
      }
      return list;
    },
  };
}

type SectionArray<T> = T extends 'i32'
  ? Int32Array
  : T extends 'f32'
    ? Float32Array
    : T extends 'u16'
      ? Uint16Array
      : Uint8Array;

/**
 * Loads a stored index: its bytes (checked with {@link checkStoredIndex} first: this only verifies the
 * header, not the checksum) and the same inputs it was built from (the versions, with their documents
 * and analyzers, and the options), from which the parts not stored are derived. The typed arrays are
 * views of `bytes` (copied once when they are not 8-byte aligned): keep the bytes unchanged.
 * Throws when the bytes are not a stored index for `key` or do not fit the versions.
 */
export function decodeSearchIndex(
  bytes: Uint8Array,
  key: string,
  versions: readonly IndexedVersion[],
  options: SearchIndexOptions = {},
): SearchIndex {
  const data = aligned(bytes);
  const checked = readHeader(data, key, false);
  if (!checked.ok) throw new Error(`stored index: ${checked.problem}`);
  const { header } = checked;
  const { documents, aligned: alignedVersions, languages } = alignVersions(versions);
  if (documents.length !== header.count)
    throw new Error(`stored index: ${header.count} documents, the catalogs have ${documents.length}`);
  if (languages.join() !== header.languages.join())
    throw new Error(`stored index: languages ${header.languages.join()}, expected ${languages.join()}`);
  const view = <T extends SectionType>(name: string, type: T): SectionArray<T> => {
    const entry = header.sections[name];
    if (entry?.type !== type) throw new Error(`stored index: no ${type} section ${name}`);
    const offset = data.byteOffset + entry.offset;
    const array =
      type === 'i32'
        ? new Int32Array(data.buffer, offset, entry.length)
        : type === 'f32'
          ? new Float32Array(data.buffer, offset, entry.length)
          : type === 'u16'
            ? new Uint16Array(data.buffer, offset, entry.length)
            : new Uint8Array(data.buffer, offset, entry.length);
    return array as SectionArray<T>;
  };
  const compactText = decodeUnits(view('compactUnits', 'u16'));
  const compactStart = view('compactStart', 'i32');
  const compact: string[] = new Array<string>(header.count);
  for (let d = 0; d < header.count; d++) compact[d] = compactText.slice(compactStart[d], compactStart[d + 1]);
  return {
    ...derivedParts(versions, options),
    documents,
    versions: alignedVersions,
    postings: storedPostings(header.count, view),
    compact,
    themes: facet(header.themes, view('themesOf', 'i32')),
    themeNamesIn: new Map(header.themeNamesIn),
    themeIdOf: new Map(header.themeIdOf),
    papers: facet(header.papers, view('papersOf', 'i32')),
    years: view('years', 'i32'),
    yearFacet: facet(header.yearFacet, view('yearsOf', 'i32')),
    meetings: view('meetings', 'i32'),
    topicNames: header.topicNames,
    topicNamesIn: new Map(header.topicNamesIn),
    topicStart: view('topicStart', 'i32'),
    topicIds: view('topicIds', 'i32'),
    facetRecords: view('facetRecords', 'i32'),
    sizeBytes: header.sizeBytes,
  };
}
