import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { ExportParamsSchema } from '../api-schemas.js';
import type { ApiRouteContext } from './route-kit.js';
import { fileResponse, fileResponses } from './route-kit.js';
import { selectionRequestOf } from './selection-params.js';

/** The route of exports. */
export const EXPORT_ROUTES = {
  export: createRoute({
    method: 'get',
    path: '/export',
    summary: 'Download the catalog or a selection of it (JSON, CSV, Markdown, Word, text)',
    tags: ['exports'],
    request: { query: ExportParamsSchema },
    responses: fileResponses(
      'The file: JSON, CSV, Markdown, DOCX or text, with its media type and a file name',
    ),
  }),
} as const;

/** `GET /export`: a part of the catalog (or all of it) as a file, through the export use case. */
export function addExportRoutes(api: OpenAPIHono, context: ApiRouteContext): void {
  api.openapi(EXPORT_ROUTES.export, async (c) => {
    const params = c.req.valid('query');
    const file = await context.files.exportFile({
      selection: selectionRequestOf(params),
      format: params.format,
      ...(params.catalogLang === undefined ? {} : { catalogLanguage: params.catalogLang }),
      languageParameter: 'catalogLang',
      byteOrderMark: params.bom === 'true',
    });
    return fileResponse(c, file, 'somkb-export');
  });
}
