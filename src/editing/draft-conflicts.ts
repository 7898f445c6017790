import type { Catalog } from '../domain/index.js';
import { applyChanges } from './apply-changes.js';
import type { DraftChange, ParagraphChange } from './draft-change.js';
import { changeTarget } from './draft-change.js';
import type { DraftState } from './draft-state.js';
import { catalogIn, entryWithId, referenceCatalog } from './draft-state.js';

/** A change of a draft that a publish since the draft's base changed too: the two sides, to show side by side. */
export interface DraftConflict {
  /** The target both changed (see {@link changeTarget}). */
  readonly target: string;
  /** The value at the draft's base (`null` when the target did not exist). */
  readonly base: unknown;
  /** The value published since (theirs; `null` when it does not exist). */
  readonly theirs: unknown;
  /** The draft's value (ours). */
  readonly ours: unknown;
}

/**
 * Where a paragraph of `from` stands in `to`: the same place in the same paper (its symbol and its
 * position among the paper's paragraphs), which a new paper or a paper moved to another theme
 * published since renumbers; a paragraph outside any paper keeps its number.
 */
function paragraphIn(from: Catalog | undefined, to: Catalog | undefined, number: number): number {
  const paragraph = from?.paragraphs.find((one) => one.number === number);
  if (paragraph?.paper === null || paragraph === undefined) return number;
  const index =
    from?.papers.find((paper) => paper.symbol === paragraph.paper)?.paragraphs.indexOf(number) ?? -1;
  const moved = to?.papers.find((paper) => paper.symbol === paragraph.paper)?.paragraphs[index];
  return moved ?? number;
}

/** The change stated against `now` instead of `base`: a paragraph change follows its paragraph's new number. */
function restate(change: DraftChange, base: DraftState, now: DraftState): DraftChange {
  if (change.kind !== 'paragraph') return change;
  const number = paragraphIn(referenceCatalog(base), referenceCatalog(now), change.number);
  return number === change.number ? change : ({ ...change, number } satisfies ParagraphChange);
}

/** Sorts an object's keys, so that two values compare by their content. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, field]) => [key, canonical(field)]),
    );
  }
  return value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/**
 * The value of what a change changes, in a state (`null` when it does not exist there): a
 * paragraph's text and items in its language; the fields of a paper the change sets; a new paper's
 * entry (none before it is published); a theme's key topics in a language; a concept's or a
 * mechanism's entry.
 */
export function targetValue(state: DraftState, change: DraftChange): unknown {
  switch (change.kind) {
    case 'paragraph': {
      const paragraph = catalogIn(state, change.language)?.paragraphs.find(
        (one) => one.number === change.number,
      );
      return paragraph === undefined ? null : { text: paragraph.text, items: paragraph.items };
    }
    case 'paper': {
      const catalog = catalogIn(state, change.language);
      const paper = catalog?.papers.find((one) => one.symbol === change.symbol);
      if (paper === undefined) return null;
      return {
        ...(change.subject === undefined ? {} : { subject: paper.subject }),
        ...(change.theme === undefined ? {} : { theme: paper.theme }),
        ...(change.year === undefined ? {} : { year: paper.year }),
        ...(change.meeting === undefined ? {} : { meeting: paper.meeting }),
      };
    }
    case 'new-paper': {
      const reference = referenceCatalog(state);
      const paper = reference?.papers.find((one) => one.symbol === change.symbol);
      if (paper === undefined) return null;
      return { symbol: paper.symbol, theme: paper.theme, year: paper.year, meeting: paper.meeting };
    }
    case 'key-topics':
      return (
        catalogIn(state, change.language)?.themes.find((theme) => theme.id === change.theme)?.keyTopics ??
        null
      );
    case 'concept':
      return entryWithId(state.knowledge.thesaurus, 'concepts', change.id) ?? null;
    case 'mechanism':
      return entryWithId(state.knowledge.mechanisms, 'mechanisms', change.id) ?? null;
  }
}

/** The draft's own value of a change's target: the target in the base with that change made. */
function oursOf(base: DraftState, change: DraftChange): unknown {
  if (change.kind === 'new-paper') {
    return { symbol: change.symbol, theme: change.theme, year: change.year, meeting: change.meeting };
  }
  return targetValue(applyChanges(base, [change]).state, change);
}

/**
 * The changes of a draft that a publish since its base changed too (three-way): for each change,
 * the target's value at the base and now; when they differ and now is not what the draft makes it,
 * a conflict. A paragraph is followed to its number now when a publish since renumbered it. Changes
 * of targets nobody else changed are no conflict: they are carried over (see {@link rebaseChanges}).
 */
export function findConflicts(
  changes: readonly DraftChange[],
  base: DraftState,
  now: DraftState,
): DraftConflict[] {
  const conflicts: DraftConflict[] = [];
  for (const change of changes) {
    const before = targetValue(base, change);
    const theirs = targetValue(now, restate(change, base, now));
    if (same(before, theirs)) continue;
    const ours = oursOf(base, change);
    // A paper published since under the new paper's symbol is another paper, whatever its facts.
    if (change.kind !== 'new-paper' && same(theirs, ours)) continue;
    conflicts.push({ target: changeTarget(change), base: before, theirs, ours });
  }
  return conflicts;
}

/**
 * The changes of a draft stated against `now` instead of its base, keeping each change (ours wins
 * where another publish changed the same target): a paragraph change follows its paragraph to its
 * number now. Pure.
 */
export function rebaseChanges(
  changes: readonly DraftChange[],
  base: DraftState,
  now: DraftState,
): DraftChange[] {
  return changes.map((change) => restate(change, base, now));
}
