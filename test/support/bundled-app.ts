import type { Hono } from 'hono';
import type { Catalog } from '../../src/domain/index.js';
import type { CreateAppDeps } from '../../src/http/index.js';
import { createApp } from '../../src/http/index.js';
import type { CatalogKnowledge } from '../../src/knowledge/index.js';
import { describeCatalog } from '../../src/knowledge/index.js';
import type { CatalogService, SearchService } from '../../src/services/index.js';
import {
  createCatalogService,
  createHistoryService,
  createKnowledgeService,
  createSearchService,
} from '../../src/services/index.js';
import { openSqliteCatalogStore } from '../../src/store/index.js';
import type { CatalogStore } from '../../src/store/index.js';
import { bundledIngestRequest } from './corpus.js';
import { bundledKnowledge } from './knowledge.js';

/** The bundled summary published in Chinese in an in-memory store, with its knowledge and search. */
export interface BundledServices {
  /** The store the summary is published in. */
  readonly store: CatalogStore;
  readonly service: CatalogService;
  readonly catalog: Catalog;
  readonly knowledge: CatalogKnowledge;
  readonly searches: SearchService;
}

/** Ingests the bundled summary into an in-memory SQLite store, as `somkb start` does into its file. */
export async function startBundledServices(): Promise<BundledServices> {
  const store = await openSqliteCatalogStore(':memory:');
  const service = createCatalogService(store);
  await service.ingest(bundledIngestRequest());
  const catalog = await service.catalog('zh');
  return {
    store,
    service,
    catalog,
    knowledge: describeCatalog(catalog, bundledKnowledge()),
    searches: createSearchService(service, bundledKnowledge()),
  };
}

/**
 * The app `somkb serve` runs over `services` (published catalog, knowledge, search), with `overrides`
 * for what a test changes (version `0.1.0-test` by default).
 */
export function createBundledApp(services: BundledServices, overrides: Partial<CreateAppDeps> = {}): Hono {
  const { service, knowledge, searches } = services;
  return createApp({
    loadPublished: () => service.findPublished('zh'),
    loadKnowledge: () => Promise.resolve(knowledge),
    search: (request) => searches.search(request),
    version: '0.1.0-test',
    ...overrides,
  });
}

/**
 * The app over whatever `service` has published, in every language: the reader's language chosen
 * by the catalog service, each version's knowledge and search, and the history, as `main.ts` wires
 * them. For tests that publish several language versions.
 */
export function createLanguagesApp(
  store: CatalogStore,
  service: CatalogService,
  version = '0.1.0-test',
): Hono {
  const knowledge = createKnowledgeService(service, bundledKnowledge());
  const searches = createSearchService(service, bundledKnowledge());
  return createApp({
    loadPublished: () => service.findPublished('zh'),
    loadKnowledge: () => knowledge.current('zh'),
    chooseLanguage: (language) => service.chooseLanguage(language),
    listPublished: () => service.listPublished(),
    describeKnowledge: (published) => knowledge.describe(published),
    history: createHistoryService(store, service),
    search: (request) => searches.search(request),
    version,
  });
}
