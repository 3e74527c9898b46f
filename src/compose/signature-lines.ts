/**
 * compose — the signature block (spec §5.2): `(นายโชคชัย แก้วป่อง)`, then the signer's own
 * position followed by the first relation word on the same line, then each principal's position
 * followed by the next relation word, ending with the final authority on a line of its own.
 * No chain: the name and the signer's position only.
 */
import type { Signer } from '../model/circular-types.js';
import { printDigits, type Numerals } from './digits.js';

/**
 * `(prefix + name)`. Thai writes a title straight onto the name (นายโชคชัย, ดร.สมชาย).
 * @example signatureNameLine({ prefix: 'นาย', name: 'โชคชัย แก้วป่อง', position: '', chain: [] }, 'thai') // '(นายโชคชัย แก้วป่อง)'
 */
export function signatureNameLine(signer: Signer, numerals: Numerals): string {
  return `(${printDigits(`${signer.prefix}${signer.name}`.trim(), numerals)})`;
}

/**
 * The position lines, one per link of the chain plus the final authority.
 * @example signaturePositionLines({ prefix: 'นาย', name: 'สมาน พัวโพธิ์', position: 'พัฒนาการจังหวัด',
 *   chain: [{ relation: 'ปฏิบัติราชการแทน', position: 'ผู้ว่าราชการจังหวัดสกลนคร' }] }, 'thai')
 * // ['พัฒนาการจังหวัด ปฏิบัติราชการแทน', 'ผู้ว่าราชการจังหวัดสกลนคร']
 */
export function signaturePositionLines(signer: Signer, numerals: Numerals): string[] {
  const lines: string[] = [];
  let position = signer.position;
  for (const link of signer.chain) {
    lines.push([position.trim(), link.relation.trim()].filter((part) => part !== '').join(' '));
    position = link.position;
  }
  lines.push(position.trim());
  return lines.filter((line) => line !== '').map((line) => printDigits(line, numerals));
}
