import type { SearchFilters } from '../search/index.js';
import { MAX_OFFSET } from '../search/index.js';
import { SEARCH_PATH } from './portal-urls.js';

/** Hits per page of the search page. */
export const SEARCH_PAGE_SIZE = 10;

/** The deepest page the search page offers (the engine pages to {@link MAX_OFFSET}). */
export const MAX_SEARCH_PAGE = Math.floor(MAX_OFFSET / SEARCH_PAGE_SIZE) + 1;

/** Most values kept per facet parameter, and their longest length in characters. */
const MAX_VALUES = 5;
const MAX_VALUE_LENGTH = 200;

/**
 * Everything a search page shows, read from its URL (so that a search can be shared): the words
 * typed (`q`), the facet filters (`theme` ids, `paper` symbols or slugs, `year`s, key `topic`s as
 * printed), the page (from 1) and whether hits are grouped by paper (`group=1`).
 */
export interface SearchState {
  readonly q: string;
  readonly theme: readonly string[];
  readonly paper: readonly string[];
  readonly year: readonly string[];
  readonly topic: readonly string[];
  readonly page: number;
  readonly group: boolean;
}

/** The facet parameters, in the order the URL and the query list them. */
export const FACET_KEYS = ['theme', 'paper', 'year', 'topic'] as const;

/** One facet parameter of {@link SearchState}. */
export type FacetKey = (typeof FACET_KEYS)[number];

function values(params: URLSearchParams, key: string, valid: (value: string) => boolean): string[] {
  const kept: string[] = [];
  for (const raw of params.getAll(key)) {
    const value = raw.trim();
    if (value === '' || value.length > MAX_VALUE_LENGTH || !valid(value) || kept.includes(value)) continue;
    kept.push(value);
    if (kept.length === MAX_VALUES) break;
  }
  return kept;
}

/**
 * Reads a search page's state from its URL parameters. Lenient: a page that is not a whole number
 * from 1 to {@link MAX_SEARCH_PAGE} is page 1, a year that is not four digits and empty or overlong
 * values are dropped. The words are kept as typed (the engine refuses a query over its limit).
 */
export function readSearchState(params: URLSearchParams): SearchState {
  const pageText = params.get('page') ?? '';
  const page = /^\d{1,5}$/.test(pageText) ? Number(pageText) : 1;
  return {
    q: (params.get('q') ?? '').trim(),
    theme: values(params, 'theme', () => true),
    paper: values(params, 'paper', () => true),
    year: values(params, 'year', (value) => /^\d{4}$/.test(value)),
    topic: values(params, 'topic', () => true),
    page: page >= 1 && page <= MAX_SEARCH_PAGE ? page : 1,
    group: params.get('group') === '1',
  };
}

/** True when the state asks for anything: words or a filter. */
export function hasSearch(state: SearchState): boolean {
  return state.q !== '' || FACET_KEYS.some((key) => state[key].length > 0);
}

/** True when any facet filter is set. */
export function hasFilters(state: SearchState): boolean {
  return FACET_KEYS.some((key) => state[key].length > 0);
}

const QUOTES: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
];

/** A filter value as the query language reads it whole: quoted when it holds white space or a quote. */
function filterValue(value: string): string {
  if (!/[\s"“”「」『』]/u.test(value)) return value;
  const pair = QUOTES.find(([open, close]) => !value.includes(open) && !value.includes(close));
  return pair === undefined ? value.replace(/[\s"“”「」『』]+/gu, '') : `${pair[0]}${value}${pair[1]}`;
}

/**
 * The query, in the query language, that a search state asks for: its words, then one filter per
 * facet value (`theme:theme-3 paper:CTOC/COP/WG.7/2015/4 year:2015 topic:"…"`). `paperSymbol`
 * turns a paper parameter (a slug or a symbol) into the symbol the filter needs.
 */
export function searchQueryText(
  state: SearchState,
  paperSymbol: (value: string) => string = (value) => value,
): string {
  const filters = [
    ...state.theme.map((value) => `theme:${filterValue(value)}`),
    ...state.paper.map((value) => `paper:${filterValue(paperSymbol(value))}`),
    ...state.year.map((value) => `year:${value}`),
    ...state.topic.map((value) => `topic:${filterValue(value)}`),
  ];
  return [state.q, ...filters].filter((part) => part !== '').join(' ');
}

/**
 * The filters a search state asks for, as the fields of a search request: its facet values, each
 * paper parameter turned by `paperSymbol` into the symbol the filter needs. They select what the
 * filters {@link searchQueryText} writes as text select.
 */
export function searchFilters(
  state: SearchState,
  paperSymbol: (value: string) => string = (value) => value,
): SearchFilters {
  return {
    theme: state.theme,
    paper: state.paper.map(paperSymbol),
    year: state.year.map(Number),
    topic: state.topic,
  };
}

/** Most parameter values whose encoding {@link encodedParam} keeps. */
const KEPT_ENCODINGS = 256;
const encodings = new Map<string, string>();

/**
 * `encodeURIComponent(value)`, kept for the values of the last pages: the sixty links of a results
 * page repeat its words and facet values, and encoding a long query sixty times cost as much as
 * writing the page. Cleared when full (values typed are unbounded).
 */
function encodedParam(value: string): string {
  let encoded = encodings.get(value);
  if (encoded === undefined) {
    if (encodings.size >= KEPT_ENCODINGS) encodings.clear();
    encoded = encodeURIComponent(value);
    encodings.set(value, encoded);
  }
  return encoded;
}

/**
 * The URL of a search state, with `changes` applied: parameters in a fixed order (q, facets, group,
 * page), the page and grouping left out at their defaults, so that equal searches have equal URLs.
 */
export function searchHref(state: SearchState, changes: Partial<SearchState> = {}): string {
  const next: SearchState = { ...state, ...changes };
  // Built by hand rather than with URLSearchParams: a results page writes some sixty of these.
  const parts: string[] = [];
  if (next.q !== '') parts.push(`q=${encodedParam(next.q)}`);
  for (const key of FACET_KEYS) for (const value of next[key]) parts.push(`${key}=${encodedParam(value)}`);
  if (next.group) parts.push('group=1');
  if (next.page > 1) parts.push(`page=${String(next.page)}`);
  return parts.length === 0 ? SEARCH_PATH : `${SEARCH_PATH}?${parts.join('&')}`;
}

/**
 * The URLs of the `only` steps of one state's facets: `onlyHref(key, value)` is
 * `searchHref(applySearchStep(state, { kind: 'only', key, value }))`, with the parameters before and
 * after the facet written once per key rather than once per value (a results page links some forty
 * facet values). With `escape` (the page's HTML escaping), each URL comes escaped as an attribute
 * holds it: the parts before and after the value escaped once per key, the value on its own, rather
 * than every whole URL, which holds an `&` whenever the state has a parameter beside the facet.
 */
export function facetHrefs(
  state: SearchState,
  escape: (text: string) => string = (text) => text,
): (key: FacetKey, value: string) => string {
  const around = new Map<FacetKey, readonly [string, string]>();
  return (key, value) => {
    let parts = around.get(key);
    if (parts === undefined) {
      const before: string[] = [];
      const after: string[] = [];
      if (state.q !== '') before.push(`q=${encodedParam(state.q)}`);
      const at = FACET_KEYS.indexOf(key);
      FACET_KEYS.forEach((other, place) => {
        if (place === at) return;
        for (const given of state[other])
          (place < at ? before : after).push(`${other}=${encodedParam(given)}`);
      });
      if (state.group) after.push('group=1');
      parts = [
        escape(`${SEARCH_PATH}?${before.map((part) => `${part}&`).join('')}${key}=`),
        escape(after.map((part) => `&${part}`).join('')),
      ];
      around.set(key, parts);
    }
    return `${parts[0]}${escape(encodedParam(value))}${parts[1]}`;
  };
}

/**
 * A change one control of the search page makes to its state: narrow a facet to one value
 * (`only`), drop a facet value (`drop`, case-insensitive, as the facet list compares), drop every
 * filter (`clear`), go to a page, list or group the hits. The control's link leads to
 * `searchHref(applySearchStep(state, step))`; on a page whose URL is long the control is a button
 * that sends the state once with the step instead, and the route answers with that same URL.
 */
export type SearchStep =
  | { readonly kind: 'only' | 'drop'; readonly key: FacetKey; readonly value: string }
  | { readonly kind: 'clear' }
  | { readonly kind: 'page'; readonly page: number }
  | { readonly kind: 'group'; readonly group: boolean };

/** The state a {@link SearchStep} leads to. Every step but `page` and `group` returns to page 1. */
export function applySearchStep(state: SearchState, step: SearchStep): SearchState {
  switch (step.kind) {
    case 'only':
      return { ...state, [step.key]: [step.value], page: 1 };
    case 'drop': {
      const dropped = step.value.toLowerCase();
      return {
        ...state,
        [step.key]: state[step.key].filter((value) => value.toLowerCase() !== dropped),
        page: 1,
      };
    }
    case 'clear':
      return { ...state, theme: [], paper: [], year: [], topic: [], page: 1 };
    case 'page':
      return { ...state, page: step.page };
    case 'group':
      return { ...state, group: step.group };
  }
}

/** A step as the `step` parameter of a button writes it: `only:theme:theme-3`, `drop:year:2015`, `clear`, `page:2`, `group:1`. */
export function searchStepText(step: SearchStep): string {
  switch (step.kind) {
    case 'only':
    case 'drop':
      return `${step.kind}:${step.key}:${step.value}`;
    case 'clear':
      return 'clear';
    case 'page':
      return `page:${String(step.page)}`;
    case 'group':
      return step.group ? 'group:1' : 'group:0';
  }
}

function isFacetKey(text: string): text is FacetKey {
  return (FACET_KEYS as readonly string[]).includes(text);
}

/**
 * Reads a `step` parameter written by {@link searchStepText}; `undefined` for anything else (a
 * page outside 1 to {@link MAX_SEARCH_PAGE}, an unknown facet, an empty or overlong value).
 */
export function readSearchStep(text: string): SearchStep | undefined {
  if (text === 'clear') return { kind: 'clear' };
  if (text === 'group:1' || text === 'group:0') return { kind: 'group', group: text === 'group:1' };
  const page = /^page:(\d{1,5})$/.exec(text);
  if (page !== null) {
    const number = Number(page[1]);
    return number >= 1 && number <= MAX_SEARCH_PAGE ? { kind: 'page', page: number } : undefined;
  }
  const facet = /^(only|drop):([a-z]+):(.+)$/su.exec(text);
  if (facet === null) return undefined;
  const [, kind, key = '', value = ''] = facet;
  if (!isFacetKey(key) || value.trim() === '' || value.length > MAX_VALUE_LENGTH) return undefined;
  return { kind: kind === 'only' ? 'only' : 'drop', key, value: value.trim() };
}

/**
 * Above this length of its URL in bytes (the URL is ASCII), the search page carries its state once
 * in a form and its controls are buttons of that form, not links that each repeat the URL: some
 * thirty links of 512 bytes are 15 KB, and a page must stay under 60 KB whatever is typed.
 */
export const LONG_SEARCH_URL = 512;

/**
 * The fields of the form that carries a search state once: submitted as they are, they are the
 * parameters of {@link searchHref} (q, facets, group, page), so `readSearchState` reads the state back.
 */
export function searchStateFields(state: SearchState): readonly (readonly [string, string])[] {
  const fields: [string, string][] = [];
  if (state.q !== '') fields.push(['q', state.q]);
  for (const key of FACET_KEYS) for (const value of state[key]) fields.push([key, value]);
  if (state.group) fields.push(['group', '1']);
  if (state.page > 1) fields.push(['page', String(state.page)]);
  return fields;
}

/**
 * The selection of a search as the export and briefing APIs take it: the whole search, filters
 * included, in the query language (`q`). `paperSymbol` as for {@link searchQueryText}.
 */
export function searchSelection(
  state: SearchState,
  paperSymbol: (value: string) => string = (value) => value,
): URLSearchParams {
  return new URLSearchParams({ q: searchQueryText(state, paperSymbol) });
}
