import { describe, expect, it } from 'vitest';
import { UN_LANGUAGES } from '../domain/index.js';
import { citeParagraph } from './citation-words.js';
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
    // Numbers, punctuation and some names read the same in several languages (a year, "Version", "Page").
    const punctuation = new Set(['yearName', 'labelled']);
    const english = (Object.entries(MESSAGES.en) as Entry[]).filter(([key]) => !punctuation.has(key));
    for (const language of UN_LANGUAGES.filter((code) => code !== 'en')) {
      const messages = MESSAGES[language] as unknown as Record<string, unknown>;
      const same = english
        .filter(([key, value]) => textOf(messages[key]) === textOf(value))
        .map(([key]) => key);
      expect(same.length, `${language}: ${same.join(', ')}`).toBeLessThanOrEqual(4);
    }
  });

  it('cites the summary as the source and the paper as context, in every language', () => {
    const symbol = 'CTOC/COP/WG.7/2015/4';
    const expected: Record<(typeof UN_LANGUAGES)[number], string> = {
      en: 'Thematic summary (2021), para. 10 (on CTOC/COP/WG.7/2015/4)',
      fr: 'Résumé thématique (2021), par. 10 (sur le document CTOC/COP/WG.7/2015/4)',
      es: 'Resumen temático (2021), párr. 10 (sobre el documento CTOC/COP/WG.7/2015/4)',
      ru: 'Тематическое резюме (2021 год), п. 10 (о документе CTOC/COP/WG.7/2015/4)',
      ar: 'الموجز المواضيعي (2021)، الفقرة 10 (بشأن الوثيقة CTOC/COP/WG.7/2015/4)',
      zh: '专题概要（2021 年），第 10 段（关于文件 CTOC/COP/WG.7/2015/4）',
    };
    for (const language of UN_LANGUAGES) {
      const citation = MESSAGES[language].citation(symbol, 10);
      expect(citation, language).toBe(expected[language]);
      // The source comes first and the number belongs to it: the paper is only named after the number.
      const summary = MESSAGES[language].summaryCitation(10);
      expect(citation.startsWith(summary), language).toBe(true);
      expect(citation.indexOf(symbol), language).toBeGreaterThan(citation.indexOf('10'));
      expect(citation, language).not.toMatch(/^CTOC/);
    }
    expect(MESSAGES.en.summaryCitation(2)).toBe('Thematic summary (2021), para. 2');
    expect(MESSAGES.zh.summaryCitation(2)).toBe('专题概要（2021 年），第 2 段');
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
    for (const language of HEADINGS_LANGUAGES) {
      for (const paper of ['CTOC/COP/WG.7/2015/4', null]) {
        expect(BRIEFING_HEADINGS[language].citation(paper, '5(a)'), language).toBe(
          citeParagraph(paper, '5(a)', language),
        );
      }
      expect(BRIEFING_HEADINGS[language].citation(null, '2')).toBe(MESSAGES[language].summaryCitation(2));
      expect(BRIEFING_HEADINGS[language].citation('CTOC/COP/WG.7/2015/4', '12')).toBe(
        MESSAGES[language].citation('CTOC/COP/WG.7/2015/4', 12),
      );
    }
  });

  it('writes dates, counts and the query line in each language', () => {
    expect(BRIEFING_HEADINGS.en.writtenDate(2021, 10, 14)).toBe('14 October 2021');
    expect(BRIEFING_HEADINGS.zh.writtenDate(2021, 10, 14)).toBe('2021 年 10 月 14 日');
    expect(BRIEFING_HEADINGS.en.counts(1, 2, 1)).toBe('1 theme, 2 papers, 1 paragraph');
    expect(BRIEFING_HEADINGS.zh.queryResult('哈瓦拉', 3)).toBe('“哈瓦拉”，找到 3 个段落');
  });
});
