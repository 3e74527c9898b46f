/**
 * model — ส่วนราชการ of a memo (spec §1.4 row 3, §2.2): the owner unit's name, its telephone and,
 * where given, its e-mail. Written as an object `{ name, telephone?, email? }`, or as the line a memo
 * prints, `"สำนักงานพัฒนาชุมชนจังหวัดสกลนคร กลุ่มงานส่งเสริมและพัฒนาชุมชน โทร. ๐ ๔๒๗๑ ๑๕๕๔"`,
 * which is split at the first contact label. Letter-only keys (address, province, postcode, fax)
 * are dropped with the `memo_field_unused` warning. Values keep the digits the author wrote.
 */
import { z } from 'zod';
import type { MemoOffice } from './circular-types.js';
import { readContactLines } from './contacts.js';
import { MEMO_UNUSED_REASONS, memoFieldUnused, notInMemo } from './memo-fields.js';
import { describeValue } from './model-diagnostic.js';
import { inputObject, plainText, reportIssue, reportWarning, requiredText } from './schema-kit.js';

/**
 * Where the contacts of a ส่วนราชการ line start: a telephone label before a number, or an e-mail
 * label before an address. A label glued to a word (โทรคมนาคม) is part of the unit's name.
 */
const CONTACTS_START =
  /(?:^|\s)(?=(?:โทรศัพท์|โทร\.?)(?:\s*\/\s*โทรสาร)?\s*:?\s*[0-9๐-๙(+]|โทรสาร\s*:?\s*[0-9๐-๙(+]|(?:ไปรษณีย์อิเล็กทรอนิกส์|อีเมล|[Ee]-?[Mm]ail)\s*:?\s*\S+@)/u;

function build(name: string, telephone: string | undefined, email: string | undefined): MemoOffice {
  return {
    name,
    ...(telephone === undefined || telephone === '' ? {} : { telephone }),
    ...(email === undefined || email === '' ? {} : { email }),
  };
}

/** `"<unit> โทร. <number> อีเมล <address>"` → `{ name, telephone, email }`. */
const memoOfficeText = requiredText.transform((text, ctx): MemoOffice => {
  const start = CONTACTS_START.exec(text);
  if (start === null) return { name: text };
  const name = text.slice(0, start.index).trim();
  const contacts = readContactLines([text.slice(start.index).trim()]);
  if (name === '') {
    reportIssue(ctx, text, {
      code: 'missing_field',
      message: `"office" ${describeValue(text)} has contacts but no unit name; start it with the name of the unit, e.g. "กลุ่มงานส่งเสริมและพัฒนาชุมชน โทร. ๐ ๔๒๗๑ ๑๕๕๔".`,
      messageTh: `"office" (ส่วนราชการ) ${describeValue(text)} มีหมายเลขติดต่อแต่ไม่มีชื่อหน่วยงาน ให้ขึ้นต้นด้วยชื่อหน่วยงาน เช่น "กลุ่มงานส่งเสริมและพัฒนาชุมชน โทร. ๐ ๔๒๗๑ ๑๕๕๔"`,
    });
    return { name: text };
  }
  if (!contacts.ok) {
    reportIssue(ctx, text, {
      code: 'invalid_contact_line',
      message: `"office": the contacts ${describeValue(contacts.text)} after the unit name cannot be read; write "โทร. <number>" and optionally "ไปรษณีย์อิเล็กทรอนิกส์ <address>", or give an object { name, telephone, email }.`,
      messageTh: `"office" (ส่วนราชการ): อ่านหมายเลขติดต่อ ${describeValue(contacts.text)} ต่อจากชื่อหน่วยงานไม่ได้ ให้เขียน "โทร. <หมายเลข>" และ "ไปรษณีย์อิเล็กทรอนิกส์ <อีเมล>" ถ้ามี หรือระบุเป็นออบเจกต์ { name, telephone, email }`,
    });
    return { name };
  }
  const { telephone, telephoneFax, fax, email } = contacts.value;
  if (fax !== undefined || (telephone !== undefined && telephoneFax !== undefined)) reportWarning(memoFieldUnused(['office'], MEMO_UNUSED_REASONS.fax));
  return build(name, telephone ?? telephoneFax, email);
});

const memoOfficeObject = inputObject({
  name: requiredText.meta({ description: 'The owner unit as the memo prints it after ส่วนราชการ, with department and division when the issuer is at department level or above.' }),
  telephone: plainText.optional().meta({ description: 'The unit\'s telephone, printed after the name as "โทร. …" (digits follow the memo).' }),
  email: plainText.optional().meta({ description: 'The unit\'s e-mail, printed after the telephone exactly as written.' }),
  addressLines: notInMemo(['office', 'addressLines'], MEMO_UNUSED_REASONS.address),
  province: notInMemo(['office', 'province'], MEMO_UNUSED_REASONS.address),
  postcode: notInMemo(['office', 'postcode'], MEMO_UNUSED_REASONS.address),
  fax: notInMemo(['office', 'fax'], MEMO_UNUSED_REASONS.fax),
  telephoneFax: notInMemo(['office', 'telephoneFax'], MEMO_UNUSED_REASONS.telephoneFax),
}).transform((o): MemoOffice => build(o.name, o.telephone, o.email));

/** ส่วนราชการ of a memo: `{ name, telephone?, email? }`, or the printed line. */
export const MemoOfficeInputSchema = z.union([memoOfficeText, memoOfficeObject]).meta({
  description:
    'ส่วนราชการ of a memo: { name, telephone?, email? }, or the line as printed, e.g. "สำนักงานพัฒนาชุมชนจังหวัดสกลนคร กลุ่มงานส่งเสริมและพัฒนาชุมชน โทร. ๐ ๔๒๗๑ ๑๕๕๔". No address.',
});
