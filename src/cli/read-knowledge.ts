import type { CatalogKnowledge } from '../knowledge/index.js';
import { describeCatalog } from '../knowledge/index.js';
import type { CliDeps } from './cli-deps.js';
import { withCatalog } from './open-catalog.js';

/**
 * The knowledge (concepts, provisions, mechanisms with their paragraphs) of the catalog published in
 * `catalogLanguage`, its key topics aligned with the Chinese version's when that is published.
 */
export async function readKnowledge(
  deps: CliDeps,
  db: string,
  catalogLanguage: string,
): Promise<CatalogKnowledge> {
  return withCatalog(deps, db, 'read', async (service) => {
    const catalog = await service.catalog(catalogLanguage);
    const chinese = catalog.language === 'zh' ? undefined : await service.findCatalog('zh');
    const reference = chinese?.document.id === catalog.document.id ? chinese : undefined;
    return describeCatalog(catalog, deps.knowledge(), reference);
  });
}
