export { INSTRUMENTS, instrumentInfo } from './instruments.js';
export type { ArticleTitle, InstrumentId, InstrumentInfo, InstrumentKind } from './instruments.js';
export { extractReferences } from './extract-references.js';
export type { ExtractedReferences, InstrumentMention, Reference, TextSpan } from './extract-references.js';
export { citeReference } from './cite-reference.js';
export type { Citation } from './cite-reference.js';
