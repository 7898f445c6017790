import { messagesFor } from '../messages/index.js';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import { describeCatalog } from '../knowledge/index.js';
import { escapeHtml } from '../search/index.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { DOWNLOAD_KINDS, downloadHref, keyTopicLink, markedText, paragraphBlock } from './content-blocks.js';
import { contentAttributes, pageContext, renderPage, withLanguage } from './page-layout.js';
import { pageWindow, pagination } from './pagination.js';
import { buildPortalModel } from './portal-model.js';
import { closestPapers, renderErrorPage } from './render-error.js';
import { renderHomePage } from './render-home.js';
import { renderPaperPage } from './render-paper.js';
import { h } from './html-template.js';

function modelOf(catalog: Catalog = makeSampleCatalog()) {
  return buildPortalModel(catalog, describeCatalog(catalog, bundledKnowledge()));
}

describe('downloadHref', () => {
  it('adds the format and language to the selection as setting them on a copy of it writes them', () => {
    const reference = (kind: string, selection: URLSearchParams, lang: string): string => {
      const params = new URLSearchParams(selection);
      const extra: Record<string, Record<string, string>> = {
        docx: { format: 'docx' },
        md: { format: 'md' },
        brief: { format: 'docx', lang },
        compose: {},
      };
      for (const [key, value] of Object.entries(extra[kind] ?? {})) params.set(key, value);
      const path = kind === 'compose' ? '/brief' : kind === 'brief' ? '/api/v1/brief' : '/api/v1/export';
      return `${path}?${params.toString()}`;
    };
    for (const query of ['', 'q=洗钱 theme:theme-3', 'q=a&b=c', 'format=md&q=x', 'theme=t&lang=fr&paper=P/1'])
      for (const kind of DOWNLOAD_KINDS)
        for (const lang of ['zh', 'en'] as const) {
          const selection = new URLSearchParams(query);
          expect(downloadHref(kind, selection, lang), `${kind} ${query}`).toBe(
            reference(kind, selection, lang),
          );
        }
  });
});

describe('renderPage', () => {
  it('has the language, direction, landmarks and skip link of the interface language', () => {
    const arabic = String(
      renderPage(pageContext('ar', '/x?a=1', '1.0'), { title: 'T', section: 'home', main: h`<p>m</p>` }),
    );
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).toContain('<a class="skip-link" href="#main">');
    expect(arabic).toContain('<header class="site-header">');
    expect(arabic).toContain(`<nav class="main-nav" aria-label="${messagesFor('ar').mainNavigation}">`);
    expect(arabic).toContain('<main id="main" tabindex="-1">');
    expect(arabic).toContain('<footer class="site-footer">');
    expect(arabic).toContain('<a href="/" aria-current="page">');
    expect(arabic).toContain('href="/x?a=1&amp;lang=en" lang="en" hreflang="en"');
    expect(arabic).toContain('<title>T · somkb</title>');
  });

  it('escapes the title and the query of the header search', () => {
    const page = String(
      renderPage(pageContext('en', '/', '1'), {
        title: '<b>"',
        section: 'none',
        main: h``,
        query: '"><script>',
      }),
    );
    expect(page).toContain('<title>&lt;b&gt;&quot; · somkb</title>');
    expect(page).toContain('value="&quot;&gt;&lt;script&gt;"');
    expect(page).not.toContain('<b>');
  });
});

describe('withLanguage and contentAttributes', () => {
  it('set the lang parameter, replacing one already there', () => {
    expect(withLanguage('/', 'fr')).toBe('/?lang=fr');
    expect(withLanguage('/search?q=a&lang=zh&page=2', 'ar')).toBe('/search?q=a&page=2&lang=ar');
  });

  it('mark content in Chinese, with its direction on right-to-left pages', () => {
    expect(String(contentAttributes('zh'))).toBe('');
    expect(String(contentAttributes('en'))).toBe(' lang="zh"');
    expect(String(contentAttributes('ar'))).toBe(' lang="zh" dir="ltr"');
  });
});

describe('content blocks', () => {
  it('a paragraph has its anchor, escaped text, items, citation and a copy button the script shows', () => {
    const catalog = makeSampleCatalog();
    const paragraph = { ...catalog.paragraphs[3], text: '<img src=x>"金钱"' } as NonNullable<
      (typeof catalog.paragraphs)[number]
    >;
    const block = String(
      paragraphBlock(pageContext('en', '/', '1'), modelOf(catalog), paragraph, { anchor: true }),
    );
    expect(block).toContain('<article class="para" id="para-4" aria-labelledby="para-4-h">');
    expect(block).toContain('&lt;img src=x&gt;&quot;金钱&quot;');
    expect(block).toContain('<span class="item-label">(a)</span> 欧洲边境监测系统；');
    expect(block).toContain(
      '<cite class="cite-text">Thematic summary (2021), para. 4 (on CTOC/COP/WG.7/2018/2)</cite>',
    );
    expect(block).toMatch(
      /<button type="button" class="copy-button" data-copy="Thematic summary \(2021\), para. 4 \(on CTOC\/COP\/WG.7\/2018\/2\)" data-copied="Copied" hidden>/,
    );
  });

  it('marks terms in text without letting the text become markup', () => {
    expect(String(markedText('<b>洗钱</b>和洗钱', ['洗钱']))).toBe(
      '&lt;b&gt;<mark>洗钱</mark>&lt;/b&gt;和<mark>洗钱</mark>',
    );
    expect(String(markedText('a&b', []))).toBe('a&amp;b');
  });

  it('a key topic links to the topic of the same label, otherwise to the search filtered by it', () => {
    const model = modelOf();
    const context = pageContext('en', '/', '1');
    const concept = bundledKnowledge().thesaurus.concepts.find(
      (candidate) => candidate.prefLabel.zh === '金融调查',
    );
    if (concept === undefined) throw new Error('the thesaurus has 金融调查');
    const link = String(keyTopicLink(context, model, '金融调查'));
    expect(link).toContain(`href="/topics/${concept.id}"`);
    expect(link).toContain(
      `<span lang="zh">金融调查</span> <span class="gloss">${concept.prefLabel.en ?? ''}</span>`,
    );
    expect(String(keyTopicLink(context, model, '特别调查手段（特工行动、线人）'))).toContain(
      'href="/search?topic=%E7%89%B9%E5%88%AB%E8%B0%83%E6%9F%A5%E6%89%8B%E6%AE%B5%EF%BC%88%E7%89%B9%E5%B7%A5%E8%A1%8C%E5%8A%A8%E3%80%81%E7%BA%BF%E4%BA%BA%EF%BC%89"',
    );
  });
});

describe('pages', () => {
  it('the home page escapes hostile catalog text', () => {
    const catalog = makeSampleCatalog();
    const hostile: Catalog = {
      ...catalog,
      themes: catalog.themes.map((theme) => ({ ...theme, name: `${theme.name}<script>x</script>` })),
      papers: catalog.papers.map((paper) => ({ ...paper, subject: '"><svg onload=alert(1)>' })),
    };
    const page = String(renderHomePage(pageContext('zh', '/', '1'), modelOf(hostile)));
    expect(page).not.toContain('<script>x');
    expect(page).not.toContain('<svg');
    expect(page).toContain('刑事司法对策&lt;script&gt;x&lt;/script&gt;');
  });

  it('a paper page links to the official document and anchors each of its paragraphs', () => {
    const model = modelOf();
    const paper = model.paperBySymbol.get('CTOC/COP/WG.7/2018/2');
    if (paper === undefined) throw new Error('the sample has this paper');
    const page = String(
      renderPaperPage(pageContext('fr', '/papers/CTOC-COP-WG.7-2018-2', '1'), model, paper),
    );
    expect(page).toContain('href="https://undocs.org/CTOC/COP/WG.7/2018/2"');
    expect(page).toContain('id="para-3"');
    expect(page).toContain('id="para-4"');
    expect(page).toContain('Résumé thématique (2021), par. 4 (sur le document CTOC/COP/WG.7/2018/2)');
    expect(page).toContain('5e réunion');
    expect(page).toContain(escapeHtml(messagesFor('fr').chineseOnlyNote));
  });

  it('an error page says what happened in the interface language, with the closest papers for an unknown one', () => {
    const model = modelOf();
    const page = String(
      renderErrorPage(pageContext('es', '/papers/x', '1'), model, {
        status: 404,
        kind: 'paper-not-found',
        asked: 'CTOC-COP-WG.7-2018-3',
      }),
    );
    expect(page).toContain('No hay ningún documento de antecedentes con la signatura CTOC-COP-WG.7-2018-3.');
    expect(page.indexOf('CTOC-COP-WG.7-2018-2')).toBeLessThan(page.indexOf('CTOC-COP-WG.7-2013-3'));
    const failure = String(
      renderErrorPage(pageContext('ru', '/', '1'), undefined, { status: 500, kind: 'error' }),
    );
    expect(failure).toContain('<html lang="ru" dir="ltr">');
    expect(failure).toContain(messagesFor('ru').errorText);
  });
});

describe('closestPapers', () => {
  it('orders papers by how much their symbol looks like the one asked for', () => {
    const papers = makeSampleCatalog().papers;
    expect(closestPapers(papers, 'CTOC/COP/WG.7/2015/5').map((paper) => paper.symbol)[0]).toBe(
      'CTOC/COP/WG.7/2015/4',
    );
    expect(closestPapers(papers, 'zzz')).toEqual([]);
  });
});

describe('pagination', () => {
  it('offers the first, the last and two pages on each side of the current one', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(6, 12)).toEqual([1, 0, 4, 5, 6, 7, 8, 0, 12]);
  });

  it('marks the current page and is absent for a single page', () => {
    const messages = messagesFor('en');
    expect(String(pagination(messages, 1, 1, (page) => `/p${page}`))).toBe('');
    const nav = String(pagination(messages, 2, 3, (page) => `/p${page}`));
    expect(nav).toContain('<a href="/p2" aria-current="page" aria-label="Page 2">2</a>');
    expect(nav).toContain('<a href="/p1" rel="prev">Previous</a>');
    expect(nav).toContain('<a href="/p3" rel="next">Next</a>');
  });
});
