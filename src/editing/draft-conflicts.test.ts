import { describe, expect, it } from 'vitest';
import { applyChanges } from './apply-changes.js';
import type { DraftChange } from './draft-change.js';
import { findConflicts, rebaseChanges, targetValue } from './draft-conflicts.js';
import { catalogIn } from './draft-state.js';
import { fixtureState, newPaper } from './testing/draft-fixtures.js';

const DOCUMENT = 'thematic-summary-2021';

function paragraph(number: number, text: string): DraftChange {
  return { kind: 'paragraph', document: DOCUMENT, number, language: 'en', text, items: [] };
}

describe('findConflicts', () => {
  const base = fixtureState(['zh', 'en']);
  const baseText = catalogIn(base, 'en')?.paragraphs[3]?.text;

  it('finds a paragraph both the draft and a publish since changed, with the three values', () => {
    const now = applyChanges(base, [paragraph(4, 'Their text.')]).state;
    expect(findConflicts([paragraph(4, 'Our text.'), paragraph(5, 'Ours only.')], base, now)).toEqual([
      {
        target: 'paragraph:thematic-summary-2021:4:en',
        base: { text: baseText, items: [] },
        theirs: { text: 'Their text.', items: [] },
        ours: { text: 'Our text.', items: [] },
      },
    ]);
  });

  it('finds no conflict when nothing changed the target since, or when both made the same change', () => {
    const now = applyChanges(base, [paragraph(4, 'Same text.'), paragraph(7, 'Another paragraph.')]).state;
    expect(findConflicts([paragraph(4, 'Same text.'), paragraph(5, 'Ours.')], base, now)).toEqual([]);
  });

  it('follows a paragraph that a new paper published since renumbered, and rebases the change onto it', () => {
    const now = applyChanges(base, [newPaper(['zh', 'en'])]).state;
    const change = paragraph(7, 'Our correction of the second paragraph of 2020/2.');
    expect(findConflicts([change], base, now)).toEqual([]);
    const [rebased] = rebaseChanges([change], base, now);
    expect(rebased).toMatchObject({ number: 9 });
    const published = applyChanges(now, rebaseChanges([change], base, now)).state;
    expect(catalogIn(published, 'en')?.paragraphs[8]?.text).toBe(
      'Our correction of the second paragraph of 2020/2.',
    );
    expect(catalogIn(published, 'en')?.paragraphs[6]?.text).toBe(catalogIn(now, 'en')?.paragraphs[6]?.text);
  });

  it('finds a new paper whose symbol another publish took meanwhile', () => {
    const theirs = newPaper(['zh', 'en'], { theme: 'theme-2' });
    const now = applyChanges(base, [theirs]).state;
    const conflicts = findConflicts([newPaper(['zh', 'en'])], base, now);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      base: null,
      theirs: { theme: 'theme-2' },
      ours: { theme: 'theme-1' },
    });
  });

  it('compares only the fields of a paper the change sets, and knowledge entries by content', () => {
    const subject: DraftChange = {
      kind: 'paper',
      document: DOCUMENT,
      symbol: 'CTOC/COP/WG.7/2019/2',
      language: 'en',
      subject: 'their subject',
    };
    const now = applyChanges(base, [subject]).state;
    const year: DraftChange = {
      kind: 'paper',
      document: DOCUMENT,
      symbol: 'CTOC/COP/WG.7/2019/2',
      language: 'en',
      year: 2019,
    };
    expect(findConflicts([year], base, now)).toEqual([]);
    expect(targetValue(now, subject)).toEqual({ subject: 'their subject' });

    const concept = (label: string): DraftChange => ({
      kind: 'concept',
      id: 'drones',
      entry: { id: 'drones', kind: 'term', prefLabel: { zh: '无人机', en: label } },
    });
    const withConcept = applyChanges(base, [concept('drones')]).state;
    expect(findConflicts([concept('uav')], base, withConcept)).toMatchObject([
      { target: 'concept:drones', base: null, ours: { prefLabel: { en: 'uav' } } },
    ]);
    expect(findConflicts([concept('drones')], base, withConcept)).toEqual([]);
  });
});
