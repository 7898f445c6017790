import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { MechanismSchema, listOf } from '../api-schemas.js';
import { sendJson } from '../json-body.js';
import { listBodyOf } from './api-views.js';
import type { ApiRouteContext } from './route-kit.js';
import { idParam, json, sendById } from './route-kit.js';

/** The routes of the mechanisms directory. */
export const MECHANISM_ROUTES = {
  mechanisms: createRoute({
    method: 'get',
    path: '/mechanisms',
    summary: 'List the mechanisms the text names, with their paragraphs',
    tags: ['knowledge'],
    responses: json(listOf(MechanismSchema, 'MechanismList'), 'The mechanisms directory'),
  }),
  mechanism: createRoute({
    method: 'get',
    path: '/mechanisms/{id}',
    summary: 'One mechanism by id',
    tags: ['knowledge'],
    request: { params: idParam('id', 'eurosur', 'Mechanism id') },
    responses: json(MechanismSchema, 'One mechanism'),
  }),
} as const;

/** `GET /mechanisms` and `GET /mechanisms/{id}`. */
export function addMechanismRoutes(api: OpenAPIHono, { current }: ApiRouteContext): void {
  api.openapi(MECHANISM_ROUTES.mechanisms, async (c) => {
    const view = await current();
    return sendJson(c, listBodyOf(view, 'mechanisms', view.mechanisms));
  });
  api.openapi(MECHANISM_ROUTES.mechanism, async (c) => {
    const view = await current();
    return sendById(c, view, 'mechanism', view.mechanisms, c.req.valid('param').id);
  });
}
