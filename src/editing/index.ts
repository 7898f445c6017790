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
