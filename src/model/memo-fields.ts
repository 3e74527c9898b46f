/**
 * model — letter fields a memo (บันทึกข้อความ, spec §1.4) does not print: the office address, the
 * owner-unit block, copies-to, footer lines, a fax number and the คำลงท้าย. A memo input may still
 * hold them (a letter turned into a memo); each one that holds anything gives the warning
 * `memo_field_unused` at its own path, saying why it is left out and where its content belongs.
 */
import type { DiagnosticPath } from '../diagnostics/diagnostic.js';
import { fieldLabel, modelDiagnostic } from './model-diagnostic.js';
import { unusedField } from './schema-kit.js';

/** Code of the warning for a letter field given in a memo. */
export const MEMO_FIELD_UNUSED = 'memo_field_unused';

interface Reason {
  readonly en: string;
  readonly th: string;
}

/** Why each letter-only field is left out of a memo, by its path. */
export const MEMO_UNUSED_REASONS = {
  ownerUnit: {
    en: 'a memo names its unit once, in "office" (ส่วนราชการ); put the unit\'s telephone and e-mail in "office.telephone" and "office.email"',
    th: 'บันทึกข้อความระบุส่วนราชการเพียงครั้งเดียวที่ "office" ให้ใส่หมายเลขโทรศัพท์และอีเมลของหน่วยงานที่ "office.telephone" และ "office.email"',
  },
  copiesTo: { en: 'a memo prints no สำเนาส่ง list', th: 'บันทึกข้อความไม่มีส่วนสำเนาส่ง' },
  footerLines: { en: 'a memo prints no footer lines', th: 'บันทึกข้อความไม่มีข้อความท้ายหนังสือ' },
  address: {
    en: 'a memo prints no address: its ส่วนราชการ is the unit\'s name with its telephone ("office.telephone")',
    th: 'บันทึกข้อความไม่พิมพ์ที่อยู่ ส่วนราชการมีเพียงชื่อหน่วยงานและหมายเลขโทรศัพท์ ("office.telephone")',
  },
  fax: {
    en: 'a memo\'s ส่วนราชการ line carries only the telephone ("office.telephone") and e-mail ("office.email")',
    th: 'ส่วนราชการของบันทึกข้อความระบุเพียงหมายเลขโทรศัพท์ ("office.telephone") และอีเมล ("office.email")',
  },
  telephoneFax: {
    en: 'write a combined telephone/fax number as "office.telephone"',
    th: 'ให้ใส่หมายเลขโทรศัพท์/โทรสารที่ "office.telephone"',
  },
  closing: { en: 'a memo has no คำลงท้าย (spec §1.4)', th: 'บันทึกข้อความไม่มีคำลงท้าย' },
} as const satisfies Record<string, Reason>;

/**
 * The `memo_field_unused` warning for the field at `path`.
 * @example memoFieldUnused(['copiesTo'], MEMO_UNUSED_REASONS.copiesTo).code // 'memo_field_unused'
 */
export function memoFieldUnused(path: DiagnosticPath, reason: Reason) {
  const label = fieldLabel(path);
  return modelDiagnostic({
    code: MEMO_FIELD_UNUSED,
    severity: 'warning',
    path,
    message: `${label.en} is not used in a memo (บันทึกข้อความ) and was ignored: ${reason.en}.`,
    messageTh: `${label.th} ไม่ใช้ในบันทึกข้อความ จึงไม่ถูกนำมาใช้: ${reason.th}`,
  });
}

/** A field of a letter that a memo accepts, drops and warns about (see unusedField). */
export function notInMemo(path: DiagnosticPath, reason: Reason) {
  return unusedField(() => memoFieldUnused(path, reason), `Not used in a memo: ${reason.en}. Ignored with the warning ${MEMO_FIELD_UNUSED} when it holds anything.`);
}
