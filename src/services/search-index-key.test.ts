import { describe, expect, it } from 'vitest';
import { ANALYZER_VERSION } from '../analysis/index.js';
import type { KnowledgeBase } from '../knowledge/index.js';
import { INDEX_FORMAT_VERSION } from '../search/index.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { publishedOf } from '../../test/support/published.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { knowledgeHash, searchIndexKey } from './search-index-key.js';

/** The bundled knowledge with one more hidden label on its first concept: a new thesaurus version. */
function withHiddenLabel(base: KnowledgeBase, label: string): KnowledgeBase {
  const [first, ...rest] = base.thesaurus.concepts;
  if (first === undefined) throw new Error('the bundled thesaurus has concepts');
  const changed = {
    ...first,
    hiddenLabel: { ...first.hiddenLabel, zh: [...(first.hiddenLabel.zh ?? []), label] },
  };
  return {
    ...base,
    thesaurus: {
      ...base.thesaurus,
      concepts: [changed, ...rest],
      byId: new Map([...base.thesaurus.byId, [changed.id, changed]]),
    },
  };
}

describe('the key of a stored search index', () => {
  const catalog = makeSampleCatalog();
  const english = { ...catalog, language: 'en' as const };
  const knowledge = bundledKnowledge();

  it('names the layout and analyzer versions, the knowledge and every catalog version', () => {
    const key = searchIndexKey([publishedOf(catalog, 3), publishedOf(english, 2)], knowledge);
    const lines = key.split('\n');
    expect(lines).toContain(`format ${INDEX_FORMAT_VERSION}`);
    expect(lines).toContain(`analyzer ${ANALYZER_VERSION}`);
    expect(lines).toContain(`knowledge ${knowledgeHash(knowledge, 'zh')}`);
    const id = encodeURIComponent(catalog.document.id);
    expect(lines.slice(-2)).toEqual([`${id}/zh/3`, `${id}/en/2`]);
    expect(searchIndexKey([publishedOf(catalog, 1)], undefined)).toContain('knowledge none');
  });

  it('is the same for the same inputs and changes with any of them', () => {
    const key = searchIndexKey([publishedOf(catalog, 3)], knowledge);
    expect(searchIndexKey([publishedOf(makeSampleCatalog(), 3)], bundledKnowledge())).toBe(key);
    const others = [
      searchIndexKey([publishedOf(catalog, 4)], knowledge),
      searchIndexKey([publishedOf(catalog, 3), publishedOf(english, 1)], knowledge),
      searchIndexKey([publishedOf(catalog, 3)], undefined),
      searchIndexKey([publishedOf(catalog, 3)], withHiddenLabel(knowledge, '偷渡蛇头新说法')),
    ];
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
  });

  it('hashes the knowledge as the index uses it: words and concepts', () => {
    const hash = knowledgeHash(knowledge, 'zh');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(knowledgeHash(withHiddenLabel(knowledge, '偷渡蛇头新说法'), 'zh')).not.toBe(hash);
    expect(knowledgeHash(knowledge, 'zh')).toBe(hash);
  });
});
