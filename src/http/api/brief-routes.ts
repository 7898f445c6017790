import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { buildBriefing, renderBriefing } from '../../brief/index.js';
import { BriefParamsSchema } from '../api-schemas.js';
import type { ApiRouteContext } from './route-kit.js';
import { fileResponse, fileResponses, givenText } from './route-kit.js';
import { knowledgeOrEmpty, selectionOf } from './selection-params.js';

/** The route of briefing packs. */
export const BRIEF_ROUTES = {
  brief: createRoute({
    method: 'get',
    path: '/brief',
    request: { query: BriefParamsSchema },
    responses: fileResponses('The briefing pack: DOCX, HTML for print, or Markdown'),
  }),
} as const;

/** `GET /brief`: a briefing pack over a part of the catalog (or all of it). */
export function addBriefRoutes(api: OpenAPIHono, context: ApiRouteContext): void {
  api.openapi(BRIEF_ROUTES.brief, async (c) => {
    const params = c.req.valid('query');
    const view = await context.current();
    const selection = await selectionOf(context, params);
    const query = givenText(params.q);
    const title = givenText(params.title);
    const briefing = buildBriefing(view.catalog, await knowledgeOrEmpty(context), {
      selection,
      date: params.date ?? new Date().toISOString().slice(0, 10),
      language: params.lang,
      ...(query === undefined ? {} : { query }),
      ...(title === undefined ? {} : { title }),
    });
    return fileResponse(c, await renderBriefing(briefing, params.format), 'somkb-briefing');
  });
}
