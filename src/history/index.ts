export type { CatalogChange, CatalogDiff, ChangeAction, ChangeKind, TextDiffPart } from './catalog-diff.js';
