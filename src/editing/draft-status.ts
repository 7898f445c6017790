/**
 * Where a draft stands: `open` (its author changes it), `submitted` (waiting for a reviewer),
 * `approved` (a reviewer approved it; an admin or that reviewer may publish it), `published` (it
 * made a new version; it changes no more), `withdrawn` (its author gave it up). A reviewer who sends
 * a draft back with comments makes it `open` again; a change to an approved or submitted draft
 * (including a rebase) makes it `open` again too, so that what is published is what was reviewed.
 */
export type DraftStatus = 'open' | 'submitted' | 'approved' | 'published' | 'withdrawn';

/** Every {@link DraftStatus}, in the order a draft goes through them. */
export const DRAFT_STATUSES: readonly DraftStatus[] = [
  'open',
  'submitted',
  'approved',
  'published',
  'withdrawn',
];
