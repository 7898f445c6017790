import type { Command } from 'commander';
import type { CopyReport } from '../../services/index.js';
import { copyStore } from '../../services/index.js';
import type { CliDeps, OpenedStore } from '../cli-deps.js';
import { printJsonOrText } from '../print-output.js';

interface CopyCommandOptions {
  readonly from: string;
  readonly to: string;
  readonly json?: true;
}

/** The text `somkb copy` prints at the end: what was copied, and that it was checked. */
function formatCopy(report: CopyReport, from: string, to: string): string {
  const documents = report.documents.length;
  return (
    `copied ${report.versions} version${report.versions === 1 ? '' : 's'} of ${documents} document${documents === 1 ? '' : 's'} from ${from} to ${to}\n` +
    report.documents
      .map((document) => `  ${document.document}: ${document.versions} (${document.languages.join(', ')})\n`)
      .join('') +
    `checked: the same versions, records and counts on both sides, and the same SHA-256 of every catalog (checksum ${report.checksum})\n`
  );
}

/**
 * Registers `somkb copy --from <db> --to <db>`: moves every version of every document from one store
 * to another (SQLite or PostgreSQL, either way), with progress on stderr, and checks counts and
 * checksums at the end. The source is opened for reading only; the target is created and migrated
 * when needed and must hold none of the documents copied.
 */
export function registerCopyCommand(program: Command, deps: CliDeps): void {
  program
    .command('copy')
    .description('copy every version of every document from one store to another, and check the copy')
    .requiredOption('--from <db>', 'the store to copy from: a SQLite file or a postgres:// URL (only read)')
    .requiredOption('--to <db>', 'the store to copy into: a SQLite file or a postgres:// URL')
    .option('--json', 'print what was copied as JSON')
    .action(async (options: CopyCommandOptions) => {
      const from = await deps.openStore(options.from, 'read');
      let to: OpenedStore | undefined;
      try {
        to = await deps.openStore(options.to, 'write');
        const report = await copyStore(from.store, to.store, {
          onProgress: ({ copied, total }) => {
            deps.stderr(`copied ${copied}/${total} versions\n`);
          },
        });
        const { label: fromLabel } = from;
        const { label: toLabel } = to;
        printJsonOrText(deps.stdout, options.json === true, { from: fromLabel, to: toLabel, ...report }, () =>
          formatCopy(report, fromLabel, toLabel),
        );
      } finally {
        await to?.close();
        await from.close();
      }
    });
}
