/**
 * cli — `saraban demo`: a first look without writing any code. Prints what the Thai text kit
 * does (a date with its weekday, an amount with its baht text, a fiscal year), then renders
 * the example letter examples/letters/002.json (bundled into the CLI) in every format this
 * build writes into ./saraban-demo/ and prints the paths.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import demoLetter from '../../../examples/letters/002.json' with { type: 'json' };
import { bahtText, fiscalYear, formatThaiDate, formatThaiNumber, toThaiDigits } from '../../thai/index.js';
import { writeFileAtomic } from '../batch/atomic-write.js';
import type { CliIo } from '../cli-io.js';
import { formatDiagnostics } from '../format-diagnostics.js';
import { OUTPUT_FORMATS, renderLetterAs } from '../output-formats.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { COMMAND_USAGE } from '../usage.js';
import { UsageError } from '../usage-error.js';

export async function demoCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('demo', args, { out: { type: 'string', short: 'o' } });
  if (values.help === true) {
    io.out(`${COMMAND_USAGE.demo}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`demo takes no arguments (got "${positionals.join(' ')}")`, 'demo');

  // The date and the amount of the example letter (seed 002) and of seed 004's budget.
  const date = { year: 2022, month: 12, day: 23 };
  const amount = 4_477_560_000;
  io.out('Thai text kit (src/thai):\n');
  io.out(`  formatThaiDate(2022-12-23, { weekday: true })  ${formatThaiDate(date, { weekday: true })}\n`);
  io.out(`  formatThaiNumber(${amount}) + bahtText         ${formatThaiNumber(amount)} บาท (${bahtText(amount)})\n`);
  io.out(`  fiscalYear(2022-12-23)                         ปีงบประมาณ พ.ศ. ${toThaiDigits(String(fiscalYear(date)))}\n\n`);

  const outDir = resolve(io.cwd, values.out ?? 'saraban-demo');
  await mkdir(outDir, { recursive: true });
  io.out(`Example letter examples/letters/002.json (หนังสือเวียน ฉช ๐๐๑๙/ว ๗๖๗๒, โครงการ KBO):\n`);
  let failed = false;
  for (const format of OUTPUT_FORMATS) {
    const rendered = await renderLetterAs(format, demoLetter, {});
    // The demo has no Garuda image to give: that warning is expected here.
    const shown = rendered.diagnostics.filter((d) => d.code !== 'emblem_missing');
    if (shown.length > 0) io.err(`${formatDiagnostics(shown, '  ')}\n`);
    if (!rendered.ok) {
      failed = true;
      continue;
    }
    const path = join(outDir, `002.${format}`);
    await writeFileAtomic(path, rendered.value);
    io.out(`  ${path}\n`);
  }
  io.out('\nNext: saraban validate examples/letters/*.json · saraban programs · saraban batch --help\n');
  return failed ? 1 : 0;
}
