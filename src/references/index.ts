export { INSTRUMENTS, instrumentInfo } from './instruments.js';
export type { ArticleTitle, InstrumentId, InstrumentInfo, InstrumentKind } from './instruments.js';
export { extractReferences } from './extract-references.js';
export type { ExtractedReferences, InstrumentMention, Reference, TextSpan } from './extract-references.js';
export { citeReference, citeReferenceIn } from './cite-reference.js';
export type { Citation } from './cite-reference.js';
export {
  groupInstrumentMentions,
  groupProvisions,
  placeWords,
  provisionArticleId,
  viewProvisionArticles,
} from './provision-groups.js';
export type {
  CitedPlace,
  InstrumentGroup,
  ProvisionArticleView,
  ProvisionCitationView,
  ProvisionGroup,
} from './provision-groups.js';
