/**
 * model — building diagnostics of the model stage.
 * One place that names fields in English and Thai and quotes input values briefly, so
 * every message of parseCircular says which field is wrong and what it held, without
 * ever copying a huge value into a message.
 */
import type { Diagnostic, DiagnosticPath, Severity } from '../diagnostics/diagnostic.js';

/** Longest quoted value in a message. */
const QUOTE_LIMIT = 60;

/** Thai names of the top-level fields, printed next to the JSON path. */
const FIELD_NAMES_TH: Readonly<Record<string, string>> = {
  kind: 'ประเภทหนังสือ',
  number: 'ที่',
  urgency: 'ชั้นความเร็ว',
  secrecy: 'ชั้นความลับ',
  office: 'ส่วนราชการเจ้าของหนังสือ',
  date: 'วัน เดือน ปี',
  subject: 'เรื่อง',
  addressee: 'คำขึ้นต้น (เรียน)',
  referenceHeading: 'หัวข้ออ้างถึง',
  references: 'อ้างถึง',
  attachments: 'สิ่งที่ส่งมาด้วย',
  body: 'ข้อความ',
  signer: 'ผู้ลงนาม',
  ownerUnit: 'ส่วนราชการเจ้าของเรื่อง',
  copiesTo: 'สำเนาส่ง',
  footerLines: 'ข้อความท้ายหนังสือ',
  enclosures: 'เอกสารแนบท้าย',
  numerals: 'รูปแบบตัวเลข',
};

/** `signer.chain[0].position`, or `(root)` for the whole input. */
export function formatPath(path: DiagnosticPath): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** `subject (เรื่อง)`: the path, with the Thai name of its top-level field when known. */
export function fieldLabel(path: DiagnosticPath): { readonly en: string; readonly th: string } {
  const shown = formatPath(path);
  const head = path[0];
  const thaiName = typeof head === 'string' ? FIELD_NAMES_TH[head] : undefined;
  return {
    en: `"${shown}"`,
    th: thaiName === undefined ? `"${shown}"` : `"${shown}" (${thaiName})`,
  };
}

/** A short, safe rendering of an input value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const clipped = value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT)}… (${value.length} characters)` : value;
    return JSON.stringify(clipped);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** Thai rendering of the kind of a value: used in "ได้รับ…". */
export function describeValueTh(value: unknown): string {
  if (value === undefined) return 'ไม่มีค่า';
  if (value === null) return 'null';
  if (typeof value === 'string') return `ข้อความ ${describeValue(value)}`;
  if (typeof value === 'number') return `ตัวเลข ${String(value)}`;
  if (typeof value === 'boolean') return `ค่าจริง/เท็จ ${String(value)}`;
  if (Array.isArray(value)) return `รายการ ${value.length} รายการ`;
  if (typeof value === 'object') return 'ออบเจกต์';
  return typeof value;
}

export interface ModelDiagnosticInput {
  readonly code: string;
  readonly path: DiagnosticPath;
  readonly message: string;
  readonly messageTh: string;
  readonly severity?: Severity;
  readonly hints?: readonly string[];
}

export function modelDiagnostic(input: ModelDiagnosticInput): Diagnostic {
  const base = {
    code: input.code,
    severity: input.severity ?? 'error',
    stage: 'model' as const,
    path: input.path,
    message: input.message,
    messageTh: input.messageTh,
  };
  return input.hints === undefined || input.hints.length === 0 ? base : { ...base, hints: input.hints };
}
