/**
 * programs/kbo — payload of the Knowledge-Based OTOP (KBO) network letter (seed 002):
 * fiscal year, activities, the selection criteria (producer type, star levels of the previous
 * year, the Quadrant D fallback with its registration window, the มชช. standard, the minimum
 * groups per district), the reply deadline and channel, and the meeting (date, venue,
 * reporting time range, representatives per group).
 */
import { z } from 'zod';
import { beYear, clockTime, isoDate, lineText, positiveCount, yearWindow } from '../payload-kit.js';

export const KboPayloadSchema = z.strictObject({
  fiscalYear: beYear,
  organizer: lineText,
  /** Text after โดยมีวัตถุประสงค์เพื่อ. */
  objective: lineText,
  /** กิจกรรม, joined the Thai way. */
  activities: z.array(lineText).min(1),
  /** The province as the letter names it: `ฉะเชิงเทรา`. */
  province: lineText,
  criteria: z.strictObject({
    /** `กลุ่มผู้ผลิตชุมชน` */
    producerType: lineText,
    starLevels: z.strictObject({ min: z.number().int().min(1).max(5), max: z.number().int().min(1).max(5) }),
    /** Year of the star rating (the year before the fiscal year). */
    starYear: beYear,
    fallback: z.strictObject({
      /** `ปรับตัวสู่การพัฒนา (Quadrant D)` */
      quadrant: lineText,
      registrationYears: yearWindow,
    }),
    /** `มาตรฐานการพัฒนาชุมชน (มชช.)` */
    standard: lineText,
    /** Short name used after the first mention: `มชช.` */
    standardShort: lineText,
  }),
  minGroupsPerDistrict: positiveCount,
  reply: z.strictObject({
    deadline: isoDate,
    statedWeekday: lineText.optional(),
    /** `ไลน์ติดตามงาน พช.แปดริ้ว` */
    channel: lineText,
  }),
  meeting: z.strictObject({
    date: isoDate,
    statedWeekday: lineText.optional(),
    /** Whom they meet: `คณะกรรมการเครือข่าย KBO จังหวัดฯ` */
    host: lineText,
    reportStart: clockTime,
    reportEnd: clockTime,
    venue: lineText,
    representativesPerGroup: positiveCount,
  }),
  closing: lineText.default('จึงเรียนมาเพื่อพิจารณาดำเนินการ'),
});

export type KboPayload = z.output<typeof KboPayloadSchema>;
