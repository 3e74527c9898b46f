/**
 * programs/opc — payload of the OTOP Product Champion (OPC) selection letter (seed 001):
 * the year and level, the online briefing (platform, Meeting ID, Passcode, date, time range),
 * the registration-year window and products-per-producer cap, and the guidelines enclosure
 * (objectives, operating levels, numbered steps).
 */
import { z } from 'zod';
import { beYear, clockTime, isoDate, lineText, positiveCount, yearWindow } from '../payload-kit.js';

const attachment = z.strictObject({ title: lineText, quantity: positiveCount.optional(), unit: lineText.optional() });

/** A step of the guidelines: a paragraph, numbered sub-steps, or the publicity step that states the entry rules. */
const step = z.strictObject({
  title: lineText,
  text: lineText.optional(),
  items: z.array(lineText).min(1).optional(),
  /** The publicity step: its text states the registration window and the products cap. */
  publicity: z.literal(true).optional(),
});

export const OpcPayloadSchema = z.strictObject({
  /** ปี พ.ศ. of the selection. */
  year: beYear,
  /** `ระดับจังหวัด` */
  level: lineText,
  organizer: lineText,
  /** Text after โดยมีวัตถุประสงค์ in the first paragraph (starts with เพื่อ). */
  objectivesSummary: lineText,
  /** หน่วยดำเนินการ: `สำนักงานพัฒนาชุมชนจังหวัด` */
  operator: lineText,
  attachments: z.array(attachment).min(1),
  briefing: z.strictObject({
    /** Who attends: `เจ้าหน้าที่พัฒนาชุมชนอำเภอที่รับผิดชอบ OTOP` */
    participants: lineText,
    platform: lineText,
    meetingId: lineText,
    passcode: lineText,
    date: isoDate,
    statedWeekday: lineText.optional(),
    start: clockTime,
    end: clockTime,
  }),
  /** ผู้ผลิต ๑ ราย/กลุ่ม ส่งได้ไม่เกิน … ผลิตภัณฑ์หลัก/ชุด (the national rule is 2). */
  maxProductsPerProducer: positiveCount,
  /** Producers registered in these years may enter (๒๕๕๗–๒๕๖๔ for 2565). */
  registrationYears: yearWindow,
  /** Entries received so far, when a script checks them: producer and product names. */
  submissions: z.array(z.strictObject({ producer: lineText, products: z.array(lineText).min(1) })).default([]),
  guidelines: z.strictObject({
    objectives: z.array(lineText).min(1),
    /** หน่วยดำเนินการ levels: `ระดับจังหวัด/กรุงเทพมหานคร`, `ระดับประเทศ`. */
    levels: z.array(lineText).min(1),
    stageHeading: lineText,
    steps: z.array(step).min(1),
  }),
  closing: lineText.default('จึงเรียนมาเพื่อพิจารณาดำเนินการ'),
});

export type OpcPayload = z.output<typeof OpcPayloadSchema>;
