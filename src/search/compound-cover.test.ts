import { describe, expect, it } from 'vitest';
import { coverCompound } from './compound-cover.js';

describe('coverCompound', () => {
  it('covers a compound end to end with the longest part at each place', () => {
    expect(coverCompound('保障人权', ['人', '保障', '人权', '权'])).toEqual(['保障', '人权']);
  });

  it('gives nothing when a place starts no part: a word that only holds another stays whole', () => {
    expect(coverCompound('无人机', ['无人'])).toBeUndefined();
  });

  it('takes the parts in the order asked for at each place', () => {
    const labels = new Set(['打击']);
    const labelsFirst = (a: string, b: string): number =>
      Number(labels.has(b)) - Number(labels.has(a)) || b.length - a.length;
    expect(coverCompound('打击偷运', ['打击偷', '打击', '偷运', '运'], labelsFirst)).toEqual([
      '打击',
      '偷运',
    ]);
    expect(coverCompound('打击偷运', ['打击偷', '打击', '偷运', '运'])).toEqual(['打击偷', '运']);
  });
});
