/**
 * cli/batch — merges one row into the base letter and the program payload: `letter.<path>` and
 * `payload.<path>` set dotted paths, a `letter`/`payload` object (JSON rows) is deep-merged, a plain
 * column sets the payload field of that name, or with `payloadKeys` becomes a label (for names only)
 * when the payload does not know it. A CSV cell holding `[...]`/`{...}` is parsed as JSON, and
 * `coerce` types text cells (`"3"` → 3) as the schema expects. Inputs are never mutated.
 */

export interface MergedRow {
  readonly letter: Record<string, unknown>;
  readonly payload: Record<string, unknown>;
  /** Plain columns outside `payloadKeys`: not merged, available for names. */
  readonly labels: Record<string, unknown>;
}

export type MergeTarget = 'letter' | 'payload';

export interface MergeRowOptions {
  /** Top-level payload fields; a plain column outside the set becomes a label. */
  readonly payloadKeys?: ReadonlySet<string>;
  /** Converts a text cell for the field at `path` (e.g. `"3"` → 3 where a number is expected). */
  readonly coerce?: (target: MergeTarget, path: readonly string[], text: string) => unknown;
}

const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

function cellValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if ((trimmed.startsWith('[') && trimmed.endsWith(']')) || (trimmed.startsWith('{') && trimmed.endsWith('}'))) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      return value;
    }
  }
  return value;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  path.slice(0, -1).forEach((key) => {
    const next = node[key];
    const child = typeof next === 'object' && next !== null && !Array.isArray(next) ? { ...(next as Record<string, unknown>) } : {};
    node[key] = child;
    node = child;
  });
  const last = path.at(-1);
  if (last !== undefined) node[last] = value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep-merges a JSON row's `letter` or `payload` object: objects merge, anything else replaces. */
function mergeInto(target: Record<string, unknown>, source: Readonly<Record<string, unknown>>, column: string): void {
  for (const [key, value] of Object.entries(source)) {
    if (UNSAFE_KEYS.has(key)) throw new RowColumnError(`column "${column}" holds the key "${key}", which is not a usable field name`);
    const existing = target[key];
    if (isPlainObject(value) && isPlainObject(existing)) {
      const copy = { ...existing };
      mergeInto(copy, value, column);
      target[key] = copy;
    } else {
      target[key] = structuredClone(value);
    }
  }
}

export class RowColumnError extends Error {
  override name = 'RowColumnError';
}

export function mergeRow(
  base: Readonly<Record<string, unknown>>,
  basePayload: Readonly<Record<string, unknown>>,
  fields: Readonly<Record<string, unknown>>,
  options: MergeRowOptions = {},
): MergedRow {
  const letter = structuredClone(base) as Record<string, unknown>;
  const payload = structuredClone(basePayload) as Record<string, unknown>;
  const labels: Record<string, unknown> = {};
  const value = (target: MergeTarget, path: readonly string[], raw: unknown): unknown => {
    const parsed = cellValue(raw);
    return typeof parsed === 'string' && options.coerce !== undefined ? options.coerce(target, path, parsed) : parsed;
  };
  for (const [column, raw] of Object.entries(fields)) {
    if (raw === '' || raw === undefined) continue;
    const parts = column.split('.').map((part) => part.trim());
    if (parts.some((part) => part === '' || UNSAFE_KEYS.has(part))) {
      throw new RowColumnError(`column "${column}" is not a usable field path`);
    }
    const [head, ...rest] = parts;
    if ((head === 'letter' || head === 'payload') && rest.length === 0 && isPlainObject(raw)) mergeInto(head === 'letter' ? letter : payload, raw, column);
    else if (head === 'letter' && rest.length > 0) setPath(letter, rest, value('letter', rest, raw));
    else if (head === 'payload' && rest.length > 0) setPath(payload, rest, value('payload', rest, raw));
    else if (options.payloadKeys !== undefined && head !== undefined && !options.payloadKeys.has(head)) labels[column] = raw;
    else setPath(payload, parts, value('payload', parts, raw));
  }
  return { letter, payload, labels };
}
