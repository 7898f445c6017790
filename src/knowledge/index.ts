export {
  describeCatalog,
  expansionConcepts,
  filterVocabulary,
  knowledgeUserWords,
} from './catalog-knowledge.js';
export type { CatalogKnowledge, ConceptEntry, KnowledgeBase, MechanismEntry } from './catalog-knowledge.js';
export { keyTopicConceptResolver } from './knowledge-views.js';
