import { describe, expect, it } from 'vitest';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { renderDocx } from './render-docx.js';
import { readDocxParts } from './testing/docx-parts.js';
import { hasXmlForbidden, stripXmlForbidden, xmlSafe } from './xml-text.js';

/** Every character XML 1.0 forbids that a title or a query could carry. */
const FORBIDDEN = '\uFFFE\uFFFF\u0000\u0001\u0008\u000B\u000C\u001F\uDC00\uD800';

describe('stripXmlForbidden', () => {
  it('drops C0 controls but tab, LF and CR, U+FFFE, U+FFFF and lone surrogates, and keeps the rest', () => {
    expect(stripXmlForbidden(`a${FORBIDDEN}b\t\n\r😀中`)).toBe('ab\t\n\r😀中');
    expect(stripXmlForbidden('\uDC00\uD800')).toBe('');
    expect(hasXmlForbidden('\uFFFF')).toBe(true);
    expect(hasXmlForbidden('😀 tab\t')).toBe(false);
  });

  it('cleans every string of a value, keeps functions, and copies nothing when nothing is forbidden', () => {
    const labels = { name: (n: number) => `#${n}` };
    const dirty = { title: 'x\uFFFF', list: ['y\u0001', 2], labels };
    const clean = xmlSafe(dirty);
    expect(clean).toEqual({ title: 'x', list: ['y', 2], labels });
    expect(clean.labels.name(1)).toBe('#1');
    const already = { title: 'x', list: ['y'] };
    expect(xmlSafe(already)).toBe(already);
  });
});

describe('renderDocx with characters XML forbids', () => {
  it('writes none of them in any part, and keeps the text around them', async () => {
    const catalog = makeSampleCatalog();
    const dirty = {
      ...catalog,
      document: {
        ...catalog.document,
        header: { ...catalog.document.header, title: `标题${FORBIDDEN}末` },
      },
      paragraphs: catalog.paragraphs.map((paragraph) => ({ ...paragraph, text: `${paragraph.text}\uFFFF` })),
    };
    const parts = readDocxParts(await renderDocx(dirty));
    expect(parts.size).toBeGreaterThan(3);
    for (const [name, text] of parts) expect(hasXmlForbidden(text), name).toBe(false);
    expect(parts.get('word/document.xml')).toContain('标题末');
    expect(parts.get('docProps/core.xml')).toContain('标题末');
  });
});
