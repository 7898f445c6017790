import type { Context, Hono } from 'hono';
import type { SearchResult } from '../search/index.js';
import { MAX_QUERY_LENGTH } from '../search/index.js';
import {
  PARALLEL_PARAM,
  BRIEF_DOWNLOAD_PATH,
  BRIEF_PATH,
  CSS_PATH,
  DOWNLOAD_KINDS,
  HISTORY_PATH,
  ICON_PATH,
  PORTAL_CSS,
  PORTAL_ICON_SVG,
  PORTAL_JS,
  SCRIPT_PATH,
  SEARCH_PAGE_SIZE,
  applySearchStep,
  briefHref,
  diffPath,
  downloadHref,
  hasSearch,
  historyPageCount,
  paperPath,
  paperSlug,
  readBriefState,
  readSearchState,
  readSearchStep,
  renderBriefPage,
  renderDiffPage,
  renderHistoryPage,
  renderHomePage,
  renderMechanismsPage,
  renderPaperPage,
  renderParallelPage,
  renderReferencesPage,
  renderSearchPage,
  renderThemePage,
  renderTopicPage,
  renderTopicsPage,
  searchFilters,
  searchHref,
  searchQueryText,
  searchSelection,
  topicPageCount,
} from '../web/index.js';
import type { BriefNotice, BriefState, DownloadKind, SearchView } from '../web/index.js';
import type { PublicError } from './error-response.js';
import { toPublicError } from './error-response.js';
import { briefingRequestOf, readBriefParams } from './api/brief-routes.js';
import { fileResponse } from './api/route-kit.js';
import { interfaceLanguageOf } from './interface-language.js';
import { addAccountRoutes } from './portal-account-routes.js';
import type { PortalContext } from './portal-context.js';
import { addDraftRoutes } from './portal-draft-routes.js';

/** The pages of the catalog's things other than the document, theme and paper: in the reader's language. */
const READER_LANGUAGE = { readerLanguage: true } as const;

/** The document (home), theme and paper pages: in the reader's language, or two side by side. */
const DOCUMENT_PAGE = { readerLanguage: true, parallel: true } as const;

/** How long browsers may keep the stylesheet, script and icon before asking again, in seconds. */
const ASSET_MAX_AGE = 3600;

/**
 * What the brief page tells a reader whose pack was refused: that no paragraph matches their query
 * (a 404 about `q`), else the refusal's code and the parameter it names, which the page says in the
 * reader's language.
 */
function briefNoticeOf(failure: PublicError, state: BriefState): BriefNotice {
  const { code, details } = failure;
  if (code === 'NOT_FOUND' && details.where === 'q' && state.q !== '')
    return { kind: 'no-match', query: state.q };
  const named = details.parameter ?? details.where;
  return { kind: 'refused', code, ...(typeof named === 'string' ? { parameter: named } : {}) };
}

/** True for a `download` parameter of the search page's buttons. */
/** A number for each search result object, which the page cache keys search pages on. */
const resultStamps = new WeakMap<SearchResult, number>();
let lastStamp = 0;

function resultStamp(result: SearchResult): number {
  let stamp = resultStamps.get(result);
  if (stamp === undefined) {
    stamp = ++lastStamp;
    resultStamps.set(result, stamp);
  }
  return stamp;
}

function isDownloadKind(value: string): value is DownloadKind {
  return (DOWNLOAD_KINDS as readonly string[]).includes(value);
}

/** A whole number from 1 in a URL parameter; `undefined` when it is absent, 0 when it is not one. */
function pageParam(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  return /^\d{1,5}$/.test(value) ? Number(value) : 0;
}

/**
 * The portal's pages and assets on `app` (see {@link createApp} for the list). `/brief/download`
 * makes its pack through the briefing use case, never through the API.
 */
export function addPortalRoutes(app: Hono, portal: PortalContext): void {
  const { deps, suggestions, loadModel, serve, contextOf, portalPage, htmlResponse, errorPage } = portal;

  const asset = (body: string, type: string) => (c: Context) => {
    c.header('Content-Type', type);
    c.header('Cache-Control', `public, max-age=${ASSET_MAX_AGE}`);
    return c.body(body);
  };
  app.get(CSS_PATH, asset(PORTAL_CSS, 'text/css; charset=utf-8'));
  app.get(SCRIPT_PATH, asset(PORTAL_JS, 'text/javascript; charset=utf-8'));
  app.get(ICON_PATH, asset(PORTAL_ICON_SVG, 'image/svg+xml'));
  // Browsers ask for /favicon.ico on pages that name no icon (a PDF, a JSON answer): the same icon.
  app.get('/favicon.ico', asset(PORTAL_ICON_SVG, 'image/svg+xml'));

  app.get('/', async (c) => {
    if ((await loadModel()) === undefined) return htmlResponse(c, renderHomePage(contextOf(c), undefined));
    const served = await serve(c, DOCUMENT_PAGE);
    if (served instanceof Response) return served;
    const { parallel } = served;
    if (parallel !== undefined)
      return portalPage(c, served, (context) => renderParallelPage(context, parallel, { kind: 'document' }));
    return portalPage(c, served, (context) => renderHomePage(context, served.model));
  });

  app.get('/themes/:id', async (c) => {
    const served = await serve(c, DOCUMENT_PAGE);
    if (served instanceof Response) return served;
    const { model, parallel } = served;
    const theme = model.themeById.get(c.req.param('id'));
    if (theme === undefined) return errorPage(c, { status: 404, kind: 'not-found' }, model);
    if (parallel !== undefined)
      return portalPage(c, served, (context) =>
        renderParallelPage(context, parallel, { kind: 'theme', theme }),
      );
    return portalPage(c, served, (context) => renderThemePage(context, model, theme));
  });

  /** A paper by slug or symbol: its page, a 301 to its canonical slug, or a helpful 404. */
  async function paperRoute(c: Context, asked: string): Promise<Response> {
    const served = await serve(c, DOCUMENT_PAGE);
    if (served instanceof Response) return served;
    const { model, parallel } = served;
    const paper =
      model.paperBySlug.get(asked.toLowerCase()) ?? model.paperBySlug.get(paperSlug(asked).toLowerCase());
    if (paper === undefined) return errorPage(c, { status: 404, kind: 'paper-not-found', asked }, model);
    if (asked !== paperSlug(paper.symbol)) {
      const kept = new URLSearchParams();
      for (const name of ['version', 'lang', PARALLEL_PARAM]) {
        const value = c.req.query(name);
        if (value !== undefined) kept.set(name, value);
      }
      const query = kept.size === 0 ? '' : `?${kept.toString()}`;
      return c.redirect(`${paperPath(paper.symbol)}${query}`, 301);
    }
    if (parallel !== undefined)
      return portalPage(c, served, (context) =>
        renderParallelPage(context, parallel, { kind: 'paper', paper }),
      );
    return portalPage(c, served, (context) => renderPaperPage(context, model, paper));
  }
  app.get('/papers/:slug', (c) => paperRoute(c, c.req.param('slug')));
  app.get('/papers/*', (c) => {
    const rest = c.req.path.slice('/papers/'.length).replace(/\/+$/, '');
    let asked: string;
    try {
      asked = decodeURIComponent(rest);
    } catch {
      asked = rest;
    }
    return paperRoute(c, asked);
  });

  app.get('/topics', async (c) => {
    const served = await serve(c, READER_LANGUAGE);
    if (served instanceof Response) return served;
    return portalPage(c, served, (context) => renderTopicsPage(context, served.model));
  });

  app.get('/topics/:id', async (c) => {
    const served = await serve(c, READER_LANGUAGE);
    if (served instanceof Response) return served;
    const { model } = served;
    const entry = model.conceptById.get(c.req.param('id'));
    if (entry === undefined) return errorPage(c, { status: 404, kind: 'not-found' }, model);
    const page = pageParam(c.req.query('page')) ?? 1;
    if (page < 1 || page > topicPageCount(entry))
      return errorPage(c, { status: 404, kind: 'not-found' }, model);
    return portalPage(c, served, (context) => renderTopicPage(context, model, entry, page));
  });

  // The search reads the index of the current version only: `version` is not one of its parameters.
  app.get('/search', async (c) => {
    const served = await serve(c, { versioned: false });
    if (served instanceof Response) return served;
    const { model } = served;
    const params = new URL(c.req.url).searchParams;
    const state = readSearchState(params);
    const paperSymbol = (value: string): string =>
      model.paperBySlug.get(value.toLowerCase())?.symbol ?? value;
    // A button of a long search's page (its state in the form, its step or download in the
    // button): answered with a redirect to the URL its link would have had (an unknown step or
    // download leads to the state itself).
    const stepText = params.get('step');
    const download = params.get('download');
    const [kind = '', headings] = (download ?? '').split(':', 2);
    if (isDownloadKind(kind)) {
      const lang = headings === 'zh' || headings === 'en' ? headings : interfaceLanguageOf(c);
      return c.redirect(downloadHref(kind, searchSelection(state, paperSymbol), lang), 303);
    }
    if (stepText !== null || download !== null) {
      const step = stepText === null ? undefined : readSearchStep(stepText);
      return c.redirect(searchHref(step === undefined ? state : applySearchStep(state, step)), 303);
    }
    const key = searchHref(state);
    if (!hasSearch(state))
      return portalPage(
        c,
        served,
        (context) => renderSearchPage(context, model, { state, result: undefined }),
        key,
      );
    // Refused as long as the same search written in the query language would be.
    if (searchQueryText(state, paperSymbol).length > MAX_QUERY_LENGTH) {
      // The refused query is in the search box to be shortened, and nowhere else: the page's links
      // (the language switcher) lead to the search without it, so the page stays small.
      const view: SearchView = { state, result: undefined, refused: 'too-long' };
      const withoutQuery = searchHref({ ...state, q: '' });
      return htmlResponse(c, renderSearchPage(contextOf(c, withoutQuery), model, view), 400);
    }
    // Every published language version is searched; the hits are shown in the reader's language when
    // its version is published, else in Chinese. The page is kept per result: the search service gives
    // a repeated request its result again until a version in any language is published, which the
    // version of the Chinese catalog alone would not tell.
    const result = await deps.search({
      query: state.q,
      filters: searchFilters(state, paperSymbol),
      limit: SEARCH_PAGE_SIZE,
      offset: (state.page - 1) * SEARCH_PAGE_SIZE,
      groupByPaper: state.group,
      catalogLanguage: interfaceLanguageOf(c),
    });
    const stamped = { ...served, key: `${served.key} ${resultStamp(result)}` };
    // A search that found nothing offers the closest concepts ("did you mean"): a lookup in the
    // suggestion index, made only then.
    const closeConcepts =
      result.total + result.related === 0 && state.q !== '' ? await suggestions.closeConcepts(state.q) : [];
    return portalPage(
      c,
      stamped,
      (context) => renderSearchPage(context, model, { state, result, closeConcepts }),
      key,
    );
  });

  app.get('/references', async (c) => {
    const served = await serve(c, READER_LANGUAGE);
    if (served instanceof Response) return served;
    return portalPage(c, served, (context) => renderReferencesPage(context, served.model));
  });
  app.get('/mechanisms', async (c) => {
    const served = await serve(c, READER_LANGUAGE);
    if (served instanceof Response) return served;
    return portalPage(c, served, (context) => renderMechanismsPage(context, served.model));
  });
  addHistoryRoutes(app, portal);
  // The editors' pages, only when the app has editors (else they answer 404 as unknown pages).
  const editors = deps.editors;
  if (editors !== undefined) {
    addAccountRoutes(app, { portal, editors });
    addDraftRoutes(app, { portal, editors });
  }

  // Kept per canonical URL: what the URL ticks, known ids only, in a fixed order. The packs are
  // made from the current version.
  app.get(BRIEF_PATH, async (c) => {
    const served = await serve(c, { versioned: false });
    if (served instanceof Response) return served;
    const { model } = served;
    const state = readBriefState(new URL(c.req.url).searchParams, model);
    return portalPage(c, served, (context) => renderBriefPage(context, model, state), briefHref(state));
  });
  // The form's target: the parameters of the API's /brief, read and validated as the API does, and
  // the pack made by the same briefing use case, so that the file and its errors are the API's own.
  // A refusal renders the page, never cached: one page per typed query would fill the cache.
  app.get(BRIEF_DOWNLOAD_PATH, async (c) => {
    const model = await portal.requireModel();
    const url = new URL(c.req.url);
    let failure: PublicError;
    try {
      const file = await portal.files.briefingFile(briefingRequestOf(readBriefParams(url.searchParams)));
      return fileResponse(c, file, file.fileStem);
    } catch (error) {
      failure = toPublicError(error);
      // The app's error handler reports it; the reader gets the portal's error page.
      if (failure.status >= 500) throw error;
    }
    const state = readBriefState(url.searchParams, model);
    const page = renderBriefPage(contextOf(c, briefHref(state)), model, state, briefNoticeOf(failure, state));
    return htmlResponse(c, page, failure.status);
  });
}

/** The longest text of a range the page that refuses it repeats. */
const ASKED_RANGE_SHOWN = 60;

/**
 * `/history?page=N` (the versions of the document, newest first, twenty a page; with `from` and `to`, the compare form's
 * answer: a redirect to their diff page) and `/history/<from>..<to>` (the changes between two
 * versions). A range that is not two version numbers, names one version twice or the newer first
 * is refused with 400; a version that does not exist with 404 naming it; both in the reader's
 * language. Without a history (no `history` in the dependencies) both answer 404.
 */
function addHistoryRoutes(app: Hono, portal: PortalContext): void {
  const { deps, cache, loadModel, serve, contextOf, portalPage, pageResponse, htmlResponse, errorPage } =
    portal;

  app.get(HISTORY_PATH, async (c) => {
    const from = c.req.query('from');
    const to = c.req.query('to');
    if (from !== undefined || to !== undefined) {
      const range = `${encodeURIComponent(from ?? '')}..${encodeURIComponent(to ?? '')}`;
      return c.redirect(`${HISTORY_PATH}/${range}`, 303);
    }
    const history = deps.history;
    if (history === undefined) return errorPage(c, { status: 404, kind: 'not-found' }, await loadModel());
    if ((await loadModel()) === undefined)
      return htmlResponse(c, renderHistoryPage(contextOf(c), { versions: [] }));
    const served = await serve(c, { versioned: false });
    if (served instanceof Response) return served;
    // Read on every request: a publish in another catalog language adds a version to it too.
    const { versions } = await history.history();
    const page = pageParam(c.req.query('page')) ?? 1;
    if (page < 1 || page > historyPageCount(versions.length))
      return errorPage(c, { status: 404, kind: 'not-found' }, served.model);
    const context = { ...contextOf(c), catalogVersion: served.version };
    return htmlResponse(c, renderHistoryPage(context, { versions, page }));
  });

  app.get(`${HISTORY_PATH}/:range`, async (c) => {
    const history = deps.history;
    if (history === undefined) return errorPage(c, { status: 404, kind: 'not-found' }, await loadModel());
    const served = await serve(c, { versioned: false });
    if (served instanceof Response) return served;
    const { model } = served;
    const asked = c.req.param('range');
    const match = /^(\d{1,9})\.\.(\d{1,9})$/.exec(asked);
    if (match === null) {
      const view = { status: 400, kind: 'bad-range', asked: asked.slice(0, ASKED_RANGE_SHOWN) } as const;
      return errorPage(c, view, model);
    }
    const [from, to] = [Number(match[1]), Number(match[2])];
    if (from === to) return errorPage(c, { status: 400, kind: 'same-version', version: from }, model);
    if (from > to) return errorPage(c, { status: 400, kind: 'reversed-range', range: { from, to } }, model);
    const canonical = diffPath(from, to);
    const cached = cache.get(served.current, `${interfaceLanguageOf(c)} ${served.key} ${canonical}`);
    if (cached !== undefined) return pageResponse(c, cached);
    const { versions } = await history.history();
    const newest = versions.reduce((most, record) => Math.max(most, record.version), 0);
    const missing = [from, to].find((version) => !versions.some((record) => record.version === version));
    if (missing !== undefined)
      return errorPage(c, { status: 404, kind: 'version-missing', version: missing, newest }, model);
    const [diff, older, newer] = await Promise.all([
      history.diff(from, to),
      portal.versions.read(from),
      portal.versions.read(to),
    ]);
    if (older === undefined || newer === undefined)
      return errorPage(c, { status: 404, kind: 'version-missing', version: from, newest }, model);
    const current = versions
      .filter((record) => record.language === newer.language)
      .reduce((most, record) => Math.max(most, record.version), 0);
    return portalPage(
      c,
      served,
      (context) => renderDiffPage(context, { diff, from: older, to: newer, current }),
      canonical,
    );
  });
}
