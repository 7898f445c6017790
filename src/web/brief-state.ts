import type { Language } from '../domain/index.js';
import { UN_LANGUAGES } from '../domain/index.js';
import type { HeadingsLanguage } from '../messages/index.js';
import { HEADINGS_LANGUAGES } from '../messages/index.js';
import { MAX_QUERY_LENGTH } from '../search/index.js';
import type { PortalModel } from './portal-model.js';
import { BRIEF_PATH, paperSlug } from './portal-urls.js';

/** The formats of a briefing pack, the first the default (as the briefing-pack API takes them). */
export const PACK_FORMATS = ['docx', 'html', 'md'] as const;
/** A format of a briefing pack. */
export type PackFormat = (typeof PACK_FORMATS)[number];
/** The languages a pack's headings can be in: the messages module's, as the API takes them. */
export const PACK_LANGUAGES: readonly HeadingsLanguage[] = HEADINGS_LANGUAGES;

/**
 * The longest cover title kept in the state, in characters: far over what the API takes (200), so
 * that a title it refuses comes back to be shortened, yet bounded.
 */
const MAX_KEPT_TITLE_LENGTH = 1000;

/**
 * What the briefing-pack page shows already chosen, read from its URL (so that a theme, paper, topic
 * or search page can link to it with its own selection ticked, and so that a pack that cannot be
 * made brings the form back as it was sent): theme ids, paper symbols and concept ids the catalog
 * holds, each once and in catalog (or thesaurus) order, the query and cover title to fill in, and the
 * format and headings' language to check.
 */
export interface BriefState {
  readonly themes: readonly string[];
  readonly papers: readonly string[];
  readonly topics: readonly string[];
  /** The query, trimmed; empty when none was given or it was over the engine's limit. */
  readonly q: string;
  /** The cover title, trimmed; absent when none was given (the pack's default title). */
  readonly title?: string;
  /** The pack's format; absent means the default, {@link PACK_FORMATS}`[0]` (Word). */
  readonly format?: PackFormat;
  /**
   * The language of the pack's headings; absent means the interface language.
   */
  readonly headingsLanguage?: HeadingsLanguage;
  /** The language version the pack's text is taken from (`catalogLang`); absent means Chinese. */
  readonly catalogLanguage?: Language;
  /** The second language version of a bilingual pack (`parallelLang`); absent means none. */
  readonly parallelLanguage?: Language;
}

/** Nothing chosen: the page as the navigation opens it. */
export const EMPTY_BRIEF_STATE: BriefState = { themes: [], papers: [], topics: [], q: '' };

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

/**
 * Reads the briefing-pack page's state from its URL parameters (`theme`, `paper` as a symbol or a
 * slug in any case, `topic`, `q`, `title`, `format`, `lang` as the headings' language, `catalogLang`
 * and `parallelLang` as the languages of the text — the
 * parameters of the briefing-pack API, which the form sends). Lenient: values the catalog does not
 * hold, and a format or language the API does not know, are dropped, so that nothing unknown
 * reaches the page; a query over {@link MAX_QUERY_LENGTH} characters is dropped, and so is a title
 * over 1,000 characters.
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
  const title = (params.get('title') ?? '').trim();
  const format = oneOf(PACK_FORMATS, params.get('format'));
  const headingsLanguage = oneOf(PACK_LANGUAGES, params.get('lang'));
  const catalogLanguage = oneOf(UN_LANGUAGES, params.get('catalogLang'));
  const parallelLanguage = oneOf(UN_LANGUAGES, params.get('parallelLang'));
  return {
    themes: model.catalog.themes.filter((theme) => themes.has(theme.id)).map((theme) => theme.id),
    papers: model.catalog.papers.filter((paper) => papers.has(paper.symbol)).map((paper) => paper.symbol),
    topics: (model.knowledge?.concepts ?? [])
      .filter((entry) => topics.has(entry.concept.id))
      .map((entry) => entry.concept.id),
    q: q.length > MAX_QUERY_LENGTH ? '' : q,
    ...(title === '' || title.length > MAX_KEPT_TITLE_LENGTH ? {} : { title }),
    ...(format === undefined ? {} : { format }),
    ...(headingsLanguage === undefined ? {} : { headingsLanguage }),
    ...(catalogLanguage === undefined ? {} : { catalogLanguage }),
    ...(parallelLanguage === undefined ? {} : { parallelLanguage }),
  };
}

/** True when the state has anything chosen or filled in (the format and language do not count). */
export function hasBriefChoice(state: BriefState): boolean {
  return (
    state.themes.length + state.papers.length + state.topics.length > 0 ||
    state.q !== '' ||
    (state.title ?? '') !== ''
  );
}

/**
 * The URL of the briefing-pack page with `state` chosen: parameters in a fixed order (theme, paper,
 * topic, q, title, format other than the default, catalogLang, parallelLang), so that equal choices have equal URLs (the page
 * cache keeps one page per URL). The headings' language is left out: on a portal page `lang` is the
 * interface language, from which the page derives it.
 */
export function briefHref(state: BriefState): string {
  const params = new URLSearchParams();
  for (const id of state.themes) params.append('theme', id);
  for (const symbol of state.papers) params.append('paper', symbol);
  for (const id of state.topics) params.append('topic', id);
  if (state.q !== '') params.set('q', state.q);
  if (state.title !== undefined && state.title !== '') params.set('title', state.title);
  if (state.format !== undefined && state.format !== PACK_FORMATS[0]) params.set('format', state.format);
  if (state.catalogLanguage !== undefined) params.set('catalogLang', state.catalogLanguage);
  if (state.parallelLanguage !== undefined) params.set('parallelLang', state.parallelLanguage);
  const query = params.toString();
  return query === '' ? BRIEF_PATH : `${BRIEF_PATH}?${query}`;
}
