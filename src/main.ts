#!/usr/bin/env node
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import type { CliDeps } from './cli/index.js';
import { runCli } from './cli/index.js';
import { SomkbError } from './errors/index.js';
import type { ApiDocsAssets } from './http/index.js';
import {
  createApp,
  createRequestLogger,
  requestLogHooks,
  serverLimitsFromEnv,
  startServer,
} from './http/index.js';
import type { KnowledgeFiles } from './editing/index.js';
import type { KnowledgeBase } from './knowledge/index.js';
import { parseMechanisms } from './mechanisms/index.js';
import { parseThesaurus } from './thesaurus/index.js';
import {
  createAccountService,
  createAuditService,
  createCatalogService,
  createDraftService,
  createHistoryService,
  createKnowledgeService,
  createKnowledgeSource,
  createPublishedCatalogFiles,
  createSearchService,
  createWorkerIndexBuilder,
  openSearchIndexStoreFor,
} from './services/index.js';
import type {
  CatalogStore,
  HistoryService,
  SearchIndexEvent,
  SearchServiceOptions,
  SearchServiceRequest,
  StoreAccess,
} from './services/index.js';
import { createSourceReader } from './sources/index.js';
import type { StoreHealth } from './store/index.js';
import { describeStore, migrateStore, openEditorialStoreFor, openStoreFor } from './store/index.js';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
  version: string;
};

/** Reads and parses one of the reviewed knowledge files bundled under `knowledge/`. */
function readKnowledgeFile(name: string): unknown {
  const path = join(packageRoot, 'knowledge', name);
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SomkbError('VALIDATION_FAILED', `not valid JSON: ${(error as Error).message}`, {
      where: `knowledge/${name}`,
      cause: error,
    });
  }
}

/** The bundled knowledge files as their JSON: what an editor's draft changes. */
function readKnowledgeFiles(): KnowledgeFiles {
  return { thesaurus: readKnowledgeFile('thesaurus.json'), mechanisms: readKnowledgeFile('mechanisms.json') };
}

let knowledgeBase: KnowledgeBase | undefined;

/**
 * The knowledge of the store a command opened, when editors published a version of it (see
 * {@link readEditorsKnowledge}); the bundled files otherwise. One command a process: the CLI's
 * `knowledge()` gives it.
 */
let storeKnowledge: KnowledgeBase | undefined;

/** The bundled thesaurus and mechanisms directory, read and validated once. */
function loadKnowledge(): KnowledgeBase {
  knowledgeBase ??= {
    thesaurus: parseThesaurus(readKnowledgeFile('thesaurus.json'), 'knowledge/thesaurus.json'),
    mechanisms: parseMechanisms(readKnowledgeFile('mechanisms.json'), 'knowledge/mechanisms.json'),
  };
  return knowledgeBase;
}

/** The request log of `somkb serve`: JSON lines on stderr (pino), level from `SOMKB_LOG_LEVEL`. */
const requestLog = createRequestLogger(pino.destination(2), process.env['SOMKB_LOG_LEVEL'] ?? 'info');

/**
 * Logs a PostgreSQL store losing its database (a warning, with why) and reaching it again: the
 * process keeps serving the catalog it holds meanwhile, and `/api/v1/health` says `degraded`.
 */
function logStoreHealth(store: string, health: StoreHealth): void {
  if (health.status === 'degraded') {
    requestLog.warn({ store, since: health.since, reason: health.reason }, 'catalog store unreachable');
  } else {
    requestLog.info({ store }, 'catalog store reachable again');
  }
}

/** Logs what happened to the search index of `somkb serve` (loaded, built, stored, rejected, failures). */
function logIndexEvent(event: SearchIndexEvent): void {
  const { kind, ...fields } = event;
  const message = `search index ${kind}`;
  if (kind === 'build-failed') requestLog.error(fields, message);
  else if (kind === 'rejected' || kind === 'store-failed') requestLog.warn(fields, message);
  else requestLog.info(fields, message);
}

/**
 * Where the search index of the store `db` is kept (`SOMKB_INDEX_DIR`, else a folder beside a SQLite
 * file; nothing for a store in memory) and how it is built: in a worker thread, the process answering
 * from the previous index meanwhile.
 */
function searchIndexOptions(
  db: string,
  onIndexEvent: (event: SearchIndexEvent) => void,
  serving = false,
): Pick<SearchServiceOptions, 'indexStore' | 'indexBuilder' | 'onIndexEvent'> {
  const indexStore = openSearchIndexStoreFor(db, process.env);
  return {
    ...(indexStore === undefined ? {} : { indexStore }),
    // A server stopped while it builds ends at once; a command waits for its index.
    indexBuilder: createWorkerIndexBuilder({ keepsProcessAlive: !serving }),
    onIndexEvent,
  };
}

/** Swagger UI's script and stylesheet, served by somkb itself at `/api/docs`. */
function readApiDocsAssets(): ApiDocsAssets {
  const folder = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  return {
    bundle: readFileSync(join(folder, 'swagger-ui-bundle.js'), 'utf8'),
    css: readFileSync(join(folder, 'swagger-ui.css'), 'utf8'),
  };
}

/**
 * Opens the store a command names (a SQLite file, or PostgreSQL for a postgres:// URL): the one
 * place the CLI's stores are opened, logging a PostgreSQL store's loss and return.
 */
function openStore(db: string, access: StoreAccess): Promise<CatalogStore> {
  return openStoreFor(db, access, {
    onHealthChange: (health) => {
      logStoreHealth(describeStore(db), health);
    },
  });
}

/** Something opened on first use, once: callers wait for the same opening; one that failed is tried again. */
interface OpenedOnUse<T> {
  get(): Promise<T>;
  /** Whether it was opened (or is being opened). */
  isOpen(): boolean;
  /** Closes it if it was opened. */
  close(): Promise<void>;
}

function openOnUse<T extends { close(): Promise<void> }>(open: () => Promise<T>): OpenedOnUse<T> {
  let opening: Promise<T> | undefined;
  return {
    get() {
      opening ??= open().catch((error: unknown) => {
        opening = undefined;
        throw error;
      });
      return opening;
    },
    isOpen: () => opening !== undefined,
    async close() {
      if (opening !== undefined) await (await opening).close();
    },
  };
}

/**
 * A service whose every method is async, made on its first call: `somkb serve` builds the editors'
 * services (and opens their stores) only when a request needs one.
 */
function serviceOnUse<T extends object>(make: () => Promise<T>): T {
  return new Proxy({} as T, {
    get(_target, name) {
      // Not a thenable, and no symbols: only the service's methods.
      if (typeof name !== 'string' || name === 'then') return undefined;
      return async (...args: unknown[]): Promise<unknown> => {
        const service = (await make()) as Record<string, (...given: unknown[]) => Promise<unknown>>;
        const method = service[name];
        if (method === undefined) throw new TypeError(`no method ${name}`);
        return method.apply(service, args);
      };
    },
  });
}

/**
 * The editors' newest knowledge version of the store `db`, or `undefined` when no version of the
 * document came from a draft (the editorial store is then left unopened) or it cannot be read.
 */
async function readEditorsKnowledge(db: string, history: HistoryService): Promise<KnowledgeBase | undefined> {
  try {
    if (!(await editorsPublished(history))) return undefined;
    const editorial = await openEditorialStoreFor(db);
    try {
      const source = createKnowledgeSource({
        bundled: loadKnowledge,
        bundledFiles: readKnowledgeFiles,
        store: editorial.knowledge,
      });
      const current = await source.current();
      return current.version === 0 ? undefined : current.base;
    } finally {
      await editorial.close();
    }
  } catch {
    return undefined;
  }
}

/** Whether a version of the document came from an editor's draft: then the editorial store holds something. */
async function editorsPublished(history: HistoryService): Promise<boolean> {
  return (await history.history()).versions.some((version) => version.source.draft !== undefined);
}

/** The reader of source files: text, PDF through poppler's pdftotext, Word through mammoth. */
const readSourceText = createSourceReader();

/** The real adapters behind the CLI: the store (SQLite, or PostgreSQL for a postgres:// URL), Hono on Node's HTTP server, the process's streams. */
const deps: CliDeps = {
  version,
  defaultDbPath: join('data', 'somkb.db'),
  knowledge: () => storeKnowledge ?? loadKnowledge(),
  bundledCorpus: { path: join(packageRoot, 'corpus', 'zh', 'thematic-summary-2021.txt'), language: 'zh' },
  async openCatalog(dbPath, access) {
    const store = await openStore(dbPath, access);
    const service = createCatalogService(store, { knowledge: loadKnowledge, readSource: readSourceText });
    const history = createHistoryService(store, service);
    // The commands that describe the catalog (topics, mechanisms, export, search …) use the
    // knowledge editors published to this store.
    if (access !== 'serve') storeKnowledge = await readEditorsKnowledge(dbPath, history);
    return { service, history, close: () => store.close() };
  },
  async openStore(db, access) {
    const store = await openStore(db, access);
    return { store, label: describeStore(db), close: () => store.close() };
  },
  async openEditors(db) {
    const store = await openEditorialStoreFor(db);
    const audit = createAuditService(store.audit);
    return {
      accounts: createAccountService({ accounts: store.accounts, audit }),
      audit,
      close: () => store.close(),
    };
  },
  migrateStore,
  searchIndex: (db) =>
    searchIndexOptions(db, (event) => {
      // A one-off command says only what went wrong with the stored index.
      if (event.kind === 'rejected')
        process.stderr.write(`somkb: stored search index not used: ${event.problem}\n`);
      if (event.kind === 'store-failed')
        process.stderr.write(`somkb: search index ${event.operation} failed: ${event.message}\n`);
    }),
  async serve({ port, host, service, history, db }) {
    const base = loadKnowledge();
    // The editorial store (and a writable catalog store to publish drafts through) open on first use:
    // a reader's process writes nothing to a database no editor has used.
    const editorial = openOnUse(() => openEditorialStoreFor(db));
    const knowledgeSource = createKnowledgeSource({
      bundled: loadKnowledge,
      bundledFiles: readKnowledgeFiles,
      store: async () =>
        editorial.isOpen() || (await editorsPublished(history))
          ? (await editorial.get()).knowledge
          : undefined,
    });
    const editorServices = openOnUse(async () => {
      const store = await editorial.get();
      const writable = await openStore(db, 'write');
      const audit = createAuditService(store.audit);
      return {
        accounts: createAccountService({ accounts: store.accounts, audit }),
        audit,
        drafts: createDraftService({
          drafts: store.drafts,
          knowledge: store.knowledge,
          audit,
          accounts: store.accounts,
          catalogs: createCatalogService(writable, { knowledge: loadKnowledge, readSource: readSourceText }),
          knowledgeSource,
        }),
        close: () => writable.close(),
      };
    });
    const editors = {
      accounts: serviceOnUse(async () => (await editorServices.get()).accounts),
      audit: serviceOnUse(async () => (await editorServices.get()).audit),
      drafts: serviceOnUse(async () => (await editorServices.get()).drafts),
    };
    // Knowledge versions come with a new version of the reference catalog: read when one is published.
    const currentKnowledge = async (): Promise<KnowledgeBase> => (await knowledgeSource.current()).base;
    const searches = createSearchService(service, base, {
      currentKnowledge,
      ...searchIndexOptions(db, logIndexEvent, true),
    });
    // The index is loaded (or built in its worker) at start, not by the first reader's search; a
    // failure is logged (build-failed) and the first search tries again.
    searches.prepare().catch(() => undefined);
    const knowledge = createKnowledgeService(service, base, { currentKnowledge });
    const search = (request: SearchServiceRequest) => searches.search(request);
    const app = createApp({
      loadPublished: () => service.findPublished('zh'),
      chooseLanguage: (language) => service.chooseLanguage(language),
      listPublished: () => service.listPublished(),
      loadKnowledge: () => knowledge.current('zh'),
      search,
      // Files are cached under the current version: their queries wait for its index.
      files: createPublishedCatalogFiles(service, knowledge, (request) =>
        searches.search({ ...request, current: true }),
      ),
      history,
      // A current language version's knowledge is kept by current(); an older version's by describe().
      describeKnowledge: async (published) =>
        (await service.findPublished(published.language))?.version === published.version
          ? knowledge.current(published.language)
          : knowledge.describe(published),
      version,
      corsOrigins: (process.env['SOMKB_CORS_ORIGINS'] ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ''),
      ...requestLogHooks(requestLog),
      apiDocs: readApiDocsAssets(),
      storeHealth: () => service.storeHealth(),
      editors,
    });
    const server = await startServer({
      fetch: app.fetch,
      port,
      host,
      limits: serverLimitsFromEnv(process.env),
    });
    return {
      url: server.url,
      async close() {
        await server.close();
        await editorServices.close();
        await editorial.close();
      },
    };
  },
  env: process.env,
  osUser: currentUser(),
  readStdin: readStandardInput,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTerminal: process.stdout.isTTY,
  stderrIsTerminal: process.stderr.isTTY,
  readSourceText,
};

/** Standard input to its end, as UTF-8. */
async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The name of the user running somkb, for `cli:<os user>`; the environment's when the system has none. */
function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env['USER'] ?? process.env['LOGNAME'] ?? 'unknown';
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  process.exitCode = await runCli(deps, process.argv.slice(2));
}
