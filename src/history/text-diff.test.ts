import { describe, expect, it } from 'vitest';
import { createWordSplitter } from '../analysis/index.js';
import type { TextDiffPart } from './index.js';
import { diffText } from './index.js';

const zh = createWordSplitter('zh');
const en = createWordSplitter('en');

/** The text one side of a diff spells: the older (`equal` + `delete`) or the newer (`equal` + `insert`). */
function spell(parts: readonly TextDiffPart[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'insert' : 'delete';
  return parts
    .filter((part) => part.op !== skip)
    .map((part) => part.text)
    .join('');
}

/** The diff in the `[-…-]{+…+}` notation of `somkb diff`, to read a whole diff at once. */
function markup(parts: readonly TextDiffPart[]): string {
  return parts
    .map((part) =>
      part.op === 'equal' ? part.text : part.op === 'delete' ? `[-${part.text}-]` : `{+${part.text}+}`,
    )
    .join('');
}

/** Asserts the canonical form: no empty run, no equal run after an equal run, delete before insert. */
function expectCanonical(parts: readonly TextDiffPart[]): void {
  parts.forEach((part, index) => {
    expect(part.text).not.toBe('');
    const previous = parts[index - 1];
    if (previous === undefined) return;
    expect(previous.op === part.op).toBe(false);
    expect(previous.op === 'insert' && part.op === 'delete').toBe(false);
  });
}

describe('diffText, Chinese (by character, shown by word)', () => {
  const cases: [string, string][] = [
    ['各国应加强金融调查和特别侦查手段的使用。', '各国应加强金融侦查以及特别侦查手段的广泛使用。'],
    ['秘书处为工作组第五次会议编写了一份背景文件', '秘书处为工作组第六次会议编写了两份背景文件'],
    ['', '新的段落。'],
    ['删除的段落。', ''],
    ['文件（CTOC/COP/WG.7/2018/2）', '文件（CTOC/COP/WG.7/2019/2）'],
    ['a𠀀b 金融调查', 'a𠀁b 金融侦查'],
  ];

  it.each(cases)('spells both texts exactly: %s → %s', (before, after) => {
    const parts = diffText(before, after, zh, 'characters');
    expect(spell(parts, 'before')).toBe(before);
    expect(spell(parts, 'after')).toBe(after);
    expectCanonical(parts);
  });

  it('shows a changed word as one deletion and one insertion, not scattered characters', () => {
    const parts = diffText('各国应加强金融调查的使用。', '各国应加强金融侦查的使用。', zh, 'characters');
    // Character by character only 调 → 侦 differs; the word 调查 is what changed.
    expect(parts).toEqual([
      { op: 'equal', text: '各国应加强金融' },
      { op: 'delete', text: '调查' },
      { op: 'insert', text: '侦查' },
      { op: 'equal', text: '的使用。' },
    ]);
  });

  it('keeps each change to its own words, with the shared text between them unchanged', () => {
    const parts = diffText(
      '秘书处为工作组第五次会议编写了一份背景文件',
      '秘书处为工作组第六次会议编写了两份背景文件',
      zh,
      'characters',
    );
    expect(markup(parts)).toBe('秘书处为工作组[-第五次-]{+第六次+}会议编写了[-一份-]{+两份+}背景文件');
  });

  it('shows an insertion alone when nothing was taken away', () => {
    const parts = diffText('特别侦查手段的使用。', '特别侦查手段的广泛使用。', zh, 'characters');
    expect(parts.filter((part) => part.op === 'delete')).toEqual([]);
    expect(parts.filter((part) => part.op === 'insert')).toEqual([{ op: 'insert', text: '广泛' }]);
  });

  it('gives one equal run for identical texts and none for two empty ones', () => {
    expect(diffText('金融调查。', '金融调查。', zh, 'characters')).toEqual([
      { op: 'equal', text: '金融调查。' },
    ]);
    expect(diffText('', '', zh, 'characters')).toEqual([]);
  });
});

describe('diffText, languages written with spaces (by word)', () => {
  it('compares words as wholes', () => {
    const parts = diffText(
      'Examples were given of information-sharing mechanisms, including:',
      'Examples were given of formal information-sharing channels, including the following:',
      en,
      'words',
    );
    expect(markup(parts)).toBe(
      'Examples were given of {+formal +}information-sharing [-mechanisms-]{+channels+}, including{+ the following+}:',
    );
  });

  it('joins two changed words across the space between them', () => {
    const parts = diffText('the cat sat on the mat', 'a dog sat on a mat', en, 'words');
    expect(markup(parts)).toBe('[-the cat-]{+a dog+} sat on [-the-]{+a+} mat');
  });

  it('never splits a word: a changed letter replaces the whole word', () => {
    const parts = diffText('smuggling of migrants', 'smuggling of migrant', en, 'words');
    expect(parts).toContainEqual({ op: 'delete', text: 'migrants' });
    expect(parts).toContainEqual({ op: 'insert', text: 'migrant' });
  });

  const cases: [string, string][] = [
    ['Vienna, 14 and 15 October 2021', 'Vienna, 14–15 October  2021\n'],
    ['незаконный ввоз мигрантов', 'незаконный ввоз мигрантов по морю'],
    ['', 'Added.'],
    ['Removed.', ''],
  ];
  it.each(cases)('spells both texts exactly: %s → %s', (before, after) => {
    const parts = diffText(before, after, en, 'words');
    expect(spell(parts, 'before')).toBe(before);
    expect(spell(parts, 'after')).toBe(after);
    expectCanonical(parts);
  });
});
