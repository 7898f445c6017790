export type {
  Concept,
  ConceptKind,
  ConceptLink,
  LabelListMap,
  LabelMap,
  Thesaurus,
} from './thesaurus-types.js';
export { parseThesaurus } from './parse-thesaurus.js';
export {
  conceptLabels,
  conceptPrefLabel,
  findConceptByLabel,
  labelKey,
  textMatchKey,
  thesaurusUserWords,
} from './concept-labels.js';
export type { ConceptLabelsOptions } from './concept-labels.js';
export { keyTopicConcepts, keyTopicResolver, linkConcepts, linkTreatedConcepts } from './link-concepts.js';
export type { KeyTopicConcept, LinkConceptsOptions } from './link-concepts.js';
export { renderSkosTurtle } from './render-skos.js';
export type { SkosOptions } from './render-skos.js';
export { renderThesaurusCsv, THESAURUS_CSV_HEADER } from './render-thesaurus-csv.js';
export { alignKeyTopics } from './align-key-topics.js';
export type { AlignedKeyTopic, KeyTopicMatch } from './align-key-topics.js';
