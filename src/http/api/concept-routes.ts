import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { ConceptSchema, listOf } from '../api-schemas.js';
import { sendJson } from '../json-body.js';
import { listBodyOf } from './api-views.js';
import type { ApiRouteContext } from './route-kit.js';
import { idParam, json, sendById } from './route-kit.js';

/** The routes of the thesaurus's concepts. */
export const CONCEPT_ROUTES = {
  concepts: createRoute({
    method: 'get',
    path: '/concepts',
    summary: 'List the thesaurus concepts with their labels and paragraphs',
    tags: ['knowledge'],
    responses: json(listOf(ConceptSchema, 'ConceptList'), 'The thesaurus'),
  }),
  concept: createRoute({
    method: 'get',
    path: '/concepts/{id}',
    summary: 'One thesaurus concept by id',
    tags: ['knowledge'],
    request: { params: idParam('id', 'special-investigative-techniques', 'Concept id') },
    responses: json(ConceptSchema, 'One concept with its paragraphs'),
  }),
} as const;

/** `GET /concepts` and `GET /concepts/{id}`. */
export function addConceptRoutes(api: OpenAPIHono, { current }: ApiRouteContext): void {
  api.openapi(CONCEPT_ROUTES.concepts, async (c) => {
    const view = await current();
    return sendJson(c, listBodyOf(view, 'concepts', view.concepts));
  });
  api.openapi(CONCEPT_ROUTES.concept, async (c) => {
    const view = await current();
    return sendById(c, view, 'concept', view.concepts, c.req.valid('param').id);
  });
}
