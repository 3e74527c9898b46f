/**
 * lint — `lintLetter(bytes)`: read a received letter (PDF with a text layer, DOCX, or plain text), recognise its
 * parts, and run the model and every rule on them, as `validate` does on JSON (degraded parsing included, so an
 * unreadable part never hides the rest). Each diagnostic keeps its field path and gains `source`, the page and
 * line of the file it was read from. Never throws for bad input: an unreadable file, a scanned PDF without text,
 * and lines that fit no part are diagnostics of stage `lint`.
 */
import type { Diagnostic, DiagnosticPath } from '../diagnostics/diagnostic.js';
import type { Circular } from '../model/circular-types.js';
import { validate, type ValidateOptions } from '../rules/validate.js';
import { readDocxLines } from './read-docx.js';
import { readPdfLines } from './read-pdf.js';
import { recogniseLetter } from './recognise-letter.js';
import { readTextLines, type SourceLine, type SourceLocation } from './source-lines.js';

export type LintFileFormat = 'pdf' | 'docx' | 'text';

/** A diagnostic with the place in the file it concerns, when known. */
export interface LintDiagnostic extends Diagnostic {
  readonly source?: SourceLocation;
}

export interface LintResult {
  /** False when any error was found. */
  readonly ok: boolean;
  readonly format: LintFileFormat;
  readonly diagnostics: readonly LintDiagnostic[];
  /** The parts recognised, as the friendly input of `validate` (number, date, subject, addressee …). */
  readonly input: Readonly<Record<string, unknown>>;
  /** The canonical letter, when every part could be read. */
  readonly circular?: Circular;
  /** The lines read from the file, for display. */
  readonly lines: readonly SourceLine[];
}

export interface LintOptions extends Pick<ValidateOptions, 'disableRules' | 'rules'> {
  /** Default: from the bytes (%PDF, a ZIP holding word/document.xml, else UTF-8 text). */
  readonly format?: LintFileFormat;
}

function lintDiagnostic(code: string, severity: 'error' | 'warning', message: string, messageTh: string, source?: SourceLocation): LintDiagnostic {
  return { code, severity, stage: 'lint', path: [], message, messageTh, ...(source === undefined ? {} : { source }) };
}

function sniff(bytes: Uint8Array): LintFileFormat {
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head.startsWith('%PDF')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return 'docx';
  return 'text';
}

/** The location of the longest recognised prefix of `path`. */
function locate(origins: ReadonlyMap<string, SourceLocation>, path: DiagnosticPath): SourceLocation | undefined {
  for (let n = path.length; n > 0; n -= 1) {
    const found = origins.get(path.slice(0, n).join('.'));
    if (found !== undefined) return found;
  }
  return undefined;
}

const NOTHING = { ok: false, input: {}, lines: [] } as const;

/**
 * Lint a received letter.
 * @example const { diagnostics } = await lintLetter(await readFile('letter.pdf'));
 */
export async function lintLetter(file: Uint8Array | string, options: LintOptions = {}): Promise<LintResult> {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  const format = options.format ?? (typeof file === 'string' ? 'text' : sniff(bytes));
  let lines: readonly SourceLine[];
  switch (format) {
    case 'pdf': {
      const pdf = await readPdfLines(bytes);
      if (pdf === undefined) {
        return { ...NOTHING, format, diagnostics: [lintDiagnostic('lint_unreadable_file', 'error', 'The file is not a PDF that can be opened.', 'เปิดไฟล์ PDF นี้ไม่ได้')] };
      }
      if (pdf.lines.length === 0) {
        return {
          ...NOTHING,
          format,
          diagnostics: [
            lintDiagnostic(
              'lint_scanned_pdf',
              'error',
              `The PDF (${pdf.pages} page${pdf.pages === 1 ? '' : 's'}) has no text layer; it is probably a scan. Run OCR on it first, or lint the DOCX or a transcription.`,
              `ไฟล์ PDF (${pdf.pages} หน้า) ไม่มีชั้นข้อความ น่าจะเป็นภาพสแกน ให้แปลงเป็นข้อความ (OCR) ก่อน หรือตรวจจากไฟล์ DOCX หรือข้อความที่ถอดไว้`,
            ),
          ],
        };
      }
      lines = pdf.lines;
      break;
    }
    case 'docx': {
      const docx = readDocxLines(bytes);
      if (docx === undefined) {
        return {
          ...NOTHING,
          format,
          diagnostics: [lintDiagnostic('lint_unreadable_file', 'error', 'The file is not a DOCX (no word/document.xml in it).', 'ไฟล์นี้ไม่ใช่ DOCX (ไม่มี word/document.xml)')],
        };
      }
      lines = docx;
      break;
    }
    case 'text':
      lines = readTextLines(typeof file === 'string' ? file : new TextDecoder('utf-8').decode(bytes));
      break;
    default:
      return format satisfies never;
  }
  return lintLines(lines, format, options);
}

/** Lint lines already read (the synchronous core of lintLetter). */
export function lintLines(lines: readonly SourceLine[], format: LintFileFormat, options: LintOptions = {}): LintResult {
  const recognised = recogniseLetter(lines);
  const validation = validate(recognised.input, { ...(options.disableRules === undefined ? {} : { disableRules: options.disableRules }), ...(options.rules === undefined ? {} : { rules: options.rules }) });
  const unrecognised = recognised.unrecognised.map((line) =>
    lintDiagnostic(
      'lint_unrecognised_line',
      'warning',
      `The line "${line.text.slice(0, 60)}" on page ${line.page}, line ${line.line} fits no part of a letter (ที่, office, date, เรื่อง, เรียน, …) where it stands; it was not checked.`,
      `บรรทัด "${line.text.slice(0, 60)}" (หน้า ${line.page} บรรทัด ${line.line}) ไม่ตรงกับส่วนใดของหนังสือในตำแหน่งนั้น จึงไม่ได้ตรวจ`,
      { page: line.page, line: line.line },
    ),
  );
  const diagnostics: LintDiagnostic[] = [
    ...unrecognised,
    ...validation.diagnostics.map((d): LintDiagnostic => {
      const source = locate(recognised.origins, d.path);
      return source === undefined ? d : { ...d, source };
    }),
  ];
  return {
    ok: !diagnostics.some((d) => d.severity === 'error'),
    format,
    diagnostics,
    input: recognised.input,
    ...(validation.circular === undefined ? {} : { circular: validation.circular }),
    lines,
  };
}
