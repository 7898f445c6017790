export { changeTarget } from './draft-change.js';
export type {
  ConceptChange,
  DraftChange,
  DraftChangeKind,
  KeyTopicsChange,
  MechanismChange,
  NewPaperChange,
  PaperChange,
  ParagraphChange,
} from './draft-change.js';
export { DRAFT_STATUSES } from './draft-status.js';
export type { DraftStatus } from './draft-status.js';
export { catalogIn, entryWithId, referenceCatalog, stateLanguages } from './draft-state.js';
export type { DraftState, KnowledgeFiles } from './draft-state.js';
export { DRAFT_TARGET, problemFields } from './draft-problem.js';
export type { DraftProblem } from './draft-problem.js';
export { applyChanges } from './apply-changes.js';
export type { AppliedDraft } from './apply-changes.js';
export { checkChange, checkDraft, missingLanguages, textProblem } from './check-draft.js';
export type { DraftCheck } from './check-draft.js';
export { findConflicts, rebaseChanges, targetValue } from './draft-conflicts.js';
export type { DraftConflict } from './draft-conflicts.js';
