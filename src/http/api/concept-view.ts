import type { z } from '@hono/zod-openapi';
import type { toExportJson } from '../../export/index.js';
import type { ConceptSchema } from '../api-schemas.js';

/** The API's view of a concept of the thesaurus. */
export type ConceptView = z.infer<typeof ConceptSchema>;

/** The API's views of the concepts of an exported catalog. */
export function toConceptViews(exported: ReturnType<typeof toExportJson>): ConceptView[] {
  return exported.concepts.map((concept) => ({
    ...concept,
    kind: concept.kind === 'topic' ? 'topic' : 'term',
    labels: { ...concept.labels },
    altLabels: Object.fromEntries(Object.entries(concept.altLabels).map(([k, v]) => [k, [...v]])),
    hiddenLabels: Object.fromEntries(Object.entries(concept.hiddenLabels).map(([k, v]) => [k, [...v]])),
    broader: [...concept.broader],
    related: [...concept.related],
    paragraphs: [...concept.paragraphs],
    themes: [...concept.themes],
  }));
}
