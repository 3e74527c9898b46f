/**
 * cli — `saraban programs`: every program of the registry with its Thai title, description
 * and payload fields (from the payload's JSON Schema): name, type, whether required,
 * nested objects indented. `--format json` gives the same as data.
 */
import { PROGRAMS } from '../../programs/index.js';
import type { CliIo } from '../cli-io.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { COMMAND_USAGE } from '../usage.js';
import { UsageError } from '../usage-error.js';
import { inputJsonSchema } from './schema-command.js';

interface JsonSchemaNode {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchemaNode;
  readonly anyOf?: readonly JsonSchemaNode[];
  readonly oneOf?: readonly JsonSchemaNode[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly default?: unknown;
}

export interface PayloadField {
  /** Dotted path: `meeting.venue`; `[]` marks the items of a list. */
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly depth: number;
}

function typeName(node: JsonSchemaNode): string {
  const alternatives = node.anyOf ?? node.oneOf;
  if (alternatives !== undefined) return [...new Set(alternatives.map(typeName))].join(' | ');
  if (node.enum !== undefined) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.type === 'array') return `list of ${node.items === undefined ? 'any' : typeName(node.items)}`;
  if (Array.isArray(node.type)) return node.type.join(' | ');
  return typeof node.type === 'string' ? node.type : 'any';
}

function collectFields(node: JsonSchemaNode, prefix: string, depth: number, out: PayloadField[]): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const required = (node.required ?? []).includes(key) && child.default === undefined;
    out.push({ path, type: typeName(child), required, depth });
    if (child.properties !== undefined) collectFields(child, path, depth + 1, out);
    else if (child.items?.properties !== undefined) collectFields(child.items, `${path}[]`, depth + 1, out);
  }
}

export function payloadFields(schema: Record<string, unknown>): PayloadField[] {
  const out: PayloadField[] = [];
  collectFields(schema, '', 0, out);
  return out;
}

export function programsCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs('programs', args, { format: { type: 'string' } });
  if (values.help === true) {
    io.out(`${COMMAND_USAGE.programs}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`programs takes no arguments (got "${positionals.join(' ')}")`, 'programs');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`, 'programs');
  const listed = PROGRAMS.map((program) => ({
    name: program.name,
    title: program.title,
    description: program.description,
    fields: payloadFields(inputJsonSchema(program.schema)),
  }));
  if (format === 'json') {
    io.out(`${JSON.stringify(listed, null, 2)}\n`);
    return 0;
  }
  for (const program of listed) {
    io.out(`${program.name} — ${program.title}\n  ${program.description}\n  payload fields:\n`);
    const label = (field: PayloadField): string => `${'  '.repeat(field.depth)}${field.path.split('.').pop() ?? field.path}`;
    const width = Math.max(...program.fields.map((f) => label(f).length));
    for (const field of program.fields) {
      io.out(`    ${label(field).padEnd(width + 2)}${field.type}${field.required ? ' (required)' : ''}\n`);
    }
    io.out('\n');
  }
  io.out(`Payload JSON Schema: saraban schema --program <name>; example files: examples/programs/<name>.json\n`);
  return 0;
}
