/**
 * programs/registration — payload of the OTOP producer registration letter (seed 003):
 * the fiscal year and its revenue target (printed with its baht text), the earlier completion
 * month, the registration targets per sub-district (total, community groups, other types),
 * the deadline, and the report date and channel (the e-mail address is kept literal).
 */
import { z } from 'zod';
import { amountBaht, beYear, isoDate, lineText, positiveCount, wholeCount } from '../payload-kit.js';

export const RegistrationPayloadSchema = z.strictObject({
  organizer: lineText,
  fiscalYear: beYear,
  /** Province named in the body: `ฉะเชิงเทรา`. */
  province: lineText,
  /** ค่าเป้าหมายรายได้ (บาท). */
  revenueTarget: amountBaht,
  /** Month by which the earlier registration round was to finish: `{ year: 2566, month: 6 }` (B.E.). */
  earlierRoundBy: z.strictObject({ year: beYear, month: z.number().int().min(1).max(12) }),
  targets: z.strictObject({
    /** อย่างน้อยตำบลละ … ราย/กลุ่ม */
    perSubDistrict: positiveCount,
    /** ประเภทกลุ่มผู้ผลิตชุมชน อย่างน้อย … กลุ่ม */
    communityGroups: wholeCount,
    /** ประเภทอื่นอย่างน้อย … ราย */
    otherTypes: wholeCount,
  }),
  deadline: isoDate,
  report: z.strictObject({
    date: isoDate,
    /** `ไปรษณีย์อิเล็กทรอนิกส์` */
    channel: lineText,
    email: z.email(),
  }),
  closing: lineText.default('จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ'),
});

export type RegistrationPayload = z.output<typeof RegistrationPayloadSchema>;
