import { SomkbError } from '../errors/index.js';
import type { AuditEvent, CatalogService, HistoryService, StoreAccess } from '../services/index.js';
import type { CliDeps, OpenedEditors } from './cli-deps.js';
import { cliCaller } from './cli-options.js';

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

/**
 * Appends what a command just published (`catalog-ingested`, `catalog-rolled-back`) to the audit log
 * of `db`, by `cli:<os user>` from `cli`. The publish is done by then: a failure says so, and that
 * the entry is missing.
 */
export async function auditFromCli(
  deps: CliDeps,
  db: string,
  event: AuditEvent,
  done: string,
): Promise<void> {
  try {
    await withEditors(deps, db, ({ audit }) => audit.record(cliCaller(deps), event));
  } catch (error) {
    const reason = error instanceof SomkbError ? error.describe() : String(error);
    throw new SomkbError('STORE_FAILED', `${done}, but its audit entry could not be written: ${reason}`, {
      cause: error,
    });
  }
}
