import type { z } from '@hono/zod-openapi';
import type { toExportJson } from '../../export/index.js';
import type { CatalogKnowledge } from '../../knowledge/index.js';
import type { ThemeSchema } from '../api-schemas.js';

/** The API's view of a theme. */
export type ThemeView = z.infer<typeof ThemeSchema>;

/** The API's views of the themes, each key topic with the id of its concept (or null). */
export function toThemeViews(
  exported: ReturnType<typeof toExportJson>,
  knowledge: CatalogKnowledge | undefined,
): ThemeView[] {
  const conceptOfTopic = new Map<string, string>();
  for (const entry of knowledge?.concepts ?? []) {
    for (const label of [entry.concept.prefLabel.zh, ...(entry.concept.altLabel.zh ?? [])]) {
      if (label !== undefined && entry.concept.kind === 'topic') conceptOfTopic.set(label, entry.concept.id);
    }
  }
  return exported.themes.map((theme) => ({
    ...theme,
    keyTopics: [...theme.keyTopics],
    papers: [...theme.papers],
    concepts: theme.keyTopics.map((topic) => conceptOfTopic.get(topic) ?? null),
  }));
}
