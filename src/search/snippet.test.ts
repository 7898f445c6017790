import { describe, expect, it } from 'vitest';
import { SNIPPET_LENGTH, escapeHtml, findMatches, foldInPlace, makeSnippet } from './snippet.js';

describe('escapeHtml', () => {
  it('escapes the five characters special in HTML and leaves other text as it is', () => {
    expect(escapeHtml(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;');
    const plain = '缔约国应当加强合作（见第 27 条）。';
    expect(escapeHtml(plain)).toBe(plain);
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('findMatches', () => {
  it('finds folded terms at their offsets in the original text, merged', () => {
    const text = 'ＵＮＯＤＣ 与 Interpol 合作打击偷运移民';
    expect(foldInPlace(text)).toHaveLength(text.length);
    const ranges = findMatches(text, ['unodc', 'interpol', '偷运', '偷运移民']);
    expect(ranges.map(([from, to]) => text.slice(from, to))).toEqual(['ＵＮＯＤＣ', 'Interpol', '偷运移民']);
    expect(findMatches(text, ['unodc'], foldInPlace(text))).toEqual(findMatches(text, ['unodc']));
  });
});

describe('makeSnippet', () => {
  it('marks the terms, escaped, and cuts long text around the most matches', () => {
    expect(makeSnippet('a<b 合作', ['合作'])).toBe('a&lt;b <mark>合作</mark>');
    const text = `${'前'.repeat(300)}控制下交付和控制下交付${'后'.repeat(300)}`;
    const snippet = makeSnippet(text, ['控制下交付']);
    expect(snippet.startsWith('…') && snippet.endsWith('…')).toBe(true);
    expect(snippet.match(/<mark>控制下交付<\/mark>/g)).toHaveLength(2);
    expect(snippet.replace(/<\/?mark>|…/g, '')).toHaveLength(SNIPPET_LENGTH);
    expect(makeSnippet(text, ['控制下交付'], foldInPlace(text))).toBe(snippet);
  });
});
