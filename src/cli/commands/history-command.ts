import type { Command } from 'commander';
import { describeRemovals } from '../../domain/index.js';
import type { DocumentHistory, VersionView } from '../../services/index.js';
import { viewVersion } from '../../services/index.js';
import type { CliDeps } from '../cli-deps.js';
import { dbOption } from '../cli-options.js';
import { documentOption } from '../history-options.js';
import { withHistory } from '../open-catalog.js';
import { printJsonOrText } from '../print-output.js';

/** How many hex digits of a source's SHA-256 the table shows: enough to tell sources apart. */
const SHORT_HASH = 12;

/**
 * Where a version came from, in a few words: the file and a short hash, or the draft with its author
 * and reviewer; a rollback says of which version.
 */
function describeSource(view: VersionView): string {
  const { source } = view;
  const origin =
    source.draft === undefined
      ? `${source.file} ${source.sha256.slice(0, SHORT_HASH)}`
      : [
          `draft ${source.draft}`,
          ...(source.author === undefined ? [] : [`by ${source.author}`]),
          ...(source.reviewer === undefined ? [] : [`reviewed by ${source.reviewer}`]),
        ].join(', ');
  return source.rollbackOf === undefined ? origin : `${origin} (rollback to ${source.rollbackOf})`;
}

/** Renders the versions of a document as a table for a terminal, oldest first. */
export function formatHistory(history: DocumentHistory): string {
  const views = history.versions.map(viewVersion);
  const header = [
    'version',
    'published (UTC)',
    'lang',
    'by',
    'paras',
    'papers',
    'themes',
    'source',
    'message',
  ];
  const rows = views.map((view) => [
    String(view.version),
    view.publishedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ''),
    view.language,
    view.by,
    String(view.counts.paragraphs),
    String(view.counts.papers),
    String(view.counts.themes),
    describeSource(view),
    view.removals === undefined
      ? view.message
      : `${view.message} [removed ${describeRemovals(view.removals)}]`.trim(),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const numeric = new Set([0, 4, 5, 6]);
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        if (column === cells.length - 1) return cell;
        return numeric.has(column) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const count = views.length;
  return `${[
    `${history.document}: ${count} version${count === 1 ? '' : 's'}, oldest first`,
    line(header),
    ...rows.map(line),
  ].join('\n')}\n`;
}

/** The JSON of `somkb history --json` (DESIGN.md): the document and its versions, oldest first. */
export function historyJson(history: DocumentHistory): object {
  return { document: history.document, versions: history.versions.map(viewVersion) };
}

/** Registers `somkb history`: the versions of a document, who published them, when and from what. */
export function registerHistoryCommand(program: Command, deps: CliDeps): void {
  program
    .command('history')
    .description('list the published versions of a document, oldest first, with who, when, source and counts')
    .addOption(documentOption())
    .option('--json', 'print them as JSON')
    .addOption(dbOption(deps))
    .action(async (options: { document?: string; json?: true; db: string }) => {
      const history = await withHistory(deps, options.db, 'read', (service) =>
        service.history(options.document),
      );
      printJsonOrText(deps.stdout, options.json === true, historyJson(history), () => formatHistory(history));
    });
}
