import type { Language } from '../domain/index.js';

/**
 * What a change is about. `document` is the front matter and the chapters (the body, dates, place,
 * title and "prepared by" line of the header, a chapter's title): not among the kinds DESIGN.md
 * lists, but a diff that said "no changes" when the title changed would be wrong.
 */
export type ChangeKind = 'document' | 'paragraph' | 'item' | 'paper' | 'theme' | 'keyTopic';

/** What happened to it between the two versions. */
export type ChangeAction = 'added' | 'removed' | 'changed';

/**
 * One run of a text diff: text both versions share, text only the newer one has (`insert`), or text
 * only the older one had (`delete`). Runs cover both texts in order: the `equal` and `delete` runs
 * spell the older text, the `equal` and `insert` runs the newer one.
 */
export interface TextDiffPart {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

/**
 * One change between two versions of a document, as `somkb diff --json` prints it and the API
 * returns it (see DESIGN.md, "Stores, versions and history").
 */
export interface CatalogChange {
  readonly kind: ChangeKind;
  readonly change: ChangeAction;
  /** The language of the text that changed (the catalog language of the two versions). */
  readonly lang: Language;
  /** The paragraph number (paragraphs and items), or the chapter's (a document's `chapter`). */
  readonly number?: number;
  /** The item's letter (items). */
  readonly label?: string;
  /** The paper's symbol (papers). */
  readonly symbol?: string;
  /** The theme's id (themes and key topics). */
  readonly theme?: string;
  /**
   * What changed of a paper or theme (`subject`, `year`, `meeting`, `theme`, `name` …) or of the
   * document (`body`, `dates`, `place`, `title`, `preparedBy`, `chapter`).
   */
  readonly field?: string;
  /** The older text or value (changed and removed). */
  readonly before?: string;
  /** The newer text or value (changed and added). */
  readonly after?: string;
  /** For a changed text: the character-level diff of `before` into `after`. */
  readonly parts?: readonly TextDiffPart[];
}

/** Every change between two versions of one document, in catalog order. */
export interface CatalogDiff {
  readonly document: string;
  readonly from: number;
  readonly to: number;
  readonly changes: readonly CatalogChange[];
}
