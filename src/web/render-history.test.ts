import { describe, expect, it } from 'vitest';
import { UN_LANGUAGES } from '../domain/index.js';
import type { Catalog } from '../domain/index.js';
import type { CatalogDiff } from '../history/index.js';
import { messagesFor } from '../messages/index.js';
import type { PublishedCatalog, VersionRecord } from '../services/index.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { publishedOf } from '../../test/support/published.js';
import { paragraphBlock } from './content-blocks.js';
import { h } from './html-template.js';
import { pageContext, renderPage } from './page-layout.js';
import { buildPortalModel } from './portal-model.js';
import { versionedPath } from './portal-urls.js';
import { paragraphChangesOf, publishedTime, renderDiffPage, renderHistoryPage } from './render-history.js';
import { renderThemePage } from './render-theme.js';

const HOSTILE = '<script>alert(1)</script>';

function record(version: number, overrides: Partial<VersionRecord> = {}): VersionRecord {
  const published = publishedOf(makeSampleCatalog(), version);
  const { documentId, language, by, message, source, counts } = published;
  return {
    documentId,
    language,
    version,
    publishedAt: `2026-12-0${version}T10:3${version}:00.000Z`,
    by,
    message,
    source,
    counts,
    ...overrides,
  };
}

/** The sample catalog with paragraph 4's text and item (b) edited. */
function editedCatalog(): Catalog {
  const catalog = makeSampleCatalog();
  return {
    ...catalog,
    paragraphs: catalog.paragraphs.map((paragraph) =>
      paragraph.number === 4
        ? {
            ...paragraph,
            text: paragraph.text.replace('要素', '关键要素'),
            items: paragraph.items.map((item) =>
              item.label === 'b' ? { ...item, text: '港口情报股。' } : item,
            ),
          }
        : paragraph,
    ),
  };
}

const DIFF: CatalogDiff = {
  document: 'thematic-summary-2021',
  from: 1,
  to: 2,
  changes: [
    {
      kind: 'paragraph',
      change: 'changed',
      lang: 'zh',
      number: 4,
      before: '需要把“金钱或其他物质利益”这一要素列作',
      after: '需要把“金钱或其他物质利益”这一关键要素列作',
      parts: [
        { op: 'equal', text: '需要把“金钱或其他物质利益”这一' },
        { op: 'insert', text: '关键' },
        { op: 'equal', text: '要素列作' },
      ],
    },
    {
      kind: 'item',
      change: 'changed',
      lang: 'zh',
      number: 4,
      label: 'b',
      before: '多机构港口情报股。',
      after: '港口情报股。',
      parts: [
        { op: 'delete', text: '多机构' },
        { op: 'equal', text: '港口情报股。' },
      ],
    },
    { kind: 'paragraph', change: 'removed', lang: 'zh', number: 6, before: `旧的${HOSTILE}` },
    { kind: 'keyTopic', change: 'added', lang: 'zh', theme: 'theme-1', after: '新议题' },
    {
      kind: 'paper',
      change: 'changed',
      lang: 'zh',
      symbol: 'CTOC/COP/WG.7/2015/4',
      field: 'year',
      before: '2015',
      after: '2016',
    },
  ],
};

function diffView(current = 2) {
  const from: PublishedCatalog = publishedOf(makeSampleCatalog(), 1);
  const to: PublishedCatalog = { ...publishedOf(editedCatalog(), 2), by: HOSTILE, message: HOSTILE };
  return { diff: DIFF, from, to, current };
}

describe('renderHistoryPage', () => {
  const versions = [
    record(1, { by: 'cli:secretariat', message: 'first ingest' }),
    record(2, {
      by: HOSTILE,
      message: `fix ${HOSTILE}`,
      source: { name: `a${HOSTILE}.txt`, sha256: 'ab'.repeat(32) },
    }),
    record(3, { message: '', source: { name: 'summary.txt', sha256: 'cd'.repeat(32), rollbackOf: 1 } }),
  ];

  it('lists the versions newest first, each with number, time, who, message, source, counts and a link to its changes', () => {
    const page = String(renderHistoryPage(pageContext('en', '/history', '1'), { versions }));
    const order = [3, 2, 1].map((version) => page.indexOf(`id="version-${version}"`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(page).toContain('The newest version comes first.');
    expect(page).toContain(
      '<time datetime="2026-12-02T10:32:00.000Z">December 2, 2026 at 10:32 AM UTC</time>',
    );
    expect(page).toContain('cli:secretariat');
    expect(page).toContain('first ingest');
    expect(page).toContain(`file summary.txt (SHA-256 ${'cd'.repeat(6)}…)`);
    expect(page).not.toContain('cd'.repeat(7));
    expect(page).toContain('rollback of version 1');
    expect(page).toContain('(no message)');
    expect(page).toContain('9 paragraphs'.replace('9', String(makeSampleCatalog().paragraphs.length)));
    expect(page).toContain('href="/history/2..3">Changes since version 2</a>');
    expect(page).toContain('href="/history/1..2">Changes since version 1</a>');
    expect(page).not.toContain('/history/0..1');
    // The current version is marked, and read without a version parameter; the older ones with one.
    expect(page).toMatch(/Version 3 <span class="current-mark">current<\/span>/);
    expect(page).toContain('href="/?version=2">Read this version</a>');
    // The form compares any two, the newest two preselected.
    expect(page).toContain('<form class="compare-form" action="/history" method="get">');
    expect(page).toContain('<input name="from" type="number" min="1" max="3" step="1" value="2"');
    expect(page).toContain('<input name="to" type="number" min="1" max="3" step="1" value="3"');
  });

  it('lists twenty versions a page, newest first, with links to the other pages', () => {
    const many = Array.from({ length: 45 }, (_, index) =>
      record(index + 1, { publishedAt: '2026-12-01T00:00:00.000Z' }),
    );
    const first = String(renderHistoryPage(pageContext('en', '/history', '1'), { versions: many }));
    const shown = (page: string): number[] =>
      [...page.matchAll(/id="version-(\d+)"/g)].map((match) => Number(match[1]));
    expect(shown(first)).toEqual(Array.from({ length: 20 }, (_, index) => 45 - index));
    expect(first).toContain('href="/history?page=2"');
    expect(first).toContain('href="/history?page=3"');
    const last = String(
      renderHistoryPage(pageContext('en', '/history?page=3', '1'), { versions: many, page: 3 }),
    );
    expect(shown(last)).toEqual([5, 4, 3, 2, 1]);
    expect(last).toContain('href="/history"');
    // The oldest version on a later page still links to its changes from the one before it.
    expect(last).toContain('href="/history/4..5"');
  });

  it('escapes what users wrote: who, message and file name', () => {
    const page = String(renderHistoryPage(pageContext('en', '/history', '1'), { versions }));
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('is in every interface language, right to left in Arabic, and says when nothing is published', () => {
    for (const lang of UN_LANGUAGES) {
      const page = String(renderHistoryPage(pageContext(lang, '/history', '1'), { versions }));
      expect(page, lang).toContain(`<h1>${messagesFor(lang).historyTitle}</h1>`);
      expect(page, lang).toContain(messagesFor(lang).changesFrom(2));
    }
    expect(String(renderHistoryPage(pageContext('ar', '/history', '1'), { versions }))).toContain(
      '<html lang="ar" dir="rtl">',
    );
    const empty = String(renderHistoryPage(pageContext('zh', '/history', '1'), { versions: [] }));
    expect(empty).toContain(messagesFor('zh').noHistory);
    expect(empty).not.toContain('<form class="compare-form"');
  });

  it("names an editor's publish by its author, reviewer and draft, in every interface language, escaped", () => {
    const edit = record(4, {
      by: 'reviewer@example.org',
      source: {
        name: 'draft d-7',
        sha256: 'ef'.repeat(32),
        draft: 'd-7',
        author: `editor${HOSTILE}@example.org`,
        reviewer: 'reviewer@example.org',
      },
    });
    const expected: Readonly<Record<string, string>> = {
      en: 'by editor&lt;script&gt;alert(1)&lt;/script&gt;@example.org, reviewed by reviewer@example.org, editors’ draft d-7',
      fr: 'par editor&lt;script&gt;alert(1)&lt;/script&gt;@example.org, relu par reviewer@example.org, projet des éditeurs d-7',
      es: 'por editor&lt;script&gt;alert(1)&lt;/script&gt;@example.org, revisado por reviewer@example.org, borrador de los editores d-7',
      ru: 'автор editor&lt;script&gt;alert(1)&lt;/script&gt;@example.org, рецензент reviewer@example.org, проект редакторов d-7',
      zh: '作者 editor&lt;script&gt;alert(1)&lt;/script&gt;@example.org，审校 reviewer@example.org，编辑草稿 d-7',
      ar: 'المحرر editor&lt;script&gt;alert(1)&lt;/script&gt;@example.org، المراجع reviewer@example.org، مسودة المحررين d-7',
    };
    for (const lang of UN_LANGUAGES) {
      const page = String(
        renderHistoryPage(pageContext(lang, '/history', '1'), { versions: [...versions, edit] }),
      );
      expect(page, lang).toContain(`<span class="source-draft"><bdi>${expected[lang] ?? '?'}</bdi></span>`);
      expect(page, lang).not.toContain('<script>');
      // An edit has no file: its source's name and hash are not shown as one.
      expect(page, lang).not.toContain('draft d-7 (SHA-256');
      expect(page, lang).not.toContain('ef'.repeat(6));
    }
    const older = record(5, { source: { name: 'draft d-8', sha256: 'ab'.repeat(32), draft: 'd-8' } });
    const page = String(
      renderHistoryPage(pageContext('en', '/history', '1'), { versions: [...versions, edit, older] }),
    );
    expect(page).toContain('<span class="source-draft"><bdi>editors’ draft d-8</bdi></span>');
  });

  it('writes times in the reader’s language with Latin digits, in UTC', () => {
    expect(publishedTime('2026-12-01T00:08:06.000Z', 'zh')).toContain('2026');
    expect(publishedTime('2026-12-01T00:08:06.000Z', 'ar')).toMatch(/2026/);
    expect(publishedTime('not a time', 'en')).toBe('not a time');
  });
});

describe('renderDiffPage', () => {
  it('groups the changes by kind in the order paragraphs, items, papers, themes, key topics', () => {
    const page = String(renderDiffPage(pageContext('en', '/history/1..2', '1'), diffView()));
    const headings = ['Paragraphs', 'Lettered items', 'Background papers', 'Key topics'].map((heading) =>
      page.indexOf(`>${heading} <span class="count">`),
    );
    expect(
      headings.every((at) => at > 0),
      JSON.stringify(headings),
    ).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    expect(page).toContain('<h1>Changes from version 1 to version 2</h1>');
    expect(page).toContain('5 changes');
  });

  it('shows a changed text with <ins> and <del> from the parts, an added one inserted and a removed one deleted, escaped', () => {
    const page = String(renderDiffPage(pageContext('en', '/history/1..2', '1'), diffView()));
    expect(page).toContain('<p>需要把“金钱或其他物质利益”这一<ins>关键</ins>要素列作</p>');
    expect(page).toContain('<p><del>多机构</del>港口情报股。</p>');
    expect(page).toContain('<p><del>旧的&lt;script&gt;alert(1)&lt;/script&gt;</del></p>');
    expect(page).toContain('<p><ins>新议题</ins></p>');
    expect(page).toContain('<p><del>2015</del> <ins>2016</ins></p>');
    expect(page).not.toContain('<script>');
    // Content is marked as Chinese in another interface language.
    expect(page).toContain('<div class="change-text" lang="zh">');
  });

  it('anchors each paragraph and item, and links them in the versions that hold them', () => {
    const page = String(renderDiffPage(pageContext('en', '/history/1..2', '1'), diffView()));
    expect(page).toContain('<li class="change" id="para-4">');
    expect(page).toContain('<li class="change" id="para-4-b">');
    expect(page).toContain('href="/papers/CTOC-COP-WG.7-2018-2?version=1#para-4">in version 1</a>');
    // Version 2 is the current one: its link needs no version.
    expect(page).toContain('href="/papers/CTOC-COP-WG.7-2018-2#para-4">in version 2</a>');
    // A removed paragraph is only in the older version.
    expect(page).toContain('href="/papers/CTOC-COP-WG.7-2015-4?version=1#para-6">in version 1</a>');
    expect(page).not.toContain('#para-6">in version 2');
    // When neither is the current one, both links carry their version.
    const older = String(renderDiffPage(pageContext('en', '/history/1..2', '1'), diffView(3)));
    expect(older).toContain('href="/papers/CTOC-COP-WG.7-2018-2?version=2#para-4">in version 2</a>');
  });

  it('is in every interface language, right to left in Arabic, with the content left to right', () => {
    for (const lang of UN_LANGUAGES) {
      const page = String(renderDiffPage(pageContext(lang, '/history/1..2', '1'), diffView()));
      expect(page, lang).toContain(messagesFor(lang).diffTitle(1, 2));
      expect(page, lang).toContain(messagesFor(lang).changeKinds.item);
    }
    const arabic = String(renderDiffPage(pageContext('ar', '/history/1..2', '1'), diffView()));
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).toContain('<div class="change-text" lang="zh" dir="ltr">');
  });

  it('shows a change of the header and of a chapter title first, as the document’s, in the reader’s language', () => {
    const changes: CatalogDiff['changes'] = [
      {
        kind: 'document',
        change: 'changed',
        lang: 'zh',
        field: 'body',
        before: '偷运移民问题工作组',
        after: '偷运人口问题工作组',
        parts: [
          { op: 'equal', text: '偷运' },
          { op: 'delete', text: '移民' },
          { op: 'insert', text: '人口' },
          { op: 'equal', text: '问题工作组' },
        ],
      },
      {
        kind: 'document',
        change: 'changed',
        lang: 'zh',
        field: 'chapter',
        number: 1,
        before: '导言',
        after: '引言',
      },
      ...DIFF.changes,
    ];
    for (const lang of ['en', 'fr'] as const) {
      const messages = messagesFor(lang);
      const page = String(
        renderDiffPage(pageContext(lang, '/history/1..2', '1'), {
          ...diffView(),
          diff: { ...DIFF, changes },
        }),
      );
      const group = page.indexOf(`>${messages.changeKinds.document} <span class="count">(2)</span>`);
      expect(group, lang).toBeGreaterThan(0);
      expect(group).toBeLessThan(page.indexOf(`>${messages.changeKinds.paragraph} <span class="count">`));
      expect(page).toContain('<del>移民</del><ins>人口</ins>');
      expect(page).toContain(`${messages.changedFields.chapter} 1</span>`);
    }
  });

  it('says when the two versions hold the same content', () => {
    const view = { ...diffView(), diff: { ...DIFF, changes: [] } };
    const page = String(renderDiffPage(pageContext('fr', '/history/1..2', '1'), view));
    expect(page).toContain(messagesFor('fr').noChanges);
    expect(page).not.toContain('<section class="change-group"');
  });
});

describe('paragraphChangesOf', () => {
  it('links a changed paragraph to its anchor, a paragraph with only an item changed to the item, and skips what was removed', () => {
    const changes = paragraphChangesOf({
      ...DIFF,
      to: 3,
      changes: [
        ...DIFF.changes,
        { kind: 'item', change: 'added', lang: 'zh', number: 5, label: 'c', after: '新' },
      ],
    });
    expect([...changes]).toEqual([
      [4, '/history/1..3#para-4'],
      [5, '/history/1..3#para-5-c'],
    ]);
  });
});

describe('notes on changed paragraphs', () => {
  const catalog = editedCatalog();
  const changes = paragraphChangesOf(DIFF);

  it('say on the paragraph that it changed since the first version, with a link to the change', () => {
    const model = buildPortalModel(catalog, undefined, changes);
    const paragraph = catalog.paragraphs.find((candidate) => candidate.number === 4);
    if (paragraph === undefined) throw new Error('no paragraph 4');
    const block = String(paragraphBlock(pageContext('en', '/', '1'), model, paragraph, { anchor: true }));
    expect(block).toContain(
      '<p class="para-change">Changed since the first version. <a href="/history/1..2#para-4">See the change</a></p>',
    );
    const other = catalog.paragraphs.find((candidate) => candidate.number === 3);
    if (other === undefined) throw new Error('no paragraph 3');
    expect(String(paragraphBlock(pageContext('en', '/', '1'), model, other, { anchor: true }))).not.toContain(
      'para-change',
    );
  });

  it('are on the theme page beside a paper’s first paragraph, and absent without a history', () => {
    const theme = catalog.themes[0];
    if (theme === undefined) throw new Error('no theme');
    // Paragraph 3 is the first of paper CTOC/COP/WG.7/2018/2.
    const firstChanged = new Map([[3, '/history/1..2#para-3']]);
    const withChanges = String(
      renderThemePage(pageContext('zh', '/', '1'), buildPortalModel(catalog, undefined, firstChanged), theme),
    );
    expect(withChanges).toContain(`${messagesFor('zh').changedSinceFirst} <a href="/history/1..2#para-3">`);
    const without = String(
      renderThemePage(pageContext('zh', '/', '1'), buildPortalModel(catalog, undefined), theme),
    );
    expect(without).not.toContain('para-change');
  });
});

describe('the catalog version on every page', () => {
  const spec = { title: 'T', section: 'none', main: h`<p>m</p>` } as const;

  it('is named in the footer, linked to the history, with no banner on the current version', () => {
    const context = {
      ...pageContext('en', '/', '1'),
      catalogVersion: { served: 2, current: 2, currentUrl: '/' },
    };
    const page = String(renderPage(context, spec));
    expect(page).toContain('<a href="/history" class="catalog-version">Catalogue version 2</a>');
    expect(page).not.toContain('version-banner');
  });

  it('has a banner on an older version, naming it and the current one, with a link to the current', () => {
    for (const lang of UN_LANGUAGES) {
      const context = {
        ...pageContext(lang, '/papers/x?version=1', '1'),
        catalogVersion: { served: 1, current: 3, currentUrl: '/papers/x' },
      };
      const page = String(renderPage(context, spec));
      expect(page, lang).toContain(messagesFor(lang).versionBanner(1, 3));
      expect(page, lang).toContain(`<a href="/papers/x">${messagesFor(lang).readCurrent}</a>`);
      expect(page, lang).toContain(messagesFor(lang).catalogVersion(1));
    }
    expect(messagesFor('en').versionBanner(1, 3)).toBe(
      'You are reading version 1 of the thematic summary; the current version is 3.',
    );
  });

  it('links the history from the footer of a page that shows no version', () => {
    expect(String(renderPage(pageContext('zh', '/', '1'), spec))).toContain(
      `<a href="/history">${messagesFor('zh').navHistory}</a>`,
    );
  });
});

describe('versionedPath', () => {
  it('puts version=N in the query, before the fragment, or leaves the path as it is for the current one', () => {
    expect(versionedPath('/papers/x#para-4', 2)).toBe('/papers/x?version=2#para-4');
    expect(versionedPath('/search?q=a', 3)).toBe('/search?q=a&version=3');
    expect(versionedPath('/?version=1', 3)).toBe('/?version=3');
    expect(versionedPath('/#para-1', undefined)).toBe('/#para-1');
  });
});
