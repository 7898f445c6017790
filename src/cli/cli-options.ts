import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import type { Caller } from '../accounts/index.js';
import type { CliDeps } from './cli-deps.js';
import { renameOption } from './renamed-option.js';

/** Parses a TCP port: a whole number from 1 to 65535. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new InvalidArgumentError(`a port is a whole number from 1 to 65535 (got '${value}')`);
  }
  return port;
}

/** A parser of the option `name`: a whole number from `min` to `max`, both included. */
export function parseWhole(name: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < min || number > max) {
      throw new InvalidArgumentError(`${name} is a whole number from ${min} to ${max} (got '${value}')`);
    }
    return number;
  };
}

/** A parser of the option `name`: one of `choices`, as written. */
export function parseChoice<T extends string>(name: string, choices: readonly T[]): (value: string) => T {
  return (value) => {
    const choice = choices.find((candidate) => candidate === value);
    if (choice === undefined) {
      throw new InvalidArgumentError(`${name} is one of ${choices.join(', ')} (got '${value}')`);
    }
    return choice;
  };
}

/** Commander's collector for a repeatable option: every value given, in order. */
export function collect(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * `--db <path|url>`: the store, a SQLite file or `postgres://user:password@host:port/database`;
 * `$SOMKB_DB` or the default database when not given. The help shows `$SOMKB_DB`, never its value
 * (which may hold a password).
 */
export function dbOption(deps: CliDeps): Option {
  return new Option(
    '--db <path|url>',
    'the store: a SQLite database file, or postgres://user:password@host:port/database',
  ).default(
    deps.env['SOMKB_DB'] ?? deps.defaultDbPath,
    deps.env['SOMKB_DB'] === undefined ? deps.defaultDbPath : '$SOMKB_DB',
  );
}

/** Who publishes from the command line, as the history records it: `cli:<os user>`. */
export function cliPublisher(deps: CliDeps): string {
  return `cli:${deps.osUser}`;
}

/**
 * Who calls the account, audit and other use cases from the command line: an admin named
 * `cli:<os user>`, from the address `cli` (whoever runs the CLI has the database in hand).
 */
export function cliCaller(deps: CliDeps): Caller {
  const name = cliPublisher(deps);
  return { actor: { kind: 'user', userId: name, email: name, role: 'admin', credential: 'cli' }, ip: 'cli' };
}

/** The catalog language read when none is given: Chinese, the language of the bundled summary. */
export const DEFAULT_CATALOG_LANGUAGE = 'zh';

/** `--catalog-lang <code>`: the language of the published catalog a command reads, `zh` by default. */
export function catalogLanguageOption(description = 'language of the catalog'): Option {
  return new Option('--catalog-lang <code>', description).default(DEFAULT_CATALOG_LANGUAGE);
}

/**
 * Adds {@link catalogLanguageOption} to a command that reads the store, with its old name `--lang`
 * still accepted (see {@link renameOption}).
 */
export function addCatalogLanguageOption(deps: CliDeps, command: Command, description?: string): Command {
  command.addOption(catalogLanguageOption(description));
  return renameOption(deps, command, { old: new Option('--lang <code>'), now: '--catalog-lang' });
}
