/**
 * cli — `saraban schema [--program <name>]`: the JSON Schema (draft 2020-12, json-schemas.ts)
 * of letter input or of one program's payload, so editors and other languages can check files
 * before saraban sees them; the same as the package's schemas/ files.
 */
import { PROGRAM_NAMES } from '../../programs/index.js';
import type { CliIo } from '../cli-io.js';
import { letterJsonSchema, programPayloadJsonSchema } from '../json-schemas.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { COMMAND_USAGE } from '../usage.js';
import { UsageError } from '../usage-error.js';

export { inputJsonSchema } from '../json-schemas.js';

export function programPayloadSchema(name: string): Record<string, unknown> {
  const schema = programPayloadJsonSchema(name);
  if (schema === undefined) throw new UsageError(`there is no program "${name}"; use one of ${PROGRAM_NAMES.join(', ')}`, 'schema');
  return schema;
}

export function schemaCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs('schema', args, { program: { type: 'string' } });
  if (values.help === true) {
    io.out(`${COMMAND_USAGE.schema}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`schema takes no file arguments (got "${positionals.join(' ')}")`, 'schema');
  const schema = values.program === undefined ? letterJsonSchema() : programPayloadSchema(values.program);
  io.out(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}
