import { diffArrays, diffChars } from 'diff';
import type { WordSplitter } from '../analysis/index.js';
import type { TextDiffPart } from './catalog-diff.js';

/** A run of text only one side has: `insert` or `delete`. */
type ChangeOp = Exclude<TextDiffPart['op'], 'equal'>;

const WHITESPACE_ONLY = /^\s+$/u;
const LEADING_SPACE = /^\s+/u;
const TRAILING_SPACE = /\s+$/u;

/**
 * The diff of two texts as runs (see {@link TextDiffPart}): the `equal` and `delete` runs spell
 * `before` exactly, the `equal` and `insert` runs spell `after`. Between two unchanged runs, a
 * change is one `delete` then one `insert` (either may be absent).
 *
 * With `mode: 'characters'` (Chinese, written without spaces) the texts are compared character by
 * character, then every change is widened to the word boundaries `split` finds in both texts, so
 * that a changed word reads as one deletion and one insertion (调查 → 侦查, not 调 → 侦); with
 * `mode: 'words'` (the languages written with spaces) the words `split` finds are compared as
 * wholes. In both, a run of spaces alone between two changes joins them.
 */
export function diffText(
  before: string,
  after: string,
  split: WordSplitter,
  mode: 'characters' | 'words',
): TextDiffPart[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  const raw =
    mode === 'characters' ? diffByCharacter(before, after, split) : diffByWord(before, after, split);
  return releaseSharedSpaces(normalizeParts(joinAcrossSpaces(raw)));
}

/** Compares the words of both texts as wholes. */
function diffByWord(before: string, after: string, split: WordSplitter): TextDiffPart[] {
  return diffArrays([...split(before)], [...split(after)]).map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value.join(''),
  }));
}

/** The offsets (UTF-16 code units) at which a word of `text` starts or ends, 0 and its length included. */
function wordBoundaries(text: string, split: WordSplitter): Set<number> {
  const boundaries = new Set<number>([0]);
  let offset = 0;
  for (const word of split(text)) {
    offset += word.length;
    boundaries.add(offset);
  }
  boundaries.add(text.length);
  return boundaries;
}

/**
 * Compares character by character, then cuts the texts only where both sides are at a word
 * boundary inside text they share: each stretch between two such cuts is either shared (equal) or
 * replaced as a whole (the old stretch deleted, the new one inserted).
 */
function diffByCharacter(before: string, after: string, split: WordSplitter): TextDiffPart[] {
  const oldBoundaries = wordBoundaries(before, split);
  const newBoundaries = wordBoundaries(after, split);
  // Aligned cut points [old offset, new offset], increasing on both sides.
  const cuts: (readonly [number, number])[] = [];
  let last: readonly [number, number] | undefined;
  const cut = (oldOffset: number, newOffset: number): void => {
    if (last?.[0] === oldOffset && last[1] === newOffset) return;
    last = [oldOffset, newOffset];
    cuts.push(last);
  };
  cut(0, 0);
  let oldAt = 0;
  let newAt = 0;
  for (const change of diffChars(before, after)) {
    const length = change.value.length;
    if (change.added) newAt += length;
    else if (change.removed) oldAt += length;
    else {
      for (let step = 0; step <= length; step++) {
        if (oldBoundaries.has(oldAt + step) && newBoundaries.has(newAt + step))
          cut(oldAt + step, newAt + step);
      }
      oldAt += length;
      newAt += length;
    }
  }
  cut(before.length, after.length);

  const parts: TextDiffPart[] = [];
  for (let index = 1; index < cuts.length; index++) {
    const [oldStart, newStart] = cuts[index - 1] ?? [0, 0];
    const [oldEnd, newEnd] = cuts[index] ?? [0, 0];
    const oldText = before.slice(oldStart, oldEnd);
    const newText = after.slice(newStart, newEnd);
    if (oldText === newText) parts.push({ op: 'equal', text: oldText });
    else {
      parts.push({ op: 'delete', text: oldText });
      parts.push({ op: 'insert', text: newText });
    }
  }
  return parts;
}

/** Makes a run of spaces alone between two changes part of both (deleted and inserted again). */
function joinAcrossSpaces(parts: readonly TextDiffPart[]): TextDiffPart[] {
  const out: TextDiffPart[] = [];
  parts.forEach((part, index) => {
    const previous = parts[index - 1];
    const next = parts[index + 1];
    const between =
      part.op === 'equal' &&
      WHITESPACE_ONLY.test(part.text) &&
      previous !== undefined &&
      previous.op !== 'equal' &&
      next !== undefined &&
      next.op !== 'equal';
    if (between) {
      out.push({ op: 'delete', text: part.text });
      out.push({ op: 'insert', text: part.text });
    } else out.push(part);
  });
  return out;
}

/**
 * Merges neighbouring runs into the canonical form: no empty run, no two equal runs in a row, and
 * between two equal runs at most one `delete` followed by at most one `insert`.
 */
function normalizeParts(parts: readonly TextDiffPart[]): TextDiffPart[] {
  const out: TextDiffPart[] = [];
  const pending: Record<ChangeOp, string> = { delete: '', insert: '' };
  const flush = (): void => {
    if (pending.delete !== '') out.push({ op: 'delete', text: pending.delete });
    if (pending.insert !== '') out.push({ op: 'insert', text: pending.insert });
    pending.delete = '';
    pending.insert = '';
  };
  for (const part of parts) {
    if (part.text === '') continue;
    if (part.op !== 'equal') {
      pending[part.op] += part.text;
      continue;
    }
    flush();
    const last = out[out.length - 1];
    if (last?.op === 'equal') out[out.length - 1] = { op: 'equal', text: last.text + part.text };
    else out.push(part);
  }
  flush();
  return out;
}

/**
 * Gives back to the unchanged text the spaces a deletion and its insertion both start or end with
 * (`[-have been -]{+were +}` → `[-have been-]{+were+} `), so that a change holds words, not the
 * spaces around them. Expects canonical runs; keeps them canonical.
 */
function releaseSharedSpaces(parts: readonly TextDiffPart[]): TextDiffPart[] {
  const out: TextDiffPart[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    const next = parts[index + 1];
    if (part?.op !== 'delete' || next?.op !== 'insert') {
      if (part !== undefined) out.push(part);
      continue;
    }
    index++;
    let deleted = part.text;
    let inserted = next.text;
    const lead = sharedSpace(deleted, inserted, LEADING_SPACE);
    deleted = deleted.slice(lead.length);
    inserted = inserted.slice(lead.length);
    const trail = sharedSpace(deleted, inserted, TRAILING_SPACE);
    deleted = deleted.slice(0, deleted.length - trail.length);
    inserted = inserted.slice(0, inserted.length - trail.length);
    if (lead !== '') appendEqual(out, lead);
    out.push({ op: 'delete', text: deleted }, { op: 'insert', text: inserted });
    if (trail !== '') appendEqual(out, trail);
  }
  return normalizeParts(out);
}

/** The spaces both texts have where `at` looks (their start or end), when neither is only spaces. */
function sharedSpace(first: string, second: string, at: RegExp): string {
  if (WHITESPACE_ONLY.test(first) || WHITESPACE_ONLY.test(second)) return '';
  const space = at.exec(first)?.[0] ?? '';
  return space !== '' && space === at.exec(second)?.[0] ? space : '';
}

function appendEqual(parts: TextDiffPart[], text: string): void {
  parts.push({ op: 'equal', text });
}
