import type { Command } from 'commander';
import type { CatalogChange, CatalogDiff, TextDiffPart } from '../../history/index.js';
import type { CliDeps } from '../cli-deps.js';
import { dbOption } from '../cli-options.js';
import { documentOption, parseVersionArgument } from '../history-options.js';
import { withHistory } from '../open-catalog.js';
import { printJsonOrText } from '../print-output.js';

/** Characters of unchanged text kept on each side of a change; longer unchanged runs are cut to `…`. */
const CONTEXT = 24;

/** How a terminal shows a deletion and an insertion: colours on a TTY, `[-…-]{+…+}` elsewhere. */
interface Marks {
  readonly deleted: (text: string) => string;
  readonly inserted: (text: string) => string;
}

const PLAIN: Marks = { deleted: (text) => `[-${text}-]`, inserted: (text) => `{+${text}+}` };
/** Red struck-through for deletions, green underlined for insertions. */
const COLOURED: Marks = {
  deleted: (text) => `\u001b[31;9m${text}\u001b[0m`,
  inserted: (text) => `\u001b[32;4m${text}\u001b[0m`,
};

/** An unchanged run shortened to its ends next to changes (by characters, as a reader counts them). */
function shortenEqual(text: string, first: boolean, last: boolean): string {
  const chars = Array.from(text);
  const keepStart = first ? 0 : CONTEXT;
  const keepEnd = last ? 0 : CONTEXT;
  if (chars.length <= keepStart + keepEnd + 1) return text;
  return `${chars.slice(0, keepStart).join('')}…${chars.slice(chars.length - keepEnd).join('')}`;
}

/** A text diff on one line: unchanged text shortened around the changes, changes marked. */
export function formatParts(parts: readonly TextDiffPart[], marks: Marks): string {
  return parts
    .map((part, index) => {
      const flat = part.text.replace(/\n/g, '⏎');
      if (part.op === 'delete') return marks.deleted(flat);
      if (part.op === 'insert') return marks.inserted(flat);
      return shortenEqual(flat, index === 0, index === parts.length - 1);
    })
    .join('');
}

/** What a change is about, in words: `paragraph 12`, `item 30(b)`, `paper CTOC/…`, `theme-3 key topic`. */
function subject(change: CatalogChange): string {
  switch (change.kind) {
    case 'document':
      return `document ${change.field === 'chapter' ? `chapter ${change.number ?? '?'} title` : (change.field ?? '')}`;
    case 'paragraph':
      return `paragraph ${change.number ?? '?'}`;
    case 'item':
      return `item ${change.number ?? '?'}(${change.label ?? '?'})`;
    case 'paper':
      return `paper ${change.symbol ?? '?'}${change.field === undefined ? '' : ` ${change.field}`}`;
    case 'theme':
      return `theme ${change.theme ?? '?'}${change.field === undefined ? '' : ` ${change.field}`}`;
    case 'keyTopic':
      return `key topic of ${change.theme ?? '?'}`;
  }
}

/** One change for a terminal: a heading line, then the text (diffed, added or removed) indented. */
function formatChange(change: CatalogChange, marks: Marks): string[] {
  const heading = `${subject(change)} ${change.change}`;
  if (change.parts !== undefined) return [heading, `  ${formatParts(change.parts, marks)}`];
  if (change.change === 'changed') {
    return [`${heading}: ${marks.deleted(change.before ?? '')} → ${marks.inserted(change.after ?? '')}`];
  }
  const text =
    change.change === 'added' ? marks.inserted(change.after ?? '') : marks.deleted(change.before ?? '');
  return [heading, `  ${text.replace(/\n/g, '⏎')}`];
}

/** Renders a diff for a terminal: a summary line, then each change in catalog order. */
export function formatDiff(diff: CatalogDiff, colour: boolean): string {
  const marks = colour ? COLOURED : PLAIN;
  const count = diff.changes.length;
  const lines = [
    `${diff.document}, version ${diff.from} → ${diff.to}: ${count === 0 ? 'no changes' : `${count} change${count === 1 ? '' : 's'}`}`,
    ...diff.changes.flatMap((change) => formatChange(change, marks)),
  ];
  return `${lines.join('\n')}\n`;
}

/** Registers `somkb diff <from> <to>`: what changed between two versions of a document. */
export function registerDiffCommand(program: Command, deps: CliDeps): void {
  program
    .command('diff')
    .description(
      'list what was added, removed or changed between two versions: header and chapter titles, paragraphs, items, papers, themes, key topics',
    )
    .argument('<from>', 'the older version (a number, see somkb history)')
    .argument('<to>', 'the newer version')
    .addOption(documentOption())
    .option('--json', 'print the changes as JSON')
    .addOption(dbOption(deps))
    .action(
      async (fromText: string, toText: string, options: { document?: string; json?: true; db: string }) => {
        const from = parseVersionArgument(fromText, '<from>');
        const to = parseVersionArgument(toText, '<to>');
        const diff = await withHistory(deps, options.db, 'read', (service) =>
          service.diff(from, to, options.document),
        );
        printJsonOrText(deps.stdout, options.json === true, diff, () =>
          formatDiff(diff, deps.stdoutIsTerminal),
        );
      },
    );
}
