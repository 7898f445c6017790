import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono, z } from '@hono/zod-openapi';
import { entryOf } from '../../search/index.js';
import type { Suggestion } from '../../suggest/index.js';
import { SuggestParamsSchema, SuggestResultSchema } from '../api-schemas.js';
import type { JsonBody } from '../json-body.js';
import { entityTag, sendJson } from '../json-body.js';
import type { ApiRouteContext } from './route-kit.js';
import { json } from './route-kit.js';
import { toSuggestionJson } from './suggest-view.js';

/** The routes of suggestions. */
export const SUGGEST_ROUTES = {
  suggest: createRoute({
    method: 'get',
    path: '/suggest',
    summary: 'Concepts, papers and mechanisms whose names start with or contain what is typed',
    description:
      'For a search box, as one types: every label of the thesaurus concepts in the six languages (everyday words too), the papers by UN symbol (whole or partial: 2012/2) and by subject in each published language, the mechanisms by each of their names; compared without case, width, accents, Arabic vowel marks. Names that start with the text come first, then those that contain it.',
    tags: ['search'],
    request: { query: SuggestParamsSchema },
    responses: json(SuggestResultSchema, 'Suggestions, best first'),
  }),
} as const;

/** Characters a page could read as markup or a script could read as a line end, written as JSON escapes. */
const UNSAFE_IN_JSON = /[<>&\u2028\u2029]/g;
/** Whether a text holds one of them (a test that runs no callback: most answers hold none). */
const HAS_UNSAFE_IN_JSON = /[<>&\u2028\u2029]/;

/**
 * `value` as a JSON body whose text holds no `<`, `>`, `&`, U+2028 or U+2029 (each written `\uXXXX`,
 * the same JSON): the answer echoes what was typed, and stays inert wherever it is pasted.
 */
function inertJsonBody<T>(value: T): JsonBody<T> {
  const json = JSON.stringify(value);
  const text = HAS_UNSAFE_IN_JSON.test(json)
    ? json.replace(
        UNSAFE_IN_JSON,
        (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
      )
    : json;
  return { text, etag: entityTag(text) };
}

/** `GET /suggest?q=&lang=&limit=`. */
export function addSuggestRoutes(api: OpenAPIHono, { suggestions }: ApiRouteContext): void {
  /** Bodies made once per answer and text as typed: the service gives a repeated lookup its answer again. */
  const bodies = new WeakMap<
    readonly Suggestion[],
    Map<string, JsonBody<z.infer<typeof SuggestResultSchema>>>
  >();
  api.openapi(SUGGEST_ROUTES.suggest, async (c) => {
    const { q, lang, limit } = c.req.valid('query');
    const found = await suggestions.suggest({ query: q, language: lang, limit });
    const byText = entryOf(
      bodies,
      found,
      () => new Map<string, JsonBody<z.infer<typeof SuggestResultSchema>>>(),
    );
    const body = entryOf(byText, q, () =>
      inertJsonBody<z.infer<typeof SuggestResultSchema>>({
        query: q,
        lang,
        suggestions: found.map(toSuggestionJson),
      }),
    );
    return sendJson(c, body);
  });
}
