import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  DocumentSchema,
  ParagraphSchema,
  VersionQuerySchema,
  listOf,
  wholeNumberParam,
} from '../api-schemas.js';
import { sendJson } from '../json-body.js';
import type { ApiViews } from './api-views.js';
import { bodyOf, listBodyOf } from './api-views.js';
import { toDocumentView } from './document-view.js';
import type { ApiRouteContext } from './route-kit.js';
import { idParam, json, notFound } from './route-kit.js';

/** The routes of documents and their paragraphs. */
export const DOCUMENT_ROUTES = {
  documents: createRoute({
    method: 'get',
    path: '/documents',
    summary: 'List the published documents',
    tags: ['documents'],
    request: { query: VersionQuerySchema },
    responses: json(listOf(DocumentSchema, 'DocumentList'), 'The documents'),
  }),
  document: createRoute({
    method: 'get',
    path: '/documents/{id}',
    summary: 'One document: header, chapters and paragraph count',
    tags: ['documents'],
    request: { params: idParam('id', 'thematic-summary-2021', 'Document id'), query: VersionQuerySchema },
    responses: json(DocumentSchema, 'One document'),
  }),
  paragraphs: createRoute({
    method: 'get',
    path: '/documents/{id}/paragraphs',
    summary: 'The paragraphs of a document',
    tags: ['documents'],
    request: { params: idParam('id', 'thematic-summary-2021', 'Document id'), query: VersionQuerySchema },
    responses: json(listOf(ParagraphSchema, 'ParagraphList'), 'The paragraphs of a document, in order'),
  }),
  paragraph: createRoute({
    method: 'get',
    path: '/documents/{id}/paragraphs/{number}',
    summary: 'One paragraph of a document, with its citation',
    tags: ['documents'],
    request: {
      params: z.object({
        id: z
          .string()
          .min(1)
          .max(200)
          .openapi({ param: { name: 'id', in: 'path' }, example: 'thematic-summary-2021' }),
        number: wholeNumberParam(1, 100_000).openapi({
          param: { name: 'number', in: 'path' },
          example: 20,
          description: 'Paragraph number',
        }),
      }),
      query: VersionQuerySchema,
    },
    responses: json(ParagraphSchema, 'One paragraph with its items'),
  }),
} as const;

function requireDocument(view: ApiViews, id: string): void {
  if (id !== view.catalog.document.id)
    notFound('document', id, `the document is ${view.catalog.document.id}`);
}

/**
 * `GET /documents`, `/documents/{id}`, `/documents/{id}/paragraphs` and `…/paragraphs/{number}`,
 * of the current version or of `?version=N`.
 */
export function addDocumentRoutes(api: OpenAPIHono, { current }: ApiRouteContext): void {
  api.openapi(DOCUMENT_ROUTES.documents, async (c) => {
    const view = await current(c.req.valid('query').version);
    return sendJson(
      c,
      bodyOf(view, 'documents', () => ({ items: [toDocumentView(view.catalog)], total: 1 })),
    );
  });
  api.openapi(DOCUMENT_ROUTES.document, async (c) => {
    const view = await current(c.req.valid('query').version);
    requireDocument(view, c.req.valid('param').id);
    return sendJson(
      c,
      bodyOf(view, 'document', () => toDocumentView(view.catalog)),
    );
  });
  api.openapi(DOCUMENT_ROUTES.paragraphs, async (c) => {
    const view = await current(c.req.valid('query').version);
    requireDocument(view, c.req.valid('param').id);
    return sendJson(c, listBodyOf(view, 'paragraphs', view.paragraphs));
  });
  api.openapi(DOCUMENT_ROUTES.paragraph, async (c) => {
    const view = await current(c.req.valid('query').version);
    const { id, number } = c.req.valid('param');
    requireDocument(view, id);
    const paragraph = view.paragraphs.find((candidate) => candidate.number === number);
    return paragraph === undefined
      ? notFound('paragraph', String(number), `paragraphs are 1 … ${view.paragraphs.length}`)
      : sendJson(
          c,
          bodyOf(view, `paragraph ${number}`, () => paragraph),
        );
  });
}
