/**
 * cli — what an input file holds: either letter input (for parseCircular), or a program file
 * `{ program, base, payload }` as in examples/programs/*.json, whose letter input is built by
 * buildProgramCircular. Both come back as letter input, with the program's diagnostics.
 */
import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { buildProgramCircular } from '../programs/index.js';

export interface ProgramFile {
  readonly program: string;
  readonly base: Readonly<Record<string, unknown>>;
  readonly payload: Readonly<Record<string, unknown>>;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A `{ program, base, payload }` file, or undefined for plain letter input. */
export function asProgramFile(value: unknown): ProgramFile | undefined {
  if (!isRecord(value) || typeof value['program'] !== 'string' || !('base' in value)) return undefined;
  const base = value['base'];
  const payload = value['payload'];
  return { program: value['program'], base: isRecord(base) ? base : {}, payload: isRecord(payload) ? payload : {} };
}

/**
 * Letter input for a file's content. For a program file, only the program stage's own
 * diagnostics come back with it: parsing and rules run again when the letter is validated.
 */
export function letterInputOf(value: unknown): Result<unknown> {
  const programFile = asProgramFile(value);
  if (programFile === undefined) return { ok: true, value, diagnostics: [] };
  const built = buildProgramCircular(programFile.program, programFile.base, programFile.payload);
  if (!built.ok) return built;
  const own: Diagnostic[] = built.diagnostics.filter((d) => d.stage === 'programs');
  return { ok: true, value: built.value, diagnostics: own };
}
