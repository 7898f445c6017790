import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  CreatedTokenSchema,
  NewTokenBodySchema,
  RevokedTokenSchema,
  TokenListQuerySchema,
  TokenListSchema,
} from '../api-editor-schemas.js';
import type { ApiRouteContext } from './route-kit.js';
import { editorJson, idParam, jsonBody } from './route-kit.js';

/** The routes of API tokens: the caller's own (an admin's: anyone's). */
export const TOKEN_ROUTES = {
  tokens: createRoute({
    method: 'get',
    path: '/tokens',
    summary:
      'The caller’s API tokens (an admin: anyone’s, with email), newest first, with their last use; never the tokens',
    tags: ['accounts'],
    request: { query: TokenListQuerySchema },
    responses: editorJson(TokenListSchema, 'The tokens'),
  }),
  createToken: createRoute({
    method: 'post',
    path: '/tokens',
    summary: 'Create an API token; the token is answered this once (only its hash is kept)',
    tags: ['accounts'],
    request: { body: jsonBody(NewTokenBodySchema, 'Its name (and, for an admin, whose)') },
    responses: editorJson(CreatedTokenSchema, 'The token and its listing', 201),
  }),
  revokeToken: createRoute({
    method: 'delete',
    path: '/tokens/{id}',
    summary: 'Revoke an API token (one’s own; an admin: anyone’s)',
    tags: ['accounts'],
    request: { params: idParam('id', 'tok_3kd9', 'The token’s id, as listed') },
    responses: editorJson(RevokedTokenSchema, 'Revoked'),
  }),
} as const;

/** The routes of API tokens, over the account service; none without the editors. */
export function addTokenRoutes(api: OpenAPIHono, { deps }: ApiRouteContext): void {
  const editors = deps.editors;
  if (editors === undefined) return;
  const { accounts } = editors;

  api.openapi(TOKEN_ROUTES.tokens, async (c) => {
    const { actor } = c.var.caller;
    const email = c.req.valid('query').email ?? (actor.kind === 'user' ? actor.email : undefined);
    return c.json({ tokens: [...(await accounts.listTokens(c.var.caller, email))] }, 200);
  });

  api.openapi(TOKEN_ROUTES.createToken, async (c) => {
    const { actor } = c.var.caller;
    const { name, email } = c.req.valid('json');
    const owner = email ?? (actor.kind === 'user' ? actor.email : '');
    const { token, view } = await accounts.createToken(c.var.caller, { email: owner, name });
    return c.json({ ...view, token }, 201);
  });

  api.openapi(TOKEN_ROUTES.revokeToken, async (c) => {
    const { id } = c.req.valid('param');
    await accounts.revokeToken(c.var.caller, id);
    return c.json({ id, revoked: true as const }, 200);
  });
}
