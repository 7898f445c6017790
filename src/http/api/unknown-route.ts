import type { Context } from 'hono';
import { errorBody } from '../error-response.js';

const pattern = (path: string): RegExp => new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`);

/**
 * The answer to a request no route of the API took: 405 with `Allow` when the path is a route's
 * (of `routes`, the routes the API serves) under another method, else 404 pointing to the OpenAPI
 * document.
 */
export function answerUnknownRoute(
  routes: readonly { readonly method: string; readonly path: string }[],
  prefix: string,
) {
  const patterns = routes.map((route) => ({ method: route.method, pattern: pattern(route.path) }));
  return (c: Context) => {
    const path = c.req.path.startsWith(prefix) ? c.req.path.slice(prefix.length) : c.req.path;
    const allowed = patterns.filter((route) => route.pattern.test(path));
    if (allowed.length > 0) {
      c.header('Allow', [...new Set(allowed.map((route) => route.method))].join(', '));
      return c.json(
        errorBody('USAGE', `method ${c.req.method} is not allowed on ${c.req.path}`, {
          allowed: allowed.map((route) => route.method),
        }),
        405,
      );
    }
    return c.json(errorBody('NOT_FOUND', `no API route ${c.req.path}; see ${prefix}/openapi.json`), 404);
  };
}
