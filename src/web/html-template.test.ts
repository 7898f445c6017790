import { html } from 'hono/html';
import { describe, expect, it } from 'vitest';
import type { Html } from './html-template.js';
import { EMPTY, flagged, h, holdsFlagged, trusted } from './html-template.js';

describe('h', () => {
  it('escapes text and numbers, joins arrays, prints nothing for null, undefined and booleans', () => {
    const page = h`<p title="${`a "b" & 'c'`}">${'<x>'} ${3} ${[1, '<', [trusted('<b>'), null]]}${undefined}${false}${true}</p>`;
    expect(String(page)).toBe('<p title="a &quot;b&quot; &amp; &#39;c&#39;">&lt;x&gt; 3 1&lt;<b></p>');
  });

  it('flags what holds a flagged fragment, at any depth, arrays included, and nothing else', () => {
    const mark = flagged(h`<sup>*</sup>`);
    expect(holdsFlagged(mark)).toBe(true);
    expect(holdsFlagged(h`<p>${[h`<i>${'x'}</i>`, [h`<b>${mark}</b>`]]}</p>`)).toBe(true);
    expect(holdsFlagged(h`<div>${h`<p>${mark}</p>`}</div>`)).toBe(true);
    expect(holdsFlagged(h`<p>${'<sup>*</sup>'}${trusted('<sup>*</sup>')}${EMPTY}</p>`)).toBe(false);
    expect(holdsFlagged(h`<p>${h`<i>${1}</i>`}</p>`)).toBe(false);
    expect(holdsFlagged(EMPTY)).toBe(false);
  });

  it('inserts fragments as they are and marks its result as escaped', () => {
    const inner = h`<i>${'&'}</i>`;
    const page = h`<div>${inner}${EMPTY}</div>`;
    expect(String(page)).toBe('<div><i>&amp;</i></div>');
    expect(page.isEscaped).toBe(true);
  });

  it('writes what the hono/html tag writes for the values the portal uses', () => {
    const values: unknown[] = [
      'plain',
      `quotes " ' and <tags> & amps`,
      0,
      -1.5,
      '',
      null,
      undefined,
      true,
      false,
      ['a', ['<b>', [trusted('<c>')]], 7, null],
      trusted('<em>x</em>'),
      EMPTY,
      new URL('https://example.org/?a=1&b=<2>'),
      '中文 «ملاحظة» русский',
      '&',
      '"first',
      'last>',
      `'<>"&`,
      '/search?q=%E5%9B%BD&theme=theme-1&page=2',
    ];
    for (const value of values) {
      // The tag answers a promise only for promised values, which the portal never interpolates.
      const expected = html`<span>${value}</span>${value}` as Html;
      expect(String(h`<span>${value}</span>${value}`)).toBe(String(expected));
    }
  });
});
