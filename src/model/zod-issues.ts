/**
 * model — zod issues → saraban diagnostics (stage `model`), with English and Thai messages.
 * Unions are resolved to the branch the input was meant for (the one that did not fail on its type),
 * our own custom issues keep their code, and unrecognized keys become `unknown_field` warnings with a
 * did-you-mean hint. Paths are the zod paths into the input.
 */
import type { z } from 'zod';
import type { Diagnostic, DiagnosticPath } from '../diagnostics/diagnostic.js';
import { describeValue, describeValueTh, fieldLabel, formatPath, modelDiagnostic } from './model-diagnostic.js';
import { knownInputKeys, type CustomIssueParams } from './schema-kit.js';

type Issue = z.core.$ZodIssue;

/** An issue with its absolute path. */
export interface PlacedIssue {
  readonly issue: Issue;
  readonly path: readonly (string | number)[];
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((part) => (typeof part === 'number' ? part : String(part)));
}

function isTypeMismatchBranch(branch: readonly Issue[]): boolean {
  return branch.length > 0 && branch.every((issue) => issue.code === 'invalid_type' && issue.path.length === 0);
}

/** Flatten unions: keep the issues of the branch meant for the input. */
export function placeIssues(issues: readonly Issue[], base: readonly (string | number)[] = []): PlacedIssue[] {
  const placed: PlacedIssue[] = [];
  for (const issue of issues) {
    const path = [...base, ...toPath(issue.path)];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const meant = issue.errors.filter((branch) => !isTypeMismatchBranch(branch));
      const chosen = meant.reduce<readonly Issue[] | undefined>(
        (best, branch) => (best === undefined || branch.length < best.length ? branch : best),
        undefined,
      );
      if (chosen === undefined) {
        const expected = issue.errors.flatMap((branch) =>
          branch.flatMap((inner) => (inner.code === 'invalid_type' ? [inner.expected] : [])),
        );
        placed.push({
          issue: { code: 'invalid_type', expected: [...new Set(expected)].join(' or '), path: [], message: issue.message, input: issue.input },
          path,
        });
      } else {
        placed.push(...placeIssues(chosen, path));
      }
      continue;
    }
    placed.push({ issue, path });
  }
  return placed;
}

const TYPE_NAMES: Readonly<Record<string, readonly [en: string, th: string]>> = {
  string: ['text', 'ข้อความ'],
  number: ['a number', 'ตัวเลข'],
  int: ['a whole number', 'จำนวนเต็ม'],
  boolean: ['true or false', 'true หรือ false'],
  array: ['a list', 'รายการ'],
  object: ['an object', 'ออบเจกต์'],
};

function typeName(expected: string): readonly [string, string] {
  const parts = expected.split(' or ').map((part) => TYPE_NAMES[part] ?? [part, part]);
  return [parts.map((p) => p[0]).join(' or '), parts.map((p) => p[1]).join(' หรือ ')];
}

function isCustomParams(value: unknown): value is CustomIssueParams {
  if (typeof value !== 'object' || value === null) return false;
  return typeof (value as { code?: unknown }).code === 'string' && typeof (value as { messageTh?: unknown }).messageTh === 'string';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0;
      const left = row[j - 1] ?? 0;
      row[j] = Math.min(above + 1, left + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** The known key closest to a typo, when it is close enough to be the intended one. */
export function suggestKey(key: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const known of knownInputKeys()) {
    const distance = editDistance(key.toLowerCase(), known.toLowerCase());
    if (distance < bestDistance) {
      best = known;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function unknownField(path: DiagnosticPath, key: string): Diagnostic {
  const full = [...path, key];
  const label = fieldLabel(full);
  const suggestion = suggestKey(key);
  const hint = suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
  const hintTh = suggestion === undefined ? '' : ` หมายถึง "${suggestion}" หรือไม่`;
  return modelDiagnostic({
    code: 'unknown_field',
    severity: 'warning',
    path: full,
    message: `${label.en} is not a field of a circular and was ignored.${hint}`,
    messageTh: `${label.th} ไม่ใช่ช่องข้อมูลของหนังสือเวียน จึงไม่ถูกนำมาใช้${hintTh}`,
    ...(suggestion === undefined ? {} : { hints: [`Rename "${key}" to "${suggestion}".`] }),
  });
}

/** One placed issue → diagnostics (several for unrecognized keys). */
export function issueToDiagnostics(placed: PlacedIssue): Diagnostic[] {
  const { issue, path } = placed;
  const label = fieldLabel(path);
  switch (issue.code) {
    case 'custom': {
      const params: unknown = issue.params;
      if (isCustomParams(params)) {
        // Custom issues are raised by transforms that do not know where they sit; name the field here.
        const quoted = `"${formatPath(path)}"`;
        const named = issue.message.startsWith(quoted);
        return [
          modelDiagnostic({
            code: params.code,
            severity: params.severity ?? 'error',
            path,
            message: named ? issue.message : `${label.en}: ${issue.message}`,
            messageTh: params.messageTh.startsWith(quoted) ? params.messageTh : `${label.th}: ${params.messageTh}`,
            ...(params.hints === undefined ? {} : { hints: params.hints }),
          }),
        ];
      }
      break;
    }
    case 'invalid_type': {
      const [en, th] = typeName(issue.expected);
      if (issue.input === undefined) {
        return [
          modelDiagnostic({
            code: 'missing_field',
            path,
            message: `${label.en} is required (${en}).`,
            messageTh: `ต้องระบุ ${label.th} (${th})`,
          }),
        ];
      }
      return [
        modelDiagnostic({
          code: 'invalid_type',
          path,
          message: `${label.en} must be ${en}; got ${describeValue(issue.input)}.`,
          messageTh: `${label.th} ต้องเป็น${th} แต่ได้รับ${describeValueTh(issue.input)}`,
        }),
      ];
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return [
        modelDiagnostic({
          code: 'invalid_enum',
          path,
          message: `${label.en} must be one of ${values}; got ${describeValue(issue.input)}.`,
          messageTh: `${label.th} ต้องเป็นค่าใดค่าหนึ่งใน ${values} แต่ได้รับ ${describeValue(issue.input)}`,
        }),
      ];
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined) {
        const optionList: readonly unknown[] = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
        // An optional discriminator (kind defaults to external) lists undefined among the options.
        const options = optionList.flatMap((v) => (v === undefined ? [] : [JSON.stringify(v)])).join(', ');
        const got = (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator];
        return [
          modelDiagnostic({
            code: got === undefined ? 'missing_field' : 'invalid_enum',
            path,
            message: `${label.en} must be one of ${options}; got ${describeValue(got)}.`,
            messageTh: `${label.th} ต้องเป็นค่าใดค่าหนึ่งใน ${options} แต่ได้รับ ${describeValue(got)}`,
          }),
        ];
      }
      break;
    }
    case 'too_small': {
      const empty = issue.minimum === 1 && (issue.origin === 'string' || issue.origin === 'array');
      if (empty) {
        const what = issue.origin === 'string' ? ['must not be empty', 'ต้องไม่เป็นค่าว่าง'] : ['needs at least one item', 'ต้องมีอย่างน้อยหนึ่งรายการ'];
        return [
          modelDiagnostic({
            code: 'missing_field',
            path,
            message: `${label.en} ${what[0] ?? ''}.`,
            messageTh: `${label.th} ${what[1] ?? ''}`,
          }),
        ];
      }
      return [
        modelDiagnostic({
          code: 'invalid_input',
          path,
          message: `${label.en} is too small (minimum ${String(issue.minimum)}); got ${describeValue(issue.input)}.`,
          messageTh: `${label.th} มีค่าน้อยเกินไป (อย่างน้อย ${String(issue.minimum)}) แต่ได้รับ ${describeValue(issue.input)}`,
        }),
      ];
    }
    case 'too_big':
      return [
        modelDiagnostic({
          code: 'too_long',
          path,
          message: `${label.en} is too large (maximum ${String(issue.maximum)}).`,
          messageTh: `${label.th} มีขนาดเกินกว่าที่รับได้ (สูงสุด ${String(issue.maximum)})`,
        }),
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownField(path, key));
    default:
      break;
  }
  return [
    modelDiagnostic({
      code: 'invalid_input',
      path,
      message: `${label.en} is not valid: ${issue.message}; got ${describeValue(issue.input)}.`,
      messageTh: `${label.th} ไม่ถูกต้อง แต่ได้รับ ${describeValue(issue.input)}`,
    }),
  ];
}
