import { describe, expect, it } from 'vitest';
import { h } from './html-template.js';
import { MESSAGES } from './messages.js';
import type { Messages } from './messages.js';
import { UI_LANGUAGES } from './ui-language.js';

type Entry = [string, unknown];

/** The text of a message: strings as they are, functions called with sample arguments, records and lists joined. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join(' | ');
  if (typeof value === 'function') {
    const call = value as (...args: unknown[]) => unknown;
    return String(call.length === 1 ? call((text: string) => h`<code>${text}</code>`) : call(3, 7, 42));
  }
  if (typeof value === 'object' && value !== null) return Object.values(value).map(textOf).join(' | ');
  return String(value);
}

describe('MESSAGES', () => {
  it('has every message in every language, none empty except the Chinese-only note in Chinese', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    for (const language of UI_LANGUAGES) {
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
    for (const language of UI_LANGUAGES.filter((code) => code !== 'en')) {
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
    for (const language of UI_LANGUAGES) {
      const citation = MESSAGES[language].citation('CTOC/COP/WG.7/2015/4', 12);
      expect(citation, language).toContain('CTOC/COP/WG.7/2015/4');
      expect(citation, language).toContain('12');
    }
  });

  it('names the seven meetings distinctly in every language', () => {
    for (const language of UI_LANGUAGES) {
      const names = [1, 2, 3, 4, 5, 6, 7].map((meeting) => MESSAGES[language].meetingName(meeting));
      expect(new Set(names).size, language).toBe(7);
    }
    expect(MESSAGES.en.meetingName(1)).toBe('1st meeting');
    expect(MESSAGES.en.meetingName(3)).toBe('3rd meeting');
    expect(MESSAGES.en.meetingName(7)).toBe('7th meeting');
    expect(MESSAGES.zh.meetingName(3)).toBe('第三次会议');
    expect(MESSAGES.ar.meetingName(1)).toBe('الاجتماع الأول');
  });

  it('explains the query language in one line with its examples as code, escaped', () => {
    for (const language of UI_LANGUAGES) {
      const line = String(MESSAGES[language].queryHelp((text) => h`<code>${text}</code>`));
      expect(line, language).not.toContain('\n');
      expect(line, language).toContain('<code>topic:洗钱</code>');
      expect(line, language).toContain('&quot;');
    }
  });
});
