export {
  DEFAULT_SUGGESTIONS,
  MAX_SUGGESTIONS,
  MAX_SUGGEST_QUERY,
  buildSuggestIndex,
  conceptSuggestion,
  suggest,
} from './suggest-index.js';
export type {
  SuggestIndex,
  SuggestRequest,
  SuggestSources,
  Suggestion,
  SuggestionKind,
} from './suggest-index.js';
export {
  DID_YOU_MEAN_LIMIT,
  closeConcepts,
  frequentTopics,
  queryWords,
  similarity,
} from './close-concepts.js';
export { suggestKey } from './suggest-key.js';
