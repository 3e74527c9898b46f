/**
 * cli — the dispatcher: argv → one command → exit code (0 done, 1 the input has errors,
 * 2 wrong command line). A UsageError prints the message and the command's usage; nothing
 * here knows about letters.
 */
import packageJson from '../../package.json' with { type: 'json' };
import type { CliIo } from './cli-io.js';
import { batchCommand } from './commands/batch-command.js';
import { demoCommand } from './commands/demo-command.js';
import { lintCommand } from './commands/lint-command.js';
import { programsCommand } from './commands/programs-command.js';
import { renderCommand } from './commands/render-command.js';
import { schemaCommand } from './commands/schema-command.js';
import { validateCommand } from './commands/validate-command.js';
import { COMMAND_USAGE, isCommandName, mainUsage, type CommandName } from './usage.js';
import { UsageError } from './usage-error.js';

export const CLI_VERSION: string = packageJson.version;

const COMMANDS: Readonly<Record<CommandName, (args: readonly string[], io: CliIo) => number | Promise<number>>> = {
  render: renderCommand,
  validate: validateCommand,
  lint: lintCommand,
  batch: batchCommand,
  schema: schemaCommand,
  programs: programsCommand,
  demo: demoCommand,
};

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') {
    io.out(`${CLI_VERSION}\n`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    io.out(topic !== undefined && isCommandName(topic) ? `${COMMAND_USAGE[topic]}\n` : mainUsage(CLI_VERSION));
    return 0;
  }
  try {
    if (!isCommandName(command)) throw new UsageError(`unknown command "${command}"`);
    return await COMMANDS[command](rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const usage = error.command !== undefined && isCommandName(error.command) ? COMMAND_USAGE[error.command] : mainUsage(CLI_VERSION);
    io.err(`saraban: ${error.message}\n\n${usage}\n`);
    return 2;
  }
}
