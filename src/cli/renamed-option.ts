import type { Command, Option } from 'commander';
import { SomkbError } from '../errors/index.js';
import type { CliDeps } from './cli-deps.js';

/** An option that was renamed: its old flag (with the old argument parser) and the new flag. */
export interface RenamedOption {
  /** The old flag, e.g. `new Option('--lang <code>')`; hidden from `--help`. */
  readonly old: Option;
  /** The new long flag, already added to the command, e.g. `--catalog-lang`. */
  readonly now: `--${string}`;
}

/** Commander's key of a long flag: `--catalog-lang` → `catalogLang`. */
function keyOf(flag: string): string {
  return flag.replace(/^--/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Keeps the old flag of a renamed option working on `command`: it is accepted (hidden from the
 * help), its value becomes the new option's, and one line on stderr says the new name. Giving both
 * flags is a usage error. Stdout is never touched, so scripts reading JSON see the same output.
 */
export function renameOption(deps: CliDeps, command: Command, renamed: RenamedOption): Command {
  const oldFlag = renamed.old.long ?? renamed.old.flags;
  const oldKey = renamed.old.attributeName();
  const newKey = keyOf(renamed.now);
  return command.addOption(renamed.old.hideHelp()).hook('preAction', (hooked) => {
    if (hooked.getOptionValueSource(oldKey) !== 'cli') return;
    if (hooked.getOptionValueSource(newKey) === 'cli') {
      throw new SomkbError('USAGE', `${oldFlag} is the old name of ${renamed.now}: give one of them`, {
        where: oldFlag,
      });
    }
    deps.stderr(`note: ${oldFlag} is now ${renamed.now}; ${oldFlag} still works\n`);
    hooked.setOptionValueWithSource(newKey, hooked.getOptionValue(oldKey), 'cli');
  });
}
