import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { AuditAction, AuditEntryView } from '../../services/index.js';
import { AUDIT_ACTIONS, DEFAULT_AUDIT_LIMIT, MAX_AUDIT_LIMIT, viewAuditEntry } from '../../services/index.js';
import type { CliDeps } from '../cli-deps.js';
import { cliCaller, dbOption, parseChoice, parseWhole } from '../cli-options.js';
import { withEditors } from '../open-catalog.js';
import { printJsonOrText } from '../print-output.js';
import { formatTable, formatTime } from '../text-table.js';

/** A date (`2026-12-01`, midnight UTC) or a time with its zone (`2026-12-01T08:00:00Z`), as ISO 8601 UTC. */
function parseTime(name: string): (value: string) => string {
  return (value) => {
    const time = /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? Date.parse(`${value}T00:00:00Z`)
      : /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(value)
        ? Date.parse(value)
        : Number.NaN;
    if (Number.isNaN(time))
      throw new InvalidArgumentError(
        `${name} is a date (2026-12-01) or a time with its zone (2026-12-01T08:00:00Z) (got '${value}')`,
      );
    return new Date(time).toISOString();
  };
}

/** What changed, in a few words: `editor → reviewer`, and the detail as `key=value`. */
function describeChange(entry: AuditEntryView): string {
  const states =
    entry.before === null && entry.after === null ? '' : `${entry.before ?? '-'} → ${entry.after ?? '-'}`;
  const detail = Object.entries(entry.detail).map(
    ([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`,
  );
  return [states, ...detail].filter((part) => part !== '').join(' ');
}

/** The entries as a table, newest first. */
export function formatAudit(entries: readonly AuditEntryView[]): string {
  if (entries.length === 0) return 'no audit entries match\n';
  return formatTable(
    ['at (UTC)', 'actor', 'ip', 'action', 'target', 'change'],
    entries.map((entry) => [
      formatTime(entry.at),
      entry.actor,
      entry.ip,
      entry.action,
      entry.target,
      describeChange(entry),
    ]),
  );
}

/** The options of `somkb audit`. */
interface AuditOptions {
  readonly json?: true;
  readonly user?: string;
  readonly action?: AuditAction;
  readonly since?: string;
  readonly until?: string;
  readonly limit: number;
  readonly db: string;
}

/**
 * Registers `somkb audit`: the audit log, newest first: who did what, when, from where, with the
 * states before and after. `--json` prints `{ "entries": [ { "id", "at", "actor", "ip", "action",
 * "target", "before", "after", "detail" } ] }` (DESIGN.md).
 */
export function registerAuditCommand(program: Command, deps: CliDeps): void {
  program
    .command('audit')
    .description('read the audit log, newest first: sign-ins, users, tokens, drafts, publishes, rollbacks')
    .option('--json', 'print the entries as JSON: { "entries": [ … ] }')
    .option('--user <email>', 'only what this user (or cli:<os user>, or anonymous) did')
    .option(
      '--action <action>',
      `only this action: ${AUDIT_ACTIONS.join(', ')}`,
      parseChoice('--action', AUDIT_ACTIONS),
    )
    .option('--since <time>', 'only from this date or time on (UTC)', parseTime('--since'))
    .option('--until <time>', 'only before this date or time (UTC)', parseTime('--until'))
    .option(
      '--limit <n>',
      `at most this many entries (1 to ${MAX_AUDIT_LIMIT})`,
      parseWhole('--limit', 1, MAX_AUDIT_LIMIT),
      DEFAULT_AUDIT_LIMIT,
    )
    .addOption(dbOption(deps))
    .action(async (options: AuditOptions) => {
      const entries = await withEditors(deps, options.db, ({ audit }) =>
        audit.list(cliCaller(deps), {
          limit: options.limit,
          ...(options.user === undefined ? {} : { actor: options.user.trim().toLowerCase() }),
          ...(options.action === undefined ? {} : { action: options.action }),
          ...(options.since === undefined ? {} : { since: options.since }),
          ...(options.until === undefined ? {} : { until: options.until }),
        }),
      );
      const views = entries.map(viewAuditEntry);
      printJsonOrText(deps.stdout, options.json === true, { entries: views }, () => formatAudit(views));
    });
}
