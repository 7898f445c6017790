import type { Language } from '../domain/index.js';
import { UN_LANGUAGES, isLanguage } from '../domain/index.js';
import type { ParallelRefusal } from '../messages/index.js';
import { FALLBACK_CONTENT_LANGUAGE, catalogVersionKey } from '../services/index.js';
import type { LanguageChoice, PublishedCatalog } from '../services/index.js';
import type { LanguageVersion } from '../web/index.js';

/** What the front ends need to read the document in a reader's language. */
export interface ContentVersionDeps {
  /** The current catalog of the reference (Chinese) version, or `undefined`. */
  readonly loadPublished: () => Promise<PublishedCatalog | undefined>;
  /** The version a reader of a language gets (`CatalogService.chooseLanguage`). */
  readonly chooseLanguage?: (language: Language) => Promise<LanguageChoice | undefined>;
  /** Every current published catalog, one per document and language (`CatalogService.listPublished`). */
  readonly listPublished?: () => Promise<readonly PublishedCatalog[]>;
}

/** The language versions of the document, as the portal and the API read them. */
export interface ContentVersions {
  /**
   * The version a reader of `language` gets: theirs when published, else Chinese (see
   * `LanguageChoice`); `undefined` when nothing is published.
   */
  choose(language: Language): Promise<LanguageChoice | undefined>;
  /** The current versions of the document `documentId`, one per language, in UN order. */
  current(documentId: string): Promise<readonly PublishedCatalog[]>;
}

/**
 * The language versions over `deps`: the catalog service's choice and listing when given; without
 * them (a front end over one catalog), the one catalog of `loadPublished` is the only version.
 */
export function createContentVersions(deps: ContentVersionDeps): ContentVersions {
  const listPublished =
    deps.listPublished ??
    (async () => {
      const published = await deps.loadPublished();
      return published === undefined ? [] : [published];
    });
  async function current(documentId: string): Promise<readonly PublishedCatalog[]> {
    const list = await listPublished();
    return UN_LANGUAGES.flatMap((language) =>
      list.filter((published) => published.documentId === documentId && published.language === language),
    );
  }
  return {
    current,
    async choose(language) {
      if (deps.chooseLanguage !== undefined) return deps.chooseLanguage(language);
      const list = await listPublished();
      const shown =
        list.find((published) => published.language === language) ??
        list.find((published) => published.language === FALLBACK_CONTENT_LANGUAGE) ??
        list[0];
      if (shown === undefined) return undefined;
      const available = (await current(shown.documentId)).map((published) => published.language);
      return {
        published: shown,
        requested: language,
        shown: shown.language,
        fallback: shown.language !== language,
        available,
      };
    },
  };
}

/** The language versions of `versions` with their version numbers. */
export function languageVersionsOf(versions: readonly PublishedCatalog[]): LanguageVersion[] {
  return versions.map((published) => ({ language: published.language, version: published.version }));
}

/**
 * One string naming every version in `versions` (their `catalogVersionKey`s): a page that lists
 * the document's languages keys on it, so that a publish in any language renews it.
 */
export function versionsSignature(versions: readonly PublishedCatalog[]): string {
  return versions.map(catalogVersionKey).join(',');
}

/** The longest part of a refused `?parallel=` a message repeats. */
const ASKED_SHOWN = 40;

/** A `?parallel=` read: the two languages to show side by side, or why it cannot be shown. */
export type ParallelParam =
  | { readonly pair: readonly [Language, Language] }
  | { readonly refused: ParallelRefusal; readonly asked: string };

/**
 * Reads `?parallel=a,b`: two different UN language codes, separated by a comma, both published
 * (`available`). Refused, naming the part at fault: not two codes (`not-two`: one, three, empty,
 * junk), a code that is no UN language, one the document is not published in, the same twice.
 */
export function readParallelParam(value: string, available: readonly Language[]): ParallelParam {
  const parts = value.split(',').map((part) => part.trim());
  if (parts.length !== 2 || parts.includes(''))
    return { refused: 'not-two', asked: value.slice(0, ASKED_SHOWN) };
  const unknown = parts.find((part) => !isLanguage(part));
  if (unknown !== undefined) return { refused: 'unknown-language', asked: unknown.slice(0, ASKED_SHOWN) };
  const [first, second] = parts.filter(isLanguage);
  if (first === undefined || second === undefined) return { refused: 'not-two', asked: value };
  if (first === second) return { refused: 'same-language', asked: first };
  const missing = [first, second].find((language) => !available.includes(language));
  if (missing !== undefined) return { refused: 'not-published', asked: missing };
  return { pair: [first, second] };
}
