/**
 * The portal's URLs: one place that says how a theme, a paper, a paragraph, a topic or a search is
 * addressed, so that every link agrees with the routes.
 */

import { paperSlug } from '../domain/index.js';

/** The URL slug of a paper symbol: the domain's one slug (`CTOC/COP/WG.7/2015/4` → `CTOC-COP-WG.7-2015-4`). */
export { paperSlug };

/** The path of a paper's page. */
export function paperPath(symbol: string): string {
  return `/papers/${encodeURIComponent(paperSlug(symbol))}`;
}

/** The fragment id of a paragraph on any page that shows it whole (`para-12`). */
export function paragraphAnchor(number: number): string {
  return `para-${number}`;
}

/**
 * Where a paragraph is shown with its anchor: on its paper's page, or, for the introduction (no
 * paper), on the home page.
 */
export function paragraphPath(paper: string | null, number: number): string {
  return `${paper === null ? '/' : paperPath(paper)}#${paragraphAnchor(number)}`;
}

/** The path of a theme's page. */
export function themePath(themeId: string): string {
  return `/themes/${encodeURIComponent(themeId)}`;
}

/** The path of a topic's page (a thesaurus concept), optionally at a page of its paragraphs. */
export function topicPath(conceptId: string, page = 1): string {
  return `/topics/${encodeURIComponent(conceptId)}${page > 1 ? `?page=${page}` : ''}`;
}

/** The fragment id of a mechanism in the directory. */
export function mechanismAnchor(mechanismId: string): string {
  return `mechanism-${mechanismId}`;
}

/** The fragment id of an instrument's section in the index of provisions. */
export function instrumentAnchor(instrumentId: string): string {
  return `instrument-${instrumentId}`;
}

/** The fragment id of one cited provision in the index of provisions. */
export function provisionAnchor(
  instrumentId: string,
  article: string | undefined,
  clause: string | undefined,
): string {
  const tail = [article, clause]
    .filter((part) => part !== undefined && part !== '')
    .join('')
    .replace(/[()]+/g, '-')
    .replace(/[^A-Za-z0-9/-]/g, '')
    .replaceAll('/', '-')
    .replace(/-+$/, '');
  return `provision-${instrumentId}${tail === '' ? '' : `-${tail}`}`;
}

/** The path of the index of cited provisions. */
export const REFERENCES_PATH = '/references';
/** The path of the directory of mechanisms. */
export const MECHANISMS_PATH = '/mechanisms';
/** The path of the index of topics. */
export const TOPICS_PATH = '/topics';
/** The path of the search page. */
export const SEARCH_PATH = '/search';
/** The path of the page that composes a briefing pack and offers the whole catalog. */
export const BRIEF_PATH = '/brief';
/**
 * The portal route the brief page's form submits to: it answers the briefing pack of
 * {@link BRIEF_API_PATH} for the same query string, or, when the pack cannot be made, the brief
 * page again with the reader's choices and the reason.
 */
export const BRIEF_DOWNLOAD_PATH = '/brief/download';
/** The API route that builds a briefing pack as a file. */
export const BRIEF_API_PATH = '/api/v1/brief';
/** The API route of suggestions as one types (the search box's script asks it). */
export const SUGGEST_API_PATH = '/api/v1/suggest';
/** The API route that exports a selection or the whole catalog as a file. */
export const EXPORT_API_PATH = '/api/v1/export';
/** The path of the history of the catalog's versions. */
export const HISTORY_PATH = '/history';

/** The path of the changes between two versions (`/history/1..3`). */
export function diffPath(from: number, to: number): string {
  return `${HISTORY_PATH}/${from}..${to}`;
}

/**
 * `path` (a path with an optional query and fragment) in catalog version `version`: with
 * `version=N` in its query, or as it is when `version` is undefined (the current one).
 */
export function versionedPath(path: string, version: number | undefined): string {
  if (version === undefined) return path;
  const hashAt = path.indexOf('#');
  const [base, hash] = hashAt === -1 ? [path, ''] : [path.slice(0, hashAt), path.slice(hashAt)];
  const [pathname = '', query = ''] = base.split('?', 2);
  const params = new URLSearchParams(query);
  params.set('version', String(version));
  return `${pathname}?${params.toString()}${hash}`;
}

/** The fragment id of a lettered item's change on the diff page (`para-12-b`). */
export function itemAnchor(number: number, label: string): string {
  return `${paragraphAnchor(number)}-${label}`;
}

/** The path of the stylesheet. */
export const CSS_PATH = '/assets/portal.css';
/** The path of the script that enhances pages (they work without it). */
export const SCRIPT_PATH = '/assets/portal.js';
/** The path of the icon. */
export const ICON_PATH = '/assets/icon.svg';
