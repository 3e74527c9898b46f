/**
 * cli/batch — runs a batch: rows → unique safe file stems → (with --resume) skip rows whose
 * files all exist → worker pool → report.json (deterministic: no times) in the output folder,
 * and with --zip one archive made from that folder. A bad row or a crashed worker fails only
 * its row; every good row is written. Progress and the summary go to standard error.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { cliError, cliWarning } from '../cli-diagnostic.js';
import type { CliIo } from '../cli-io.js';
import { formatDiagnostic, plural } from '../format-diagnostics.js';
import { removePartialFiles, writeFileAtomic } from './atomic-write.js';
import { programPayloadKeys, type BatchJob, type RowOutcome, type RowTask } from './batch-task.js';
import { fillNamePattern, sanitizeFileStem, UniqueNames } from './output-name.js';
import { createProgress } from './progress.js';
import type { BatchRow } from './read-rows.js';
import { runWorkerPool } from './worker-pool.js';
import { unzipToFolder, zipFolder } from './zip-folder.js';

export const DEFAULT_NAME_PATTERN = 'row-{{row}}';
export const REPORT_FILE = 'report.json';
/** Failed rows shown in full on standard error; the rest are listed by number (all are in the report). */
const SUMMARY_FAILED_ROWS = 20;

export interface BatchRunOptions {
  readonly job: Omit<BatchJob, 'outDir'>;
  readonly rows: readonly BatchRow[];
  /** How the report names the rows file. */
  readonly rowsLabel: string;
  /** The output folder; with `zipPath`, the staging folder the archive is made from. */
  readonly outDir: string;
  readonly zipPath?: string;
  readonly namePattern: string;
  readonly concurrency: number;
  readonly resume: boolean;
  readonly progress: 'auto' | 'quiet';
  readonly workerUrl: URL;
}

export interface BatchReportLetter {
  readonly row: number;
  readonly name: string;
  readonly files: readonly string[];
  /** True when an earlier run wrote the files (--resume). */
  readonly skipped?: true;
  /** Warnings of the letter, when it has any. */
  readonly diagnostics?: readonly Diagnostic[];
}

export interface BatchReportFailure {
  readonly row: number;
  readonly name: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface BatchReport {
  readonly program: string;
  readonly rows: string;
  readonly formats: readonly string[];
  readonly total: number;
  readonly written: number;
  readonly skipped: number;
  readonly failed: number;
  /** Plain columns the program's payload does not know and --name does not use (typos?). */
  readonly unusedColumns: readonly string[];
  readonly failures: readonly BatchReportFailure[];
  readonly letters: readonly BatchReportLetter[];
}

export interface BatchRunResult {
  readonly report: BatchReport;
  readonly durationMs: number;
  readonly peakRssBytes: number;
  /** Where the letters are: the folder, or the archive. */
  readonly output: string;
}

/** File stems for every row, in row order, so the same rows always get the same names. */
export function rowStems(rows: readonly BatchRow[], pattern: string): string[] {
  const names = new UniqueNames();
  return rows.map((row) => {
    const fallback = `row-${row.rowNumber}`;
    return names.claim(sanitizeFileStem(fillNamePattern(pattern, { ...row.fields, row: String(row.rowNumber) }), fallback));
  });
}

function unusedColumns(rows: readonly BatchRow[], program: string, pattern: string): string[] {
  const known = programPayloadKeys(program);
  const columns = new Set<string>();
  for (const row of rows) for (const column of Object.keys(row.fields)) columns.add(column);
  return [...columns].filter((column) => {
    const head = column.split('.')[0]?.trim() ?? '';
    if (head === 'letter' || head === 'payload' || known.has(head)) return false;
    // Escaped so a column name is matched literally inside the pattern.
    return !new RegExp(`\\{\\{\\s*${column.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\s*\\}\\}`, 'u').test(pattern);
  });
}

async function existingFiles(folder: string): Promise<Set<string>> {
  try {
    return new Set(await readdir(folder));
  } catch {
    return new Set();
  }
}

export async function runBatch(options: BatchRunOptions, io: CliIo): Promise<BatchRunResult> {
  const started = performance.now();
  const { job, rows, outDir } = options;
  if (options.zipPath !== undefined && options.resume && (await stat(outDir).catch(() => undefined)) === undefined) {
    // A finished archive from an earlier run: its letters count as written.
    if ((await stat(options.zipPath).catch(() => undefined)) !== undefined) await unzipToFolder(options.zipPath, outDir);
  }
  await mkdir(outDir, { recursive: true });
  const removed = await removePartialFiles(outDir);
  if (removed > 0 && options.progress !== 'quiet') io.err(`removed ${plural(removed, 'partial file')} of an interrupted run\n`);

  const stems = rowStems(rows, options.namePattern);
  const present = options.resume ? await existingFiles(outDir) : new Set<string>();
  const letters = new Map<number, BatchReportLetter>();
  const failures = new Map<number, BatchReportFailure>();
  const tasks: RowTask[] = [];
  const stemOf = new Map<number, string>();
  rows.forEach((row, index) => {
    const stem = stems[index] ?? `row-${row.rowNumber}`;
    stemOf.set(row.rowNumber, stem);
    const files = job.formats.map((format) => `${stem}.${format}`);
    if (options.resume && files.every((file) => present.has(file))) letters.set(row.rowNumber, { row: row.rowNumber, name: stem, files, skipped: true });
    else tasks.push({ rowNumber: row.rowNumber, fields: row.fields, stem });
  });

  const progress = createProgress(tasks.length, { isTTY: io.errIsTTY, write: (text) => { io.err(text); } }, options.progress);
  let done = 0;
  const record = (outcome: RowOutcome): void => {
    const name = stemOf.get(outcome.rowNumber) ?? `row-${outcome.rowNumber}`;
    if (outcome.ok) {
      letters.set(outcome.rowNumber, { row: outcome.rowNumber, name, files: outcome.files, ...(outcome.diagnostics.length > 0 ? { diagnostics: outcome.diagnostics } : {}) });
    } else {
      failures.set(outcome.rowNumber, { row: outcome.rowNumber, name, diagnostics: outcome.diagnostics });
    }
    done++;
    progress.tick(done, failures.size);
  };
  const fullJob: BatchJob = { ...job, outDir };
  await runWorkerPool<RowTask, RowOutcome>({
    workerUrl: options.workerUrl,
    concurrency: options.concurrency,
    tasks,
    workerData: fullJob,
    onResult: (_task, outcome) => {
      record(outcome);
    },
    onCrash: (task, error) => {
      record({
        rowNumber: task.rowNumber,
        ok: false,
        files: [],
        diagnostics: [cliError('worker_crashed', `The worker rendering row ${task.rowNumber} stopped: ${error.message}`, `เธรดที่สร้างหนังสือแถวที่ ${task.rowNumber} หยุดทำงาน: ${error.message}`)],
      });
    },
  });
  progress.finish(done, failures.size);

  const byRow = <T extends { row: number }>(map: Map<number, T>): T[] => [...map.values()].sort((a, b) => a.row - b.row);
  const letterList = byRow(letters);
  const report: BatchReport = {
    program: job.program,
    rows: options.rowsLabel,
    formats: job.formats,
    total: rows.length,
    written: letterList.filter((l) => l.skipped !== true).length,
    skipped: letterList.filter((l) => l.skipped === true).length,
    failed: failures.size,
    unusedColumns: unusedColumns(rows, job.program, options.namePattern),
    failures: byRow(failures),
    letters: letterList,
  };
  await writeFileAtomic(join(outDir, REPORT_FILE), new TextEncoder().encode(`${JSON.stringify(report, null, 2)}\n`));
  let output = outDir;
  if (options.zipPath !== undefined) {
    await zipFolder(outDir, options.zipPath);
    await rm(outDir, { recursive: true, force: true });
    output = options.zipPath;
  }
  return { report, durationMs: performance.now() - started, peakRssBytes: process.resourceUsage().maxRSS * 1024, output };
}

/** The summary printed on standard error after a batch. */
export function batchSummary(result: BatchRunResult, cwd: string): string {
  const { report } = result;
  const seconds = result.durationMs / 1000;
  const rate = seconds > 0 ? report.written / seconds : 0;
  const where = relative(cwd, result.output) || '.';
  const lines = [
    `saraban batch: ${report.written + report.skipped} of ${report.total} rows written to ${where} (${report.written} now, ${report.skipped} from an earlier run), ${report.failed} failed`,
    `time ${seconds.toFixed(1)} s, ${rate.toFixed(1)} letters/s, peak memory ${(result.peakRssBytes / 1024 / 1024).toFixed(0)} MB`,
  ];
  if (report.unusedColumns.length > 0) {
    const warning = cliWarning(
      'column_unused',
      `columns not used by program ${report.program} nor by --name: ${report.unusedColumns.join(', ')} (a typo? prefix payload. or letter. to merge them)`,
      `คอลัมน์ที่ไม่ได้ใช้: ${report.unusedColumns.join(', ')}`,
      ['columns'],
    );
    lines.push(formatDiagnostic(warning));
  }
  if (report.failures.length > 0) {
    lines.push(`Failed rows (all diagnostics in ${REPORT_FILE}):`);
    for (const failure of report.failures.slice(0, SUMMARY_FAILED_ROWS)) {
      const errors = failure.diagnostics.filter((d) => d.severity === 'error');
      lines.push(`  row ${failure.row} (${failure.name}):`);
      for (const diagnostic of errors.slice(0, 3)) lines.push(formatDiagnostic(diagnostic, '    '));
      if (errors.length > 3) lines.push(`    … ${errors.length - 3} more`);
    }
    const rest = report.failures.length - SUMMARY_FAILED_ROWS;
    if (rest > 0) lines.push(`  … and ${plural(rest, 'more failed row')}: rows ${report.failures.slice(SUMMARY_FAILED_ROWS).map((f) => f.row).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
