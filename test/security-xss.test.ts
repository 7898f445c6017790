import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, Language } from '../src/domain/index.js';
import { readDocxParts, wordText } from '../src/export/testing/docx-parts.js';
import { createApp } from '../src/http/index.js';
import type { KnowledgeBase } from '../src/knowledge/index.js';
import { parseMechanisms } from '../src/mechanisms/index.js';
import type { SearchServiceRequest } from '../src/services/index.js';
import {
  createHistoryService,
  createKnowledgeService,
  createPublishedCatalogFiles,
  createSearchService,
} from '../src/services/index.js';
import { parseThesaurus, renderThesaurusCsv } from '../src/thesaurus/index.js';
import { SCRIPT_PATH } from '../src/web/index.js';
import { startBundledServices } from './support/bundled-app.js';
import type { BundledServices } from './support/bundled-app.js';
import {
  HOSTILE_PAYLOADS,
  MARKUP_PAYLOADS,
  findExecutableMarkup,
  formulaCells,
  hostilePayload,
  htmlText,
  renderMarkdownHtml,
  xmlProblems,
} from './support/hostile.js';
import { makeLanguageVersion } from './support/language-versions.js';

// Stored cross-site scripting (issue 15): catalogs and knowledge whose every field an editor can
// change carries hostile payloads, published straight into the store, then every portal page, every
// export format and every briefing pack format rendered from them. The draft path (the same fields
// typed into drafts and published by a reviewer) is in security-drafts.test.ts.

const knowledgeJson = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../knowledge/${name}`, import.meta.url)), 'utf8')) as Record<
    string,
    unknown
  >;

/** Payloads a thesaurus or directory label may hold: no `|`, no control character (their parsers refuse them). */
// eslint-disable-next-line no-control-regex
const LABEL_PAYLOADS = HOSTILE_PAYLOADS.filter((payload) => !/[|\u0000-\u001F\uFFFE]/.test(payload));
const labelPayload = (n: number): string => LABEL_PAYLOADS[n % LABEL_PAYLOADS.length] ?? '';

/** `text` after payload `payload` (the payload alone for an empty text), trimmed as a label must be. */
const withPayload = (payload: string, text: string): string => `${payload} ${text}`.trim();

const OTHER_LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar'] as const;

/**
 * The bundled thesaurus with hostile labels: every concept's preferred labels in the other
 * languages, alternative and hidden labels in every language and scope note; every third concept's
 * Chinese preferred label too (the others keep theirs, so that the text still mentions concepts).
 */
function hostileThesaurus(): unknown {
  const json = knowledgeJson('thesaurus.json');
  let n = 0;
  const concepts = (json.concepts as Record<string, unknown>[]).map((concept, index) => {
    const prefLabel = { ...(concept.prefLabel as Record<string, string>) };
    for (const language of OTHER_LANGUAGES)
      prefLabel[language] = withPayload(labelPayload(n++), prefLabel[language] ?? '');
    if (index % 3 === 0) prefLabel.zh = withPayload(labelPayload(n++), prefLabel.zh ?? '');
    const extra = (kind: string) =>
      Object.fromEntries(
        ['zh', ...OTHER_LANGUAGES].map((language) => [
          language,
          [
            ...(((concept[kind] as Record<string, string[]> | undefined) ?? {})[language] ?? []),
            withPayload(labelPayload(n++), `${kind} ${String(concept.id)}`),
          ],
        ]),
      );
    return {
      ...concept,
      prefLabel,
      altLabel: extra('altLabel'),
      hiddenLabel: extra('hiddenLabel'),
      scopeNote: withPayload(
        labelPayload(n++),
        typeof concept.scopeNote === 'string' ? concept.scopeNote : '',
      ),
    };
  });
  return { ...json, concepts };
}

/** The bundled mechanisms directory with a hostile printed name, English name, names, aliases and note in every entry. */
function hostileMechanisms(): unknown {
  const json = knowledgeJson('mechanisms.json');
  let n = 3;
  const mechanisms = (json.mechanisms as Record<string, unknown>[]).map((mechanism) => ({
    ...mechanism,
    printed: [...(mechanism.printed as string[]), withPayload(labelPayload(n++), String(mechanism.id))],
    en: withPayload(labelPayload(n++), String(mechanism.en)),
    names: Object.fromEntries(
      Object.entries((mechanism.names as Record<string, string> | undefined) ?? {}).map(
        ([language, name]) => [language, withPayload(labelPayload(n++), name)],
      ),
    ),
    aliases: Object.fromEntries(
      OTHER_LANGUAGES.map((language) => [
        language,
        [
          ...(((mechanism.aliases as Record<string, string[]> | undefined) ?? {})[language] ?? []),
          withPayload(labelPayload(n++), `alias ${String(mechanism.id)}`),
        ],
      ]),
    ),
    note: withPayload(labelPayload(n++), typeof mechanism.note === 'string' ? mechanism.note : ''),
  }));
  return { ...json, mechanisms };
}

/** A language version of `catalog` whose every printed text starts with a hostile payload. */
function hostileVersion(catalog: Catalog, language: Language, start: number): Catalog {
  let n = start;
  return makeLanguageVersion(catalog, language, (text) =>
    language === catalog.language
      ? `${hostilePayload(n++)} ${text}`
      : `${hostilePayload(n++)} [${language} fixture] ${text}`,
  );
}

let services: BundledServices;
let hostile: Catalog;
let knowledgeBase: KnowledgeBase;
let app: Hono;

beforeAll(async () => {
  services = await startBundledServices();
  const { store, service } = services;
  hostile = hostileVersion(services.catalog, 'zh', 0);
  const source = (catalog: Catalog) => ({
    name: `hostile-${catalog.language}.txt`,
    sha256: createHash('sha256').update(JSON.stringify(catalog)).digest('hex'),
  });
  const by = `editor ${hostilePayload(0)}`;
  await store.publish(hostile, source(hostile), { by, message: hostilePayload(1), base: 1 });
  for (const [index, language] of (['en', 'ar'] as const).entries()) {
    const version = hostileVersion(services.catalog, language, 5 + index);
    await store.publish(version, source(version), { by, message: hostilePayload(4 + index) });
  }
  knowledgeBase = {
    thesaurus: parseThesaurus(hostileThesaurus(), 'hostile thesaurus'),
    mechanisms: parseMechanisms(hostileMechanisms(), 'hostile mechanisms'),
  };
  const knowledge = createKnowledgeService(service, knowledgeBase);
  const searches = createSearchService(service, knowledgeBase);
  const search = (request: SearchServiceRequest) => searches.search(request);
  // Wired as main.ts wires `somkb serve`.
  app = createApp({
    loadPublished: () => service.findPublished('zh'),
    loadKnowledge: () => knowledge.current('zh'),
    chooseLanguage: (language) => service.chooseLanguage(language),
    listPublished: () => service.listPublished(),
    describeKnowledge: (published) => knowledge.describe(published),
    files: createPublishedCatalogFiles(service, knowledge, search),
    history: createHistoryService(store, service),
    search,
    version: 'security-test',
  });
}, 120_000);

/** Whether a page shows catalog or knowledge text (the provisions page shows citations, the search for a tag finds nothing). */
const SHOWS_PAYLOADS = (path: string): boolean => !/^\/(references|search\?q=%22)/.test(path);

/** The portal's pages that show catalog or knowledge text: each theme and paper, each concept, and the rest. */
function portalPaths(): string[] {
  const concepts = knowledgeBase.thesaurus.concepts.map((concept) => `/topics/${concept.id}`);
  const themes = hostile.themes.map((theme) => `/themes/${theme.id}`);
  const papers = hostile.papers.map((paper) => `/papers/${paper.symbol.replace(/\//g, '-')}`);
  return [
    '/',
    '/?lang=en',
    '/?lang=ar',
    '/?parallel=zh,en',
    '/?lang=en&parallel=ar,en',
    ...themes,
    ...themes.slice(0, 3).map((path) => `${path}?lang=ar`),
    ...themes.slice(0, 3).map((path) => `${path}?parallel=zh,en`),
    ...papers,
    ...papers.slice(0, 3).map((path) => `${path}?lang=en`),
    ...papers.slice(0, 3).map((path) => `${path}?parallel=ar,zh`),
    '/papers/no-such-paper',
    '/topics',
    '/topics?lang=en',
    '/topics?lang=ar',
    ...concepts,
    ...concepts.slice(0, 5).map((path) => `${path}?lang=fr`),
    '/mechanisms',
    '/mechanisms?lang=en',
    '/mechanisms?lang=ru',
    '/references',
    '/references?lang=es',
    `/search?q=${encodeURIComponent('alert')}`,
    `/search?q=${encodeURIComponent('<script>')}`,
    `/search?q=${encodeURIComponent('xss')}&group=1`,
    `/search?q=${encodeURIComponent('hyperlink')}&lang=en`,
    `/search?q=${encodeURIComponent('偷运')}&theme=theme-1`,
    `/search?q=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`,
    '/brief',
    '/brief?theme=theme-1&theme=theme-2',
    '/brief/download?format=docx&q=',
    '/history',
    '/history?lang=en',
    '/history/1..2',
    '/history/1..2?lang=ar',
  ];
}

describe('the checks of the stored cross-site scripting tests', () => {
  it('catch every markup payload left unescaped, in text, in quoted attributes and after a textarea', () => {
    expect(MARKUP_PAYLOADS.length).toBeGreaterThanOrEqual(6);
    for (const payload of MARKUP_PAYLOADS) {
      const page = `<!doctype html><title>t</title><p>${payload}</p><input value="${payload}"><input value='${payload}'><textarea>${payload}</textarea>`;
      expect(findExecutableMarkup(page), payload).not.toEqual([]);
    }
    expect(findExecutableMarkup('<p><a href=" java\tscript:alert(1)">x</a></p>')).not.toEqual([]);
    expect(findExecutableMarkup('<script src="/elsewhere.js"></script>', ['/assets/portal.js'])).not.toEqual(
      [],
    );
    expect(
      findExecutableMarkup('<script src="/assets/portal.js"></script><p>&lt;script&gt;</p>', [
        '/assets/portal.js',
      ]),
    ).toEqual([]);
  });

  it('catch a Markdown link to javascript:, a formula cell and broken Word XML', () => {
    expect(findExecutableMarkup(renderMarkdownHtml('[x](javascript:alert(1))'))).not.toEqual([]);
    expect(findExecutableMarkup(renderMarkdownHtml('\\[x\\](javascript:alert(1)) \\<b\\>'))).toEqual([]);
    expect(formulaCells('a,b\r\nx,"=HYPERLINK(""http://e"")"\r\n')).toEqual(['=HYPERLINK("http://e")']);
    expect(formulaCells("a,b\r\nx,'=1+1\r\n")).toEqual([]);
    expect(xmlProblems(`<w:t>${HOSTILE_PAYLOADS[9] ?? ''}</w:t>`)).not.toEqual([]);
    expect(xmlProblems('<w:t xmlns:w="urn:w">&lt;/w:t&gt;</w:t>')).toEqual([]);
  });
});

describe('stored cross-site scripting: payloads in every field the editors change, published through the store', () => {
  it('the fixture carries a payload in every editable field of the catalog and the knowledge', () => {
    const payloadIn = (text: string) => HOSTILE_PAYLOADS.some((payload) => text.includes(payload));
    expect(hostile.paragraphs.every((paragraph) => payloadIn(paragraph.text))).toBe(true);
    expect(
      hostile.paragraphs.flatMap((paragraph) => paragraph.items).every((item) => payloadIn(item.text)),
    ).toBe(true);
    expect(hostile.papers.every((paper) => payloadIn(paper.subject))).toBe(true);
    expect(hostile.themes.every((theme) => payloadIn(theme.name) && theme.keyTopics.every(payloadIn))).toBe(
      true,
    );
    const concepts = knowledgeBase.thesaurus.concepts;
    expect(concepts.every((concept) => payloadIn(concept.prefLabel.en ?? ''))).toBe(true);
    expect(knowledgeBase.mechanisms.mechanisms.every((mechanism) => payloadIn(mechanism.en))).toBe(true);
  });

  it('no portal page holds injected or executable markup, and each shows the payloads as text', async () => {
    const failures: string[] = [];
    let shown = 0;
    for (const path of portalPaths()) {
      const response = await app.request(path, { headers: { 'Accept-Language': 'zh' } });
      const body = await response.text();
      if (![200, 404].includes(response.status)) {
        failures.push(`${path}: status ${response.status}`);
        continue;
      }
      if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
      for (const problem of findExecutableMarkup(body, [SCRIPT_PATH])) failures.push(`${path}: ${problem}`);
      if (/xss-\d+/.test(htmlText(body))) shown += 1;
      else if (response.status === 200 && SHOWS_PAYLOADS(path))
        failures.push(`${path}: shows no payload as text`);
    }
    expect(failures).toEqual([]);
    expect(shown).toBeGreaterThan(50);
  });

  it('every portal page forbids inline scripts with its Content-Security-Policy', async () => {
    for (const path of ['/', '/papers/CTOC-COP-WG.7-2015-4', '/search?q=alert', '/history/1..2']) {
      const policy = (await app.request(path)).headers.get('content-security-policy') ?? '';
      expect(policy, path).toContain("script-src 'self'");
      expect(policy, path).not.toContain('unsafe-inline');
    }
  });

  it('the JSON export keeps every payload verbatim, as data', async () => {
    for (const language of ['zh', 'en', 'ar']) {
      const response = await app.request(`/api/v1/export?format=json&catalogLang=${language}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const text = JSON.stringify(await response.json());
      const expected =
        language === 'zh'
          ? hostile
          : hostileVersion(services.catalog, language as Language, language === 'en' ? 5 : 6);
      const missing = expected.paragraphs.filter(
        (paragraph) => !text.includes(JSON.stringify(paragraph.text)),
      );
      expect(
        missing.map((paragraph) => paragraph.number),
        language,
      ).toEqual([]);
    }
  });

  it('no CSV cell starts a formula, in the papers and in the thesaurus', async () => {
    for (const query of [
      'format=csv',
      'format=csv&bom=true',
      'format=csv&catalogLang=en',
      'format=csv&theme=theme-2',
    ]) {
      const response = await app.request(`/api/v1/export?${query}`);
      expect(response.status, query).toBe(200);
      const text = await response.text();
      expect(text, query).toMatch(/xss-\d+/);
      expect(formulaCells(text), query).toEqual([]);
    }
    const thesaurus = renderThesaurusCsv(knowledgeBase.thesaurus);
    expect(thesaurus).toContain('xss-');
    expect(formulaCells(thesaurus)).toEqual([]);
  });

  it('Markdown exports and packs render, as a viewer that lets HTML through would, with no executable markup', async () => {
    const files = [
      '/api/v1/export?format=md',
      '/api/v1/export?format=md&catalogLang=ar',
      '/api/v1/brief?format=md&theme=theme-1&theme=theme-3',
      '/api/v1/brief?format=md&q=alert&catalogLang=en&parallelLang=ar',
    ];
    for (const path of files) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      const html = renderMarkdownHtml(await response.text());
      expect(htmlText(html), path).toMatch(/xss-\d+/);
      expect(findExecutableMarkup(html), path).toEqual([]);
    }
  });

  it('HTML briefing packs hold no executable markup and are served with the site policy', async () => {
    for (const query of [
      'theme=theme-1&theme=theme-2',
      'q=alert&catalogLang=en&parallelLang=zh',
      'paper=CTOC/COP/WG.7/2015/4&lang=ar',
    ]) {
      for (const path of [`/api/v1/brief?format=html&${query}`, `/brief/download?format=html&${query}`]) {
        const response = await app.request(path);
        expect(response.status, path).toBe(200);
        const html = await response.text();
        expect(htmlText(html), path).toMatch(/xss-\d+/);
        expect(findExecutableMarkup(html), path).toEqual([]);
        expect(response.headers.get('content-security-policy') ?? '', path).not.toContain('unsafe-inline');
      }
    }
  });

  it('Word exports and packs stay well-formed XML with the payloads as escaped text', async () => {
    const files = [
      '/api/v1/export?format=docx',
      '/api/v1/export?format=docx&catalogLang=ar',
      '/api/v1/export?format=docx&theme=theme-4',
      '/api/v1/brief?format=docx&theme=theme-1&theme=theme-5',
      '/api/v1/brief?format=docx&q=alert&catalogLang=en&parallelLang=ar',
    ];
    for (const path of files) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      const parts = readDocxParts(new Uint8Array(await response.arrayBuffer()));
      for (const [name, xml] of parts) {
        if (!/\.(xml|rels)$/.test(name)) continue;
        expect(xmlProblems(xml), `${path} ${name}`).toEqual([]);
        expect(xml, `${path} ${name}`).not.toMatch(/Target="\s*(javascript|vbscript|data):/i);
      }
      const text = wordText(parts.get('word/document.xml') ?? '');
      expect(text, path).toMatch(/xss-\d+/);
      if (path.includes('format=docx&catalogLang') || path.endsWith('format=docx')) {
        expect(text, path).toContain(']]></w:t></w:r><w:r><w:t>xss-10</w:t>&amp;');
        expect(text, path).toContain('<script data-xss>alert("xss-1")</script>');
      }
    }
  });

  it('the clean text export is plain text, never sniffed as HTML', async () => {
    const response = await app.request('/api/v1/export?format=text');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<script data-xss>alert("xss-1")</script>');
  });

  it('suggestions of hostile names are JSON data, with no raw markup in the answer', async () => {
    const labels: string[] = [];
    for (const [query, lang] of [
      ['<script', 'en'],
      ['"><img', 'fr'],
      ['xss', 'ar'],
      ['alert', 'zh'],
    ] as const) {
      const response = await app.request(
        `/api/v1/suggest?q=${encodeURIComponent(query)}&lang=${lang}&limit=20`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const raw = await response.text();
      expect(raw).not.toMatch(/[<>]/);
      const body = JSON.parse(raw) as { suggestions: { label: string; matched?: string; href: string }[] };
      expect(body.suggestions.length, query).toBeGreaterThan(0);
      for (const suggestion of body.suggestions) {
        expect(suggestion.href).toMatch(/^\/(topics|papers|mechanisms)[/#]/);
        labels.push(suggestion.label, suggestion.matched ?? '');
      }
    }
    // The payloads come back verbatim, as the data they are.
    expect(labels.some((label) => label.includes('<script data-xss>alert("xss-1")</script>'))).toBe(true);
  });
});
