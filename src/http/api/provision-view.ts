import type { z } from '@hono/zod-openapi';
import type { CatalogKnowledge } from '../../knowledge/index.js';
import { viewProvisionArticles } from '../../references/index.js';
import type { ProvisionSchema } from '../api-schemas.js';

/** The API's view of a cited legal provision. */
export type ProvisionView = z.infer<typeof ProvisionSchema>;

/**
 * The API's views of the articles and resolutions the catalog cites, each with where it is cited:
 * the references module's `viewProvisionArticles` (ordered by instrument and article).
 */
export function toProvisionViews(knowledge: CatalogKnowledge | undefined): ProvisionView[] {
  return viewProvisionArticles(knowledge?.references ?? []);
}
