import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  ContentQuerySchema,
  DocumentReadSchema,
  DocumentSchema,
  ParagraphListSchema,
  ParagraphReadSchema,
  VersionQuerySchema,
  listOf,
  wholeNumberParam,
} from '../api-schemas.js';
import { languageVersionsOf, versionsSignature } from '../content-versions.js';
import { sendJson } from '../json-body.js';
import type { ApiViews } from './api-views.js';
import { bodyOf } from './api-views.js';
import type { ViewsInLanguage } from './api-views.js';
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
    summary: 'One document: header, chapters, paragraph count and the languages it is published in',
    tags: ['documents'],
    request: { params: idParam('id', 'thematic-summary-2021', 'Document id'), query: ContentQuerySchema },
    responses: json(DocumentReadSchema, 'One document, in the language answered in (catalog)'),
  }),
  paragraphs: createRoute({
    method: 'get',
    path: '/documents/{id}/paragraphs',
    summary: 'The paragraphs of a document, in a language',
    tags: ['documents'],
    request: { params: idParam('id', 'thematic-summary-2021', 'Document id'), query: ContentQuerySchema },
    responses: json(
      ParagraphListSchema,
      'The paragraphs of a document, in order, and the language answered in',
    ),
  }),
  paragraph: createRoute({
    method: 'get',
    path: '/documents/{id}/paragraphs/{number}',
    summary: 'One paragraph of a document, with its citation, in a language',
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
      query: ContentQuerySchema,
    },
    responses: json(ParagraphReadSchema, 'One paragraph with its items, and the language answered in'),
  }),
} as const;

function requireDocument(view: ApiViews, id: string): void {
  if (id !== view.catalog.document.id)
    notFound('document', id, `the document is ${view.catalog.document.id}`);
}

/** Names the language a read answered in, as HTTP does (`Content-Language`). */
function setContentLanguage(c: Context, served: ViewsInLanguage): void {
  c.header('Content-Language', served.served.language);
}

/**
 * `GET /documents`, `/documents/{id}`, `/documents/{id}/paragraphs` and `…/paragraphs/{number}`,
 * of the current version or of `?version=N`; the last three in the language `?lang=` asks for when
 * the document is published in it (else Chinese), saying which in `catalog`.
 */
export function addDocumentRoutes(api: OpenAPIHono, { inLanguage }: ApiRouteContext): void {
  api.openapi(DOCUMENT_ROUTES.documents, async (c) => {
    const read = await inLanguage(c.req.valid('query').version, undefined);
    const { views: view } = read;
    const languages = languageVersionsOf(read.languages);
    return sendJson(
      c,
      bodyOf(view, `documents ${versionsSignature(read.languages)}`, () => ({
        items: [toDocumentView(view.catalog, languages)],
        total: 1,
      })),
    );
  });
  api.openapi(DOCUMENT_ROUTES.document, async (c) => {
    const { version, lang } = c.req.valid('query');
    const read = await inLanguage(version, lang);
    const { views: view, served } = read;
    requireDocument(view, c.req.valid('param').id);
    setContentLanguage(c, read);
    return sendJson(
      c,
      bodyOf(view, `document ${served.requested} ${versionsSignature(read.languages)}`, () => ({
        ...toDocumentView(view.catalog, languageVersionsOf(read.languages)),
        catalog: served,
      })),
    );
  });
  api.openapi(DOCUMENT_ROUTES.paragraphs, async (c) => {
    const { version, lang } = c.req.valid('query');
    const read = await inLanguage(version, lang);
    const { views: view, served } = read;
    requireDocument(view, c.req.valid('param').id);
    setContentLanguage(c, read);
    return sendJson(
      c,
      bodyOf(view, `paragraphs ${served.requested}`, () => ({
        items: view.paragraphs,
        total: view.paragraphs.length,
        catalog: served,
      })),
    );
  });
  api.openapi(DOCUMENT_ROUTES.paragraph, async (c) => {
    const { version, lang } = c.req.valid('query');
    const read = await inLanguage(version, lang);
    const { views: view, served } = read;
    const { id, number } = c.req.valid('param');
    requireDocument(view, id);
    const paragraph = view.paragraphs.find((candidate) => candidate.number === number);
    if (paragraph === undefined)
      return notFound('paragraph', String(number), `paragraphs are 1 … ${view.paragraphs.length}`);
    setContentLanguage(c, read);
    return sendJson(
      c,
      bodyOf(view, `paragraph ${number} ${served.requested}`, () => ({ ...paragraph, catalog: served })),
    );
  });
}
