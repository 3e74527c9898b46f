/**
 * model — CircularInputSchema: friendly JSON in, the canonical Circular (circular-types.ts) out,
 * an external letter or a memo as `kind` says (no kind: an external letter).
 * Accepts the canonical shape itself as well as the friendly forms (ที่ as one string, Thai dates,
 * addressee as a string, printed signer lines, contact lines, strings as paragraphs), so that
 * parsing a parsed circular again gives the same circular. Unknown keys are reported, never kept.
 */
import { z } from 'zod';
import { AddresseeInputSchema, MemoAddresseeInputSchema } from './addressee.js';
import { BodyBlockInputSchema, EnclosureInputSchema } from './body-schema.js';
import {
  SECRECY_LEVELS,
  URGENCIES,
  type Attachment,
  type Circular,
  type ExternalCircular,
  type IssuingOffice,
  type MemoCircular,
  type Reference,
  type Secrecy,
  type Urgency,
} from './circular-types.js';
import { OwnerUnitInputSchema } from './contacts.js';
import { CalendarDateInputSchema, LetterDateInputSchema, readCalendarDateText } from './date-input.js';
import { DocumentNumberInputSchema } from './document-number-input.js';
import { invalidNumber, safeParseDocumentNumber } from './document-number.js';
import { findProvinceOfOffice } from './find-province.js';
import { MEMO_UNUSED_REASONS, notInMemo } from './memo-fields.js';
import { MemoOfficeInputSchema } from './memo-office.js';
import { describeValue } from './model-diagnostic.js';
import { wholeNumber } from './number-input.js';
import { provinceByName } from './reference-data.js';
import { inputObject, listOf, plainText, reportIssue, requiredText, textLines } from './schema-kit.js';
import { SignerInputSchema } from './signer.js';
import { toArabicDigits } from '../thai/index.js';

const urgencySchema = z.string().transform((value, ctx): Urgency => {
  const found = URGENCIES.find((u) => u === value.trim());
  if (found !== undefined) return found;
  reportIssue(ctx, value, {
    code: 'invalid_enum',
    message: `"urgency" must be one of ${URGENCIES.join(', ')}; got ${describeValue(value)}.`,
    messageTh: `"urgency" (ชั้นความเร็ว) ต้องเป็น ${URGENCIES.join(' ')} อย่างใดอย่างหนึ่ง แต่ได้รับ ${describeValue(value)}`,
  });
  return 'ด่วน';
});

const secrecySchema = z.string().transform((value, ctx): Secrecy => {
  const trimmed = value.trim();
  const found = SECRECY_LEVELS.find((s) => s === trimmed);
  if (found !== undefined) return found;
  if (trimmed === 'ปกปิด') {
    reportIssue(ctx, value, {
      code: 'obsolete_secrecy',
      message:
        '"secrecy" ปกปิด was abolished by the 2544 B.E. (2001) regulation on official secrets (ระเบียบว่าด้วยการรักษาความลับของทางราชการ พ.ศ. ๒๕๔๔); use ลับ, ลับมาก or ลับที่สุด.',
      messageTh:
        '"secrecy" (ชั้นความลับ) "ปกปิด" ถูกยกเลิกแล้วตามระเบียบว่าด้วยการรักษาความลับของทางราชการ พ.ศ. ๒๕๔๔ ให้ใช้ ลับ ลับมาก หรือ ลับที่สุด',
      hints: ['Material formerly marked ปกปิด is normally classed ลับ under the 2544 regulation.'],
    });
    return 'ลับ';
  }
  reportIssue(ctx, value, {
    code: 'invalid_enum',
    message: `"secrecy" must be one of ${SECRECY_LEVELS.join(', ')}; got ${describeValue(value)}.`,
    messageTh: `"secrecy" (ชั้นความลับ) ต้องเป็น ${SECRECY_LEVELS.join(' ')} อย่างใดอย่างหนึ่ง แต่ได้รับ ${describeValue(value)}`,
  });
  return 'ลับ';
});

/** Five digits at the end of the address, Thai or Arabic: the postcode. */
function postcodeOf(addressLines: readonly string[]): string | undefined {
  const last = /([0-9]{5})\s*$/u.exec(toArabicDigits(addressLines.join(' ')));
  return last?.[1];
}

const officeSchema = inputObject({
  name: requiredText,
  addressLines: textLines.default([]),
  province: requiredText.optional(),
  postcode: z.string().trim().optional(),
}).transform((o, ctx): IssuingOffice => {
  let province = o.province;
  if (province !== undefined) {
    const known = provinceByName(province);
    if (known === undefined) {
      reportIssue(
        ctx,
        province,
        {
          code: 'unknown_province',
          message: `"office.province" ${describeValue(province)} is not one of the 77 provinces; write the Thai name, e.g. "สกลนคร" or "กรุงเทพมหานคร".`,
          messageTh: `"office.province" (จังหวัด) ${describeValue(province)} ไม่ใช่ชื่อจังหวัดใน ๗๗ จังหวัด ให้เขียนชื่อภาษาไทย เช่น "สกลนคร" หรือ "กรุงเทพมหานคร"`,
        },
        ['province'],
      );
    } else province = known.nameTh;
  } else {
    province = findProvinceOfOffice(o.name, o.addressLines)?.nameTh;
  }
  let postcode = o.postcode === undefined || o.postcode === '' ? postcodeOf(o.addressLines) : toArabicDigits(o.postcode);
  if (postcode !== undefined && !/^[0-9]{5}$/u.test(postcode)) {
    reportIssue(
      ctx,
      o.postcode,
      {
        code: 'invalid_input',
        message: `"office.postcode" must be five digits; got ${describeValue(o.postcode)}.`,
        messageTh: `"office.postcode" (รหัสไปรษณีย์) ต้องเป็นตัวเลข ๕ หลัก แต่ได้รับ ${describeValue(o.postcode)}`,
      },
      ['postcode'],
    );
    postcode = undefined;
  }
  return {
    name: o.name,
    addressLines: o.addressLines,
    ...(province === undefined ? {} : { province }),
    ...(postcode === undefined ? {} : { postcode }),
  };
});

const ATTACHMENT_TEXT = /^(?<title>.*?)\s*จำนวน\s*(?<quantity>[0-9๐-๙,]+)\s*(?<unit>\S+)\s*$/u;

const attachmentObject = inputObject({
  title: requiredText,
  quantity: wholeNumber.optional(),
  unit: requiredText.optional(),
  sentBy: requiredText.optional(),
}).transform(
  (a): Attachment => ({
    title: a.title,
    ...(a.quantity === undefined ? {} : { quantity: a.quantity }),
    ...(a.unit === undefined ? {} : { unit: a.unit }),
    ...(a.sentBy === undefined ? {} : { sentBy: a.sentBy }),
  }),
);

/** `"แบบรายงาน … จำนวน ๑ ชุด"` (quantity and unit split off) or `{ title, quantity, unit, sentBy }`. */
const attachmentInput = z.union([
  requiredText.transform((text): Attachment => {
    const groups = ATTACHMENT_TEXT.exec(text)?.groups;
    const title = groups?.['title'];
    const quantity = groups?.['quantity'];
    const unit = groups?.['unit'];
    if (title === undefined || title === '' || quantity === undefined || unit === undefined) return { title: text };
    const n = Number(toArabicDigits(quantity).replace(/,/gu, ''));
    return Number.isInteger(n) && n > 0 ? { title, quantity: n, unit } : { title: text };
  }),
  attachmentObject,
]);

const referenceObject = inputObject({
  issuer: requiredText,
  number: DocumentNumberInputSchema.optional(),
  urgency: urgencySchema.optional(),
  date: CalendarDateInputSchema,
}).transform(
  (r): Reference => ({
    issuer: r.issuer,
    ...(r.number === undefined ? {} : { number: r.number }),
    ...(r.urgency === undefined ? {} : { urgency: r.urgency }),
    date: r.date,
  }),
);

/** The number is optional: a letter known only by its issuer and date reads `หนังสือจังหวัดสกลนคร ลงวันที่ …`. */
const REFERENCE_TEXT =
  /^(?<issuer>.+?)\s+(?:(?<urgency>ด่วนที่สุด|ด่วนมาก|ด่วน)\s+)?(?:ที่\s*(?<number>.+?)\s+)?(?:ฉบับ)?ลงวันที่\s*(?<date>.+)$/u;

/** `"หนังสือกรมการพัฒนาชุมชน ที่ มท ๐๔๐๘.๔/ว ๑๒๙๕ ลงวันที่ ๑๘ มิถุนายน ๒๕๖๒"` as printed. */
const referenceText = requiredText.transform((text, ctx): Reference => {
  const groups = REFERENCE_TEXT.exec(text)?.groups;
  const issuer = groups?.['issuer'];
  const numberText = groups?.['number'];
  const dateText = groups?.['date'];
  const fail = (report = true): Reference => {
    if (report) {
      reportIssue(ctx, text, {
        code: 'invalid_reference',
        message: `The reference ${describeValue(text)} must read "<issuer> [urgency] [ที่ <number>] ลงวันที่ <date>", or be an object { issuer, number, date }.`,
        messageTh: `อ้างถึง ${describeValue(text)} ต้องเขียนแบบ "<หนังสือของหน่วยงาน> [ชั้นความเร็ว] [ที่ <เลขที่>] ลงวันที่ <วันที่>" หรือระบุเป็นออบเจกต์ { issuer, number, date }`,
      });
    }
    return { issuer: text, date: { year: 1970, month: 1, day: 1 } };
  };
  if (issuer === undefined || dateText === undefined) return fail();
  const number = numberText === undefined ? undefined : safeParseDocumentNumber(numberText);
  const date = readCalendarDateText(dateText);
  if (number !== undefined && numberText !== undefined && !number.ok) {
    const why = invalidNumber(numberText, []);
    reportIssue(ctx, text, { code: why.code, message: `In the reference: ${why.message}`, messageTh: `ในอ้างถึง: ${why.messageTh}` });
    return fail(false);
  }
  if (!date.ok) {
    reportIssue(ctx, text, { code: 'invalid_date', message: `In the reference: ${date.message}`, messageTh: `ในอ้างถึง: ${date.messageTh}` });
    return fail(false);
  }
  const urgency = URGENCIES.find((u) => u === groups?.['urgency']);
  return {
    issuer,
    ...(number?.ok === true ? { number: number.value } : {}),
    ...(urgency === undefined ? {} : { urgency }),
    date: date.value,
  };
});

const referenceInput = z.union([referenceText, referenceObject]);

const numeralsSchema = z
  .enum(['thai', 'arabic'])
  .default('thai')
  .meta({ description: 'Digits of the printed document (default thai); spans marked literal, URLs and e-mail addresses keep theirs.' });

/** The parts letters and memos share, copied into the canonical form (optional parts only when given). */
type SharedInput = Pick<ExternalCircular, 'number' | 'date' | 'subject' | 'referenceHeading' | 'references' | 'attachments' | 'body' | 'signer'> & {
  readonly urgency?: ExternalCircular['urgency'] | undefined;
  readonly secrecy?: ExternalCircular['secrecy'] | undefined;
};

function sharedParts(c: SharedInput): Omit<SharedInput, 'urgency' | 'secrecy'> & Pick<ExternalCircular, 'urgency' | 'secrecy'> {
  return {
    number: c.number,
    ...(c.urgency === undefined ? {} : { urgency: c.urgency }),
    ...(c.secrecy === undefined ? {} : { secrecy: c.secrecy }),
    date: c.date,
    subject: c.subject,
    referenceHeading: c.referenceHeading,
    references: c.references,
    attachments: c.attachments,
    body: c.body,
    signer: c.signer,
  };
}

/** หนังสือภายนอก (spec §1.3). `kind` may be left out: a document without one is an external letter. */
const ExternalCircularInputSchema = inputObject({
  kind: z
    .literal('external')
    .default('external')
    .meta({ description: 'external: หนังสือภายนอก (แบบที่ 1), the default when kind is left out. memo: บันทึกข้อความ (หนังสือภายใน, แบบที่ 2).' }),
  number: DocumentNumberInputSchema,
  urgency: urgencySchema.optional(),
  secrecy: secrecySchema.optional(),
  office: officeSchema,
  date: LetterDateInputSchema,
  subject: requiredText,
  addressee: AddresseeInputSchema,
  referenceHeading: requiredText.default('อ้างถึง'),
  references: listOf(referenceInput),
  attachments: listOf(attachmentInput),
  body: z.array(BodyBlockInputSchema).min(1),
  signer: SignerInputSchema,
  ownerUnit: OwnerUnitInputSchema,
  copiesTo: listOf(requiredText),
  footerLines: listOf(plainText),
  enclosures: listOf(EnclosureInputSchema),
  numerals: numeralsSchema,
})
  .transform(
    (c): ExternalCircular => ({
      ...sharedParts(c),
      kind: c.kind,
      office: c.office,
      addressee: c.addressee,
      ownerUnit: c.ownerUnit,
      copiesTo: c.copiesTo,
      footerLines: c.footerLines,
      enclosures: c.enclosures,
      numerals: c.numerals,
    }),
  )
  .meta({ title: 'External letter (หนังสือภายนอก)', description: 'kind "external" or no kind: a หนังสือภายนอก with the office address, closing, owner unit and contacts.' });

/**
 * บันทึกข้อความ (spec §1.4, §2.2): the parts of a letter without the office address, the คำลงท้าย,
 * the owner-unit block, copies-to and footer lines; ส่วนราชการ carries the unit's telephone instead.
 * Those letter fields are accepted and dropped with the `memo_field_unused` warning.
 */
const MemoCircularInputSchema = inputObject({
  kind: z.literal('memo').meta({ description: 'memo: บันทึกข้อความ (หนังสือภายใน, แบบที่ 2).' }),
  number: DocumentNumberInputSchema,
  urgency: urgencySchema.optional(),
  secrecy: secrecySchema.optional(),
  office: MemoOfficeInputSchema,
  date: LetterDateInputSchema,
  subject: requiredText,
  addressee: MemoAddresseeInputSchema,
  referenceHeading: requiredText.default('อ้างถึง'),
  references: listOf(referenceInput).meta({ description: 'อ้างถึง lines, which some agencies print in a memo; most mention the earlier letter in the text.' }),
  attachments: listOf(attachmentInput).meta({ description: 'สิ่งที่ส่งมาด้วย lines, which some agencies print in a memo; most mention attachments in the text.' }),
  body: z.array(BodyBlockInputSchema).min(1),
  signer: SignerInputSchema,
  enclosures: listOf(EnclosureInputSchema),
  numerals: numeralsSchema,
  ownerUnit: notInMemo(['ownerUnit'], MEMO_UNUSED_REASONS.ownerUnit),
  copiesTo: notInMemo(['copiesTo'], MEMO_UNUSED_REASONS.copiesTo),
  footerLines: notInMemo(['footerLines'], MEMO_UNUSED_REASONS.footerLines),
})
  .transform(
    (c): MemoCircular => ({
      ...sharedParts(c),
      kind: c.kind,
      office: c.office,
      addressee: c.addressee,
      enclosures: c.enclosures,
      numerals: c.numerals,
    }),
  )
  .meta({
    title: 'Memo (บันทึกข้อความ)',
    description:
      'kind "memo": a หนังสือภายใน. office is the ส่วนราชการ line { name, telephone?, email? }; the addressee takes no closing; ownerUnit, copiesTo, footerLines and the office address are not used (warning memo_field_unused).',
  });

/**
 * Friendly input of any kind, told apart by `kind` (left out: an external letter). Errors and
 * warnings come from the branch `kind` names, so a memo is never judged as a letter.
 */
export const CircularInputSchema = z.discriminatedUnion('kind', [ExternalCircularInputSchema, MemoCircularInputSchema]);

/** What the schema accepts (loosely typed: friendly forms) and what it returns (the canonical Circular). */
export type CircularInput = z.input<typeof CircularInputSchema>;

/** Compile-time check that the schema's output is the canonical Circular. */
type AssertAssignable<T extends Circular> = T;
export type CircularSchemaOutput = AssertAssignable<z.output<typeof CircularInputSchema>>;
