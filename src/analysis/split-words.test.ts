import { describe, expect, it } from 'vitest';
import { createWordSplitter } from './index.js';

describe('createWordSplitter', () => {
  const zh = createWordSplitter('zh');

  it('cuts Chinese into words whose concatenation is the text, spaces, digits and symbols kept', () => {
    const text = '2018 年， 秘书处为工作组第五次会议编写了一份背景文件（CTOC/COP/WG.7/2018/2）。\n';
    const words = zh(text);
    expect(words.join('')).toBe(text);
    expect(words).toContain('秘书处');
    expect(words).toContain('背景');
    expect(words).toContain('\n');
  });

  it('keeps a word of another script whole inside Chinese, as printed (no folding)', () => {
    const words = zh('西班牙语的Tráfico一词');
    expect(words).toContain('Tráfico');
    expect(words.join('')).toBe('西班牙语的Tráfico一词');
  });

  it('gives nothing for an empty text', () => {
    expect(zh('')).toEqual([]);
  });

  it('cuts the languages written with spaces at words, spaces and punctuation, case kept', () => {
    const en = createWordSplitter('en');
    const text = 'Examples were given of information-sharing mechanisms, including:';
    const words = en(text);
    expect(words.join('')).toBe(text);
    expect(words).toContain('Examples');
    expect(words).toContain(' ');
    expect(words).toContain(',');
    const ru = createWordSplitter('ru');
    expect(ru('незаконный ввоз мигрантов')).toEqual(['незаконный', ' ', 'ввоз', ' ', 'мигрантов']);
  });
});
