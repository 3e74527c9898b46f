/**
 * model — ส่วนราชการเจ้าของเรื่อง and its contacts (โทร. / โทรสาร / โทรศัพท์/โทรสาร / ไปรษณีย์อิเล็กทรอนิกส์).
 * Contacts come as an object, or as the printed lines (`"โทร. ๐ ๒๑๔๑ ๖๐๖๔ โทรสาร ๐ ๒๑๔๓ ๘๙๑๐ - ๑๑"`),
 * which are split at their labels. Values keep the digits and punctuation the author wrote.
 */
import { z } from 'zod';
import type { Contacts, OwnerUnit } from './circular-types.js';
import { describeValue } from './model-diagnostic.js';
import { inputObject, reportIssue, textLines } from './schema-kit.js';

type ContactKey = keyof Contacts;

/** Labels in match order: combined labels first, โทรสาร before โทร. */
const LABELS: readonly (readonly [pattern: string, key: ContactKey])[] = [
  ['โทรศัพท์\\s*/\\s*โทรสาร', 'telephoneFax'],
  ['โทร\\.?\\s*/\\s*โทรสาร', 'telephoneFax'],
  ['โทรศัพท์', 'telephone'],
  ['โทรสาร', 'fax'],
  ['โทร\\.?', 'telephone'],
  ['ไปรษณีย์อิเล็กทรอนิกส์', 'email'],
  ['อีเมล', 'email'],
  ['(?<![\\w.@-])[Ee]-?[Mm]ail', 'email'],
];

const LABEL_SPLIT = new RegExp(`(${LABELS.map(([pattern]) => pattern).join('|')})\\s*:?`, 'u');

function keyOfLabel(label: string): ContactKey | undefined {
  return LABELS.find(([pattern]) => new RegExp(`^(?:${pattern})$`, 'u').test(label))?.[1];
}

export type ContactLinesResult =
  | { readonly ok: true; readonly value: Contacts }
  | { readonly ok: false; readonly line: number; readonly text: string };

/**
 * Read printed contact lines.
 * @example readContactLines(['โทร. ๐ ๒๑๔๑ ๖๐๖๔ โทรสาร ๐ ๒๑๔๓ ๘๙๑๐ - ๑๑'])
 * // { ok: true, value: { telephone: '๐ ๒๑๔๑ ๖๐๖๔', fax: '๐ ๒๑๔๓ ๘๙๑๐ - ๑๑' } }
 */
export function readContactLines(lines: readonly string[]): ContactLinesResult {
  const found: Partial<Record<ContactKey, string>> = {};
  for (const [index, line] of lines.entries()) {
    const parts = line.split(LABEL_SPLIT);
    const lead = (parts[0] ?? '').trim();
    if (lead !== '' || parts.length < 3) return { ok: false, line: index, text: line };
    for (let i = 1; i < parts.length; i += 2) {
      const key = keyOfLabel((parts[i] ?? '').replace(/\s*:$/u, '').trim());
      const value = (parts[i + 1] ?? '').trim().replace(/\s*[/,;]$/u, '').trim();
      if (key === undefined || value === '') return { ok: false, line: index, text: line };
      found[key] ??= value;
    }
  }
  return { ok: true, value: found };
}

const contactsObject = inputObject({
  telephone: z.string().trim().optional(),
  fax: z.string().trim().optional(),
  telephoneFax: z.string().trim().optional(),
  email: z.string().trim().optional(),
}).transform(
  (c): Contacts => ({
    ...(c.telephone === undefined || c.telephone === '' ? {} : { telephone: c.telephone }),
    ...(c.fax === undefined || c.fax === '' ? {} : { fax: c.fax }),
    ...(c.telephoneFax === undefined || c.telephoneFax === '' ? {} : { telephoneFax: c.telephoneFax }),
    ...(c.email === undefined || c.email === '' ? {} : { email: c.email }),
  }),
);

const contactLines = textLines.transform((lines, ctx): Contacts => {
  const result = readContactLines(lines);
  if (result.ok) return result.value;
  reportIssue(ctx, result.text, {
    code: 'invalid_contact_line',
    message: `The contact line ${describeValue(result.text)} has no recognised label; start it with โทร., โทรสาร, โทรศัพท์/โทรสาร or ไปรษณีย์อิเล็กทรอนิกส์, or give an object { telephone, fax, telephoneFax, email }.`,
    messageTh: `บรรทัดติดต่อ ${describeValue(result.text)} ไม่มีคำนำหน้าที่รู้จัก ให้ขึ้นต้นด้วย โทร. โทรสาร โทรศัพท์/โทรสาร หรือ ไปรษณีย์อิเล็กทรอนิกส์ หรือระบุเป็นออบเจกต์ { telephone, fax, telephoneFax, email }`,
  });
  return {};
});

/** `{ telephone, fax, telephoneFax, email }`, or the printed contact line(s). */
export const ContactsInputSchema = z.union([contactLines, contactsObject]);

/** `{ lines, contacts }`; `lines` may be one string. */
export const OwnerUnitInputSchema = inputObject({
  lines: textLines,
  contacts: ContactsInputSchema.optional(),
}).transform((o): OwnerUnit => ({ lines: o.lines, contacts: o.contacts ?? {} }));
