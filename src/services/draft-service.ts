import type { Caller } from '../accounts/index.js';
import type { Catalog, Language } from '../domain/index.js';
import type { DraftChange, DraftStatus } from '../editing/index.js';
import type { CatalogDiff } from '../history/index.js';
import type { DraftComment } from '../store/index.js';

/** A draft as the front ends show it. */
export interface DraftView {
  readonly id: string;
  readonly title: string;
  readonly document: string;
  /** The version of the document it is based on. */
  readonly base: number;
  readonly status: DraftStatus;
  /** The author's email. */
  readonly author: string;
  /** The approving reviewer's email, once approved. */
  readonly reviewer: string | null;
  /**
   * The draft's entity tag (a quoted string, e.g. `"d3-r7"`): an edit sends it back in `If-Match`
   * (a form in a hidden field) and gets `PRECONDITION_FAILED` when the draft changed meanwhile.
   */
  readonly etag: string;
  readonly changes: readonly DraftChange[];
  readonly comments: readonly DraftComment[];
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The version its publish made, once published. */
  readonly publishedVersion: number | null;
  /** Whether the document moved past `base` since the draft was opened (a rebase brings it up to date). */
  readonly behind: boolean;
}

/** A change of a draft that another publish changed too: the two sides, to be shown side by side. */
export interface DraftConflict {
  /** The target both changed (see `changeTarget` of editing). */
  readonly target: string;
  /** The value at the draft's base. */
  readonly base: unknown;
  /** The value published since (theirs). */
  readonly theirs: unknown;
  /** The draft's value (ours). */
  readonly ours: unknown;
}

/**
 * The use cases of drafts: open, change, submit, review, publish, rebase. Every write is appended to
 * the audit log with its caller.
 *
 * Who may: an editor opens drafts and changes their own open drafts; a reviewer also reads every
 * draft and approves or sends back the submitted drafts of others (never their own); an admin or the
 * approving reviewer publishes an approved draft. Errors: `FORBIDDEN` (role, or another's draft),
 * `NOT_FOUND`, `PRECONDITION_FAILED` (stale `ifMatch`, `details.current` = the draft now),
 * `VALIDATION_FAILED` / `ALIGNMENT_FAILED` with `details.fields` (the rules of ingest, next to the
 * field), `CONFLICT` (wrong status; or, at publish, a change another publish made since the base:
 * `details.conflicts` = {@link DraftConflict}[]).
 */
export interface DraftService {
  /** Opens a draft on the current version of a document (the bundled summary's by default). */
  open(caller: Caller, request: { readonly title: string; readonly document?: string }): Promise<DraftView>;
  /** The drafts the caller may see, newest first. */
  list(
    caller: Caller,
    filter?: { readonly statuses?: readonly DraftStatus[] },
  ): Promise<readonly DraftView[]>;
  get(caller: Caller, id: string): Promise<DraftView>;
  /** Makes or replaces a change (one per target) after checking it; `ifMatch` is the ETag read. */
  change(caller: Caller, id: string, change: DraftChange, ifMatch?: string): Promise<DraftView>;
  /** Takes a change back out of the draft, by its target. */
  undoChange(caller: Caller, id: string, target: string, ifMatch?: string): Promise<DraftView>;
  submit(caller: Caller, id: string, ifMatch?: string): Promise<DraftView>;
  approve(caller: Caller, id: string, comment?: string): Promise<DraftView>;
  /** Sends a submitted draft back to its author with comments (they stay in the draft). */
  sendBack(caller: Caller, id: string, comment: string): Promise<DraftView>;
  withdraw(caller: Caller, id: string): Promise<DraftView>;
  /**
   * Publishes an approved draft as a new version of its document (each language it changes), whose
   * source names the draft, its author and its reviewer; knowledge changes publish a new version of
   * the knowledge base. Readers and search see it at once.
   */
  publish(caller: Caller, id: string): Promise<{ readonly version: number; readonly draft: DraftView }>;
  /** Moves the draft's base to the current version, keeping its changes; it is `open` again. */
  rebase(caller: Caller, id: string): Promise<DraftView>;
  /** The draft's diff against its base, per language changed (the history's diff). */
  diff(caller: Caller, id: string): Promise<readonly CatalogDiff[]>;
  /** The document as readers would see it once the draft is published, in one language. */
  preview(caller: Caller, id: string, language: Language): Promise<Catalog>;
}
