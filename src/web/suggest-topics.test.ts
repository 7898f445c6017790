import { describe, expect, it } from 'vitest';
import type { ConceptEntry } from '../knowledge/index.js';
import { closeTopics, frequentTopics, queryWords, similarity } from './suggest-topics.js';

function entry(
  id: string,
  zh: string,
  en: string,
  paragraphs: number[],
  kind: 'topic' | 'term' = 'topic',
): ConceptEntry {
  return {
    concept: {
      id,
      kind,
      prefLabel: { zh, en },
      altLabel: {},
      hiddenLabel: {},
      broader: [],
      related: [],
      scopeNote: undefined,
    },
    paragraphs,
    themes: [],
  };
}

const CONCEPTS = [
  entry('hawala', '哈瓦拉', 'hawala', [12]),
  entry('money-laundering', '洗钱', 'money laundering', [12, 30, 60]),
  entry('international-cooperation', '国际合作', 'international cooperation', [4, 5, 6, 7]),
  entry('unused', '未用', 'unused topic', []),
  entry('a-term', '术语', 'term', [1, 2, 3, 4, 5, 6], 'term'),
];

describe('similarity', () => {
  it('is 1 for equal strings, 0 for strings without a common pair, and in between otherwise', () => {
    expect(similarity('hawala', 'hawala')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
    const close = similarity('hawalla', 'hawala');
    expect(close).toBeGreaterThan(0.7);
    expect(close).toBeLessThan(1);
    expect(similarity('', 'x')).toBe(0);
  });
});

describe('queryWords', () => {
  it('keeps the words that say what the query is about', () => {
    expect(queryWords('Hawalla -国际 topic:洗钱 "国际 合作" x')).toEqual(['hawalla', '国际', '合作']);
  });
});

describe('closeTopics', () => {
  it('finds a misspelt topic, and a topic that a query word is part of', () => {
    expect(closeTopics(CONCEPTS, 'hawalla').map((found) => found.concept.id)).toEqual(['hawala']);
    expect(closeTopics(CONCEPTS, '合作').map((found) => found.concept.id)).toContain(
      'international-cooperation',
    );
    expect(closeTopics(CONCEPTS, 'laundering money').map((found) => found.concept.id)[0]).toBe(
      'money-laundering',
    );
  });

  it('suggests no topic that no paragraph treats, and nothing for an empty or unrelated query', () => {
    expect(closeTopics(CONCEPTS, 'unused topic').map((found) => found.concept.id)).not.toContain('unused');
    expect(closeTopics(CONCEPTS, '')).toEqual([]);
    expect(closeTopics(CONCEPTS, 'zzzz qqqq')).toEqual([]);
  });
});

describe('frequentTopics', () => {
  it('lists the key topics that most paragraphs treat, terms left out', () => {
    expect(frequentTopics(CONCEPTS, 2).map((found) => found.concept.id)).toEqual([
      'international-cooperation',
      'money-laundering',
    ]);
  });
});
