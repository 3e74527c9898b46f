/**
 * cli — `saraban validate <files...>`: every file (letter or program file) through the model
 * and the whole rule catalogue. Text output: per file, `✖ code  path  message` and the Thai
 * message; `--format json`: one JSON document on standard output. Exit 1 if any file has an
 * error (or, with --strict, a warning).
 */
import { resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { validate } from '../../rules/validate.js';
import type { CliIo } from '../cli-io.js';
import { countSeverities, formatDiagnostics, plural } from '../format-diagnostics.js';
import { letterInputOf } from '../letter-source.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { readInputFile } from '../read-input-file.js';
import { uniqueDiagnostics } from '../unique-diagnostics.js';
import { COMMAND_USAGE } from '../usage.js';
import { UsageError } from '../usage-error.js';

export interface FileValidation {
  readonly file: string;
  /** False when the file has an error (or a warning under --strict). */
  readonly ok: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly diagnostics: readonly Diagnostic[];
}

export async function validateFile(path: string): Promise<readonly Diagnostic[]> {
  const read = await readInputFile(path);
  if (!read.ok) return read.diagnostics;
  const letter = letterInputOf(read.value);
  if (!letter.ok) return letter.diagnostics;
  return uniqueDiagnostics([...letter.diagnostics, ...validate(letter.value).diagnostics]);
}

export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', args, { format: { type: 'string' }, strict: { type: 'boolean' } });
  if (values.help === true) {
    io.out(`${COMMAND_USAGE.validate}\n`);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`, 'validate');
  if (positionals.length === 0) throw new UsageError('validate needs at least one file', 'validate');
  const strict = values.strict === true;

  const results: FileValidation[] = [];
  for (const file of positionals) {
    const diagnostics = await validateFile(resolve(io.cwd, file));
    const { errors, warnings } = countSeverities(diagnostics);
    results.push({ file, ok: errors === 0 && (!strict || warnings === 0), errors, warnings, diagnostics });
  }
  const ok = results.every((r) => r.ok);

  if (format === 'json') {
    io.out(`${JSON.stringify({ ok, strict, files: results }, null, 2)}\n`);
  } else {
    for (const result of results) {
      const mark = result.ok ? '✔' : '✖';
      io.out(`${mark} ${result.file}: ${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')}\n`);
      if (result.diagnostics.length > 0) io.out(`${formatDiagnostics(result.diagnostics, '  ')}\n`);
    }
    const errors = results.reduce((n, r) => n + r.errors, 0);
    const warnings = results.reduce((n, r) => n + r.warnings, 0);
    io.out(`${plural(results.length, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${strict ? ' (--strict: warnings count as errors)' : ''}\n`);
  }
  return ok ? 0 : 1;
}
