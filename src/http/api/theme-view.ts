import type { z } from '@hono/zod-openapi';
import type { Catalog } from '../../domain/index.js';
import { viewTheme } from '../../domain/index.js';
import type { CatalogKnowledge } from '../../knowledge/index.js';
import { keyTopicConceptResolver } from '../../knowledge/index.js';
import type { ThemeSchema } from '../api-schemas.js';

/** The API's view of a theme. */
export type ThemeView = z.infer<typeof ThemeSchema>;

/**
 * The API's views of the themes: the domain's theme view, each key topic with the id of its concept
 * (by `keyTopicConceptResolver`, as the portal links them) or null.
 */
export function toThemeViews(catalog: Catalog, knowledge: CatalogKnowledge | undefined): ThemeView[] {
  const conceptOf =
    knowledge === undefined ? undefined : keyTopicConceptResolver(knowledge, catalog.language);
  return catalog.themes.map((theme) => ({
    ...viewTheme(theme),
    concepts: theme.keyTopics.map((topic) => conceptOf?.(topic)?.concept.id ?? null),
  }));
}
