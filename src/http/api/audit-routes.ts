import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { AuditListSchema, AuditQuerySchema } from '../api-editor-schemas.js';
import type { ApiRouteContext } from './route-kit.js';
import { editorJson } from './route-kit.js';

/** The route of the audit log. */
export const AUDIT_ROUTES = {
  audit: createRoute({
    method: 'get',
    path: '/audit',
    summary:
      'The audit log, newest first (admins): `{ entries: [ { at, actor, action, target, ip } ] }` and more',
    tags: ['audit'],
    request: { query: AuditQuerySchema },
    responses: editorJson(AuditListSchema, 'The entries, and the id to ask the next page with'),
  }),
} as const;

/** A date (`2026-12-01`) as its midnight UTC; a time as given. */
function instantOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : new Date(value).toISOString();
}

/** `GET /audit?user=&action=&since=&until=&before=&limit=`, over the audit service; none without the editors. */
export function addAuditRoutes(api: OpenAPIHono, { deps }: ApiRouteContext): void {
  const editors = deps.editors;
  if (editors === undefined) return;
  const { audit } = editors;

  api.openapi(AUDIT_ROUTES.audit, async (c) => {
    const { user, action, since, until, before, limit } = c.req.valid('query');
    const from = instantOf(since);
    const to = instantOf(until);
    // One more than asked: whether there is a next page.
    const entries = await audit.list(c.var.caller, {
      ...(user === undefined ? {} : { actor: user.toLowerCase() }),
      ...(action === undefined ? {} : { action }),
      ...(from === undefined ? {} : { since: from }),
      ...(to === undefined ? {} : { until: to }),
      ...(before === undefined ? {} : { beforeId: before }),
      limit: limit + 1,
    });
    const page = entries.slice(0, limit);
    const next = entries.length > limit ? (page.at(-1)?.id ?? null) : null;
    return c.json({ entries: page.map((entry) => ({ ...entry, detail: { ...entry.detail } })), next }, 200);
  });
}
