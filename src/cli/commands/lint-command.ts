/**
 * cli — `saraban lint <files...>`: read letters received (PDF with a text layer, DOCX, plain text), recognise
 * their parts and run the model and every rule. Text output: per file, each finding with its page and line
 * (`p1 l26`) and field path; `--format json`: one JSON document like `validate`'s, each diagnostic with its
 * `source` { page, line }, and the recognised fields. Exit 1 if any file has an error (or, with --strict, a warning).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { lintLetter, type LintDiagnostic, type LintResult } from '../../lint/index.js';
import type { CliIo } from '../cli-io.js';
import { countSeverities, formatDiagnostic, plural } from '../format-diagnostics.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { COMMAND_USAGE } from '../usage.js';
import { UsageError } from '../usage-error.js';

interface FileLint {
  readonly file: string;
  readonly ok: boolean;
  readonly format?: LintResult['format'];
  readonly errors: number;
  readonly warnings: number;
  readonly fields?: LintResult['input'];
  readonly diagnostics: readonly LintDiagnostic[];
}

async function lintFile(path: string): Promise<Omit<FileLint, 'file' | 'ok' | 'errors' | 'warnings'>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      diagnostics: [
        { code: 'file_unreadable', severity: 'error', stage: 'cli', path: [], message: `Cannot read ${path}: ${reason}.`, messageTh: `อ่านไฟล์ ${path} ไม่ได้: ${reason}` },
      ],
    };
  }
  const result = await lintLetter(bytes, path.toLowerCase().endsWith('.txt') ? { format: 'text' } : {});
  return { format: result.format, fields: result.input, diagnostics: result.diagnostics };
}

function where(d: LintDiagnostic): string {
  return d.source === undefined ? '' : `p${d.source.page} l${d.source.line}  `;
}

export async function lintCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('lint', args, { format: { type: 'string' }, strict: { type: 'boolean' } });
  if (values.help === true) {
    io.out(`${COMMAND_USAGE.lint}\n`);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`, 'lint');
  if (positionals.length === 0) throw new UsageError('lint needs at least one file', 'lint');
  const strict = values.strict === true;
  const results: FileLint[] = [];
  for (const file of positionals) {
    const linted = await lintFile(resolve(io.cwd, file));
    const { errors, warnings } = countSeverities(linted.diagnostics);
    results.push({ file, ok: errors === 0 && (!strict || warnings === 0), errors, warnings, ...linted });
  }
  const ok = results.every((r) => r.ok);
  if (format === 'json') {
    io.out(`${JSON.stringify({ ok, strict, files: results }, null, 2)}\n`);
  } else {
    for (const result of results) {
      io.out(`${result.ok ? '✔' : '✖'} ${result.file}${result.format === undefined ? '' : ` (${result.format})`}: ${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')}\n`);
      for (const d of result.diagnostics) io.out(`${formatDiagnostic(d, `  ${where(d)}`)}\n`);
    }
  }
  return ok ? 0 : 1;
}
