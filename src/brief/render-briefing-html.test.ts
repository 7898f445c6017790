import { describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import { describeCatalog } from '../knowledge/index.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { corpusSearchIndex } from '../../test/support/search-fixture.js';
import type { Briefing } from './build-briefing.js';
import { buildBriefing } from './build-briefing.js';
import { renderBriefingHtml } from './render-briefing-html.js';

/** The sample catalog with markup, quotes and a script address where text and links go. */
function hostileCatalog(): Catalog {
  const catalog = makeSampleCatalog();
  return {
    ...catalog,
    themes: catalog.themes.map((theme, position) =>
      position === 0
        ? { ...theme, name: '<script>alert("x")</script> & \'q\'', keyTopics: ['<b>议题</b>'] }
        : theme,
    ),
    papers: catalog.papers.map((paper, position) =>
      position === 0 ? { ...paper, url: 'javascript:alert(1)', subject: '"引号" <i>斜体</i>' } : paper,
    ),
    paragraphs: catalog.paragraphs.map((paragraph) =>
      paragraph.number === 3
        ? {
            ...paragraph,
            text: '<img src=x onerror=alert(1)> 文本',
            items: [{ label: 'a', text: '</li><li>x' }],
          }
        : paragraph,
    ),
  };
}

function briefingOf(catalog: Catalog, title = '</title><script>x</script>'): Briefing {
  return buildBriefing(catalog, describeCatalog(catalog, bundledKnowledge()), {
    selection: {},
    date: '2025-03-04',
    title,
  });
}

describe('renderBriefingHtml', () => {
  it('escapes every piece of catalog and request text', () => {
    const html = renderBriefingHtml(briefingOf(hostileCatalog()));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>议题');
    expect(html).not.toContain('<i>斜体');
    expect(html).not.toContain('</li><li>x');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; 文本');
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>');
    expect(html).toContain('&quot;引号&quot; &lt;i&gt;斜体&lt;/i&gt;');
  });

  it('links only http(s) addresses', () => {
    const html = renderBriefingHtml(briefingOf(hostileCatalog()));
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain('<a href="https://undocs.org/CTOC/COP/WG.7/2015/4">CTOC/COP/WG.7/2015/4</a>');
  });

  it('is one standalone document with an inline print stylesheet and no script', () => {
    const html = renderBriefingHtml(briefingOf(makeSampleCatalog(), 'Briefing'));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    expect(html).toMatch(/<style>[\s\S]*@page \{ size: A4;[\s\S]*<\/style>/);
    expect(html).toMatch(/section\.theme, section\.annex \{ break-before: page;/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|<img|\son[a-z]+=/i);
  });

  it('marks the catalog text as Chinese in an English pack, and the pack as Chinese in a Chinese one', () => {
    const html = renderBriefingHtml(briefingOf(makeSampleCatalog(), 'Briefing'));
    expect(html).toContain('<h2 lang="en">Criminal justice responses</h2>');
    expect(html).toContain('<p lang="zh"><span class="number">3.</span>');
    const catalog = makeSampleCatalog();
    const zh = buildBriefing(catalog, describeCatalog(catalog, bundledKnowledge()), {
      selection: {},
      date: '2025-03-04',
      headingsLanguage: 'zh',
    });
    expect(renderBriefingHtml(zh)).toContain('<html lang="zh">');
    expect(renderBriefingHtml(zh)).toContain('<h2 id="toc-title">目录</h2>');
  });

  it('writes the headings, theme names and key topics in French, Spanish, Russian and Arabic (issue 12.14)', () => {
    const catalog = makeSampleCatalog();
    const knowledge = describeCatalog(catalog, bundledKnowledge());
    const expected = {
      fr: [
        'Table des matières',
        'Réponses de la justice pénale',
        'avantage financier ou autre avantage matériel',
      ],
      es: [
        'Índice',
        'Respuestas de la justicia penal',
        'beneficio financiero u otro beneficio de orden material',
      ],
      ru: ['Содержание', 'Меры системы уголовного правосудия', 'финансовая или иная материальная выгода'],
      ar: ['المحتويات', 'تدابير التصدي في مجال العدالة الجنائية', 'منفعة مالية أو منفعة مادية أخرى'],
    } as const;
    for (const [language, [contents, theme, topic]] of Object.entries(expected) as [
      keyof typeof expected,
      readonly [string, string, string],
    ][]) {
      const html = renderBriefingHtml(
        buildBriefing(catalog, knowledge, { selection: {}, date: '2025-03-04', headingsLanguage: language }),
      );
      expect(html, language).toContain(`<html lang="${language}"${language === 'ar' ? ' dir="rtl"' : ''}>`);
      expect(html, language).toContain(`<h2 id="toc-title">${contents}</h2>`);
      expect(html, language).toContain(`<h2 lang="${language}">${theme}</h2>`);
      expect(html, language).toContain(`<li lang="${language}">${topic}</li>`);
      expect(html, language).not.toContain('Key topics');
    }
  });

  it('gives every table-of-contents link and every citing place a target in the document', () => {
    const { catalog } = corpusSearchIndex();
    const briefing = buildBriefing(catalog, describeCatalog(catalog, bundledKnowledge()), {
      selection: {},
      date: '2025-03-04',
    });
    const html = renderBriefingHtml(briefing);
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    expect(targets.length).toBeGreaterThan(briefing.contents.length);
    for (const target of targets) expect(ids.has(target)).toBe(true);
    for (const entry of briefing.contents) {
      expect(html).toContain(`<a href="#${entry.anchor}" lang="${entry.lang}">`);
    }
    expect(html).toContain('<li><a href="#chapter-1" lang="zh">一. 导言</a></li>');
    expect(html).not.toContain('<ol></ol>');
    expect(html).toContain(
      '<p class="citation">Thematic summary (2021), para. 12 (on CTOC/COP/WG.7/2015/4) · <a href="https://undocs.org/CTOC/COP/WG.7/2015/4">https://undocs.org/CTOC/COP/WG.7/2015/4</a></p>',
    );
  });
});
