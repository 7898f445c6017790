import type { CatalogService } from '../services/index.js';
import type { CliDeps } from './cli-deps.js';

/**
 * Opens the store at `db`, gives its catalog service to `use`, and closes the store when `use` is
 * done, whether it succeeded or threw.
 */
export async function withCatalog<T>(
  deps: CliDeps,
  db: string,
  use: (service: CatalogService) => Promise<T>,
): Promise<T> {
  const opened = await deps.openCatalog(db);
  try {
    return await use(opened.service);
  } finally {
    await opened.close();
  }
}
