/**
 * model — the signer: name with its prefix, own position, and the acting/on-behalf chain (spec §5).
 * Friendly input gives the printed position lines (`["รองอธิบดี รักษาการแทน", "อธิบดีกรมการพัฒนาชุมชน"]`);
 * relation words are recognised at line ends, line starts or inside a line and split the text into
 * position → relation → position. Structured input (`position` + `chain`) is taken as it is.
 */
import { z } from 'zod';
import type { ActingLink, Signer } from './circular-types.js';
import { describeValue, modelDiagnostic } from './model-diagnostic.js';
import { inputObject, reportIssue, reportWarning, requiredText, textLines } from './schema-kit.js';

/** The relation words of spec §5.1, longest first so that none shadows another. */
export const ACTING_RELATIONS = ['ปฏิบัติราชการแทน', 'รักษาการในตำแหน่ง', 'รักษาราชการแทน', 'รักษาการแทน'] as const;

const RELATION_SPLIT = new RegExp(`(${ACTING_RELATIONS.join('|')})`, 'u');

/** Name prefixes, longest first (นายแพทย์ before นาย, นางสาว before นาง). */
const NAME_PREFIXES: readonly string[] = [
  'ผู้ช่วยศาสตราจารย์ ดร.',
  'รองศาสตราจารย์ ดร.',
  'ศาสตราจารย์ ดร.',
  'ผู้ช่วยศาสตราจารย์',
  'รองศาสตราจารย์',
  'ศาสตราจารย์',
  'ว่าที่ร้อยตรีหญิง',
  'ว่าที่ร้อยตรี',
  'ว่าที่ ร.ต.',
  'นายแพทย์',
  'แพทย์หญิง',
  'นางสาว',
  'นาง',
  'นาย',
  'ดร.',
];

export interface SignerLinesReading {
  readonly position: string;
  readonly chain: readonly ActingLink[];
  /** Lines joined because no relation word stood between them (a wrapped position). */
  readonly joinedLines: boolean;
}

export type SignerLinesResult =
  | { readonly ok: true; readonly value: SignerLinesReading }
  | { readonly ok: false; readonly message: string; readonly messageTh: string };

/**
 * Read the printed position lines of a signature block.
 * @example readSignerLines(['รองอธิบดี รักษาการแทน', 'อธิบดีกรมการพัฒนาชุมชน'])
 * // { ok: true, value: { position: 'รองอธิบดี', chain: [{ relation: 'รักษาการแทน', position: 'อธิบดีกรมการพัฒนาชุมชน' }], joinedLines: false } }
 */
export function readSignerLines(lines: readonly string[]): SignerLinesResult {
  const parts = lines.join('\n').split(RELATION_SPLIT);
  let joinedLines = false;
  const clean = (segment: string): string => {
    const pieces = segment
      .split('\n')
      .map((piece) => piece.trim())
      .filter((piece) => piece !== '');
    if (pieces.length > 1) joinedLines = true;
    return pieces.join(' ').replace(/\s+/gu, ' ');
  };
  const position = clean(parts[0] ?? '');
  if (position === '') {
    return {
      ok: false,
      message: 'The position lines start with a relation word; the signer\'s own position must come first (e.g. "รองอธิบดี รักษาราชการแทน").',
      messageTh: 'บรรทัดตำแหน่งขึ้นต้นด้วยคำว่า รักษาราชการแทน/ปฏิบัติราชการแทน ต้องระบุตำแหน่งของผู้ลงนามก่อน (เช่น "รองอธิบดี รักษาราชการแทน")',
    };
  }
  const chain: ActingLink[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const relation = parts[i] ?? '';
    const principal = clean(parts[i + 1] ?? '');
    if (principal === '') {
      return {
        ok: false,
        message: `The relation "${relation}" is not followed by the principal's position.`,
        messageTh: `หลังคำว่า "${relation}" ไม่มีตำแหน่งของผู้ที่ลงนามแทน`,
      };
    }
    chain.push({ relation, position: principal });
  }
  return { ok: true, value: { position, chain, joinedLines } };
}

/**
 * Split a written name into prefix and name: `นายโชคชัย แก้วป่อง` → `นาย` + `โชคชัย แก้วป่อง`.
 * Parentheses around the whole name, as printed under the signature, are removed.
 */
export function splitNamePrefix(written: string): { readonly prefix: string; readonly name: string } {
  const name = written.trim().replace(/^\((.*)\)$/su, '$1').trim();
  for (const prefix of NAME_PREFIXES) {
    if (name.startsWith(prefix) && name.length > prefix.length) {
      return { prefix, name: name.slice(prefix.length).trim() };
    }
  }
  return { prefix: '', name };
}

const actingLinkInput = inputObject({
  relation: requiredText,
  position: requiredText,
}).transform((link): ActingLink => ({ relation: link.relation, position: link.position }));

/**
 * `{ name, prefix?, position, chain? }` or `{ name, prefix?, positionLines }`.
 * Without `prefix`, a known prefix is split off the name.
 */
export const SignerInputSchema = inputObject({
  prefix: z.string().trim().optional(),
  name: requiredText,
  position: requiredText.optional(),
  chain: z.array(actingLinkInput).optional(),
  positionLines: textLines.optional(),
}).transform((s, ctx): Signer => {
  const named = s.prefix === undefined ? splitNamePrefix(s.name) : { prefix: s.prefix, name: s.name.replace(/^\((.*)\)$/su, '$1').trim() };
  if (s.positionLines !== undefined) {
    if (s.position !== undefined || s.chain !== undefined) {
      reportIssue(ctx, s, {
        code: 'invalid_input',
        message: 'Give the signer either "positionLines" or "position" with "chain", not both.',
        messageTh: 'ให้ระบุตำแหน่งผู้ลงนามแบบ "positionLines" หรือแบบ "position" กับ "chain" อย่างใดอย่างหนึ่ง',
      });
      return { prefix: named.prefix, name: named.name, position: '', chain: [] };
    }
    const reading = readSignerLines(s.positionLines);
    if (!reading.ok) {
      reportIssue(
        ctx,
        s.positionLines,
        {
          code: 'invalid_signer_lines',
          message: `"signer.positionLines": ${reading.message} Got ${describeValue(s.positionLines.join(' / '))}.`,
          messageTh: `"signer.positionLines" (ตำแหน่งผู้ลงนาม): ${reading.messageTh} ได้รับ ${describeValue(s.positionLines.join(' / '))}`,
        },
        ['positionLines'],
      );
      return { prefix: named.prefix, name: named.name, position: '', chain: [] };
    }
    if (reading.value.joinedLines) {
      reportWarning(
        modelDiagnostic({
          code: 'signer_lines_joined',
          severity: 'warning',
          path: ['signer', 'positionLines'],
          message: `"signer.positionLines": lines with no relation word between them were read as one position: "${reading.value.position}".`,
          messageTh: `"signer.positionLines" (ตำแหน่งผู้ลงนาม): บรรทัดที่ไม่มีคำว่า รักษาราชการแทน/ปฏิบัติราชการแทน คั่น ถูกอ่านรวมเป็นตำแหน่งเดียว: "${reading.value.position}"`,
        }),
      );
    }
    return { prefix: named.prefix, name: named.name, position: reading.value.position, chain: reading.value.chain };
  }
  if (s.position === undefined) {
    reportIssue(
      ctx,
      undefined,
      {
        code: 'missing_field',
        message: '"signer.position" is required: give "position" (and "chain" when signing for someone), or the printed "positionLines".',
        messageTh: 'ไม่ได้ระบุ "signer.position" (ตำแหน่งผู้ลงนาม): ให้ระบุ "position" (และ "chain" เมื่อลงนามแทน) หรือ "positionLines" ตามที่พิมพ์',
      },
      ['position'],
    );
    return { prefix: named.prefix, name: named.name, position: '', chain: [] };
  }
  return { prefix: named.prefix, name: named.name, position: s.position, chain: s.chain ?? [] };
});
