/**
 * cli — node:util parseArgs for one command, strict: an unknown flag or a missing value is a
 * UsageError naming the command (exit code 2), and every command accepts `--help`/`-h`.
 * Positionals are allowed here; each command says how many it takes.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.js';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

export function parseCommandArgs<T extends OptionsConfig>(command: string, args: readonly string[], options: T) {
  const config = { args: [...args], options: { ...options, ...HELP_OPTION }, allowPositionals: true as const, strict: true as const };
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), command);
  }
}

/** A positive whole number option, e.g. `--concurrency 4`. */
export function positiveIntegerOption(value: string | undefined, name: string, command: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/u.test(value) || Number(value) < 1) throw new UsageError(`--${name} must be a whole number of 1 or more, not "${value}"`, command);
  return Number(value);
}
