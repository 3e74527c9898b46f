/**
 * cli — `saraban render <input>...`: each input (letter or program file) → one file per
 * format in the output folder, written atomically. Diagnostics go to standard error, the
 * written paths to standard output; exit 1 if any letter could not be written.
 */
import { mkdir } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { writeFileAtomic } from '../batch/atomic-write.js';
import type { CliIo } from '../cli-io.js';
import { formatDiagnostics } from '../format-diagnostics.js';
import { letterInputOf } from '../letter-source.js';
import { parseOutputFormats, prepareForRender, renderLetterAs } from '../output-formats.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { readInputFile } from '../read-input-file.js';
import { readRenderSettings, RENDER_OPTIONS } from '../render-settings.js';
import { uniqueDiagnostics } from '../unique-diagnostics.js';
import { COMMAND_USAGE } from '../usage.js';
import { UsageError } from '../usage-error.js';

export async function renderCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('render', args, { out: { type: 'string', short: 'o' }, format: { type: 'string' }, ...RENDER_OPTIONS });
  if (values.help === true) {
    io.out(`${COMMAND_USAGE.render}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('render needs at least one input file', 'render');
  const formats = parseOutputFormats(values.format, 'render');
  const { settings, notes } = await readRenderSettings(values, formats, io.cwd, 'render');
  for (const note of notes) io.err(`note: ${note}\n`);
  const outDir = resolve(io.cwd, values.out ?? '.');
  await mkdir(outDir, { recursive: true });

  let failed = 0;
  for (const input of positionals) {
    const read = await readInputFile(resolve(io.cwd, input));
    const letter = read.ok ? letterInputOf(read.value) : read;
    const diagnostics: Diagnostic[] = [...letter.diagnostics];
    const outputs: { path: string; bytes: Uint8Array }[] = [];
    const prepared = letter.ok ? prepareForRender(letter.value, settings) : undefined;
    if (prepared !== undefined) diagnostics.push(...prepared.diagnostics);
    if (prepared?.ok === true) {
      for (const format of formats) {
        const rendered = await renderLetterAs(format, prepared.value, settings);
        diagnostics.push(...rendered.diagnostics);
        if (rendered.ok) outputs.push({ path: join(outDir, `${basename(input, extname(input))}.${format}`), bytes: rendered.value });
      }
    }
    const shown = uniqueDiagnostics(diagnostics);
    const complete = prepared?.ok === true && outputs.length === formats.length && (settings.allowErrors === true || !hasErrors(shown));
    if (shown.length > 0) io.err(`${input}:\n${formatDiagnostics(shown, '  ')}\n`);
    if (!complete) {
      failed++;
      io.err(`${input}: not written\n`);
      continue;
    }
    for (const output of outputs) {
      await writeFileAtomic(output.path, output.bytes);
      io.out(`${output.path}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
