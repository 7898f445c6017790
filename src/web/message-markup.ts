import type { Messages } from '../messages/index.js';
import { h } from './html-template.js';
import type { Html } from './html-template.js';

/** The query language's one-line help in the interface language, its examples as `<code>`, escaped. */
export function queryHelpHtml(messages: Messages): Html {
  return h`${messages.queryHelp.map((part) =>
    typeof part === 'string' ? part : h`<code dir="auto">${part.code}</code>`,
  )}`;
}

/** Says that no paragraph matches `query` (shown as typed, isolated in a `<bdi>`), escaped. */
export function briefNoMatchHtml(messages: Messages, query: string): Html {
  const [before, after] = messages.briefNoMatch;
  return h`${before}<bdi class="asked">${query}</bdi>${after}`;
}
