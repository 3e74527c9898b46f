/**
 * cli — where the commands write: standard output for results (paths, JSON), standard error
 * for diagnostics, progress and summaries. Commands take a CliIo instead of touching `process`
 * so they can run in-process in tests; `processIo()` is the real one.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether standard error is a terminal (progress bar vs. plain lines). */
  readonly errIsTTY: boolean;
  /** Folder relative paths are resolved against. */
  readonly cwd: string;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    errIsTTY: process.stderr.isTTY,
    cwd: process.cwd(),
  };
}
