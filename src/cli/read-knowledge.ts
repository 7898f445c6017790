import type { CatalogKnowledge } from '../knowledge/index.js';
import { describeCatalog } from '../knowledge/index.js';
import type { CliDeps } from './cli-deps.js';
import { withCatalog } from './open-catalog.js';

/** The knowledge (concepts, provisions, mechanisms with their paragraphs) of the catalog published in `catalogLanguage`. */
export async function readKnowledge(
  deps: CliDeps,
  db: string,
  catalogLanguage: string,
): Promise<CatalogKnowledge> {
  return withCatalog(deps, db, 'read', async (service) =>
    describeCatalog(await service.catalog(catalogLanguage), deps.knowledge()),
  );
}
