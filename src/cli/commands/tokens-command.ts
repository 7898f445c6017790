import type { Command } from 'commander';
import type { TokenView } from '../../services/index.js';
import type { CliDeps } from '../cli-deps.js';
import { cliCaller, dbOption } from '../cli-options.js';
import { withEditors } from '../open-catalog.js';
import { printJsonOrText } from '../print-output.js';
import { formatTable, formatTime } from '../text-table.js';

/** The tokens as a table: id, owner, name, created, last used, revoked. */
export function formatTokens(tokens: readonly TokenView[]): string {
  if (tokens.length === 0) return 'no tokens (somkb tokens create <email> --name <name>)\n';
  return formatTable(
    ['id', 'email', 'created (UTC)', 'last used (UTC)', 'revoked (UTC)', 'name'],
    tokens.map((token) => [
      token.id,
      token.email,
      formatTime(token.createdAt),
      formatTime(token.lastUsedAt),
      formatTime(token.revokedAt),
      token.name,
    ]),
  );
}

/**
 * Registers `somkb tokens`: `create` (the token printed once, one line on stdout), `list` (with last
 * use) and `revoke`, as an admin named `cli:<os user>`.
 */
export function registerTokensCommand(program: Command, deps: CliDeps): void {
  const tokens = program
    .command('tokens')
    .description('manage API tokens (Authorization: Bearer …): create, list, revoke');

  tokens
    .command('create')
    .description(
      'create an API token for a user; it is printed once, on one line of stdout, and stored only hashed',
    )
    .argument('<email>', 'the user the token acts as (with their role)')
    .option('--name <name>', 'what the token is for, shown in listings', 'command line')
    .addOption(dbOption(deps))
    .action(async (email: string, options: { name: string; db: string }) => {
      const { token, view } = await withEditors(deps, options.db, ({ accounts }) =>
        accounts.createToken(cliCaller(deps), { email, name: options.name }),
      );
      deps.stderr(`created token ${view.id} '${view.name}' for ${view.email}; it follows, shown this once\n`);
      deps.stdout(`${token}\n`);
    });

  tokens
    .command('list')
    .description('list API tokens (never the tokens themselves), newest first, with their last use')
    .option('--email <email>', "only this user's tokens")
    .option(
      '--json',
      'print them as JSON: { "tokens": [ { "id", "email", "name", "createdAt", "lastUsedAt", "revokedAt" } ] }',
    )
    .addOption(dbOption(deps))
    .action(async (options: { email?: string; json?: true; db: string }) => {
      const list = await withEditors(deps, options.db, ({ accounts }) =>
        accounts.listTokens(cliCaller(deps), options.email),
      );
      printJsonOrText(deps.stdout, options.json === true, { tokens: list }, () => formatTokens(list));
    });

  tokens
    .command('revoke')
    .description('revoke an API token: it is refused from then on')
    .argument('<id>', 'the id of the token (see somkb tokens list)')
    .addOption(dbOption(deps))
    .action(async (id: string, options: { db: string }) => {
      await withEditors(deps, options.db, ({ accounts }) => accounts.revokeToken(cliCaller(deps), id));
      deps.stdout(`revoked token ${id}\n`);
    });
}
