import { Option } from 'commander';
import { SomkbError } from '../errors/index.js';

/**
 * Reads a version number given on the command line (`somkb diff 1 2`, `somkb rollback 1`): a whole
 * number from 1. Anything else is a one-line `USAGE` error naming the argument, before any store is
 * opened.
 */
export function parseVersionArgument(value: string, name: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) {
    throw new SomkbError('USAGE', `${name} is a version number, a whole number from 1 (got '${value}')`);
  }
  return number;
}

/** `--document <id>`: the document whose versions a command reads; by default the one published. */
export function documentOption(): Option {
  return new Option('--document <id>', 'the document (default: the one published)');
}
