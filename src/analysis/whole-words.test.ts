import { describe, expect, it } from 'vitest';
import { standsAsWholeWords } from './whole-words.js';

describe('standsAsWholeWords', () => {
  it('accepts a name between spaces or punctuation, not inside a longer word', () => {
    const text = 'the SHERLOC portal, SHERLOCK and XSHERLOC';
    const at = (from: number): boolean => standsAsWholeWords(text, from, from + 'SHERLOC'.length, 'en');
    expect(at(text.indexOf('SHERLOC'))).toBe(true);
    expect(at(text.indexOf('SHERLOCK'))).toBe(false);
    expect(at(text.indexOf('XSHERLOC') + 1)).toBe(false);
  });

  it('lets an Arabic name carry up to two clitics in front, and only in Arabic', () => {
    const name = 'الإنتربول';
    const withClitics = `عن طريق وبالإنتربول`.replace('وبالإنتربول', `وب${name}`);
    const start = withClitics.indexOf(name);
    expect(standsAsWholeWords(withClitics, start, start + name.length, 'ar')).toBe(true);
    const three = `وفب${name}`;
    expect(standsAsWholeWords(three, 3, 3 + name.length, 'ar')).toBe(false);
    expect(standsAsWholeWords(`w${name}`, 1, 1 + name.length, 'ar')).toBe(false);
    expect(standsAsWholeWords(`و${name}`, 1, 1 + name.length, 'fr')).toBe(false);
  });
});
