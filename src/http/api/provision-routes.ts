import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { ProvisionSchema, listOf } from '../api-schemas.js';
import { sendJson } from '../json-body.js';
import { listBodyOf } from './api-views.js';
import type { ApiRouteContext } from './route-kit.js';
import { idParam, json, sendById } from './route-kit.js';

/** The routes of cited legal provisions. */
export const PROVISION_ROUTES = {
  provisions: createRoute({
    method: 'get',
    path: '/provisions',
    summary: 'List the legal provisions the text cites',
    tags: ['knowledge'],
    responses: json(listOf(ProvisionSchema, 'ProvisionList'), 'The cited legal provisions'),
  }),
  provision: createRoute({
    method: 'get',
    path: '/provisions/{id}',
    summary: 'One cited provision by id',
    tags: ['knowledge'],
    request: { params: idParam('id', 'untoc-27', 'instrument-article, or cop-resolution-6-3') },
    responses: json(ProvisionSchema, 'One provision and where it is cited'),
  }),
} as const;

/** `GET /provisions` and `GET /provisions/{id}`. */
export function addProvisionRoutes(api: OpenAPIHono, { current }: ApiRouteContext): void {
  api.openapi(PROVISION_ROUTES.provisions, async (c) => {
    const view = await current();
    return sendJson(c, listBodyOf(view, 'provisions', view.provisions));
  });
  api.openapi(PROVISION_ROUTES.provision, async (c) => {
    const view = await current();
    return sendById(c, view, 'provision', view.provisions, c.req.valid('param').id);
  });
}
