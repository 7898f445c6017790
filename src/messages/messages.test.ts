import { describe, expect, it } from 'vitest';
import { UN_LANGUAGES, citeSummaryParagraph } from '../domain/index.js';
import { HEADINGS_LANGUAGES } from './briefing-headings.js';
import type { Messages } from './messages.js';
import { BRIEFING_HEADINGS, MESSAGES } from './messages-by-language.js';

type Entry = [string, unknown];

/** The text of a message: strings as they are, functions called with sample arguments, records and lists joined. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join(' | ');
  if (typeof value === 'function') return String((value as (...args: unknown[]) => unknown)(3, 7, 42));
  if (typeof value === 'object' && value !== null) return Object.values(value).map(textOf).join(' | ');
  return String(value);
}

describe('MESSAGES', () => {
  it('has every message in every language, none empty except the Chinese-only note in Chinese', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    for (const language of UN_LANGUAGES) {
      const messages: Messages = MESSAGES[language];
      expect(Object.keys(messages).sort(), language).toEqual(keys);
      for (const [key, value] of Object.entries(messages) as Entry[]) {
        if (language === 'zh' && key === 'chineseOnlyNote') continue;
        expect(textOf(value).trim(), `${language}.${key}`).not.toBe('');
      }
    }
    expect(MESSAGES.zh.chineseOnlyNote).toBe('');
  });

  it('is translated: few texts of another language equal the English one', () => {
    // Numbers, punctuation and some names read the same in several languages (a year, a comma, "Version", "Page").
    const punctuation = new Set(['yearName', 'comma', 'labelled']);
    const english = (Object.entries(MESSAGES.en) as Entry[]).filter(([key]) => !punctuation.has(key));
    for (const language of UN_LANGUAGES.filter((code) => code !== 'en')) {
      const messages = MESSAGES[language] as unknown as Record<string, unknown>;
      const same = english
        .filter(([key, value]) => textOf(messages[key]) === textOf(value))
        .map(([key]) => key);
      expect(same.length, `${language}: ${same.join(', ')}`).toBeLessThanOrEqual(4);
    }
  });

  it('cites a paragraph as the portal promises', () => {
    expect(MESSAGES.en.citation('CTOC/COP/WG.7/2015/4', 12)).toBe('CTOC/COP/WG.7/2015/4, summary para. 12');
    expect(MESSAGES.zh.citation('CTOC/COP/WG.7/2015/4', 12)).toBe('CTOC/COP/WG.7/2015/4，专题概要第 12 段');
    for (const language of UN_LANGUAGES) {
      const citation = MESSAGES[language].citation('CTOC/COP/WG.7/2015/4', 12);
      expect(citation, language).toContain('CTOC/COP/WG.7/2015/4');
      expect(citation, language).toContain('12');
    }
  });

  it('names the seven meetings distinctly in every language', () => {
    for (const language of UN_LANGUAGES) {
      const names = [1, 2, 3, 4, 5, 6, 7].map((meeting) => MESSAGES[language].meetingName(meeting));
      expect(new Set(names).size, language).toBe(7);
    }
    expect(MESSAGES.en.meetingName(1)).toBe('1st meeting');
    expect(MESSAGES.en.meetingName(3)).toBe('3rd meeting');
    expect(MESSAGES.en.meetingName(7)).toBe('7th meeting');
    expect(MESSAGES.zh.meetingName(3)).toBe('第三次会议');
    expect(MESSAGES.ar.meetingName(1)).toBe('الاجتماع الأول');
  });
});

describe('BRIEFING_HEADINGS', () => {
  it('has every heading in every headings language, none empty', () => {
    const keys = Object.keys(BRIEFING_HEADINGS.en).sort();
    for (const language of HEADINGS_LANGUAGES) {
      const headings = BRIEFING_HEADINGS[language];
      expect(Object.keys(headings).sort(), language).toEqual(keys);
      for (const [key, value] of Object.entries(headings) as Entry[]) {
        expect(textOf(value).trim(), `${language}.${key}`).not.toBe('');
      }
    }
  });

  it('cites a paragraph as the portal does in the same language', () => {
    for (const paper of ['CTOC/COP/WG.7/2015/4', null]) {
      expect(BRIEFING_HEADINGS.en.citation(paper, '5(a)')).toBe(citeSummaryParagraph(paper, '5(a)'));
    }
    expect(BRIEFING_HEADINGS.en.citation(null, '2')).toBe(MESSAGES.en.summaryCitation(2));
    expect(BRIEFING_HEADINGS.zh.citation('CTOC/COP/WG.7/2015/4', '12')).toBe(
      MESSAGES.zh.citation('CTOC/COP/WG.7/2015/4', 12),
    );
    expect(BRIEFING_HEADINGS.zh.citation(null, '2')).toBe(MESSAGES.zh.summaryCitation(2));
  });

  it('writes dates, counts and the query line in each language', () => {
    expect(BRIEFING_HEADINGS.en.writtenDate(2021, 10, 14)).toBe('14 October 2021');
    expect(BRIEFING_HEADINGS.zh.writtenDate(2021, 10, 14)).toBe('2021 年 10 月 14 日');
    expect(BRIEFING_HEADINGS.en.counts(1, 2, 1)).toBe('1 theme, 2 papers, 1 paragraph');
    expect(BRIEFING_HEADINGS.zh.queryResult('哈瓦拉', 3)).toBe('“哈瓦拉”，找到 3 个段落');
  });
});
