import type { CatalogService, HistoryService, StoreAccess } from '../services/index.js';
import type { CliDeps, OpenedEditors } from './cli-deps.js';

/**
 * Opens the store at `db`, gives its catalog service to `use`, and closes the store when `use` is
 * done, whether it succeeded or threw. Commands that only read open it with `access` `'read'`, so
 * that they work on a database they may not write (a read-only folder or volume); ingest and start,
 * which publish, open it for `'write'`.
 */
export async function withCatalog<T>(
  deps: CliDeps,
  db: string,
  access: StoreAccess,
  use: (service: CatalogService) => Promise<T>,
): Promise<T> {
  const opened = await deps.openCatalog(db, access);
  try {
    return await use(opened.service);
  } finally {
    await opened.close();
  }
}

/**
 * Opens the store at `db`, gives its history service to `use`, and closes the store when `use` is
 * done: `'read'` for history and diff, `'write'` for rollback.
 */
export async function withHistory<T>(
  deps: CliDeps,
  db: string,
  access: StoreAccess,
  use: (history: HistoryService) => Promise<T>,
): Promise<T> {
  const opened = await deps.openCatalog(db, access);
  try {
    return await use(opened.history);
  } finally {
    await opened.close();
  }
}

/**
 * Opens the editorial store of `db`, gives its account and audit services to `use`, and closes it
 * when `use` is done: `somkb users`, `tokens`, `audit`, and the audit entries of ingest and rollback.
 */
export async function withEditors<T>(
  deps: CliDeps,
  db: string,
  use: (editors: OpenedEditors) => Promise<T>,
): Promise<T> {
  const opened = await deps.openEditors(db);
  try {
    return await use(opened);
  } finally {
    await opened.close();
  }
}
