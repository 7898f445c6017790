import type { ConceptEntry } from '../knowledge/index.js';
import type { SuggestIndex } from './suggest-index.js';
import { characterPairs } from './suggest-index.js';
import { suggestKey } from './suggest-key.js';

/** The least similarity of a query word and a label for the label's concept to be offered: 0.4. */
const MIN_SIMILARITY = 0.4;

/** How many concepts "did you mean" offers when the caller does not say: 6. */
export const DID_YOU_MEAN_LIMIT = 6;

/** The character pairs (code points) of a text, repeats kept; a text of one character is its own pair. */
function pairList(text: string): string[] {
  const chars = Array.from(text);
  if (chars.length < 2) return chars;
  const pairs: string[] = [];
  for (let at = 0; at + 1 < chars.length; at++) pairs.push(`${chars[at] ?? ''}${chars[at + 1] ?? ''}`);
  return pairs;
}

/**
 * Dice similarity of the character pairs of two texts, from 0 (no pair shared) to 1 (equal): how
 * close a misspelt word is to a label (`hawalla` and `hawala`: 0.91), or a mistyped paper slug to a
 * symbol. Compares the texts as given: fold them first ({@link suggestKey}).
 */
export function similarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  if (a === b) return 1;
  const left = pairList(a);
  const right = pairList(b);
  const pool = new Map<string, number>();
  for (const pair of right) pool.set(pair, (pool.get(pair) ?? 0) + 1);
  let shared = 0;
  for (const pair of left) {
    const count = pool.get(pair) ?? 0;
    if (count > 0) {
      shared++;
      pool.set(pair, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/**
 * The words of a search query that say what it is about, folded ({@link suggestKey}, without
 * spaces): without the exclusions (`-word`), the filters (`topic:…`), the quotes and the words of
 * one character.
 */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/u)
    .filter((word) => word !== '' && !word.startsWith('-') && !/^[a-z]+[:：]/i.test(word))
    .map((word) => suggestKey(word).replaceAll(' ', ''))
    .filter((word) => Array.from(word).length >= 2);
}

/**
 * "Did you mean": the concepts closest to a query that found nothing, best first. A concept whose
 * label (in any language, hidden labels too, folded) contains a word of the query or is contained in
 * one comes first; then those whose labels share most character pairs with a word (Dice similarity
 * at least 0.4: a misspelling, `hawalla` → hawala). Only concepts that some paragraph treats (a
 * search for them finds something), at most `limit`; among equals, the more treated first. The
 * labels are found through their character pairs in the index, never compared one by one.
 */
export function closeConcepts(
  index: SuggestIndex,
  query: string,
  limit = DID_YOU_MEAN_LIMIT,
): ConceptEntry[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const best = new Map<number, number>();
  for (const word of words) {
    const pairs = characterPairs(word);
    const shared = new Map<number, number>();
    for (const pair of pairs) {
      const list = index.conceptPairs.get(pair);
      if (list === undefined) continue;
      for (const key of list) shared.set(key, (shared.get(key) ?? 0) + 1);
    }
    for (const [key, count] of shared) {
      const entry = index.conceptKeyEntry[key] ?? 0;
      if ((index.concepts[entry]?.paragraphs.length ?? 0) === 0) continue;
      // Distinct pairs shared bound the similarity from above: most labels are left at that.
      const bound = (2 * count) / (pairs.length + (index.conceptKeyPairs[key] ?? 0));
      const label = index.conceptKeys[key] ?? '';
      const contains = label.includes(word) || word.includes(label);
      if (!contains && bound < MIN_SIMILARITY / 2) continue;
      const score = contains ? 1 : similarity(word, label);
      if (score >= MIN_SIMILARITY && score > (best.get(entry) ?? 0)) best.set(entry, score);
    }
  }
  return [...best]
    .map(([entry, score]) => ({ entry: index.concepts[entry], score }))
    .filter((each): each is { entry: ConceptEntry; score: number } => each.entry !== undefined)
    .sort((a, b) => b.score - a.score || b.entry.paragraphs.length - a.entry.paragraphs.length)
    .slice(0, limit)
    .map(({ entry }) => entry);
}

/** The key topics that most paragraphs treat, to offer when there is nothing closer: at most `limit` (default 8). */
export function frequentTopics(concepts: readonly ConceptEntry[], limit = 8): ConceptEntry[] {
  return concepts
    .filter((entry) => entry.concept.kind === 'topic' && entry.paragraphs.length > 0)
    .sort((a, b) => b.paragraphs.length - a.paragraphs.length)
    .slice(0, limit);
}
