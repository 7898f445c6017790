import { describe, expect, it } from 'vitest';
import { citeReference } from './index.js';
import type { Reference } from './index.js';

function reference(
  instrument: Reference['instrument'],
  article: string | undefined,
  clause: string | undefined,
  resolution?: string,
): Reference {
  return {
    paragraph: 1,
    item: null,
    instrument,
    article,
    clause,
    resolution,
    span: { start: 0, end: 0, text: '' },
  };
}

describe('citeReference', () => {
  it('cites a Protocol paragraph with the article title', () => {
    expect(citeReference(reference('protocol', '19', '(1)'))).toEqual({
      en: 'Smuggling of Migrants Protocol, art. 19(1) (Saving clause)',
      zh: '《打击偷运移民议定书》第 19 条第 1 款（保留条款）',
    });
  });

  it('cites the art. 3(a) form with 款 after the letter', () => {
    expect(citeReference(reference('protocol', '3', '(a)'))).toEqual({
      en: 'Smuggling of Migrants Protocol, art. 3(a) (Use of terms)',
      zh: '《打击偷运移民议定书》第 3 条(a)款（术语的使用）',
    });
  });

  it('cites a Convention subparagraph with 款 and 项', () => {
    expect(citeReference(reference('untoc', '27', '(1)(e)'))).toEqual({
      en: 'Organized Crime Convention, art. 27(1)(e) (Law enforcement cooperation)',
      zh: '《打击有组织犯罪公约》第 27 条第 1 款(e)项（执法合作）',
    });
  });

  it('cites a sub-subparagraph with 目', () => {
    expect(citeReference(reference('protocol', '6', '(1)(b)(i)')).zh).toBe(
      '《打击偷运移民议定书》第 6 条第 1 款(b)项(i)目（刑事定罪）',
    );
  });

  it('leaves the title out when it is not known', () => {
    expect(citeReference(reference('unclos', '98', undefined))).toEqual({
      en: 'UNCLOS, art. 98',
      zh: '《联合国海洋法公约》第 98 条',
    });
  });

  it('cites a COP resolution', () => {
    expect(citeReference(reference('cop-resolution', undefined, undefined, '6/3'))).toEqual({
      en: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime, resolution 6/3',
      zh: '打击有组织犯罪公约缔约方会议第 6/3 号决议',
    });
  });
});
