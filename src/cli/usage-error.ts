/**
 * cli — a wrong command line (unknown command or flag, missing argument, bad value).
 * The dispatcher prints the message and the command's usage and exits with code 2; data
 * problems are diagnostics with exit code 1 instead.
 */
export class UsageError extends Error {
  override name = 'UsageError';
  /** The command whose usage to print, when known. */
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}
