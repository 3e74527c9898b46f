/**
 * cli — `saraban schema [--program <name>]`: the JSON Schema (draft 2020-12, zod 4's
 * z.toJSONSchema of the input side) of letter input or of one program's payload, so editors
 * and other languages can check files before saraban sees them.
 */
import { z } from 'zod';
import { CircularInputSchema } from '../../model/index.js';
import { findProgram, PROGRAM_NAMES } from '../../programs/index.js';
import type { CliIo } from '../cli-io.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { COMMAND_USAGE } from '../usage.js';
import { UsageError } from '../usage-error.js';

/** JSON Schema of what a caller writes (defaults optional, transforms by their input). */
export function inputJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
}

export function programPayloadSchema(name: string): Record<string, unknown> {
  const program = findProgram(name);
  if (program === undefined) throw new UsageError(`there is no program "${name}"; use one of ${PROGRAM_NAMES.join(', ')}`, 'schema');
  return { title: `${program.name} payload`, description: program.description, ...inputJsonSchema(program.schema) };
}

export function schemaCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs('schema', args, { program: { type: 'string' } });
  if (values.help === true) {
    io.out(`${COMMAND_USAGE.schema}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`schema takes no file arguments (got "${positionals.join(' ')}")`, 'schema');
  const schema = values.program === undefined ? { title: 'saraban letter or memo input', ...inputJsonSchema(CircularInputSchema) } : programPayloadSchema(values.program);
  io.out(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}
