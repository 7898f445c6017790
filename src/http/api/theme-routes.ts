import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { ThemeSchema, listOf } from '../api-schemas.js';
import { sendJson } from '../json-body.js';
import { bodyOf, listBodyOf } from './api-views.js';
import type { ApiRouteContext } from './route-kit.js';
import { idParam, json, notFound } from './route-kit.js';

/** The routes of themes. */
export const THEME_ROUTES = {
  themes: createRoute({
    method: 'get',
    path: '/themes',
    summary: 'List the themes with their key topics and papers',
    tags: ['documents'],
    responses: json(listOf(ThemeSchema, 'ThemeList'), 'The nine themes'),
  }),
  theme: createRoute({
    method: 'get',
    path: '/themes/{id}',
    summary: 'One theme by id',
    tags: ['documents'],
    request: { params: idParam('id', 'theme-3', 'Theme id (theme-1 … theme-9)') },
    responses: json(ThemeSchema, 'One theme'),
  }),
} as const;

/** `GET /themes` and `GET /themes/{id}` (an id, or a theme's number). */
export function addThemeRoutes(api: OpenAPIHono, { current }: ApiRouteContext): void {
  api.openapi(THEME_ROUTES.themes, async (c) => {
    const view = await current();
    return sendJson(c, listBodyOf(view, 'themes', view.themes));
  });
  api.openapi(THEME_ROUTES.theme, async (c) => {
    const view = await current();
    const { id } = c.req.valid('param');
    const theme = view.themes.find((candidate) => candidate.id === id || String(candidate.number) === id);
    return theme === undefined
      ? notFound('theme', id, `themes are theme-1 … theme-${view.themes.length}`)
      : sendJson(
          c,
          bodyOf(view, `theme ${theme.id}`, () => theme),
        );
  });
}
