import type { z } from '@hono/zod-openapi';
import type { Suggestion } from '../../suggest/index.js';
import { MECHANISMS_PATH, mechanismAnchor, paperPath, topicPath } from '../../web/index.js';
import type { SuggestionSchema } from '../api-schemas.js';

/** The portal page a suggestion leads to: the concept's topic page, the paper's page, the mechanism on the mechanisms page. */
export function suggestionHref(suggestion: Suggestion): string {
  switch (suggestion.kind) {
    case 'concept':
      return topicPath(suggestion.id);
    case 'paper':
      return paperPath(suggestion.symbol ?? suggestion.id);
    case 'mechanism':
      return `${MECHANISMS_PATH}#${mechanismAnchor(suggestion.id)}`;
  }
}

/** The JSON view of a suggestion: its fields and the page it leads to. */
export function toSuggestionJson(suggestion: Suggestion): z.infer<typeof SuggestionSchema> {
  return { ...suggestion, href: suggestionHref(suggestion) };
}
