import type { Command } from 'commander';
import { ROLES } from '../../accounts/index.js';
import type { Role } from '../../accounts/index.js';
import { SomkbError } from '../../errors/index.js';
import type { UserView } from '../../services/index.js';
import type { CliDeps } from '../cli-deps.js';
import { cliCaller, dbOption, parseChoice } from '../cli-options.js';
import { withEditors } from '../open-catalog.js';
import { printJsonOrText } from '../print-output.js';
import { formatTable, formatTime } from '../text-table.js';

/** `--role <role>` and `<role>`: one of the roles. */
const parseRole = (name: string): ((value: string) => Role) => parseChoice(name, ROLES);

/** The users as a table: email, role, status, one-time codes, created. */
export function formatUsers(users: readonly UserView[]): string {
  if (users.length === 0) return 'no users yet (somkb users add <email> --role <role>)\n';
  return formatTable(
    ['email', 'role', 'status', 'one-time codes', 'created (UTC)'],
    users.map((user) => [
      user.email,
      user.role,
      user.disabled ? 'disabled' : 'enabled',
      user.totp ? 'yes' : 'no',
      formatTime(user.createdAt),
    ]),
  );
}

/**
 * The password given on standard input (`--password-stdin`): the whole input less one final line
 * break, so that `echo "$PASSWORD" |` and a file both work.
 */
async function readPassword(deps: CliDeps): Promise<string> {
  const password = (await deps.readStdin()).replace(/\r?\n$/, '');
  if (password === '') throw new SomkbError('USAGE', '--password-stdin read no password from standard input');
  return password;
}

/**
 * Registers `somkb users`: `add`, `list`, `disable`, `enable` and `role`, as an admin named
 * `cli:<os user>` (each change is in the audit log under that name, from `cli`).
 */
export function registerUsersCommand(program: Command, deps: CliDeps): void {
  const users = program
    .command('users')
    .description('manage the users who edit, review and publish: add, list, disable, enable, role');

  users
    .command('add')
    .description('add a user; without --password-stdin a strong password is made and printed once on stdout')
    .argument('<email>', 'their email address, which they sign in with')
    .requiredOption('--role <role>', `their role: ${ROLES.join(', ')}`, parseRole('--role'))
    .option(
      '--password-stdin',
      'read their password from standard input (at least 12 characters, not a common one)',
    )
    .addOption(dbOption(deps))
    .action(async (email: string, options: { role: Role; passwordStdin?: true; db: string }) => {
      const password = options.passwordStdin === true ? await readPassword(deps) : undefined;
      const { user, generatedPassword } = await withEditors(deps, options.db, ({ accounts }) =>
        accounts.addUser(cliCaller(deps), {
          email,
          role: options.role,
          ...(password === undefined ? {} : { password }),
        }),
      );
      if (generatedPassword === undefined) {
        deps.stdout(`added ${user.email} as ${user.role}\n`);
        return;
      }
      deps.stderr(`added ${user.email} as ${user.role}; their password follows, shown this once\n`);
      deps.stdout(`${generatedPassword}\n`);
    });

  users
    .command('list')
    .description('list the users, by email, with role, status and whether they use one-time codes')
    .option(
      '--json',
      'print them as JSON: { "users": [ { "id", "email", "role", "disabled", "totp", "createdAt" } ] }',
    )
    .addOption(dbOption(deps))
    .action(async (options: { json?: true; db: string }) => {
      const list = await withEditors(deps, options.db, ({ accounts }) => accounts.listUsers(cliCaller(deps)));
      printJsonOrText(deps.stdout, options.json === true, { users: list }, () => formatUsers(list));
    });

  users
    .command('disable')
    .description(
      'disable a user: they can no longer sign in; their sessions end and their tokens are revoked',
    )
    .argument('<email>', 'the user')
    .addOption(dbOption(deps))
    .action(async (email: string, options: { db: string }) => {
      const user = await withEditors(deps, options.db, ({ accounts }) =>
        accounts.disableUser(cliCaller(deps), email),
      );
      deps.stdout(`disabled ${user.email}: their sessions ended and their tokens are revoked\n`);
    });

  users
    .command('enable')
    .description('enable a disabled user again (their old tokens stay revoked)')
    .argument('<email>', 'the user')
    .addOption(dbOption(deps))
    .action(async (email: string, options: { db: string }) => {
      const user = await withEditors(deps, options.db, ({ accounts }) =>
        accounts.enableUser(cliCaller(deps), email),
      );
      deps.stdout(`enabled ${user.email}\n`);
    });

  users
    .command('role')
    .description("change a user's role; their sessions end (they sign in again under the new role)")
    .argument('<email>', 'the user')
    .argument('<role>', `the new role: ${ROLES.join(', ')}`, parseRole('<role>'))
    .addOption(dbOption(deps))
    .action(async (email: string, role: Role, options: { db: string }) => {
      const user = await withEditors(deps, options.db, ({ accounts }) =>
        accounts.changeRole(cliCaller(deps), email, role),
      );
      deps.stdout(`${user.email} is ${user.role}\n`);
    });
}
