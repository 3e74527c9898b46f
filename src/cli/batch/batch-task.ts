/**
 * cli/batch — one row of a batch, as a worker thread does it: merge the row into the base
 * letter and payload, build the program's letter, render every format, and only when all
 * succeed write the files atomically as <outDir>/<stem>.<format> (a row has all its files or
 * none). Everything a worker prepares once (program, templates, schemas) lives in the closure
 * createRowRenderer returns. Never throws: a bad row is an outcome with diagnostics.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { CircularInputSchema } from '../../model/index.js';
import { buildProgramCircular, createTemplateEnv, findProgram, PROGRAM_NAMES } from '../../programs/index.js';
import { cliError } from '../cli-diagnostic.js';
import { prepareForRender, renderLetterAs, type OutputFormat, type RenderSettings } from '../output-formats.js';
import { uniqueDiagnostics } from '../unique-diagnostics.js';
import { writeFileAtomic } from './atomic-write.js';
import { schemaCoercion } from './column-types.js';
import { mergeRow, RowColumnError } from './merge-row.js';

/** Given to every worker once (workerData): must be structured-cloneable. */
export interface BatchJob {
  readonly program: string;
  readonly base: Readonly<Record<string, unknown>>;
  readonly basePayload: Readonly<Record<string, unknown>>;
  readonly formats: readonly OutputFormat[];
  readonly outDir: string;
  readonly settings: RenderSettings;
}

export interface RowTask {
  readonly rowNumber: number;
  readonly fields: Readonly<Record<string, unknown>>;
  /** File name without extension, already safe and unique. */
  readonly stem: string;
}

export interface RowOutcome {
  readonly rowNumber: number;
  readonly ok: boolean;
  /** File names written (inside outDir). */
  readonly files: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
}

/** Top-level payload fields of a program: the plain columns that are merged. */
export function programPayloadKeys(programName: string): ReadonlySet<string> {
  const program = findProgram(programName);
  if (program === undefined) return new Set();
  const properties = jsonSchema(program.schema)['properties'];
  return new Set(typeof properties === 'object' && properties !== null ? Object.keys(properties) : []);
}

/** Letter findings point at the letter's field; in a batch the column is `letter.<field>`. */
function asRowDiagnostic(diagnostic: Diagnostic): Diagnostic {
  if (diagnostic.stage === 'programs' || diagnostic.stage === 'cli' || diagnostic.path[0] === 'letter') return diagnostic;
  return { ...diagnostic, path: ['letter', ...diagnostic.path] };
}

export function createRowRenderer(job: BatchJob): (task: RowTask) => Promise<RowOutcome> {
  const program = findProgram(job.program);
  const env = createTemplateEnv();
  const payloadKeys = programPayloadKeys(job.program);
  const coerce = schemaCoercion(jsonSchema(CircularInputSchema), program === undefined ? {} : jsonSchema(program.schema));

  const renderRow = async (task: RowTask): Promise<RowOutcome> => {
    const failed = (diagnostics: readonly Diagnostic[]): RowOutcome => ({ rowNumber: task.rowNumber, ok: false, files: [], diagnostics: diagnostics.map(asRowDiagnostic) });
    if (program === undefined) {
      return failed([cliError('unknown_program', `There is no program "${job.program}"; use one of ${PROGRAM_NAMES.join(', ')}.`, `ไม่มีโปรแกรม "${job.program}"`, ['program'])]);
    }
    let merged;
    try {
      merged = mergeRow(job.base, job.basePayload, task.fields, { payloadKeys, coerce });
    } catch (error) {
      if (!(error instanceof RowColumnError)) throw error;
      return failed([cliError('row_column_invalid', `Row ${task.rowNumber}: ${error.message}.`, `แถวที่ ${task.rowNumber}: ชื่อคอลัมน์ใช้ไม่ได้ (${error.message})`)]);
    }
    const built = buildProgramCircular(program, merged.letter, merged.payload, { env });
    if (!built.ok) return failed(built.diagnostics);
    const diagnostics: Diagnostic[] = built.diagnostics.filter((d) => d.stage === 'programs');
    const prepared = prepareForRender(built.value, job.settings);
    if (!prepared.ok) return failed(uniqueDiagnostics([...diagnostics, ...prepared.diagnostics]));
    diagnostics.push(...prepared.diagnostics);
    const outputs: { name: string; bytes: Uint8Array }[] = [];
    for (const format of job.formats) {
      const rendered = await renderLetterAs(format, prepared.value, job.settings);
      diagnostics.push(...rendered.diagnostics);
      if (rendered.ok) outputs.push({ name: `${task.stem}.${format}`, bytes: rendered.value });
    }
    const shown = uniqueDiagnostics(diagnostics);
    if (outputs.length !== job.formats.length || (job.settings.allowErrors !== true && hasErrors(shown))) return failed(shown);
    for (const output of outputs) await writeFileAtomic(join(job.outDir, output.name), output.bytes);
    return { rowNumber: task.rowNumber, ok: true, files: outputs.map((o) => o.name), diagnostics: shown.map(asRowDiagnostic) };
  };

  return async (task) => {
    try {
      return await renderRow(task);
    } catch (error) {
      const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
      return {
        rowNumber: task.rowNumber,
        ok: false,
        files: [],
        diagnostics: [cliError('row_failed', `Row ${task.rowNumber} could not be rendered because of an internal error: ${reason}`, `แถวที่ ${task.rowNumber} สร้างหนังสือไม่สำเร็จเพราะข้อผิดพลาดภายใน`)],
      };
    }
  };
}
