/**
 * cli — `saraban batch`: one letter per row of a CSV/JSON/NDJSON file, from a program, a base
 * letter and the rows, rendered on worker threads (dist/batch-worker.js). Reads the inputs,
 * checks the command line, then hands over to runBatch; exit 1 if any row failed.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROGRAM_NAMES, findProgram } from '../../programs/index.js';
import { readRows, RowsFormatError, type BatchRow } from '../batch/read-rows.js';
import { batchSummary, DEFAULT_NAME_PATTERN, runBatch } from '../batch/run-batch.js';
import type { CliIo } from '../cli-io.js';
import { formatDiagnostics } from '../format-diagnostics.js';
import { asProgramFile } from '../letter-source.js';
import { parseOutputFormats } from '../output-formats.js';
import { parseCommandArgs, positiveIntegerOption } from '../parse-command-args.js';
import { readInputFile } from '../read-input-file.js';
import { readRenderSettings, RENDER_OPTIONS } from '../render-settings.js';
import { COMMAND_USAGE } from '../usage.js';
import { UsageError } from '../usage-error.js';

/** The worker entry next to the running CLI bundle (dist/cli.js → dist/batch-worker.js). */
export function batchWorkerUrl(): URL {
  return new URL('./batch-worker.js', import.meta.url);
}

export async function batchCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('batch', args, {
    program: { type: 'string' },
    base: { type: 'string' },
    rows: { type: 'string' },
    out: { type: 'string', short: 'o' },
    format: { type: 'string' },
    name: { type: 'string' },
    concurrency: { type: 'string' },
    zip: { type: 'boolean' },
    resume: { type: 'boolean' },
    quiet: { type: 'boolean' },
    ...RENDER_OPTIONS,
  });
  if (values.help === true) {
    io.out(`${COMMAND_USAGE.batch}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`batch takes its files as --base and --rows (got "${positionals.join(' ')}")`, 'batch');
  if (values.base === undefined) throw new UsageError('batch needs --base <letter.json>', 'batch');
  if (values.rows === undefined) throw new UsageError('batch needs --rows <rows.csv|.json|.ndjson>', 'batch');
  const concurrency = positiveIntegerOption(values.concurrency, 'concurrency', 'batch') ?? availableParallelism();
  const formats = parseOutputFormats(values.format, 'batch');
  const { settings, notes } = await readRenderSettings(values, formats, io.cwd, 'batch');
  for (const note of notes) io.err(`note: ${note}\n`);

  const baseFile = await readInputFile(resolve(io.cwd, values.base));
  if (!baseFile.ok) {
    io.err(`${values.base}:\n${formatDiagnostics(baseFile.diagnostics, '  ')}\n`);
    return 1;
  }
  const programFile = asProgramFile(baseFile.value);
  const programName = values.program ?? programFile?.program;
  if (programName === undefined) throw new UsageError(`batch needs --program <name> (one of ${PROGRAM_NAMES.join(', ')})`, 'batch');
  if (findProgram(programName) === undefined) throw new UsageError(`there is no program "${programName}"; use one of ${PROGRAM_NAMES.join(', ')}`, 'batch');
  if (programFile !== undefined && programFile.program !== programName) {
    throw new UsageError(`--program ${programName} but ${values.base} is a file of the ${programFile.program} program`, 'batch');
  }
  const base = programFile?.base ?? baseFile.value;
  if (typeof base !== 'object' || base === null || Array.isArray(base)) {
    io.err(`${values.base}: the base letter must be an object of letter fields\n`);
    return 1;
  }

  let rows: BatchRow[];
  try {
    rows = readRows(values.rows, await readFile(resolve(io.cwd, values.rows), 'utf8'));
  } catch (error) {
    const reason = error instanceof RowsFormatError || error instanceof SyntaxError || error instanceof Error ? error.message : String(error);
    io.err(`saraban batch: cannot read the rows in ${values.rows}: ${reason}\n`);
    return 1;
  }

  const workerUrl = batchWorkerUrl();
  if (!existsSync(fileURLToPath(workerUrl))) {
    io.err(`saraban batch: the worker ${fileURLToPath(workerUrl)} is missing; run the built CLI (npm run build, then node dist/cli.js)\n`);
    return 1;
  }
  const out = resolve(io.cwd, values.out ?? 'saraban-batch');
  const zipPath = values.zip === true ? (out.toLowerCase().endsWith('.zip') ? out : `${out}.zip`) : undefined;
  const result = await runBatch(
    {
      job: { program: programName, base: base as Record<string, unknown>, basePayload: programFile?.payload ?? {}, formats, settings },
      rows,
      rowsLabel: basename(values.rows),
      outDir: zipPath === undefined ? out : `${zipPath}.parts`,
      ...(zipPath === undefined ? {} : { zipPath }),
      namePattern: values.name ?? DEFAULT_NAME_PATTERN,
      concurrency,
      resume: values.resume === true,
      progress: values.quiet === true ? 'quiet' : 'auto',
      workerUrl,
    },
    io,
  );
  io.err(batchSummary(result, io.cwd));
  return result.report.failed > 0 ? 1 : 0;
}
