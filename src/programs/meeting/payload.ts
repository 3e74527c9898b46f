/**
 * programs/meeting — payload of a video-conference briefing letter (seed 000).
 * The facts the letter states: topic, platform, background and purpose, the agenda items, the
 * target participants, and the date with its time range. Dates ISO, times HH:MM.
 */
import { z } from 'zod';
import { clockTime, isoDate, lineText } from '../payload-kit.js';

export const MeetingPayloadSchema = z.strictObject({
  /** งานที่ประชุมซักซ้อม: `การดำเนินงานหนึ่งตำบล หนึ่งผลิตภัณฑ์ (OTOP)` */
  topic: lineText,
  /** ช่องทาง: `ระบบวีดิทัศน์ทางไกล (Video Conference)` */
  platform: lineText,
  /** The ตามที่ … นั้น paragraph, without those two words. */
  background: lineText,
  /** Who decided: `กรมการพัฒนาชุมชน` */
  organizer: lineText,
  /** The purpose clause after พิจารณาแล้ว, starting with เพื่อ. */
  purpose: lineText,
  /** เรื่องที่ประชุม, one per item. */
  agenda: z.array(lineText).min(1),
  /** กลุ่มเป้าหมาย, joined the Thai way (… และ …). */
  participants: z.array(lineText).min(1),
  /** Who is asked to send them: `จังหวัดแจ้งสำนักงานพัฒนาชุมชนจังหวัด` */
  requestTo: lineText,
  date: isoDate,
  /** The weekday as the author wrote it, when given; checked against the date. */
  statedWeekday: lineText.optional(),
  start: clockTime,
  end: clockTime,
  /** คำลงท้ายของเนื้อความ */
  closing: lineText.default('จึงเรียนมาเพื่อโปรดพิจารณา'),
});

export type MeetingPayload = z.output<typeof MeetingPayloadSchema>;
