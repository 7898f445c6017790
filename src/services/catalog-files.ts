import type { BriefingFormat } from '../brief/index.js';
import { buildBriefing, renderBriefing } from '../brief/index.js';
import type { Catalog } from '../domain/index.js';
import { paperSlug } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import type { CatalogSelection, ExportFile, ExportFileFormat, ExportLayout } from '../export/index.js';
import { exportSelection } from '../export/index.js';
import type { CatalogKnowledge } from '../knowledge/index.js';
import type { HeadingsLanguage } from '../messages/index.js';
import { HEADINGS_LANGUAGES } from '../messages/index.js';
import type { SearchResult } from '../search/index.js';
import { catalogVersionKey } from '../store/index.js';
import type { CatalogService } from './catalog-service.js';
import type { KnowledgeService } from './knowledge-service.js';
import type { QueryParagraphs, SearchServiceRequest } from './search-service.js';
import { queryParagraphs } from './search-service.js';
import { FileCache } from './file-cache.js';

/** A published catalog with the key of its version (see `catalogVersionKey`): what files are kept under. */
export interface VersionedCatalog {
  /** Names (document, catalog language, version); equal for every read of one publication. */
  readonly versionKey: string;
  readonly catalog: Catalog;
}

/** A part of the catalog as a front end names it; every field absent means the whole catalog. */
export interface SelectionRequest {
  /** Theme ids (`theme-3`). */
  readonly themeIds?: readonly string[];
  /** Thesaurus concept ids (`hawala`). */
  readonly topicIds?: readonly string[];
  /** Paper symbols or their slugs (`CTOC-COP-WG.7-2015-4`), in any letter case. */
  readonly papers?: readonly string[];
  /** A query whose results (at most `QUERY_PARAGRAPH_CAP`, best first) are selected; blank is not given. */
  readonly query?: string;
  /** The name of the query's parameter, for the error when nothing matches (`q`, `--query`); default `query`. */
  readonly queryParameter?: string;
  /** Told how many paragraphs the query found and whether only some terms matched (the CLI's notes). */
  readonly onQueryFound?: (found: QueryParagraphs) => void;
}

/** What an export is to hold: a selection, in a format, from the catalog in a language. */
export interface ExportFileRequest {
  readonly selection: SelectionRequest;
  readonly format: ExportFileFormat;
  /** The language version of the document to export; default `zh`. */
  readonly catalogLanguage?: string;
  /** The name of the language's parameter, for the error when it is not published (`--catalog-lang`); default `catalogLanguage`. */
  readonly languageParameter?: string;
  /** Start a CSV file with a UTF-8 byte order mark (for Excel); default false. */
  readonly byteOrderMark?: boolean;
  /** The layout of a Word file (see `ExportFileOptions.layout`); default `somkb`. */
  readonly layout?: ExportLayout;
}

/** What a briefing pack is to hold (see `buildBriefing`), as a file in a format. */
export interface BriefingFileRequest {
  readonly selection: SelectionRequest;
  readonly format: BriefingFormat;
  /**
   * The language of the pack's headings and labels; default the catalog language when one is
   * given (the content and its headings go together), else `en`.
   */
  readonly headingsLanguage?: HeadingsLanguage;
  /** The title on the cover; blank is the default title. */
  readonly title?: string;
  /** The date on the cover, an ISO date, given by the caller. */
  readonly date: string;
  /** The language version of the document the pack is made from; default `zh`. */
  readonly catalogLanguage?: string;
  /**
   * A second language version for a bilingual pack: each paragraph and item beside its text in this
   * language (see `buildBriefing`); absent for a pack in one language. Must be published and differ
   * from the catalog language.
   */
  readonly parallelLanguage?: string;
  /** The names of the two language parameters, for the errors (`--catalog-lang`, `--parallel-lang`). */
  readonly languageParameters?: { readonly catalog?: string; readonly parallel?: string };
}

/** A briefing pack as a file, with its counts in words (`3 themes, 5 papers, 23 paragraphs`) and its name. */
export interface BriefingFile extends ExportFile {
  readonly countsText: string;
  /** What the file is called, without its extension: `somkb-brief-hawala-en` (see `Briefing.fileStem`). */
  readonly fileStem: string;
}

/** The renderers the use cases call: the module's own by default, injectable to count builds in tests. */
export interface FileRenderers {
  readonly exportSelection: typeof exportSelection;
  readonly renderBriefing: typeof renderBriefing;
}

/** What the file use cases need. */
export interface CatalogFilesDeps {
  /** The published catalog in a catalog language, with its version key, or undefined when none is. */
  readonly loadCatalog: (catalogLanguage: string) => Promise<VersionedCatalog | undefined>;
  /** The knowledge of the published catalog in a catalog language, or undefined. */
  readonly loadKnowledge: (catalogLanguage: string) => Promise<CatalogKnowledge | undefined>;
  /**
   * The languages the document is published in, for the error that names them when another is
   * asked for; absent, a language not published is reported as nothing published (`CATALOG_EMPTY`).
   */
  readonly publishedLanguages?: () => Promise<readonly string[]>;
  /** Runs a search over the published catalog (for a selection by query). */
  readonly search: (request: SearchServiceRequest) => Promise<SearchResult>;
  /**
   * The most memory, in bytes, the made files may take; least recently used are dropped beyond it.
   * 0 makes every file afresh (the CLI, which makes one). Default {@link DEFAULT_FILE_CACHE_BYTES}.
   */
  readonly cacheBytes?: number;
  readonly renderers?: Partial<FileRenderers>;
}

/** The default size of the cache of made files: 32 MiB, some 100 whole-catalog Word packs. */
export const DEFAULT_FILE_CACHE_BYTES = 32 * 1024 * 1024;

/** The use cases that make files of the catalog, shared by the portal, the API and the CLI. */
export interface CatalogFiles {
  /**
   * The catalog selection a request names: values once each, paper slugs turned into symbols, the
   * query run. Throws `NOT_FOUND` (where `queryParameter`) when the query matches no paragraph.
   */
  select(request: SelectionRequest, catalogLanguage?: string): Promise<CatalogSelection>;
  /** An export of a selection (see `exportSelection`), made once per catalog version and request. */
  exportFile(request: ExportFileRequest): Promise<ExportFile>;
  /** A briefing pack of a selection (see `buildBriefing`), made once per catalog version and request. */
  briefingFile(request: BriefingFileRequest): Promise<BriefingFile>;
}

/** The values of a list, trimmed, each once, in order; undefined stays undefined. */
function distinct(values: readonly string[] | undefined): string[] | undefined {
  return values === undefined ? undefined : [...new Set(values.map((value) => value.trim()))];
}

/** The query as given, trimmed; undefined when absent or blank (as a form sends an empty field). */
function givenQuery(query: string | undefined): string | undefined {
  const text = query?.trim();
  return text === undefined || text === '' ? undefined : text;
}

/**
 * The file use cases: select a part of the catalog, make an export, make a briefing pack. Files are
 * kept in a bounded cache under (catalog version, selection, format, options), so that the same file
 * asked again (the whole catalog's Word pack of the portal's downloads) is not made again while the
 * catalog is the same; a query's paragraphs are part of the version, so a kept file is found before
 * the query is run.
 */
export function createCatalogFiles(deps: CatalogFilesDeps): CatalogFiles {
  const cache = new FileCache<ExportFile & { countsText?: string; fileStem?: string }>(
    deps.cacheBytes ?? DEFAULT_FILE_CACHE_BYTES,
  );
  const renderers: FileRenderers = {
    exportSelection: deps.renderers?.exportSelection ?? exportSelection,
    renderBriefing: deps.renderers?.renderBriefing ?? renderBriefing,
  };

  async function published(
    catalogLanguage: string,
    where = 'catalogLanguage',
  ): Promise<{ versioned: VersionedCatalog; knowledge: CatalogKnowledge }> {
    const versioned = await deps.loadCatalog(catalogLanguage);
    const knowledge = versioned === undefined ? undefined : await deps.loadKnowledge(catalogLanguage);
    if (versioned === undefined || knowledge === undefined) {
      const languages = (await deps.publishedLanguages?.()) ?? [];
      if (languages.length > 0) {
        throw new SomkbError(
          'NOT_FOUND',
          `the thematic summary is not published in '${catalogLanguage}'; its published languages are ${languages.join(', ')}`,
          { where },
        );
      }
      throw new SomkbError(
        'CATALOG_EMPTY',
        `no catalog in '${catalogLanguage}' is published yet; run: somkb ingest <file> --lang ${catalogLanguage}`,
      );
    }
    return { versioned, knowledge };
  }

  /** The second language version of a bilingual pack, or undefined for a pack in one language. */
  async function parallelVersion(
    request: BriefingFileRequest,
    catalogLanguage: string,
  ): Promise<VersionedCatalog | undefined> {
    const language = request.parallelLanguage;
    if (language === undefined) return undefined;
    const where = request.languageParameters?.parallel ?? 'parallelLanguage';
    if (language === catalogLanguage) {
      throw new SomkbError(
        'USAGE',
        `a bilingual pack takes two different languages; '${language}' is already the pack's language`,
        { where },
      );
    }
    return (await published(language, where)).versioned;
  }

  /** The request's selection with its lists normalized, as the cache key holds it (the query not yet run). */
  function normalized(catalog: Catalog, request: SelectionRequest) {
    const bySlug = new Map(
      catalog.papers.map((paper) => [paperSlug(paper.symbol).toUpperCase(), paper.symbol]),
    );
    const papers = distinct(request.papers)?.map(
      (value) => bySlug.get(paperSlug(value).toUpperCase()) ?? value,
    );
    return {
      themes: distinct(request.themeIds),
      topics: distinct(request.topicIds)?.map((id) => id.toLowerCase()),
      papers: papers === undefined ? undefined : [...new Set(papers)],
      query: givenQuery(request.query),
    };
  }

  async function resolve(
    catalog: Catalog,
    request: SelectionRequest,
    catalogLanguage: string,
  ): Promise<CatalogSelection> {
    const { themes, topics, papers, query } = normalized(catalog, request);
    let paragraphs: readonly number[] | undefined;
    if (query !== undefined) {
      const found = await queryParagraphs(deps.search, query, catalogLanguage);
      request.onQueryFound?.(found);
      if (found.paragraphs.length === 0) {
        throw new SomkbError('NOT_FOUND', `no paragraph matches the query '${query}'`, {
          where: request.queryParameter ?? 'query',
        });
      }
      paragraphs = found.paragraphs;
    }
    return {
      ...(themes === undefined ? {} : { themes }),
      ...(topics === undefined ? {} : { topics }),
      ...(papers === undefined ? {} : { papers }),
      ...(paragraphs === undefined ? {} : { paragraphs }),
    };
  }

  return {
    async select(request, catalogLanguage = 'zh') {
      const { versioned } = await published(catalogLanguage);
      return resolve(versioned.catalog, request, catalogLanguage);
    },

    async exportFile(request) {
      const catalogLanguage = request.catalogLanguage ?? 'zh';
      const { versioned, knowledge } = await published(catalogLanguage, request.languageParameter);
      const key = JSON.stringify([
        'export',
        versioned.versionKey,
        normalized(versioned.catalog, request.selection),
        request.format,
        request.byteOrderMark === true,
        request.layout ?? 'somkb',
      ]);
      const kept = cache.get(key);
      if (kept !== undefined) return kept;
      const selection = await resolve(versioned.catalog, request.selection, catalogLanguage);
      const file = await renderers.exportSelection(versioned.catalog, knowledge, selection, request.format, {
        byteOrderMark: request.byteOrderMark === true,
        ...(request.layout === undefined ? {} : { layout: request.layout }),
      });
      cache.set(key, file);
      return file;
    },

    async briefingFile(request) {
      const catalogLanguage = request.catalogLanguage ?? 'zh';
      const where = request.languageParameters;
      const { versioned, knowledge } = await published(catalogLanguage, where?.catalog);
      const parallel = await parallelVersion(request, catalogLanguage);
      const headingsLanguage =
        request.headingsLanguage ??
        HEADINGS_LANGUAGES.find((language) => language === request.catalogLanguage) ??
        'en';
      const title = request.title?.trim() ?? '';
      const choice = normalized(versioned.catalog, request.selection);
      const key = JSON.stringify([
        'brief',
        versioned.versionKey,
        parallel?.versionKey ?? null,
        choice,
        request.format,
        headingsLanguage,
        title,
        request.date,
      ]);
      const kept = cache.get(key);
      if (kept?.countsText !== undefined && kept.fileStem !== undefined)
        return { ...kept, countsText: kept.countsText, fileStem: kept.fileStem };
      const selection = await resolve(versioned.catalog, request.selection, catalogLanguage);
      const briefing = buildBriefing(versioned.catalog, knowledge, {
        selection,
        date: request.date,
        headingsLanguage,
        ...(parallel === undefined ? {} : { parallel: parallel.catalog }),
        ...(choice.query === undefined ? {} : { query: choice.query }),
        ...(title === '' ? {} : { title }),
      });
      const file: BriefingFile = {
        ...(await renderers.renderBriefing(briefing, request.format)),
        countsText: briefing.cover.countsText,
        fileStem: briefing.fileStem,
      };
      cache.set(key, file);
      return file;
    },
  };
}

/**
 * The file use cases over the published catalogs: files are kept under the store's
 * `catalogVersionKey`, so that every store backend keeps them while a version is current.
 */
export function createPublishedCatalogFiles(
  catalogs: Pick<CatalogService, 'findPublished' | 'publishedLanguages'>,
  knowledge: KnowledgeService,
  search: (request: SearchServiceRequest) => Promise<SearchResult>,
  options: Pick<CatalogFilesDeps, 'cacheBytes' | 'renderers'> = {},
): CatalogFiles {
  return createCatalogFiles({
    async loadCatalog(catalogLanguage) {
      const publication = await catalogs.findPublished(catalogLanguage);
      return publication === undefined
        ? undefined
        : { versionKey: catalogVersionKey(publication), catalog: publication.catalog };
    },
    loadKnowledge: (catalogLanguage) => knowledge.current(catalogLanguage),
    publishedLanguages: () => catalogs.publishedLanguages(),
    search,
    ...options,
  });
}
