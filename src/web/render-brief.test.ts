import { messagesFor } from '../messages/index.js';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import { ingestSummary } from '../ingest/index.js';
import { describeCatalog } from '../knowledge/index.js';
import { readCorpusBytes } from '../../test/support/corpus.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { EMPTY_BRIEF_STATE, briefHref, hasBriefChoice, readBriefState } from './brief-state.js';
import type { BriefState } from './brief-state.js';
import { briefNoMatchHtml } from './message-markup.js';
import { pageContext } from './page-layout.js';
import { buildPortalModel } from './portal-model.js';
import type { PortalModel } from './portal-model.js';
import { renderBriefPage } from './render-brief.js';
import type { BriefNotice } from './render-brief.js';

function modelOf(catalog: Catalog): PortalModel {
  return buildPortalModel(catalog, describeCatalog(catalog, bundledKnowledge()));
}

const corpus = ingestSummary(readCorpusBytes(), { language: 'zh' }).catalog;
if (corpus === undefined) throw new Error('the bundled corpus must ingest');
const model = modelOf(corpus);

/** One form control of a rendered page. */
interface Control {
  readonly type: string;
  readonly name: string;
  readonly value: string;
  readonly checked: boolean;
}

/** The checkboxes and radio buttons of a page, in page order. */
function controls(page: string): Control[] {
  return [...page.matchAll(/<input type="(checkbox|radio)" name="([^"]+)" value="([^"]*)"( checked)?>/g)].map(
    (match) => ({
      type: match[1] ?? '',
      name: match[2] ?? '',
      value: match[3] ?? '',
      checked: match[4] !== undefined,
    }),
  );
}

const named = (page: string, name: string): Control[] =>
  controls(page).filter((control) => control.name === name);

function render(
  lang: 'zh' | 'en' | 'ar' | 'fr' | 'ru',
  state?: BriefState,
  on: PortalModel = model,
  notice?: BriefNotice,
): string {
  return String(renderBriefPage(pageContext(lang, '/brief', '1'), on, state, notice));
}

describe('renderBriefPage', () => {
  it('is a GET form to the portal route that answers the pack, in the brief section of the navigation', () => {
    const page = render('en');
    expect(page).toContain('<form class="brief-form" action="/brief/download" method="get">');
    expect(page).not.toContain('brief-notice');
    expect(page).not.toContain('aria-invalid');
    expect(page).toContain('<a href="/brief" aria-current="page">Briefing pack</a>');
    expect(page).toContain('<title>Compose a briefing pack · somkb</title>');
    expect(page).toContain('<input id="brief-q" name="q" type="search" value=""');
    expect(page).toContain('<input id="brief-title" name="title" type="text" maxlength="200"');
    expect(page).toContain('<button type="submit">Download the briefing pack</button>');
    for (const text of messagesFor('en').briefIntro) expect(page).toContain(text);
  });

  it('offers a checkbox per theme and per paper of the catalog', () => {
    const page = render('zh');
    const themes = named(page, 'theme');
    expect(themes.map((control) => control.value)).toEqual(corpus.themes.map((theme) => theme.id));
    expect(themes.every((control) => control.type === 'checkbox' && !control.checked)).toBe(true);
    const papers = named(page, 'paper').map((control) => control.value);
    expect([...papers].sort()).toEqual(corpus.papers.map((paper) => paper.symbol).sort());
    for (const theme of corpus.themes) {
      expect(page).toContain(
        `<span class="theme-number">专题 ${theme.number}</span> <span>${theme.name}</span>`,
      );
    }
  });

  it('offers each key topic with a concept under each theme that lists it, valued by concept id', () => {
    const page = render('en');
    const groups = page.split('<li class="theme-choice">').slice(1);
    expect(groups).toHaveLength(corpus.themes.length);
    const expected = new Set<string>();
    corpus.themes.forEach((theme, index) => {
      const concepts = new Set(
        theme.keyTopics.flatMap((topic) => {
          const entry = model.conceptOfKeyTopic(topic);
          return entry === undefined ? [] : [entry.concept.id];
        }),
      );
      for (const id of concepts) expected.add(id);
      const offered = named(groups[index] ?? '', 'topic').map((control) => control.value);
      expect(offered, theme.id).toEqual([...concepts]);
      const ownPapers = named(groups[index] ?? '', 'paper').map((control) => control.value);
      expect(ownPapers, theme.id).toEqual(theme.papers);
    });
    expect(new Set(named(page, 'topic').map((control) => control.value))).toEqual(expected);
    expect(expected.size).toBeGreaterThan(corpus.themes.length);
  });

  it("offers the formats, Word first, and the headings in the six languages, the reader's checked", () => {
    for (const [lang, chosen] of [
      ['zh', 'zh'],
      ['en', 'en'],
      ['fr', 'fr'],
      ['ar', 'ar'],
    ] as const) {
      const page = render(lang);
      expect(named(page, 'format')).toEqual([
        { type: 'radio', name: 'format', value: 'docx', checked: true },
        { type: 'radio', name: 'format', value: 'html', checked: false },
        { type: 'radio', name: 'format', value: 'md', checked: false },
      ]);
      const languages = named(page, 'lang');
      expect(languages.map((control) => control.value)).toEqual(['en', 'zh', 'fr', 'es', 'ru', 'ar']);
      expect(languages.filter((control) => control.checked).map((control) => control.value)).toEqual([
        chosen,
      ]);
    }
  });

  it('offers the whole catalog in each export format as a download, and a pack on all of it', () => {
    const page = render('en');
    for (const format of ['json', 'csv&amp;bom=true', 'md', 'docx'])
      expect(page).toContain(`<a href="/api/v1/export?format=${format}" download>`);
    expect(page).toContain('<a href="/api/v1/brief?format=docx&amp;lang=en" download>');
    expect(page).toContain('<h2 id="whole-catalog-heading">The whole catalogue</h2>');
  });

  it('is right to left in Arabic, with the Chinese names marked left to right', () => {
    const page = render('ar');
    expect(page).toContain('<html lang="ar" dir="rtl">');
    // The theme is named in Arabic (issue 12.10); what stays Chinese is marked left to right.
    expect(page).toContain(model.conceptOfKeyTopic(corpus.themes[0]?.name ?? '')?.concept.prefLabel.ar);
    for (const name of corpus.themes.flatMap((theme) => [theme.name, ...theme.keyTopics])) {
      if (page.includes(`>${name}<`)) expect(page, name).toContain(`dir="ltr">${name}<`);
    }
    expect(page).toContain(`<h1>${messagesFor('ar').briefTitle}</h1>`);
  });

  it('ticks what its state chose and unfolds the themes that hold a chosen paper or topic', () => {
    const paper = corpus.papers.find((candidate) => candidate.theme !== 'theme-1');
    const topic = model.conceptOfKeyTopic(corpus.themes[0]?.keyTopics[0] ?? '');
    if (paper === undefined || topic === undefined) throw new Error('the corpus has these');
    const page = render('en', {
      themes: ['theme-1'],
      papers: [paper.symbol],
      topics: [topic.concept.id],
      q: '洗钱',
    });
    const checked = controls(page).filter((control) => control.checked && control.type === 'checkbox');
    expect(new Set(checked.map((control) => `${control.name}=${control.value}`))).toEqual(
      new Set(['theme=theme-1', `paper=${paper.symbol}`, `topic=${topic.concept.id}`]),
    );
    expect(page).toContain('value="洗钱"');
    const groups = page.split('<li class="theme-choice">').slice(1);
    const open = corpus.themes.filter((_, index) =>
      (groups[index] ?? '').includes('<details class="theme-parts" open>'),
    );
    const expected = corpus.themes.filter(
      (theme) =>
        theme.id === paper.theme || theme.keyTopics.some((key) => model.conceptOfKeyTopic(key) === topic),
    );
    expect(open.map((theme) => theme.id)).toEqual(expected.map((theme) => theme.id));
  });

  it('checks and fills in the format, headings language and title of its state', () => {
    const page = render('zh', {
      ...EMPTY_BRIEF_STATE,
      title: 'Notes "1" & <b>',
      format: 'md',
      headingsLanguage: 'en',
    });
    expect(named(page, 'format').filter((control) => control.checked)).toEqual([
      { type: 'radio', name: 'format', value: 'md', checked: true },
    ]);
    expect(named(page, 'lang').filter((control) => control.checked)).toEqual([
      { type: 'radio', name: 'lang', value: 'en', checked: true },
    ]);
    expect(page).toContain(
      'name="title" type="text" maxlength="200" autocomplete="off" value="Notes &quot;1&quot; &amp; &lt;b&gt;">',
    );
  });

  it('says above the form, in the reader language, that no paragraph matches the query, and marks the field', () => {
    const state = { ...EMPTY_BRIEF_STATE, q: '<i>x</i>' };
    for (const lang of ['zh', 'en', 'ar', 'fr'] as const) {
      const page = String(
        renderBriefPage(pageContext(lang, '/brief', '1'), model, state, { kind: 'no-match', query: state.q }),
      );
      const notice =
        /<div class="notice error brief-notice" id="brief-notice" role="alert">(.*?)<\/div>/.exec(page);
      expect(notice?.[1], lang).toBe(`<p>${String(briefNoMatchHtml(messagesFor(lang), state.q))}</p>`);
      expect(notice?.[1], lang).toContain('&lt;i&gt;x&lt;/i&gt;');
      expect(page.indexOf('brief-notice'), lang).toBeLessThan(page.indexOf('<form class="brief-form"'));
      expect(page, lang).not.toContain('<i>x');
      expect(page, lang).toContain(
        'value="&lt;i&gt;x&lt;/i&gt;" maxlength="1000" autocomplete="off" aria-invalid="true" aria-describedby="brief-notice brief-q-help">',
      );
    }
  });

  it('gives another refusal and its reason in the reader language, marking the field it names', () => {
    const refused: BriefNotice = { kind: 'refused', code: 'USAGE', parameter: 'title' };
    const french = render('fr', EMPTY_BRIEF_STATE, model, refused);
    // Issue 12.14: the reason is localized per error code, not the API's English sentence.
    expect(french).toContain(
      `<p>${messagesFor('fr').briefRefused}</p><p>Le titre de la couverture ne peut dépasser 200 caractères.</p>`,
    );
    expect(french).not.toContain('parameter');
    expect(
      render('ru', EMPTY_BRIEF_STATE, model, { kind: 'refused', code: 'USAGE', parameter: 'format' }),
    ).toContain('<p>Значение поля «Формат» не принято.</p>');
    expect(
      render('ar', EMPTY_BRIEF_STATE, model, { kind: 'refused', code: 'NOT_FOUND', parameter: 'theme' }),
    ).toContain('<p>أحد المواضيع أو المسائل أو الورقات المختارة غير موجود في الفهرس.</p>');
    expect(french).toMatch(
      /<input id="brief-title"[^>]* aria-invalid="true" aria-describedby="brief-notice">/,
    );
    expect(french).not.toMatch(/<input id="brief-q"[^>]* aria-invalid/);
    const english = render('en', EMPTY_BRIEF_STATE, model, { kind: 'refused', code: 'NOT_FOUND' });
    expect(english).toContain(
      `<p>${messagesFor('en').briefRefused}</p><p>A theme, topic or paper that was chosen is not in the catalogue.</p>`,
    );
    expect(english).not.toContain('aria-invalid');
  });

  it('offers a chosen topic that no theme lists among the other topics', () => {
    const offered = new Set(
      corpus.themes.flatMap((theme) =>
        theme.keyTopics.map((topic) => model.conceptOfKeyTopic(topic)?.concept.id),
      ),
    );
    const term = model.knowledge?.concepts.find((entry) => !offered.has(entry.concept.id));
    if (term === undefined) throw new Error('the thesaurus has terms that are no key topic');
    const page = render('en', { themes: [], papers: [], topics: [term.concept.id], q: '' });
    expect(page).toContain('<legend>Other topics</legend>');
    expect(named(page, 'topic').filter((control) => control.checked)).toEqual([
      { type: 'checkbox', name: 'topic', value: term.concept.id, checked: true },
    ]);
  });

  it('escapes the catalog text and the query', () => {
    const sample = makeSampleCatalog();
    const hostile: Catalog = {
      ...sample,
      themes: sample.themes.map((theme) => ({ ...theme, name: `${theme.name}<script>x</script>` })),
      papers: sample.papers.map((paper) => ({ ...paper, subject: '"><svg onload=alert(1)>' })),
    };
    const page = render('zh', { themes: [], papers: [], topics: [], q: '"><img src=x>' }, modelOf(hostile));
    expect(page).not.toContain('<script>x');
    expect(page).not.toContain('<svg');
    expect(page).not.toContain('<img');
    expect(page).toContain('刑事司法对策&lt;script&gt;x&lt;/script&gt;');
    expect(page).toContain('value="&quot;&gt;&lt;img src=x&gt;"');
  });
});

describe('readBriefState and briefHref', () => {
  it('keeps the themes, papers (symbol or slug) and topics the catalog holds, once each, in catalog order', () => {
    const [first, second] = corpus.papers;
    if (first === undefined || second === undefined) throw new Error('the corpus has papers');
    const params = new URLSearchParams();
    params.append('theme', 'theme-3');
    params.append('theme', 'theme-1');
    params.append('theme', 'theme-1');
    params.append('theme', '<script>');
    params.append('paper', second.symbol.replaceAll('/', '-').toLowerCase());
    params.append('paper', first.symbol);
    params.append('paper', 'CTOC/COP/WG.7/2099/1');
    params.append('topic', 'hawala');
    params.append('topic', 'no-such-topic');
    params.append('q', '  洗钱  ');
    const state = readBriefState(params, model);
    expect(state).toStrictEqual({
      themes: ['theme-1', 'theme-3'],
      papers: [first.symbol, second.symbol],
      topics: ['hawala'],
      q: '洗钱',
    });
    expect(hasBriefChoice(state)).toBe(true);
    expect(briefHref(state)).toBe(
      `/brief?theme=theme-1&theme=theme-3&paper=${encodeURIComponent(first.symbol)}&paper=${encodeURIComponent(second.symbol)}&topic=hawala&q=%E6%B4%97%E9%92%B1`,
    );
  });

  it('keeps the cover title, the format and the headings language the form sent, and leaves the language out of the URL', () => {
    const state = readBriefState(
      new URLSearchParams({ theme: 'theme-2', title: '  Notes & <b> ', format: 'md', lang: 'zh' }),
      model,
    );
    expect(state).toStrictEqual({
      themes: ['theme-2'],
      papers: [],
      topics: [],
      q: '',
      title: 'Notes & <b>',
      format: 'md',
      headingsLanguage: 'zh',
    });
    expect(briefHref(state)).toBe('/brief?theme=theme-2&title=Notes+%26+%3Cb%3E&format=md');
    expect(hasBriefChoice({ ...state, themes: [] })).toBe(true);
    const defaults = readBriefState(new URLSearchParams({ format: 'docx', lang: 'en', title: ' ' }), model);
    expect(defaults).toStrictEqual({
      themes: [],
      papers: [],
      topics: [],
      q: '',
      format: 'docx',
      headingsLanguage: 'en',
    });
    expect(briefHref(defaults)).toBe('/brief');
    const unknown = readBriefState(
      new URLSearchParams({ format: 'pdf', lang: 'xx', title: 'x'.repeat(1001) }),
      model,
    );
    expect(unknown).toStrictEqual({ themes: [], papers: [], topics: [], q: '' });
  });

  it('is the plain page when nothing known is asked, and drops a query over the engine limit', () => {
    const state = readBriefState(
      new URLSearchParams({ theme: 'x', q: '偷'.repeat(1001), lang: 'en' }),
      model,
    );
    expect(hasBriefChoice(state)).toBe(false);
    expect(briefHref(state)).toBe('/brief');
  });
});
