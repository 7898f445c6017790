import type { z } from '@hono/zod-openapi';
import type { SelectionRequest } from '../../services/index.js';
import type { SelectionParamsSchema } from '../api-schemas.js';

/** A repeatable parameter as a list; absent stays absent. */
const listOf = (value: string | string[] | undefined): string[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value];

/**
 * The selection the parameters of an export or a briefing pack name, for the file use cases (which
 * take each value once, turn paper slugs into symbols and run the query, naming `q` when it matches
 * nothing).
 */
export function selectionRequestOf(params: z.infer<typeof SelectionParamsSchema>): SelectionRequest {
  const themeIds = listOf(params.theme);
  const topicIds = listOf(params.topic);
  const papers = listOf(params.paper);
  return {
    ...(themeIds === undefined ? {} : { themeIds }),
    ...(topicIds === undefined ? {} : { topicIds }),
    ...(papers === undefined ? {} : { papers }),
    ...(params.q === undefined ? {} : { query: params.q }),
    queryParameter: 'q',
  };
}
