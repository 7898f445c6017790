import type { Language } from '../domain/index.js';
import type { ConceptEntry } from '../knowledge/index.js';
import { conceptLabels } from '../thesaurus/index.js';

/** The languages whose labels a query is compared with. */
const LABEL_LANGUAGES: readonly Language[] = ['zh', 'en', 'fr', 'es', 'ru', 'ar'];

/** The least similarity for a topic to be suggested. */
const MIN_SIMILARITY = 0.4;

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

function bigrams(text: string): string[] {
  const chars = Array.from(text);
  if (chars.length < 2) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
  return grams;
}

/** Dice similarity of the character pairs of two folded strings, from 0 (nothing shared) to 1. */
export function similarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  if (a === b) return 1;
  const left = bigrams(a);
  const right = bigrams(b);
  const pool = new Map<string, number>();
  for (const gram of right) pool.set(gram, (pool.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of left) {
    const count = pool.get(gram) ?? 0;
    if (count > 0) {
      shared++;
      pool.set(gram, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** The words of a query that say what it is about: without filters, exclusions, quotes and one-letter words. */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/u)
    .filter((word) => word !== '' && !word.startsWith('-') && !/^[a-z]+[:：]/i.test(word))
    .map((word) => fold(word.replace(/["“”「」『』]/gu, '')))
    .filter((word) => Array.from(word).length >= 2);
}

/**
 * The topics closest to a query that found nothing, best first: those with a label (in any
 * language, hidden ones included) that contains a query word or is contained in one, then those
 * whose labels share most character pairs with a word (a misspelling: `hawalla` → hawala); only
 * topics that some paragraph treats, at most `limit`.
 */
export function closeTopics(concepts: readonly ConceptEntry[], query: string, limit = 6): ConceptEntry[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const scored: { entry: ConceptEntry; score: number }[] = [];
  for (const entry of concepts) {
    if (entry.paragraphs.length === 0) continue;
    let best = 0;
    for (const language of LABEL_LANGUAGES) {
      for (const label of conceptLabels(entry.concept, language)) {
        const key = fold(label);
        for (const word of words) {
          const score = key.includes(word) || word.includes(key) ? 1 : similarity(word, key);
          if (score > best) best = score;
        }
      }
    }
    if (best >= MIN_SIMILARITY) scored.push({ entry, score: best });
  }
  return scored
    .sort((a, b) => b.score - a.score || b.entry.paragraphs.length - a.entry.paragraphs.length)
    .slice(0, limit)
    .map(({ entry }) => entry);
}

/** The key topics that most paragraphs treat, to offer when there is nothing closer. */
export function frequentTopics(concepts: readonly ConceptEntry[], limit = 8): ConceptEntry[] {
  return concepts
    .filter((entry) => entry.concept.kind === 'topic' && entry.paragraphs.length > 0)
    .sort((a, b) => b.paragraphs.length - a.paragraphs.length)
    .slice(0, limit);
}
