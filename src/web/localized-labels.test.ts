import { describe, expect, it } from 'vitest';
import type { ConceptEntry } from '../knowledge/index.js';
import { conceptGloss, conceptName } from './content-blocks.js';
import { pageContext } from './page-layout.js';

function entry(
  prefLabel: ConceptEntry['concept']['prefLabel'],
  ownRendering?: readonly ('fr' | 'ar')[],
): ConceptEntry {
  return {
    concept: {
      id: 'interviews',
      kind: 'topic',
      prefLabel,
      ...(ownRendering === undefined ? {} : { ownRendering }),
      altLabel: {},
      hiddenLabel: {},
      broader: [],
      related: [],
      scopeNote: undefined,
    },
    paragraphs: [],
    themes: [],
  };
}

describe('a label missing in the reader’s language (issue 12.10)', () => {
  it('falls back to English, marked as English, then to Chinese, marked as Chinese, never to the id', () => {
    const fr = pageContext('fr', '/topics', '1');
    expect(String(conceptName(fr, entry({ zh: '访谈', en: 'interviews' })))).toBe(
      '<span lang="en">Interviews</span>',
    );
    expect(String(conceptName(fr, entry({ zh: '访谈' })))).toBe('<span lang="zh">访谈</span>');
    const ar = pageContext('ar', '/topics', '1');
    expect(String(conceptName(ar, entry({ zh: '访谈', en: 'interviews' })))).toBe(
      '<span lang="en" dir="ltr">Interviews</span>',
    );
  });

  it('shows the reader’s own label, with the own-rendering mark when it is one', () => {
    const fr = pageContext('fr', '/topics', '1');
    expect(String(conceptName(fr, entry({ zh: '访谈', en: 'interviews', fr: 'entretiens' })))).toBe(
      'Entretiens',
    );
    expect(String(conceptName(fr, entry({ zh: '访谈', en: 'interviews', fr: 'entretiens' }, ['fr'])))).toBe(
      `Entretiens<sup class="own-rendering" title="${fr.messages.ownRendering}">*</sup>`,
    );
  });

  it('glosses Chinese content with the same fallback, and not at all in Chinese', () => {
    const es = pageContext('es', '/', '1');
    expect(String(conceptGloss(es, entry({ zh: '访谈', en: 'interviews' })))).toBe(
      ' <span class="gloss"><span lang="en">interviews</span></span>',
    );
    expect(String(conceptGloss(pageContext('zh', '/', '1'), entry({ zh: '访谈', en: 'interviews' })))).toBe(
      '',
    );
  });
});
