import type { z } from '@hono/zod-openapi';
import type { CatalogKnowledge } from '../../knowledge/index.js';
import type { MechanismSchema } from '../api-schemas.js';

/** The API's view of a mechanism of the directory. */
export type MechanismView = z.infer<typeof MechanismSchema>;

/** The API's views of the mechanisms the catalog names, each with the paragraphs that name it. */
export function toMechanismViews(knowledge: CatalogKnowledge | undefined): MechanismView[] {
  return (knowledge?.mechanisms ?? []).map(({ mechanism, paragraphs }) => ({
    id: mechanism.id,
    printed: [...mechanism.printed],
    en: mechanism.en,
    abbreviation: mechanism.abbreviation,
    kind: mechanism.kind,
    region: mechanism.region,
    year: mechanism.year,
    parent: mechanism.parent,
    paragraphs: [...paragraphs],
  }));
}
