import { MAX_QUERY_LENGTH } from '../search/index.js';
import type { PortalModel } from './portal-model.js';
import { BRIEF_PATH, paperSlug } from './portal-urls.js';

/**
 * What the briefing-pack page shows already chosen, read from its URL (so that a theme, paper, topic
 * or search page can link to it with its own selection ticked): theme ids, paper symbols and concept
 * ids the catalog holds, each once and in catalog (or thesaurus) order, and the query to fill in.
 */
export interface BriefState {
  readonly themes: readonly string[];
  readonly papers: readonly string[];
  readonly topics: readonly string[];
  /** The query, trimmed; empty when none was given or it was over the engine's limit. */
  readonly q: string;
}

/** Nothing chosen: the page as the navigation opens it. */
export const EMPTY_BRIEF_STATE: BriefState = { themes: [], papers: [], topics: [], q: '' };

/**
 * Reads the briefing-pack page's state from its URL parameters (`theme`, `paper` as a symbol or a
 * slug in any case, `topic`, `q`). Lenient: values the catalog does not hold are dropped, so that
 * nothing unknown reaches the page; a query over {@link MAX_QUERY_LENGTH} characters is dropped.
 */
export function readBriefState(params: URLSearchParams, model: PortalModel): BriefState {
  const asked = (key: string): Set<string> => new Set(params.getAll(key).map((value) => value.trim()));
  const themes = asked('theme');
  const papers = new Set<string>();
  for (const value of asked('paper')) {
    const paper =
      model.paperBySymbol.get(value) ??
      model.paperBySlug.get(value.toLowerCase()) ??
      model.paperBySlug.get(paperSlug(value).toLowerCase());
    if (paper !== undefined) papers.add(paper.symbol);
  }
  const topics = new Set([...asked('topic')].map((value) => value.toLowerCase()));
  const q = (params.get('q') ?? '').trim();
  return {
    themes: model.catalog.themes.filter((theme) => themes.has(theme.id)).map((theme) => theme.id),
    papers: model.catalog.papers.filter((paper) => papers.has(paper.symbol)).map((paper) => paper.symbol),
    topics: (model.knowledge?.concepts ?? [])
      .filter((entry) => topics.has(entry.concept.id))
      .map((entry) => entry.concept.id),
    q: q.length > MAX_QUERY_LENGTH ? '' : q,
  };
}

/** True when the state has anything chosen or filled in. */
export function hasBriefChoice(state: BriefState): boolean {
  return state.themes.length + state.papers.length + state.topics.length > 0 || state.q !== '';
}

/**
 * The URL of the briefing-pack page with `state` chosen: parameters in a fixed order (theme, paper,
 * topic, q), so that equal choices have equal URLs (the page cache keeps one page per URL).
 */
export function briefHref(state: BriefState): string {
  const params = new URLSearchParams();
  for (const id of state.themes) params.append('theme', id);
  for (const symbol of state.papers) params.append('paper', symbol);
  for (const id of state.topics) params.append('topic', id);
  if (state.q !== '') params.set('q', state.q);
  const query = params.toString();
  return query === '' ? BRIEF_PATH : `${BRIEF_PATH}?${query}`;
}
