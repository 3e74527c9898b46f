/**
 * model — parseCircular: untrusted input → Result<Circular>. Never throws for bad input.
 * Steps: shape and size guard (no zod on a 10 MB string), then the friendly schema. Unknown keys are
 * warnings: they are removed and the input parsed again, so a typo like `subjcet` costs a warning
 * plus the missing-field error it causes, never a silent drop. Every diagnostic has stage `model`.
 */
import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import type { Circular } from './circular-types.js';
import { CircularInputSchema } from './circular-schema.js';
import { checkInputLimits, DEFAULT_INPUT_LIMITS, type InputLimits } from './input-guard.js';
import { describeValue, modelDiagnostic } from './model-diagnostic.js';
import { collectWarnings } from './schema-kit.js';
import { issueToDiagnostics, placeIssues } from './zod-issues.js';

export interface ParseCircularOptions {
  /** Override the size limits of the input guard. */
  readonly limits?: Partial<InputLimits>;
}

type Path = readonly (string | number)[];

/** A copy of `value` without `keys` in the object at `path`; only the objects on the path are copied. */
function withoutKeys(value: unknown, path: Path, keys: readonly string[]): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (path.length === 0) {
    if (Array.isArray(value)) return value;
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const key of keys) Reflect.deleteProperty(copy, key);
    return copy;
  }
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    if (typeof head !== 'number') return value;
    const copy: unknown[] = (value as unknown[]).slice();
    copy[head] = withoutKeys(value[head], rest, keys);
    return copy;
  }
  if (head === undefined) return value;
  const record = value as Record<string, unknown>;
  return { ...record, [head]: withoutKeys(record[String(head)], rest, keys) };
}

/** Unknown keys make at most this many strip-and-retry rounds (a union may reveal more after one). */
const MAX_ROUNDS = 4;

/**
 * Parse friendly or canonical input into the canonical Circular.
 * @example
 * const result = parseCircular(JSON.parse(text));
 * if (result.ok) render(result.value); else console.error(result.diagnostics);
 */
export function parseCircular(input: unknown, options: ParseCircularOptions = {}): Result<Circular> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      diagnostics: [
        modelDiagnostic({
          code: 'invalid_type',
          path: [],
          message: `The circular must be a JSON object with fields such as "number", "subject" and "body"; got ${Array.isArray(input) ? 'a list' : describeValue(input)}.`,
          messageTh: `ข้อมูลหนังสือเวียนต้องเป็นออบเจกต์ JSON ที่มีช่อง เช่น "number" "subject" และ "body" แต่ได้รับ${Array.isArray(input) ? 'รายการ (array)' : ` ${describeValue(input)}`}`,
        }),
      ],
    };
  }
  const guard = checkInputLimits(input, { ...DEFAULT_INPUT_LIMITS, ...options.limits });
  if (guard.length > 0) return { ok: false, diagnostics: guard };

  const unknownFields: Diagnostic[] = [];
  // A top-level `$schema` names the JSON Schema an editor checks the file with
  // (schemas/letter.schema.json): not a letter field, so not an unknown one.
  let current: unknown = '$schema' in input ? withoutKeys(input, [], ['$schema']) : input;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const { value: parsed, warnings } = collectWarnings(() => CircularInputSchema.safeParse(current, { reportInput: true }));
    if (parsed.success) return { ok: true, value: parsed.data, diagnostics: [...unknownFields, ...warnings] };
    const placed = placeIssues(parsed.error.issues);
    const unknown = placed.filter((p) => p.issue.code === 'unrecognized_keys');
    if (unknown.length === 0 || round === MAX_ROUNDS - 1) {
      const errors = placed.flatMap(issueToDiagnostics);
      return { ok: false, diagnostics: [...unknownFields, ...errors, ...warnings] };
    }
    for (const { issue, path } of unknown) {
      if (issue.code !== 'unrecognized_keys') continue;
      unknownFields.push(...issueToDiagnostics({ issue, path }));
      current = withoutKeys(current, path, issue.keys);
    }
  }
  return { ok: false, diagnostics: unknownFields };
}
