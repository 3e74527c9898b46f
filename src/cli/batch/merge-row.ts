/**
 * cli/batch — merges one row of a batch into the base letter and the program payload.
 * A column `letter.<path>` or `payload.<path>` sets that dotted path (`letter.addressee.text`,
 * `payload.meeting.date`); any other column sets the payload field of the same name.
 * Values are strings from CSV; a cell holding JSON (`[...]`, `{...}`) is parsed, so lists fit
 * in one cell. Inputs are never mutated.
 */

export interface MergedRow {
  readonly letter: Record<string, unknown>;
  readonly payload: Record<string, unknown>;
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

export class RowColumnError extends Error {
  override name = 'RowColumnError';
}

export function mergeRow(
  base: Readonly<Record<string, unknown>>,
  basePayload: Readonly<Record<string, unknown>>,
  fields: Readonly<Record<string, unknown>>,
): MergedRow {
  const letter = structuredClone(base) as Record<string, unknown>;
  const payload = structuredClone(basePayload) as Record<string, unknown>;
  for (const [column, raw] of Object.entries(fields)) {
    if (raw === '' || raw === undefined) continue;
    const parts = column.split('.').map((part) => part.trim());
    if (parts.some((part) => part === '' || UNSAFE_KEYS.has(part))) {
      throw new RowColumnError(`column "${column}" is not a usable field path`);
    }
    const [head, ...rest] = parts;
    if (head === 'letter' && rest.length > 0) setPath(letter, rest, cellValue(raw));
    else if (head === 'payload' && rest.length > 0) setPath(payload, rest, cellValue(raw));
    else setPath(payload, parts, cellValue(raw));
  }
  return { letter, payload };
}
