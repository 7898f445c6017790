import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../messages/index.js';
import { briefNoMatchHtml, queryHelpHtml } from './message-markup.js';
import { INTERFACE_LANGUAGES } from './interface-language.js';

describe('message markup', () => {
  it('explains the query language in one line with its examples as code, escaped', () => {
    for (const language of INTERFACE_LANGUAGES) {
      const line = String(queryHelpHtml(MESSAGES[language]));
      expect(line, language).not.toContain('\n');
      expect(line, language).toContain('<code dir="auto">topic:洗钱</code>');
      expect(line, language).toContain('&quot;');
    }
  });

  it('names the query that matched nothing, escaped and isolated', () => {
    for (const language of INTERFACE_LANGUAGES) {
      const [before, after] = MESSAGES[language].briefNoMatch;
      expect(String(briefNoMatchHtml(MESSAGES[language], '<b>&'))).toBe(
        `${before}<bdi class="asked">&lt;b&gt;&amp;</bdi>${after}`,
      );
    }
  });
});
