import type { Language } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import { cleanQuery } from './query-parser.js';

/**
 * What a search is narrowed to, as typed fields: the portal's facets and the query language's
 * `theme:`, `topic:`, `paper:`, `year:`, `meeting:` and `lang:` filters are both read into this one
 * structure. Several values of one filter are alternatives (any of them); different filters must all
 * hold. A list left out, or empty, does not narrow.
 */
export interface SearchFilters {
  /** Themes: an id (`theme-3`, or `3`) or a part of a theme's name as printed (`技术`). */
  readonly theme?: readonly string[];
  /** Key topics: a part of a key topic's label, white space ignored. */
  readonly topic?: readonly string[];
  /** Papers: a full symbol (`CTOC/COP/WG.7/2013/4`) or its end after a slash (`2013/4`), any case. */
  readonly paper?: readonly string[];
  /** Years of the meeting a paper was written for, e.g. 2015. */
  readonly year?: readonly number[];
  /** Meeting numbers, from 1. */
  readonly meeting?: readonly number[];
  /** Only paragraphs whose catalog is in this language. */
  readonly catalogLanguage?: Language;
}

/** {@link SearchFilters} with every list present (possibly empty): what a parsed query carries. */
export interface QueryFilters {
  readonly theme: readonly string[];
  readonly topic: readonly string[];
  readonly paper: readonly string[];
  readonly year: readonly number[];
  readonly meeting: readonly number[];
  readonly catalogLanguage: Language | undefined;
}

/**
 * A filter value as the query language would read it: well-formed, NFKC (so `：` is `:`), control
 * characters as spaces, trimmed. The same cleaning the parser gives a query, so that a value passed
 * as a field and the same value typed after `theme:` select the same paragraphs.
 */
function cleanValue(value: string): string {
  return cleanQuery(value).trim();
}

function texts(values: readonly string[] | undefined): string[] {
  return (values ?? []).map(cleanValue).filter((value) => value !== '');
}

function wholeNumbers(
  values: readonly number[] | undefined,
  min: number,
  max: number,
  name: string,
): number[] {
  for (const value of values ?? []) {
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new SomkbError(
        'USAGE',
        `filters.${name} must hold whole numbers from ${min} to ${max} (got ${String(value)})`,
        { where: `filters.${name}` },
      );
    }
  }
  return [...(values ?? [])];
}

/**
 * The filters of a search: those its query text carries, then those given as fields (values of one
 * filter joined as alternatives, the query's first). The catalog language given as a field wins over
 * the query's `lang:`. Throws USAGE for a year outside 1000–9999 or a meeting outside 0–99 (what the
 * query language accepts); string values are cleaned as the query language cleans them, empty ones dropped.
 */
export function combineFilters(query: QueryFilters, given: SearchFilters | undefined): QueryFilters {
  if (given === undefined) return query;
  return {
    theme: [...query.theme, ...texts(given.theme)],
    topic: [...query.topic, ...texts(given.topic)],
    paper: [...query.paper, ...texts(given.paper)],
    year: [...query.year, ...wholeNumbers(given.year, 1000, 9999, 'year')],
    meeting: [...query.meeting, ...wholeNumbers(given.meeting, 0, 99, 'meeting')],
    catalogLanguage: given.catalogLanguage ?? query.catalogLanguage,
  };
}

/** True when the filters narrow anything. */
export function hasAnyFilter(filters: QueryFilters): boolean {
  return (
    filters.theme.length +
      filters.topic.length +
      filters.paper.length +
      filters.year.length +
      filters.meeting.length >
      0 || filters.catalogLanguage !== undefined
  );
}
