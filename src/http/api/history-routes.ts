import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { SomkbError } from '../../errors/index.js';
import type { HistoryService } from '../../services/index.js';
import { viewVersion } from '../../services/index.js';
import {
  CatalogDiffSchema,
  VersionDetailSchema,
  VersionHistorySchema,
  wholeNumberParam,
} from '../api-schemas.js';
import { sendJson, toJsonBody } from '../json-body.js';
import type { ApiRouteContext } from './route-kit.js';
import { json } from './route-kit.js';

/** The largest version number a URL may name. */
const MAX_VERSION = 1_000_000_000;

const versionParam = (name: string, description: string) =>
  wholeNumberParam(1, MAX_VERSION).openapi({ example: name === 'from' ? 1 : 2, description });

const DocumentQuery = z.object({
  document: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ example: 'thematic-summary-2021', description: 'The document; default the one published' }),
});

/** The routes of the versions of a document and the changes between them. */
export const HISTORY_ROUTES = {
  versions: createRoute({
    method: 'get',
    path: '/versions',
    summary: 'List the published versions of a document, oldest first',
    tags: ['history'],
    request: { query: DocumentQuery },
    responses: json(VersionHistorySchema, 'Every version with who, when, source, message and counts'),
  }),
  version: createRoute({
    method: 'get',
    path: '/versions/{n}',
    summary: 'One version: its record, counts and a link to its catalog',
    tags: ['history'],
    request: {
      params: z.object({
        n: wholeNumberParam(1, MAX_VERSION).openapi({
          param: { name: 'n', in: 'path' },
          example: 1,
          description: 'Version number',
        }),
      }),
      query: DocumentQuery,
    },
    responses: json(VersionDetailSchema, 'One version'),
  }),
  diff: createRoute({
    method: 'get',
    path: '/diff',
    summary: 'What changed from one version to another',
    tags: ['history'],
    request: {
      query: DocumentQuery.extend({
        from: versionParam('from', 'The older version'),
        to: versionParam('to', 'The newer version'),
      }),
    },
    responses: json(
      CatalogDiffSchema,
      'Paragraphs, items, papers, themes and key topics added, removed or changed, in catalog order',
    ),
  }),
} as const;

/** `GET /versions`, `GET /versions/{n}` and `GET /diff?from=&to=`, over the history service. */
export function addHistoryRoutes(api: OpenAPIHono, { deps }: ApiRouteContext): void {
  const history = (): HistoryService => {
    if (deps.history === undefined) {
      throw new SomkbError('NOT_FOUND', 'this server keeps no history of versions');
    }
    return deps.history;
  };

  api.openapi(HISTORY_ROUTES.versions, async (c) => {
    const { document } = c.req.valid('query');
    const found = await history().history(document);
    const body = { document: found.document, versions: found.versions.map(viewVersion) };
    // The views are deeply readonly; the JSON is the same.
    return sendJson(c, toJsonBody(body as z.infer<typeof VersionHistorySchema>));
  });

  api.openapi(HISTORY_ROUTES.version, async (c) => {
    const { n } = c.req.valid('param');
    const { document } = c.req.valid('query');
    const published = await history().version(n, document);
    const body = {
      document: published.documentId,
      ...viewVersion(published),
      links: { catalog: `/api/v1/catalog?version=${published.version}` },
    };
    return sendJson(c, toJsonBody(body as z.infer<typeof VersionDetailSchema>));
  });

  api.openapi(HISTORY_ROUTES.diff, async (c) => {
    const { from, to, document } = c.req.valid('query');
    const diff = await history().diff(from, to, document);
    return sendJson(c, toJsonBody(diff as z.infer<typeof CatalogDiffSchema>));
  });
}
