import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { exportSelection } from '../../export/index.js';
import { ExportParamsSchema } from '../api-schemas.js';
import type { ApiRouteContext } from './route-kit.js';
import { fileResponse, fileResponses } from './route-kit.js';
import { knowledgeOrEmpty, selectionOf } from './selection-params.js';

/** The route of exports. */
export const EXPORT_ROUTES = {
  export: createRoute({
    method: 'get',
    path: '/export',
    request: { query: ExportParamsSchema },
    responses: fileResponses(
      'The file: JSON, CSV, Markdown, DOCX or text, with its media type and a file name',
    ),
  }),
} as const;

/** `GET /export`: a part of the catalog (or all of it) as a file. */
export function addExportRoutes(api: OpenAPIHono, context: ApiRouteContext): void {
  api.openapi(EXPORT_ROUTES.export, async (c) => {
    const params = c.req.valid('query');
    const view = await context.current();
    const file = await exportSelection(
      view.catalog,
      await knowledgeOrEmpty(context),
      await selectionOf(context, params),
      params.format,
    );
    return fileResponse(c, file, 'somkb-export');
  });
}
