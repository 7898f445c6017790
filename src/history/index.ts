export type { CatalogChange, CatalogDiff, ChangeAction, ChangeKind, TextDiffPart } from './catalog-diff.js';
export { diffCatalogs } from './diff-catalogs.js';
export type { DiffCatalogsOptions, DiffSide } from './diff-catalogs.js';
export { diffText } from './text-diff.js';
