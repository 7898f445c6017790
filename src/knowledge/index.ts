export {
  describeCatalog,
  expansionConcepts,
  filterVocabulary,
  knowledgeUserWords,
} from './catalog-knowledge.js';
export type { CatalogKnowledge, ConceptEntry, KnowledgeBase, MechanismEntry } from './catalog-knowledge.js';
export { keyTopicConceptResolver } from './knowledge-views.js';
export { checkAgreement, compareWithReference, languageFacts, provisionKey } from './language-agreement.js';
export type { AgreementCode, AgreementWarning, LanguageFacts } from './language-agreement.js';
