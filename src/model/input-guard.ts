/**
 * model — cheap checks on untrusted input before zod sees it.
 * Rejects, without reading their content, strings longer than a field can sensibly be, huge lists,
 * deep nesting and cycles, so that a 10 MB string or a self-referencing object returns at once with
 * a diagnostic instead of running regexes over it or recursing without end.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fieldLabel, modelDiagnostic } from './model-diagnostic.js';

export interface InputLimits {
  /** Characters in one string field. */
  readonly maxStringLength: number;
  /** Items in one list. */
  readonly maxListLength: number;
  /** Nesting of objects and lists. */
  readonly maxDepth: number;
  /** Values of any kind in the whole input. */
  readonly maxNodes: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  maxStringLength: 20_000,
  maxListLength: 5_000,
  maxDepth: 32,
  maxNodes: 200_000,
};

/** At most this many diagnostics are reported, so a hostile input cannot flood the caller. */
const MAX_REPORTS = 20;

/** Problems found; empty when the input is within limits. */
export function checkInputLimits(input: unknown, limits: InputLimits = DEFAULT_INPUT_LIMITS): readonly Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const onPath = new Set<object>();
  let nodes = 0;
  // Iterative walk: an explicit stack cannot overflow the call stack on deep input.
  const stack: { value: unknown; path: (string | number)[]; leave?: object }[] = [{ value: input, path: [] }];
  while (stack.length > 0 && diagnostics.length < MAX_REPORTS) {
    const frame = stack.pop();
    if (frame === undefined) break;
    if (frame.leave !== undefined) {
      onPath.delete(frame.leave);
      continue;
    }
    const { value, path } = frame;
    nodes += 1;
    if (nodes > limits.maxNodes) {
      diagnostics.push(
        modelDiagnostic({
          code: 'too_long',
          path: [],
          message: `The input has more than ${limits.maxNodes} values; a circular is far smaller. Check that the right file was given.`,
          messageTh: `ข้อมูลนำเข้ามีค่ามากกว่า ${limits.maxNodes} ค่า ซึ่งมากเกินกว่าหนังสือเวียนหนึ่งฉบับ โปรดตรวจสอบว่าใช้ไฟล์ถูกต้อง`,
        }),
      );
      break;
    }
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) {
        const label = fieldLabel(path);
        diagnostics.push(
          modelDiagnostic({
            code: 'too_long',
            path,
            message: `${label.en} has ${value.length} characters; at most ${limits.maxStringLength} are allowed in one field. Split long text into several paragraphs.`,
            messageTh: `${label.th} ยาว ${value.length} ตัวอักษร เกินกว่าที่รับได้ ${limits.maxStringLength} ตัวอักษรต่อช่อง ให้แบ่งข้อความยาวเป็นหลายย่อหน้า`,
          }),
        );
      }
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const label = fieldLabel(path);
    if (onPath.has(value)) {
      diagnostics.push(
        modelDiagnostic({
          code: 'invalid_input',
          path,
          message: `${label.en} refers back to itself; the input must be plain JSON data without cycles.`,
          messageTh: `${label.th} อ้างอิงวนกลับมาที่ตัวเอง ข้อมูลนำเข้าต้องเป็น JSON ธรรมดาที่ไม่มีการอ้างอิงวน`,
        }),
      );
      continue;
    }
    if (path.length >= limits.maxDepth) {
      diagnostics.push(
        modelDiagnostic({
          code: 'too_deep',
          path,
          message: `${label.en} is nested more than ${limits.maxDepth} levels deep; a circular never needs that.`,
          messageTh: `${label.th} ซ้อนกันลึกเกิน ${limits.maxDepth} ชั้น ซึ่งหนังสือเวียนไม่จำเป็นต้องมี`,
        }),
      );
      continue;
    }
    if (Array.isArray(value) && value.length > limits.maxListLength) {
      diagnostics.push(
        modelDiagnostic({
          code: 'too_long',
          path,
          message: `${label.en} has ${value.length} items; at most ${limits.maxListLength} are allowed.`,
          messageTh: `${label.th} มี ${value.length} รายการ เกินกว่าที่รับได้ ${limits.maxListLength} รายการ`,
        }),
      );
      continue;
    }
    onPath.add(value);
    stack.push({ value: undefined, path, leave: value });
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push({ value: value[i], path: [...path, i] });
    } else {
      const entries = Object.entries(value);
      if (entries.length > limits.maxListLength) {
        diagnostics.push(
          modelDiagnostic({
            code: 'too_long',
            path,
            message: `${label.en} has ${entries.length} keys; at most ${limits.maxListLength} are allowed.`,
            messageTh: `${label.th} มี ${entries.length} คีย์ เกินกว่าที่รับได้ ${limits.maxListLength} คีย์`,
          }),
        );
        continue;
      }
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const entry = entries[i];
        if (entry !== undefined) stack.push({ value: entry[1], path: [...path, entry[0]] });
      }
    }
  }
  return diagnostics;
}
