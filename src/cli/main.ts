#!/usr/bin/env node
/**
 * cli — `saraban`: argv → the public API → files and an exit code. No logic of its own.
 */
import packageJson from '../../package.json' with { type: 'json' };

const HELP = `saraban ${packageJson.version} — Thai government circulars to PDF and DOCX

Usage:
  saraban --version        print the version
  saraban --help           print this help
`;

export function main(argv: readonly string[]): number {
  const [command] = argv;
  if (command === '--version' || command === '-v') {
    console.log(packageJson.version);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h') {
    console.log(HELP);
    return 0;
  }
  console.error(`saraban: unknown command "${command}"\n\n${HELP}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
