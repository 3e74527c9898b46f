/**
 * compose — ส่วนราชการเจ้าของเรื่อง and its contacts (spec §1.3 items 13–14), one line each:
 * the owner-unit lines, then `โทร. …`, `โทรสาร …`, `โทรศัพท์/โทรสาร …` and
 * `ไปรษณีย์อิเล็กทรอนิกส์ …`. Telephone digits follow the letter; an e-mail address is
 * printed exactly as written, because an address with Thai digits no longer works.
 */
import type { OwnerUnit } from '../model/circular-types.js';
import { printDigits, type Numerals } from './digits.js';
import { LETTER_LABELS } from './labels.js';

export function contactLines(owner: OwnerUnit, numerals: Numerals): string[] {
  const lines = owner.lines.filter((line) => line.trim() !== '').map((line) => printDigits(line, numerals));
  const { telephone, fax, telephoneFax, email } = owner.contacts;
  const labelled = (label: string, value: string | undefined): void => {
    if (value !== undefined && value.trim() !== '') lines.push(`${label} ${printDigits(value.trim(), numerals)}`);
  };
  labelled(LETTER_LABELS.telephone, telephone);
  labelled(LETTER_LABELS.fax, fax);
  labelled(LETTER_LABELS.telephoneFax, telephoneFax);
  if (email !== undefined && email.trim() !== '') lines.push(`${LETTER_LABELS.email} ${email.trim()}`);
  return lines;
}
