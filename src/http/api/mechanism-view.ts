import type { z } from '@hono/zod-openapi';
import type { CatalogKnowledge } from '../../knowledge/index.js';
import { viewMechanism } from '../../mechanisms/index.js';
import type { MechanismSchema } from '../api-schemas.js';

/** The API's view of a mechanism of the directory. */
export type MechanismView = z.infer<typeof MechanismSchema>;

/**
 * The API's views of the mechanisms, each with the paragraphs that name it: the fields of the
 * mechanisms module's `viewMechanism` the API's shape has (the JSON export takes its own from it).
 */
export function toMechanismViews(knowledge: CatalogKnowledge | undefined): MechanismView[] {
  return (knowledge?.mechanisms ?? []).map(({ mechanism, paragraphs }) => {
    const view = viewMechanism(mechanism, paragraphs);
    return {
      id: view.id,
      printed: view.printed,
      en: view.en,
      abbreviation: view.abbreviation,
      kind: view.kind,
      region: view.region,
      year: view.year,
      parent: view.parent,
      paragraphs: view.paragraphs,
    };
  });
}
