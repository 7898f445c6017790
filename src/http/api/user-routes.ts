import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  AddedUserSchema,
  EmailParamSchema,
  MeSchema,
  NewUserBodySchema,
  RoleBodySchema,
  UserListSchema,
  UserSchema,
} from '../api-editor-schemas.js';
import { SomkbError } from '../../errors/index.js';
import type { ApiRouteContext } from './route-kit.js';
import { editorJson, jsonBody } from './route-kit.js';

/** The routes of users: who the caller is, and the admins' management of users. */
export const USER_ROUTES = {
  me: createRoute({
    method: 'get',
    path: '/me',
    summary: 'Who the caller is: their email, role, and how they proved it (session or API token)',
    tags: ['accounts'],
    responses: editorJson(MeSchema, 'The caller'),
  }),
  users: createRoute({
    method: 'get',
    path: '/users',
    summary: 'Every user, by email (admins)',
    tags: ['accounts'],
    responses: editorJson(UserListSchema, 'The users'),
  }),
  addUser: createRoute({
    method: 'post',
    path: '/users',
    summary: 'Add a user (admins); without a password one is generated and answered once',
    tags: ['accounts'],
    request: { body: jsonBody(NewUserBodySchema, 'The email, role and (optionally) password') },
    responses: editorJson(AddedUserSchema, 'The user added', 201),
  }),
  changeRole: createRoute({
    method: 'put',
    path: '/users/{email}/role',
    summary: 'Change a user’s role (admins); their sessions end',
    tags: ['accounts'],
    request: { params: EmailParamSchema, body: jsonBody(RoleBodySchema, 'The new role') },
    responses: editorJson(UserSchema, 'The user now'),
  }),
  disableUser: createRoute({
    method: 'post',
    path: '/users/{email}/disable',
    summary: 'Disable a user (admins): their sessions end and their tokens are revoked',
    tags: ['accounts'],
    request: { params: EmailParamSchema },
    responses: editorJson(UserSchema, 'The user now'),
  }),
  enableUser: createRoute({
    method: 'post',
    path: '/users/{email}/enable',
    summary: 'Enable a disabled user again (admins)',
    tags: ['accounts'],
    request: { params: EmailParamSchema },
    responses: editorJson(UserSchema, 'The user now'),
  }),
} as const;

/** `GET /me` and the users' routes, over the account service; none without the editors. */
export function addUserRoutes(api: OpenAPIHono, { deps }: ApiRouteContext): void {
  const editors = deps.editors;
  if (editors === undefined) return;
  const { accounts } = editors;

  api.openapi(USER_ROUTES.me, (c) => {
    const { actor } = c.var.caller;
    // The route's guard lets only a signed-in caller through.
    if (actor.kind !== 'user') throw new SomkbError('UNAUTHENTICATED', 'sign in first');
    return c.json(
      { id: actor.userId, email: actor.email, role: actor.role, credential: actor.credential },
      200,
    );
  });

  api.openapi(USER_ROUTES.users, async (c) =>
    c.json({ users: [...(await accounts.listUsers(c.var.caller))] }, 200),
  );

  api.openapi(USER_ROUTES.addUser, async (c) => {
    const { email, role, password } = c.req.valid('json');
    const added = await accounts.addUser(c.var.caller, {
      email,
      role,
      ...(password === undefined ? {} : { password }),
    });
    return c.json(added, 201);
  });

  api.openapi(USER_ROUTES.changeRole, async (c) => {
    const { email } = c.req.valid('param');
    return c.json(await accounts.changeRole(c.var.caller, email, c.req.valid('json').role), 200);
  });
  api.openapi(USER_ROUTES.disableUser, async (c) =>
    c.json(await accounts.disableUser(c.var.caller, c.req.valid('param').email), 200),
  );
  api.openapi(USER_ROUTES.enableUser, async (c) =>
    c.json(await accounts.enableUser(c.var.caller, c.req.valid('param').email), 200),
  );
}
