import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono, z } from '@hono/zod-openapi';
import { SomkbError } from '../../errors/index.js';
import type { BriefingFileRequest } from '../../services/index.js';
import { BriefParamsSchema } from '../api-schemas.js';
import type { ApiRouteContext } from './route-kit.js';
import { fileResponse, fileResponses } from './route-kit.js';
import { selectionRequestOf } from './selection-params.js';

/** The route of briefing packs. */
export const BRIEF_ROUTES = {
  brief: createRoute({
    method: 'get',
    path: '/brief',
    summary: 'Download a briefing pack (Word, HTML or Markdown) on themes, topics, papers or a query',
    tags: ['exports'],
    request: { query: BriefParamsSchema },
    responses: fileResponses('The briefing pack: DOCX, HTML for print, or Markdown'),
  }),
} as const;

/** The parameters of `GET /brief`, as validated. */
export type BriefParams = z.infer<typeof BriefParamsSchema>;

/**
 * Reads the parameters of a briefing pack from a query string as the API validates them (a repeated
 * name is a list), for the portal's form, which sends the same; throws `USAGE` naming the first
 * parameter refused and why, as the API's 400 says it.
 */
export function readBriefParams(query: URLSearchParams): BriefParams {
  const values: Record<string, string | string[]> = {};
  for (const name of new Set(query.keys())) {
    const all = query.getAll(name);
    values[name] = all.length === 1 ? (all[0] ?? '') : all;
  }
  const result = BriefParamsSchema.safeParse(values);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const parameter = issue?.path.map(String).join('.') ?? '';
  throw new SomkbError('USAGE', `parameter '${parameter}': ${issue?.message ?? 'not valid'}`, {
    where: parameter,
  });
}

/** The briefing use case's request for validated parameters; the date defaults to today (UTC). */
export function briefingRequestOf(params: BriefParams): BriefingFileRequest {
  return {
    selection: selectionRequestOf(params),
    format: params.format,
    date: params.date ?? new Date().toISOString().slice(0, 10),
    ...(params.lang === undefined ? {} : { headingsLanguage: params.lang }),
    ...(params.catalogLang === undefined ? {} : { catalogLanguage: params.catalogLang }),
    ...(params.parallelLang === undefined || params.parallelLang === ''
      ? {}
      : { parallelLanguage: params.parallelLang }),
    languageParameters: { catalog: 'catalogLang', parallel: 'parallelLang' },
    ...(params.title === undefined ? {} : { title: params.title }),
  };
}

/** `GET /brief`: a briefing pack over a part of the catalog (or all of it), through the briefing use case. */
export function addBriefRoutes(api: OpenAPIHono, context: ApiRouteContext): void {
  api.openapi(BRIEF_ROUTES.brief, async (c) => {
    const file = await context.files.briefingFile(briefingRequestOf(c.req.valid('query')));
    return fileResponse(c, file, file.fileStem);
  });
}
