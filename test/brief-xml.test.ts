import { describe, expect, it } from 'vitest';
import { hasXmlForbidden } from '../src/export/index.js';
import { readDocxParts } from '../src/export/testing/docx-parts.js';
import { describeCatalog } from '../src/knowledge/index.js';
import { bundledKnowledge } from './support/knowledge.js';
import { corpusSearchIndex } from './support/search-fixture.js';
import { buildBriefing, renderBriefingDocx, renderBriefingHtml } from '../src/brief/index.js';

const { catalog } = corpusSearchIndex();
const knowledge = describeCatalog(catalog, bundledKnowledge());

describe('a briefing pack whose title and query hold characters XML forbids', () => {
  const briefing = buildBriefing(catalog, knowledge, {
    selection: { papers: ['CTOC/COP/WG.7/2015/4'], paragraphs: [12] },
    query: '金融\uFFFE调查\u0001',
    title: 'Pack\uFFFF \uD800title',
    date: '2025-03-04',
  });

  it('writes none in document.xml, core.xml, the footer or any other part of the Word file', async () => {
    const parts = readDocxParts(await renderBriefingDocx(briefing));
    const footers = [...parts.keys()].filter((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(footers.length).toBeGreaterThan(0);
    for (const [name, text] of parts) expect(hasXmlForbidden(text), name).toBe(false);
    expect(parts.get('word/document.xml')).toContain('Pack title');
    expect(parts.get('word/document.xml')).toContain('金融调查');
    expect(parts.get('docProps/core.xml')).toContain('Pack title');
    for (const name of footers) expect(parts.get(name)).toContain('Pack title');
  });

  it('writes none in the HTML for print', () => {
    const html = renderBriefingHtml(briefing);
    expect(hasXmlForbidden(html)).toBe(false);
    expect(html).toContain('Pack title');
  });
});
