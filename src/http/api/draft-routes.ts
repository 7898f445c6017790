import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { toExportJson } from '../../export/index.js';
import {
  CommentBodySchema,
  DraftDiffSchema,
  DraftListSchema,
  DraftSchema,
  NewDraftBodySchema,
  OptionalCommentBodySchema,
  PreviewQuerySchema,
  PublishedDraftSchema,
} from '../api-editor-schemas.js';
import { CatalogExportSchema } from '../api-schemas.js';
import { DRAFT_STATUSES } from '../../editing/index.js';
import { draftCall, toDraftJson } from './draft-view.js';
import type { ApiRouteContext } from './route-kit.js';
import { editorJson, idParam, jsonBody, optionalJsonBody } from './route-kit.js';

/** The path parameter of a draft. */
export const DraftParam = idParam('id', 'k3J9q2', 'The draft’s id');

/** The `If-Match` header of a write: the draft's ETag as read; a stale one is 412. */
export const IfMatchHeader = z.object({
  'if-match': z.string().max(200).optional().openapi({
    description: 'The draft’s ETag as read (GET /drafts/{id}); when the draft changed since, 412 with it now',
    example: '"k3J9q2-r4"',
  }),
});

const StatusQuery = z.object({
  status: z
    .enum(DRAFT_STATUSES)
    .optional()
    .openapi({ description: 'Only the drafts in this status', example: 'submitted' }),
});

/** A step of a draft's review without a body: POST → the draft now. */
const step = (path: string, summary: string) =>
  createRoute({
    method: 'post',
    path: `/drafts/{id}/${path}`,
    summary,
    tags: ['drafts'],
    request: { params: DraftParam },
    responses: editorJson(DraftSchema, 'The draft now'),
  });

/** The routes of drafts as wholes: list, open, read, diff, preview and the steps of review. */
export const DRAFT_ROUTES = {
  drafts: createRoute({
    method: 'get',
    path: '/drafts',
    summary: 'The drafts the caller may see, newest first (an editor’s own; every draft for reviewers)',
    tags: ['drafts'],
    request: { query: StatusQuery },
    responses: editorJson(DraftListSchema, 'The drafts'),
  }),
  openDraft: createRoute({
    method: 'post',
    path: '/drafts',
    summary: 'Open a draft on the current version of a document',
    tags: ['drafts'],
    request: { body: jsonBody(NewDraftBodySchema, 'Its title, and the document (default the summary)') },
    responses: editorJson(DraftSchema, 'The draft opened: `{ id, base, status: "open" }` and more', 201),
  }),
  draft: createRoute({
    method: 'get',
    path: '/drafts/{id}',
    summary: 'One draft, with its ETag (send it back in If-Match with an edit)',
    tags: ['drafts'],
    request: { params: DraftParam },
    responses: editorJson(DraftSchema, 'The draft'),
  }),
  diff: createRoute({
    method: 'get',
    path: '/drafts/{id}/diff',
    summary: 'What the draft changes against its base, per language (as the history’s diff)',
    tags: ['drafts'],
    request: { params: DraftParam },
    responses: editorJson(DraftDiffSchema, 'The diffs'),
  }),
  preview: createRoute({
    method: 'get',
    path: '/drafts/{id}/preview',
    summary: 'The document as readers would see it once the draft is published (the export JSON)',
    tags: ['drafts'],
    request: { params: DraftParam, query: PreviewQuerySchema },
    responses: editorJson(CatalogExportSchema, 'The catalog with the draft’s changes'),
  }),
  submit: createRoute({
    method: 'post',
    path: '/drafts/{id}/submit',
    summary: 'Submit the draft for review (its author): `{ status: "submitted" }` and more',
    tags: ['drafts'],
    request: { params: DraftParam, headers: IfMatchHeader },
    responses: editorJson(DraftSchema, 'The draft now'),
  }),
  withdraw: step('withdraw', 'Give the draft up (its author)'),
  rebase: step(
    'rebase',
    'Bring the draft up to date with the current version, keeping its changes (its author)',
  ),
  approve: createRoute({
    method: 'post',
    path: '/drafts/{id}/approve',
    summary:
      'Approve a submitted draft (a reviewer or admin, never its author): `{ status: "approved" }` and more',
    tags: ['drafts'],
    request: {
      params: DraftParam,
      body: optionalJsonBody(OptionalCommentBodySchema, 'A comment, kept in the draft'),
    },
    responses: editorJson(DraftSchema, 'The draft now'),
  }),
  sendBack: createRoute({
    method: 'post',
    path: '/drafts/{id}/send-back',
    summary: 'Send a submitted draft back to its author with comments (a reviewer or admin, not its author)',
    tags: ['drafts'],
    request: { params: DraftParam, body: jsonBody(CommentBodySchema, 'The comments for the author') },
    responses: editorJson(DraftSchema, 'The draft now'),
  }),
  publish: createRoute({
    method: 'post',
    path: '/drafts/{id}/publish',
    summary:
      'Publish an approved draft as a new version (an admin, or the reviewer who approved it); 409 when not approved or when it conflicts with a publish since its base',
    tags: ['drafts'],
    request: { params: DraftParam },
    responses: editorJson(PublishedDraftSchema, 'The version made: `{ version }`, and the draft', 201),
  }),
} as const;

/** Answers a draft with its ETag. */
export function sendDraft<S extends 200 | 201 = 200>(
  c: Context,
  draft: Parameters<typeof toDraftJson>[0],
  status: S = 200 as S,
) {
  c.header('ETag', draft.etag);
  return c.json(toDraftJson(draft), status);
}

/** The routes of drafts as wholes, over the draft service; none without the editors. */
export function addDraftRoutes(api: OpenAPIHono, { deps }: ApiRouteContext): void {
  const editors = deps.editors;
  if (editors === undefined) return;
  const { drafts } = editors;

  api.openapi(DRAFT_ROUTES.drafts, async (c) => {
    const { status } = c.req.valid('query');
    const found = await drafts.list(c.var.caller, status === undefined ? {} : { statuses: [status] });
    return c.json({ drafts: found.map(toDraftJson) }, 200);
  });

  api.openapi(DRAFT_ROUTES.openDraft, async (c) => {
    const { title, document } = c.req.valid('json');
    const draft = await drafts.open(c.var.caller, { title, ...(document === undefined ? {} : { document }) });
    return sendDraft(c, draft, 201);
  });

  api.openapi(DRAFT_ROUTES.draft, async (c) =>
    sendDraft(c, await drafts.get(c.var.caller, c.req.valid('param').id)),
  );

  api.openapi(DRAFT_ROUTES.diff, async (c) => {
    const { id } = c.req.valid('param');
    const diffs = await drafts.diff(c.var.caller, id);
    return c.json({ draft: id, diffs: diffs as z.infer<typeof DraftDiffSchema>['diffs'] }, 200);
  });

  api.openapi(DRAFT_ROUTES.preview, async (c) => {
    const { id } = c.req.valid('param');
    const catalog = await drafts.preview(c.var.caller, id, c.req.valid('query').lang ?? 'zh');
    return c.json(toExportJson(catalog) as unknown as z.infer<typeof CatalogExportSchema>, 200);
  });

  const ifMatch = (c: Context): string | undefined => c.req.header('if-match');

  api.openapi(DRAFT_ROUTES.submit, async (c) =>
    sendDraft(c, await draftCall(drafts.submit(c.var.caller, c.req.valid('param').id, ifMatch(c)))),
  );
  api.openapi(DRAFT_ROUTES.withdraw, async (c) =>
    sendDraft(c, await draftCall(drafts.withdraw(c.var.caller, c.req.valid('param').id))),
  );
  api.openapi(DRAFT_ROUTES.rebase, async (c) =>
    sendDraft(c, await draftCall(drafts.rebase(c.var.caller, c.req.valid('param').id))),
  );
  api.openapi(DRAFT_ROUTES.approve, async (c) => {
    const { comment } = c.req.valid('json');
    return sendDraft(c, await drafts.approve(c.var.caller, c.req.valid('param').id, comment));
  });
  api.openapi(DRAFT_ROUTES.sendBack, async (c) => {
    const { comment } = c.req.valid('json');
    return sendDraft(c, await drafts.sendBack(c.var.caller, c.req.valid('param').id, comment));
  });
  api.openapi(DRAFT_ROUTES.publish, async (c) => {
    const { version, draft } = await drafts.publish(c.var.caller, c.req.valid('param').id);
    return c.json({ version, draft: toDraftJson(draft) }, 201);
  });
}
