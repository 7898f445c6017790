import type { Catalog, Language, LocalizedLabels } from '../domain/index.js';
import { UN_LANGUAGES, chooseLabel } from '../domain/index.js';
import type { ConceptEntry, MechanismEntry } from '../knowledge/index.js';
import { mechanismForms } from '../mechanisms/index.js';
import { conceptLabels } from '../thesaurus/index.js';
import { suggestKey, wordStarts } from './suggest-key.js';

/** What a suggestion leads to: a thesaurus concept, a background paper or a mechanism. */
export type SuggestionKind = 'concept' | 'paper' | 'mechanism';

/** How many suggestions a request gets when it does not say: 8. */
export const DEFAULT_SUGGESTIONS = 8;
/** The most suggestions a request may ask for: 20. */
export const MAX_SUGGESTIONS = 20;
/** The longest text, in characters (UTF-16 code units), that suggestions are looked up for: 200. */
export const MAX_SUGGEST_QUERY = 200;

/**
 * The most index entries one lookup reads in each of its two passes (keys that start with the text,
 * labels that contain it): a bound on the time of a one-letter lookup in a large catalog, far above
 * what the bundled summary's some 10,000 keys ever reach for a prefix.
 */
const SCAN_LIMIT = 6000;

/** How a form names its thing: its main name (0: a preferred label, a symbol), another name (1), a word users type for it (2). */
type FormRank = 0 | 1 | 2;

/** A thing that can be suggested, with its names for display. */
interface Target {
  readonly kind: SuggestionKind;
  readonly id: string;
  /** Its name per language (a concept's preferred labels, a mechanism's names, a paper's subjects). */
  readonly labels: LocalizedLabels;
  /** Those names folded ({@link suggestKey}), made once: what a lookup compares with what matched. */
  readonly foldedLabels: LocalizedLabels;
  readonly ownRendering: readonly Language[];
  /** A paper's UN symbol. */
  readonly symbol?: string;
  /** How many paragraphs treat or mention it: among equal matches, the more treated first. */
  readonly weight: number;
}

/**
 * The suggestion index of one catalog version and its knowledge: every name of every concept,
 * paper and mechanism as a folded key ({@link suggestKey}), in a sorted array for lookups by prefix
 * (the keys of whole names and of the words inside them) and under their one- and two-character
 * grams for lookups by what a name contains; and the concepts' labels under their character pairs
 * for "did you mean". Built once ({@link buildSuggestIndex}), read-only after.
 */
export interface SuggestIndex {
  readonly targets: readonly Target[];
  /** The names, one entry per (thing, name): folded key, thing, rank and the name as written. */
  readonly labelKeys: readonly string[];
  readonly labelTarget: Int32Array;
  readonly labelRank: Uint8Array;
  readonly labelText: readonly string[];
  /** Keys sorted (code-unit order): each a name's key or its tail from a word start. */
  readonly prefixKeys: readonly string[];
  /** The name of each prefix key. */
  readonly prefixLabel: Int32Array;
  /** 1 when the prefix key starts inside its name (at a word), 0 when it is the whole name. */
  readonly prefixInner: Uint8Array;
  /** The names by the grams of their keys: each one- and two-code-unit gram → name numbers, ascending. */
  readonly grams: ReadonlyMap<string, Int32Array>;
  /** The concepts, in thesaurus order, for "did you mean" (see `closeConcepts`). */
  readonly concepts: readonly ConceptEntry[];
  /** The concepts' labels in every language (hidden ones too) as keys without spaces, and their concept. */
  readonly conceptKeys: readonly string[];
  readonly conceptKeyEntry: Int32Array;
  /** The number of distinct character pairs of each concept key. */
  readonly conceptKeyPairs: Uint16Array;
  /** The concept keys by character pair (code points): pair → key numbers, ascending. */
  readonly conceptPairs: ReadonlyMap<string, Int32Array>;
}

/** What a suggestion index is built from. */
export interface SuggestSources {
  readonly concepts: readonly ConceptEntry[];
  readonly mechanisms: readonly MechanismEntry[];
  /**
   * The published language versions of the document (each gives its papers' subjects in its
   * language), the reference version first: its papers are the ones suggested.
   */
  readonly catalogs: readonly Catalog[];
}

/** A suggestion as the reader sees it. */
export interface Suggestion {
  readonly kind: SuggestionKind;
  /** The concept's or the mechanism's id, the paper's symbol. */
  readonly id: string;
  /** Its name for the reader: in the reader's language, else English, else Chinese (`chooseLabel`). */
  readonly label: string;
  /** The language of `label`. */
  readonly language: Language;
  /** Whether `label` is the team's own rendering rather than an official term. */
  readonly ownRendering: boolean;
  /** Its Chinese name, when `label` is in another language. */
  readonly labelZh?: string;
  /** A paper's UN symbol. */
  readonly symbol?: string;
  /**
   * The name that matched what was typed, when it is neither `label` nor `labelZh` (another
   * language's label, an everyday word, an abbreviation); not given for papers.
   */
  readonly matched?: string;
}

/** A lookup of suggestions. */
export interface SuggestRequest {
  /** What the reader typed; folded as names are. */
  readonly query: string;
  /** The reader's language: the language names are shown in. */
  readonly language: Language;
  /** At most this many, 1 … {@link MAX_SUGGESTIONS}; default {@link DEFAULT_SUGGESTIONS}. */
  readonly limit?: number;
}

/** Each name of `labels` folded ({@link suggestKey}). */
function foldLabels(labels: LocalizedLabels): LocalizedLabels {
  const folded: Partial<Record<Language, string>> = {};
  for (const language of UN_LANGUAGES) {
    const label = labels[language];
    if (label !== undefined) folded[language] = suggestKey(label);
  }
  return folded;
}

/** Numbers of a list of names, grouped by a string key, as typed arrays. */
function postingsOf(lists: Map<string, number[]>): Map<string, Int32Array> {
  const out = new Map<string, Int32Array>();
  for (const [gram, list] of lists) out.set(gram, Int32Array.from(list));
  return out;
}

/** The distinct character pairs (code points) of a key; a key of one character is its own pair. */
export function characterPairs(key: string): string[] {
  const chars = Array.from(key);
  if (chars.length < 2) return chars;
  const pairs = new Set<string>();
  for (let at = 0; at + 1 < chars.length; at++) pairs.add(`${chars[at] ?? ''}${chars[at + 1] ?? ''}`);
  return [...pairs];
}

/** The papers of the catalogs, by symbol in the reference's order, with their subject in each language. */
function paperTargets(catalogs: readonly Catalog[]): { target: Target; subjects: Map<Language, string> }[] {
  const reference = catalogs[0];
  if (reference === undefined) return [];
  return reference.papers.map((paper) => {
    const subjects = new Map<Language, string>();
    for (const catalog of catalogs) {
      const subject = catalog.papers.find((each) => each.symbol === paper.symbol)?.subject;
      if (subject !== undefined && subject.trim() !== '' && !subjects.has(catalog.language))
        subjects.set(catalog.language, subject);
    }
    return {
      target: {
        kind: 'paper',
        id: paper.symbol,
        labels: Object.fromEntries(subjects),
        foldedLabels: foldLabels(Object.fromEntries(subjects)),
        ownRendering: [],
        symbol: paper.symbol,
        weight: paper.paragraphs.length,
      },
      subjects,
    };
  });
}

/**
 * Builds the suggestion index of a catalog and its knowledge: every label of every concept in every
 * language (preferred, alternative and hidden), every paper by its symbol and by its subject in each
 * published language, every mechanism by each of its names and forms in every language. Pure; a few
 * milliseconds for the bundled summary: the suggest service builds it once per catalog version.
 */
export function buildSuggestIndex(sources: SuggestSources): SuggestIndex {
  const targets: Target[] = [];
  const labelKeys: string[] = [];
  const labelTarget: number[] = [];
  const labelRank: FormRank[] = [];
  const labelText: string[] = [];
  const addName = (target: number, text: string, rank: FormRank, seen: Set<string>): void => {
    const key = suggestKey(text);
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    labelKeys.push(key);
    labelTarget.push(target);
    labelRank.push(rank);
    labelText.push(text);
  };

  for (const entry of sources.concepts) {
    const { concept } = entry;
    const target = targets.length;
    targets.push({
      kind: 'concept',
      id: concept.id,
      labels: concept.prefLabel,
      foldedLabels: foldLabels(concept.prefLabel),
      ownRendering: concept.ownRendering ?? [],
      weight: entry.paragraphs.length,
    });
    const seen = new Set<string>();
    for (const language of UN_LANGUAGES) {
      const pref = concept.prefLabel[language];
      if (pref !== undefined) addName(target, pref, 0, seen);
    }
    for (const language of UN_LANGUAGES)
      for (const label of conceptLabels(concept, language, { hidden: false }))
        addName(target, label, 1, seen);
    for (const language of UN_LANGUAGES)
      for (const label of concept.hiddenLabel[language] ?? []) addName(target, label, 2, seen);
  }

  for (const { target: paper, subjects } of paperTargets(sources.catalogs)) {
    const target = targets.length;
    targets.push(paper);
    const seen = new Set<string>();
    addName(target, paper.id, 0, seen);
    for (const subject of subjects.values()) addName(target, subject, 1, seen);
  }

  for (const entry of sources.mechanisms) {
    const { mechanism } = entry;
    const target = targets.length;
    const labels: Partial<Record<Language, string>> = { ...mechanism.names, en: mechanism.en };
    if (mechanism.printed[0] !== undefined) labels.zh = mechanism.printed[0];
    targets.push({
      kind: 'mechanism',
      id: mechanism.id,
      labels,
      foldedLabels: foldLabels(labels),
      ownRendering: mechanism.ownRendering ?? [],
      weight: entry.paragraphs.length,
    });
    const seen = new Set<string>();
    for (const name of Object.values(labels)) addName(target, name, 0, seen);
    if (mechanism.abbreviation !== null) addName(target, mechanism.abbreviation, 0, seen);
    for (const language of UN_LANGUAGES)
      for (const form of mechanismForms(mechanism, language)) addName(target, form, 1, seen);
  }

  // Prefix keys: every name whole, and its tail from each word start inside it.
  const prefix: { key: string; label: number; inner: 0 | 1 }[] = [];
  const grams = new Map<string, number[]>();
  labelKeys.forEach((key, label) => {
    prefix.push({ key, label, inner: 0 });
    for (const start of wordStarts(key)) prefix.push({ key: key.slice(start), label, inner: 1 });
    const own = new Set<string>();
    for (let at = 0; at < key.length; at++) {
      own.add(key.slice(at, at + 1));
      if (at + 1 < key.length) own.add(key.slice(at, at + 2));
    }
    for (const gram of own) {
      const list = grams.get(gram);
      if (list === undefined) grams.set(gram, [label]);
      else list.push(label);
    }
  });
  prefix.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.label - b.label));

  // "Did you mean": the concepts' labels without spaces, under their character pairs.
  const conceptKeys: string[] = [];
  const conceptKeyEntry: number[] = [];
  const conceptKeyPairs: number[] = [];
  const conceptPairs = new Map<string, number[]>();
  sources.concepts.forEach((entry, index) => {
    const seen = new Set<string>();
    for (const language of UN_LANGUAGES) {
      for (const label of conceptLabels(entry.concept, language)) {
        const key = suggestKey(label).replaceAll(' ', '');
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        const number = conceptKeys.length;
        conceptKeys.push(key);
        conceptKeyEntry.push(index);
        const pairs = characterPairs(key);
        conceptKeyPairs.push(pairs.length);
        for (const pair of pairs) {
          const list = conceptPairs.get(pair);
          if (list === undefined) conceptPairs.set(pair, [number]);
          else list.push(number);
        }
      }
    }
  });

  return {
    targets,
    labelKeys,
    labelTarget: Int32Array.from(labelTarget),
    labelRank: Uint8Array.from(labelRank),
    labelText,
    prefixKeys: prefix.map((each) => each.key),
    prefixLabel: Int32Array.from(prefix.map((each) => each.label)),
    prefixInner: Uint8Array.from(prefix.map((each) => each.inner)),
    grams: postingsOf(grams),
    concepts: sources.concepts,
    conceptKeys,
    conceptKeyEntry: Int32Array.from(conceptKeyEntry),
    conceptKeyPairs: Uint16Array.from(conceptKeyPairs),
    conceptPairs: postingsOf(conceptPairs),
  };
}

/** The first position of a sorted array whose value is not below `wanted` (code-unit order). */
function lowerBound(sorted: readonly string[], wanted: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < wanted) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The best match of one thing so far: its score (lower is better) and the name that gave it. */
interface Found {
  score: number;
  label: number;
}

/** How a name matched: it is the text (0), starts with it (1), has a word that starts with it (2), contains it (3). */
type MatchKind = 0 | 1 | 2 | 3;

/** The numbers of the names whose keys contain `key`, at most {@link SCAN_LIMIT} read. */
function containing(index: SuggestIndex, key: string): Int32Array | undefined {
  if (key.length === 1) return index.grams.get(key);
  let rarest: Int32Array | undefined;
  for (let at = 0; at + 1 < key.length; at++) {
    const list = index.grams.get(key.slice(at, at + 2));
    if (list === undefined) return undefined;
    if (rarest === undefined || list.length < rarest.length) rarest = list;
  }
  return rarest;
}

/** The limit of a request within 1 … {@link MAX_SUGGESTIONS}. */
function limitOf(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_SUGGESTIONS;
  return Math.min(MAX_SUGGESTIONS, Math.max(1, Math.trunc(limit)));
}

/**
 * The things whose names start with, then contain, what the reader typed, in any of the six
 * languages, best first: a name that is the text, then names that start with it, then names with a
 * word that starts with it, then names that contain it; among those, a main name before another
 * name before a word users type, then the thing more paragraphs treat, then the shorter name. Each
 * thing once, named in the reader's language (and in Chinese). Empty for a text that folds to
 * nothing. Reads a sorted array by binary search and the grams' lists, never every name: well
 * under a millisecond for the bundled summary.
 */
export function suggest(index: SuggestIndex, request: SuggestRequest): Suggestion[] {
  const key = suggestKey(request.query.slice(0, MAX_SUGGEST_QUERY));
  if (key === '') return [];
  const limit = limitOf(request.limit);
  const found = new Map<number, Found>();
  const consider = (label: number, match: MatchKind): void => {
    const score = match * 3 + (index.labelRank[label] ?? 2);
    const target = index.labelTarget[label] ?? 0;
    const before = found.get(target);
    if (
      before === undefined ||
      score < before.score ||
      (score === before.score &&
        (index.labelKeys[label] ?? '').length < (index.labelKeys[before.label] ?? '').length)
    )
      found.set(target, { score, label });
  };

  const { prefixKeys } = index;
  const end = Math.min(prefixKeys.length, lowerBound(prefixKeys, key) + SCAN_LIMIT);
  for (let at = lowerBound(prefixKeys, key); at < end; at++) {
    const candidate = prefixKeys[at] ?? '';
    if (!candidate.startsWith(key)) break;
    const label = index.prefixLabel[at] ?? 0;
    consider(label, index.prefixInner[at] === 1 ? 2 : candidate.length === key.length ? 0 : 1);
  }
  // A name that only contains the text ranks below every name that starts with it.
  if (found.size < limit) {
    const list = containing(index, key);
    if (list !== undefined) {
      const read = Math.min(list.length, SCAN_LIMIT);
      for (let at = 0; at < read; at++) {
        const label = list[at] ?? 0;
        if ((index.labelKeys[label] ?? '').includes(key)) consider(label, 3);
      }
    }
  }

  const ranked = [...found].sort(([targetA, a], [targetB, b]) => {
    if (a.score !== b.score) return a.score - b.score;
    const first = index.targets[targetA];
    const second = index.targets[targetB];
    const weight = (second?.weight ?? 0) - (first?.weight ?? 0);
    if (weight !== 0) return weight;
    const length = (index.labelKeys[a.label] ?? '').length - (index.labelKeys[b.label] ?? '').length;
    if (length !== 0) return length;
    return (first?.id ?? '') < (second?.id ?? '') ? -1 : 1;
  });
  return ranked.slice(0, limit).flatMap(([target, best]) => {
    const thing = index.targets[target];
    return thing === undefined
      ? []
      : [
          present(thing, request.language, {
            text: index.labelText[best.label] ?? '',
            key: index.labelKeys[best.label] ?? '',
            typed: key,
          }),
        ];
  });
}

/** The name that matched a lookup: as written, folded, and the folded text typed. */
interface Matched {
  readonly text: string;
  readonly key: string;
  readonly typed: string;
}

/**
 * A thing as a suggestion for a reader of `language`, with the name that matched when it is another
 * and the names shown do not hold what was typed themselves.
 */
function present(target: Target, language: Language, matched?: Matched): Suggestion {
  const chosen = chooseLabel(target.labels, language, target.ownRendering) ?? {
    text: target.symbol ?? target.id,
    language: 'en' as const,
    ownRendering: false,
  };
  const zh = target.labels.zh;
  const labelZh = chosen.language !== 'zh' && zh !== undefined && zh !== '' ? zh : undefined;
  const shownKeys = [
    target.foldedLabels[chosen.language] ?? '',
    ...(labelZh === undefined ? [] : [target.foldedLabels.zh ?? '']),
  ];
  const shown =
    matched === undefined ||
    target.kind === 'paper' ||
    matched.key === '' ||
    shownKeys.includes(matched.key) ||
    shownKeys.some((shownKey) => shownKey.includes(matched.typed));
  return {
    kind: target.kind,
    id: target.id,
    label: chosen.text,
    language: chosen.language,
    ownRendering: chosen.ownRendering,
    ...(labelZh === undefined ? {} : { labelZh }),
    ...(target.symbol === undefined ? {} : { symbol: target.symbol }),
    ...(shown ? {} : { matched: matched.text }),
  };
}

/**
 * A concept as a suggestion for a reader of `language` (named in their language and in Chinese):
 * how "did you mean" offers a concept (`closeConcepts`) in the API.
 */
export function conceptSuggestion(entry: ConceptEntry, language: Language): Suggestion {
  const { concept } = entry;
  return present(
    {
      kind: 'concept',
      id: concept.id,
      labels: concept.prefLabel,
      foldedLabels: {},
      ownRendering: concept.ownRendering ?? [],
      weight: entry.paragraphs.length,
    },
    language,
  );
}
