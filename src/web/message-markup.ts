import type { Messages, QueryHelpPart } from '../messages/index.js';
import { h } from './html-template.js';
import type { Html } from './html-template.js';

/** Punctuation that opens a text part and belongs to the example before it (`.`, `,`, `،`, `)`). */
const TRAILING_PUNCTUATION = /^[\p{P}]+/u;

function exampleCode(code: string): Html {
  return h`<code dir="auto">${code}</code>`;
}

/**
 * The query language's one-line help in the interface language, escaped. Each example is a `<code>`
 * isolated in its own direction; examples written one after the other, separated by spaces only
 * (`topic:洗钱 paper:2015/4`), make one example query, isolated left to right as it is typed
 * (`<bdi dir="ltr" class="query-example">`), so that in Arabic it does not read backwards. The
 * punctuation that follows an example stays on its line (`<span class="nowrap">`): a full stop
 * never starts a line of its own.
 */
export function queryHelpHtml(messages: Messages): Html {
  let help = helps.get(messages);
  if (help === undefined) {
    help = makeQueryHelp(messages);
    helps.set(messages, help);
  }
  return help;
}

/** {@link queryHelpHtml} by interface language (its messages): every search page shows it. */
const helps = new WeakMap<Messages, Html>();

function makeQueryHelp(messages: Messages): Html {
  const parts: readonly QueryHelpPart[] = messages.queryHelp;
  const out: Html[] = [];
  let at = 0;
  while (at < parts.length) {
    const part = parts[at];
    if (part === undefined) break;
    if (typeof part === 'string') {
      out.push(h`${part}`);
      at += 1;
      continue;
    }
    const codes = [part.code];
    at += 1;
    for (;;) {
      const gap = parts[at];
      const next = parts[at + 1];
      if (typeof gap !== 'string' || gap.trim() !== '' || next === undefined || typeof next === 'string')
        break;
      codes.push(next.code);
      at += 2;
    }
    const example =
      codes.length === 1
        ? exampleCode(part.code)
        : h`<bdi class="query-example" dir="ltr">${codes.map((code, index) => (index === 0 ? exampleCode(code) : h` ${exampleCode(code)}`))}</bdi>`;
    const following = parts[at];
    const punctuation =
      typeof following === 'string' ? (TRAILING_PUNCTUATION.exec(following)?.[0] ?? '') : '';
    if (punctuation === '' || typeof following !== 'string') {
      out.push(example);
      continue;
    }
    out.push(h`<span class="nowrap">${example}${punctuation}</span>`);
    const rest = following.slice(punctuation.length);
    if (rest !== '') out.push(h`${rest}`);
    at += 1;
  }
  return h`${out}`;
}

/** Says that no paragraph matches `query` (shown as typed, isolated in a `<bdi>`), escaped. */
export function briefNoMatchHtml(messages: Messages, query: string): Html {
  const [before, after] = messages.briefNoMatch;
  return h`${before}<bdi class="asked">${query}</bdi>${after}`;
}
