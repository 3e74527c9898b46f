/**
 * cli/batch — typed cells from text: a CSV cell is always text, but a payload field such as
 * `minGroupsPerDistrict` wants a number. The JSON Schema of the letter input and of the
 * program payload says which types a path accepts; text becomes a number (Thai digits and
 * thousands separators allowed) or a boolean only where text itself is not accepted.
 */
import { toArabicDigits } from '../../thai/index.js';
import type { MergeTarget } from './merge-row.js';

interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: SchemaNode | boolean;
  readonly items?: SchemaNode;
  readonly prefixItems?: readonly SchemaNode[];
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly allOf?: readonly SchemaNode[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, SchemaNode>>;
}

function expand(node: SchemaNode, root: SchemaNode, depth = 0): SchemaNode[] {
  if (depth > 20) return [];
  if (node.$ref !== undefined) {
    const target = node.$ref === '#' ? root : node.$ref.startsWith('#/$defs/') ? root.$defs?.[node.$ref.slice('#/$defs/'.length)] : undefined;
    return target === undefined ? [] : expand(target, root, depth + 1);
  }
  const alternatives = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
  return alternatives.length === 0 ? [node] : [node, ...alternatives.flatMap((n) => expand(n, root, depth + 1))];
}

function child(node: SchemaNode, key: string): SchemaNode[] {
  const found: SchemaNode[] = [];
  const property = node.properties?.[key];
  if (property !== undefined) found.push(property);
  else if (typeof node.additionalProperties === 'object') found.push(node.additionalProperties);
  if (/^\d+$/u.test(key)) {
    const positional = node.prefixItems?.[Number(key)];
    if (positional !== undefined) found.push(positional);
    else if (node.items !== undefined) found.push(node.items);
  }
  return found;
}

/** The JSON types the schema accepts at `path`; empty when the path is unknown. */
export function typesAt(schema: Readonly<Record<string, unknown>>, path: readonly string[]): Set<string> {
  const root = schema as SchemaNode;
  let nodes = expand(root, root);
  for (const key of path) nodes = nodes.flatMap((node) => child(node, key)).flatMap((node) => expand(node, root));
  const types = new Set<string>();
  for (const node of nodes) {
    if (typeof node.type === 'string') types.add(node.type);
    else if (Array.isArray(node.type)) for (const t of node.type as readonly string[]) types.add(t);
    for (const value of [...(node.enum ?? []), ...(node.const === undefined ? [] : [node.const])]) types.add(typeof value);
  }
  return types;
}

const NUMBER_TEXT = /^[-+]?\d+(\.\d+)?$/u;

/** `"๓"` → 3 where a number is wanted, `"true"` → true where a boolean is; otherwise the text. */
export function coerceText(types: ReadonlySet<string>, text: string): unknown {
  if (types.has('string') || types.size === 0) return text;
  const trimmed = text.trim();
  if (types.has('number') || types.has('integer')) {
    const digits = toArabicDigits(trimmed).replace(/,/gu, '');
    if (NUMBER_TEXT.test(digits)) return Number(digits);
  }
  if (types.has('boolean')) {
    const lower = trimmed.toLowerCase();
    if (lower === 'true' || lower === 'false') return lower === 'true';
  }
  return text;
}

/** A `coerce` function for mergeRow from the letter and payload JSON Schemas. */
export function schemaCoercion(letterSchema: Readonly<Record<string, unknown>>, payloadSchema: Readonly<Record<string, unknown>>) {
  const cache = new Map<string, Set<string>>();
  return (target: MergeTarget, path: readonly string[], text: string): unknown => {
    const key = `${target}:${path.join('.')}`;
    let types = cache.get(key);
    if (types === undefined) {
      types = typesAt(target === 'letter' ? letterSchema : payloadSchema, path);
      cache.set(key, types);
    }
    return coerceText(types, text);
  };
}
