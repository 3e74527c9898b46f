#!/usr/bin/env node
/**
 * cli — `saraban` entry point (dist/cli.js): argv → runCli → exit code.
 * Exit codes: 0 done, 1 the input has errors, 2 wrong command line, 70 (EX_SOFTWARE) an
 * unexpected exception, which is a bug: it is printed with its stack.
 */
import { processIo } from './cli-io.js';
import { runCli } from './run-cli.js';

// `saraban programs | head` closes the pipe early: that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('saraban: internal error (please report it with the command and input):', error);
    process.exitCode = 70;
  },
);
