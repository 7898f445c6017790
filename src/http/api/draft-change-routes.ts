import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { DraftChange } from '../../editing/index.js';
import { SomkbError } from '../../errors/index.js';
import {
  DraftSchema,
  KeyTopicsBodySchema,
  KnowledgeEntryBodySchema,
  NewPaperBodySchema,
  PaperBodySchema,
  ParagraphBodySchema,
} from '../api-editor-schemas.js';
import { wholeNumberParam } from '../api-schemas.js';
import { IfMatchHeader, sendDraft } from './draft-routes.js';
import { draftCall } from './draft-view.js';
import type { ApiRouteContext } from './route-kit.js';
import { editorJson, jsonBody } from './route-kit.js';

const pathParam = (name: string, example: string, description: string) =>
  z
    .string()
    .min(1)
    .max(500)
    .openapi({ param: { name, in: 'path' }, example, description });

const draftId = pathParam('id', 'k3J9q2', 'The draft’s id');
const documentId = pathParam('document', 'thematic-summary-2021', 'The document');

/** A change of a draft (its author, while it is not published or withdrawn) → the draft now. */
const change = <P extends z.ZodRawShape, B extends z.ZodType>(
  method: 'put' | 'post',
  path: string,
  summary: string,
  params: P,
  body: B,
) =>
  createRoute({
    method,
    path: `/drafts/{id}${path}`,
    summary,
    tags: ['drafts'],
    request: {
      params: z.object({ id: draftId, ...params }),
      headers: IfMatchHeader,
      body: jsonBody(body, 'The change'),
    },
    responses: editorJson(
      DraftSchema,
      'The draft now, with its new ETag; 422 names each field that breaks the rules of ingest',
    ),
  });

/** The routes that change a draft: one per kind of change, and the undo of a change by its target. */
export const DRAFT_CHANGE_ROUTES = {
  changeParagraph: change(
    'put',
    '/documents/{document}/paragraphs/{number}',
    'Change a paragraph’s text and lettered items, in one language version (default zh)',
    {
      document: documentId,
      number: wholeNumberParam(1, 100_000).openapi({ param: { name: 'number', in: 'path' }, example: 12 }),
    },
    ParagraphBodySchema,
  ),
  changePaper: change(
    'put',
    '/documents/{document}/papers/{symbol}',
    'Change a paper’s entry: subject (in one language version), theme, year, meeting',
    {
      document: documentId,
      symbol: pathParam('symbol', 'CTOC-COP-WG.7-2015-4', 'The UN symbol, URL-encoded, or its slug (/ → -)'),
    },
    PaperBodySchema,
  ),
  addPaper: change(
    'post',
    '/documents/{document}/papers',
    'Add a new paper (of a later meeting) under a theme, with its summary paragraphs',
    { document: documentId },
    NewPaperBodySchema,
  ),
  changeKeyTopics: change(
    'put',
    '/documents/{document}/themes/{theme}/key-topics',
    'Change the key topics of a theme, as printed in one language version (default zh)',
    { document: documentId, theme: pathParam('theme', 'theme-3', 'The theme’s id') },
    KeyTopicsBodySchema,
  ),
  changeConcept: change(
    'put',
    '/concepts/{concept}',
    'Add or change a thesaurus concept (labels in the six languages, alternative and hidden labels, broader, related)',
    { concept: pathParam('concept', 'controlled-delivery', 'The concept’s id') },
    KnowledgeEntryBodySchema,
  ),
  changeMechanism: change(
    'put',
    '/mechanisms/{mechanism}',
    'Add or change a mechanism entry of the directory',
    { mechanism: pathParam('mechanism', 'eurosur', 'The mechanism’s id') },
    KnowledgeEntryBodySchema,
  ),
  undoChange: createRoute({
    method: 'delete',
    path: '/drafts/{id}/changes/{target}',
    summary: 'Take a change back out of the draft, by its target (as the draft lists it), URL-encoded',
    tags: ['drafts'],
    request: {
      params: z.object({
        id: draftId,
        target: pathParam('target', 'paragraph:thematic-summary-2021:12:zh', 'The change’s target'),
      }),
      headers: IfMatchHeader,
    },
    responses: editorJson(DraftSchema, 'The draft now'),
  }),
} as const;

/** The id a knowledge entry's body names, which must be its path's when given. */
function entryOf(
  body: Readonly<Record<string, unknown>>,
  id: string,
  kind: 'concept' | 'mechanism',
): Readonly<Record<string, unknown>> {
  if (body.id !== undefined && body.id !== id) {
    throw new SomkbError(
      'USAGE',
      `the ${kind}'s id in the body (${JSON.stringify(body.id)}) is not the one of the path ('${id}')`,
      {
        where: 'id',
        details: { parameter: 'id', fields: { id: `must be '${id}', as in the path` } },
      },
    );
  }
  return { ...body, id };
}

/** The routes that change a draft, over the draft service; none without the editors. */
export function addDraftChangeRoutes(api: OpenAPIHono, { deps, current }: ApiRouteContext): void {
  const editors = deps.editors;
  if (editors === undefined) return;
  const { drafts } = editors;
  const make = (c: Context, id: string, made: DraftChange) =>
    draftCall(drafts.change(c.var.caller, id, made, c.req.header('if-match')));

  /** The symbol a path names: the symbol itself (URL-encoded), or the slug of a published paper. */
  async function symbolOf(asked: string): Promise<string> {
    if (asked.includes('/')) return asked;
    const wanted = asked.toUpperCase();
    const paper = (await current()).papers.find(
      (candidate) => candidate.slug.toUpperCase() === wanted || candidate.symbol.toUpperCase() === wanted,
    );
    return paper?.symbol ?? asked;
  }

  api.openapi(DRAFT_CHANGE_ROUTES.changeParagraph, async (c) => {
    const { id, document, number } = c.req.valid('param');
    const { text, items, lang } = c.req.valid('json');
    const draft = await make(c, id, {
      kind: 'paragraph',
      document,
      number,
      language: lang ?? 'zh',
      text,
      items: items ?? [],
    });
    return sendDraft(c, draft);
  });

  api.openapi(DRAFT_CHANGE_ROUTES.changePaper, async (c) => {
    const { id, document, symbol } = c.req.valid('param');
    const { lang, subject, theme, year, meeting } = c.req.valid('json');
    const draft = await make(c, id, {
      kind: 'paper',
      document,
      symbol: await symbolOf(symbol),
      language: lang ?? 'zh',
      ...(subject === undefined ? {} : { subject }),
      ...(theme === undefined ? {} : { theme }),
      ...(year === undefined ? {} : { year }),
      ...(meeting === undefined ? {} : { meeting }),
    });
    return sendDraft(c, draft);
  });

  api.openapi(DRAFT_CHANGE_ROUTES.addPaper, async (c) => {
    const { id, document } = c.req.valid('param');
    const body = c.req.valid('json');
    const draft = await make(c, id, { kind: 'new-paper', document, ...body });
    return sendDraft(c, draft);
  });

  api.openapi(DRAFT_CHANGE_ROUTES.changeKeyTopics, async (c) => {
    const { id, document, theme } = c.req.valid('param');
    const { lang, keyTopics } = c.req.valid('json');
    const draft = await make(c, id, {
      kind: 'key-topics',
      document,
      theme,
      language: lang ?? 'zh',
      keyTopics,
    });
    return sendDraft(c, draft);
  });

  api.openapi(DRAFT_CHANGE_ROUTES.changeConcept, async (c) => {
    const { id, concept } = c.req.valid('param');
    const entry = entryOf(c.req.valid('json'), concept, 'concept');
    return sendDraft(c, await make(c, id, { kind: 'concept', id: concept, entry }));
  });

  api.openapi(DRAFT_CHANGE_ROUTES.changeMechanism, async (c) => {
    const { id, mechanism } = c.req.valid('param');
    const entry = entryOf(c.req.valid('json'), mechanism, 'mechanism');
    return sendDraft(c, await make(c, id, { kind: 'mechanism', id: mechanism, entry }));
  });

  api.openapi(DRAFT_CHANGE_ROUTES.undoChange, async (c) => {
    const { id, target } = c.req.valid('param');
    const draft = await draftCall(drafts.undoChange(c.var.caller, id, target, c.req.header('if-match')));
    return sendDraft(c, draft);
  });
}
