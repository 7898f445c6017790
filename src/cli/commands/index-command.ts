import type { Command } from 'commander';
import { SomkbError } from '../../errors/index.js';
import type { SearchIndexEvent } from '../../services/index.js';
import { createSearchService } from '../../services/index.js';
import type { CliDeps } from '../cli-deps.js';
import { dbOption } from '../cli-options.js';
import { withCatalog } from '../open-catalog.js';

interface IndexBuildOptions {
  readonly db: string;
}

/** What `somkb index build` says of what happened to the index. */
function describe(events: readonly SearchIndexEvent[]): string {
  const lines: string[] = [];
  for (const event of events) {
    if (event.kind === 'loaded')
      lines.push(`search index up to date in ${event.where} (${(event.bytes / 1e6).toFixed(1)} MB), loaded`);
    if (event.kind === 'rejected') lines.push(`stored search index not used: ${event.problem}`);
    if (event.kind === 'built')
      lines.push(
        `search index built in ${(event.ms / 1000).toFixed(1)} s (${(event.bytes / 1e6).toFixed(1)} MB)`,
      );
    if (event.kind === 'stored') lines.push(`stored in ${event.where}`);
  }
  return lines.map((line) => `${line}\n`).join('');
}

/**
 * Registers `somkb index build`: loads the search index of the current versions when a sound one is
 * stored, else builds it (in a worker thread) and stores it, and says which; at publish time, so that
 * the servers load it. Fails when the index cannot be stored (nowhere to keep it, or a write error).
 */
export function registerIndexCommand(program: Command, deps: CliDeps): void {
  const index = program.command('index').description('the stored search index');
  index
    .command('build')
    .description('load the search index of the current versions, or build and store it')
    .addOption(dbOption(deps))
    .action(async (options: IndexBuildOptions) => {
      const given = deps.searchIndex?.(options.db) ?? {};
      if (given.indexStore === undefined) {
        throw new SomkbError(
          'USAGE',
          'this store keeps no search index (a store in memory); set SOMKB_INDEX_DIR to keep one',
          { where: '--db' },
        );
      }
      const events: SearchIndexEvent[] = [];
      let settled: () => void = () => undefined;
      const written = new Promise<void>((resolve) => (settled = resolve));
      await withCatalog(deps, options.db, 'read', async (service) => {
        const searches = createSearchService(service, deps.knowledge(), {
          ...given,
          onIndexEvent: (event) => {
            events.push(event);
            given.onIndexEvent?.(event);
            if (event.kind === 'stored' || event.kind === 'store-failed') settled();
          },
        });
        await searches.prepare();
        if (events.some((event) => event.kind === 'built')) await written;
      });
      deps.stdout(describe(events));
      const failed = events.find((event) => event.kind === 'store-failed');
      if (failed !== undefined)
        throw new SomkbError('STORE_FAILED', `could not store the search index: ${failed.message}`, {
          where: failed.where,
        });
    });
}
