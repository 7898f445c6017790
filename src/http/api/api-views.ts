import type { Catalog, Language } from '../../domain/index.js';
import { SomkbError } from '../../errors/index.js';
import { toExportJson } from '../../export/index.js';
import type { CatalogKnowledge } from '../../knowledge/index.js';
import { catalogVersionKey } from '../../services/index.js';
import type { CatalogVersionKey, PublishedCatalog } from '../../services/index.js';
import { createContentVersions } from '../content-versions.js';
import { createVersionReader } from '../catalog-versions.js';
import type { JsonBody } from '../json-body.js';
import { toJsonBody } from '../json-body.js';
import type { ApiDeps } from './api-deps.js';
import type { ConceptView } from './concept-view.js';
import { toConceptViews } from './concept-view.js';
import { toMechanismViews } from './mechanism-view.js';
import type { MechanismView } from './mechanism-view.js';
import { toMeetingViews } from './meeting-view.js';
import type { MeetingView } from './meeting-view.js';
import { toPaperViews } from './paper-view.js';
import type { PaperView } from './paper-view.js';
import { toParagraphViews } from './paragraph-view.js';
import type { ParagraphView } from './paragraph-view.js';
import { toProvisionViews } from './provision-view.js';
import type { ProvisionView } from './provision-view.js';
import { toThemeViews } from './theme-view.js';
import type { ThemeView } from './theme-view.js';

/** What the health check and the reads say when no catalog is published. */
export const NOTHING_PUBLISHED = 'no catalog is published yet; run: somkb ingest <file>';

/** What the API derives from one catalog and its knowledge, computed once per catalog. */
export interface ApiViews {
  readonly catalog: Catalog;
  readonly exported: ReturnType<typeof toExportJson>;
  readonly paragraphs: ParagraphView[];
  readonly papers: PaperView[];
  readonly themes: ThemeView[];
  readonly provisions: ProvisionView[];
  readonly mechanisms: MechanismView[];
  readonly meetings: MeetingView[];
  readonly concepts: ConceptView[];
  /** Response bodies of reads, serialized once, by route and id (only of resources that exist). */
  readonly bodies: Map<string, JsonBody<unknown>>;
}

/** The body of a read over `view`, serialized and tagged the first time it is asked for. */
export function bodyOf<T>(view: ApiViews, key: string, make: () => T): JsonBody<T> {
  let body = view.bodies.get(key) as JsonBody<T> | undefined;
  if (body === undefined) {
    body = toJsonBody(make());
    view.bodies.set(key, body);
  }
  return body;
}

/** The body of a list read: its items and how many there are. */
export function listBodyOf<T>(
  view: ApiViews,
  key: string,
  items: T[],
): JsonBody<{ items: T[]; total: number }> {
  return bodyOf(view, key, () => ({ items, total: items.length }));
}

function buildViews(catalog: Catalog, knowledge: CatalogKnowledge | undefined): ApiViews {
  const exported = toExportJson(catalog, knowledge);
  return {
    catalog,
    exported,
    paragraphs: toParagraphViews(catalog),
    papers: toPaperViews(catalog),
    meetings: toMeetingViews(catalog),
    themes: toThemeViews(catalog, knowledge),
    provisions: toProvisionViews(knowledge),
    mechanisms: toMechanismViews(knowledge),
    concepts: toConceptViews(exported),
    bodies: new Map(),
  };
}

/** The views of one catalog version and the knowledge they were built with. */
interface BuiltViews {
  readonly knowledge: CatalogKnowledge | undefined;
  readonly views: ApiViews;
}

/** How many versions' views the API keeps: the current one of each language and a few older ones being read. */
const KEPT_VIEWS = 10;

/** The language a read answered in (`ContentLanguageSchema`). */
export interface ContentServed {
  readonly requested: Language;
  readonly language: Language;
  readonly fallback: boolean;
}

/** The views a read in a language answers from, with the language it answered in and the document's languages. */
export interface ViewsInLanguage {
  readonly views: ApiViews;
  readonly served: ContentServed;
  /** The current versions of the document, one per language, in UN order. */
  readonly languages: readonly PublishedCatalog[];
}

/**
 * The views of the catalog version a read asks for (`?version=N`; the current one when not
 * given), built once per catalog version (`catalogVersionKey`: document, catalog language,
 * version) and knowledge, so that a loader answering every read with a new but equal object still
 * gets the views and bodies already made; throws CATALOG_EMPTY when nothing is published, and
 * NOT_FOUND naming a version that does not exist. `inLanguage` reads the language version of
 * `?lang=` (theirs when published, else Chinese), with the knowledge found in its own text.
 */
export function createViewLoader(deps: ApiDeps): {
  readonly current: (version?: number) => Promise<ApiViews>;
  readonly inLanguage: (version: number | undefined, lang: Language | undefined) => Promise<ViewsInLanguage>;
} {
  const versions = createVersionReader(deps.loadPublished, deps.history);
  const contentVersions = createContentVersions(deps);
  const built = new Map<CatalogVersionKey, BuiltViews>();

  function viewsFor(published: PublishedCatalog, knowledge: CatalogKnowledge | undefined): ApiViews {
    const key = catalogVersionKey(published);
    const kept = built.get(key);
    if (kept !== undefined && kept.knowledge === knowledge) return kept.views;
    const views = buildViews(published.catalog, knowledge);
    if (kept === undefined && built.size >= KEPT_VIEWS) built.clear();
    built.set(key, { knowledge, views });
    return views;
  }

  /** The published catalog of version `version`, with the knowledge of its facts. */
  async function read(
    version?: number,
  ): Promise<{ published: PublishedCatalog; knowledge: CatalogKnowledge | undefined }> {
    const published = await versions.read(version);
    if (published === undefined) {
      throw new SomkbError('CATALOG_EMPTY', NOTHING_PUBLISHED);
    }
    const isCurrent = version === undefined || (await deps.loadPublished())?.version === published.version;
    const knowledge = isCurrent
      ? ((await deps.loadKnowledge?.()) ?? undefined)
      : await deps.describeKnowledge?.(published);
    return { published, knowledge };
  }

  async function current(version?: number): Promise<ApiViews> {
    const { published, knowledge } = await read(version);
    return viewsFor(published, knowledge);
  }

  async function inLanguage(
    version: number | undefined,
    lang: Language | undefined,
  ): Promise<ViewsInLanguage> {
    if (lang === undefined || version !== undefined) {
      const { published, knowledge } = await read(version);
      if (lang !== undefined && published.language !== lang) {
        throw new SomkbError(
          'USAGE',
          `parameter 'lang': version ${published.version} is the '${published.language}' version of the document; ask for it with lang=${published.language} or without lang`,
          { where: 'lang' },
        );
      }
      const language = published.language;
      return {
        views: viewsFor(published, knowledge),
        served: { requested: lang ?? language, language, fallback: false },
        languages: await contentVersions.current(published.documentId),
      };
    }
    const choice = await contentVersions.choose(lang);
    if (choice === undefined) throw new SomkbError('CATALOG_EMPTY', NOTHING_PUBLISHED);
    const reference = await deps.loadPublished();
    const isReference =
      reference !== undefined && catalogVersionKey(reference) === catalogVersionKey(choice.published);
    // Another language version's topics, provisions and mechanisms are found in its own text.
    const knowledge = isReference
      ? ((await deps.loadKnowledge?.()) ?? undefined)
      : await deps.describeKnowledge?.(choice.published);
    return {
      views: viewsFor(choice.published, knowledge),
      served: { requested: choice.requested, language: choice.shown, fallback: choice.fallback },
      languages: await contentVersions.current(choice.published.documentId),
    };
  }

  return { current, inLanguage };
}
