/**
 * programs/opc — rules of the OPC payload: the products cap (at most 2 per producer, in the
 * stated rule and in any submissions), a registration window that ends before the selection
 * year, a well-formed step list, and the briefing's date, weekday, time and Meeting ID.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { checkAfterLetter, checkStatedWeekday, checkTimeRange, checkWeekend } from '../date-rules.js';
import { programDiagnostic } from '../program-diagnostic.js';
import type { ProgramContext } from '../program.js';
import { toArabicDigits } from '../../thai/index.js';
import type { OpcPayload } from './payload.js';

/** ผู้ผลิต/ผู้ประกอบการ ๑ ราย/กลุ่ม ส่งได้ไม่เกิน ๒ ผลิตภัณฑ์หลัก/ชุด (OPC guidelines). */
export const OPC_MAX_PRODUCTS_PER_PRODUCER = 2;

export function checkOpc(payload: OpcPayload, context: ProgramContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (payload.maxProductsPerProducer > OPC_MAX_PRODUCTS_PER_PRODUCER) {
    out.push(
      programDiagnostic(
        'products_per_producer_exceeded',
        'error',
        ['maxProductsPerProducer'],
        `The letter allows ${payload.maxProductsPerProducer} products per producer; the OPC guidelines allow at most ${OPC_MAX_PRODUCTS_PER_PRODUCER}.`,
        `หนังสือกำหนดให้ส่งได้ ${payload.maxProductsPerProducer} ผลิตภัณฑ์ต่อราย/กลุ่ม แต่หลักเกณฑ์ OPC กำหนดไม่เกิน ${OPC_MAX_PRODUCTS_PER_PRODUCER} ผลิตภัณฑ์`,
      ),
    );
  }
  const limit = Math.min(payload.maxProductsPerProducer, OPC_MAX_PRODUCTS_PER_PRODUCER);
  const perProducer = new Map<string, number>();
  payload.submissions.forEach((entry, index) => {
    const total = (perProducer.get(entry.producer) ?? 0) + entry.products.length;
    perProducer.set(entry.producer, total);
    if (total > limit) {
      out.push(
        programDiagnostic(
          'products_per_producer_exceeded',
          'error',
          ['submissions', index, 'products'],
          `Producer "${entry.producer}" enters ${total} products; at most ${limit} per producer may enter.`,
          `ผู้ผลิต "${entry.producer}" ส่ง ${total} ผลิตภัณฑ์ เกินกว่าที่กำหนดไว้ไม่เกิน ${limit} ผลิตภัณฑ์`,
        ),
      );
    }
  });
  const { from, to } = payload.registrationYears;
  if (from > to) {
    out.push(
      programDiagnostic(
        'registration_window_invalid',
        'error',
        ['registrationYears'],
        `The registration window runs from ${from} to ${to}; the first year must not be after the last.`,
        `ช่วงปีที่ขึ้นทะเบียน ${from}–${to} ไม่ถูกต้อง ปีเริ่มต้องไม่อยู่หลังปีสุดท้าย`,
      ),
    );
  }
  if (to >= payload.year) {
    out.push(
      programDiagnostic(
        'registration_window_invalid',
        'error',
        ['registrationYears', 'to'],
        `Producers registered up to ${to} may enter the ${payload.year} selection; the window must end before the selection year (at ${payload.year - 1}).`,
        `ช่วงปีที่ขึ้นทะเบียนสิ้นสุดปี ${to} ต้องสิ้นสุดก่อนปีที่คัดสรร (${payload.year - 1})`,
      ),
    );
  }
  const publicitySteps = payload.guidelines.steps.filter((s) => s.publicity === true).length;
  if (publicitySteps !== 1) {
    out.push(
      programDiagnostic(
        'publicity_step_missing',
        'error',
        ['guidelines', 'steps'],
        `The guidelines have ${publicitySteps} publicity steps; exactly one step must be marked "publicity": true, because it states the entry rules.`,
        `ขั้นตอนการประชาสัมพันธ์ต้องมีหนึ่งขั้นตอนพอดี เพราะเป็นที่ระบุหลักเกณฑ์การส่งผลิตภัณฑ์`,
      ),
    );
  }
  payload.guidelines.steps.forEach((s, index) => {
    const kinds = [s.text !== undefined, s.items !== undefined, s.publicity === true].filter(Boolean).length;
    if (kinds !== 1) {
      out.push(
        programDiagnostic(
          'step_content_invalid',
          'error',
          ['guidelines', 'steps', index],
          `Step ${index + 1} ("${s.title}") must have exactly one of "text", "items" or "publicity": true.`,
          `ขั้นตอนที่ ${index + 1} ต้องมี text หรือ items หรือ publicity อย่างใดอย่างหนึ่งเท่านั้น`,
        ),
      );
    }
  });
  const b = payload.briefing;
  out.push(
    ...checkAfterLetter(b.date, ['briefing', 'date'], context),
    ...checkStatedWeekday(b.date, b.statedWeekday, ['briefing', 'statedWeekday']),
    ...checkWeekend(b.date, ['briefing', 'date'], 'briefing date'),
    ...checkTimeRange(b.start, b.end, ['briefing', 'end']),
  );
  const idDigits = toArabicDigits(b.meetingId).replace(/\s/g, '');
  if (!/^\d{9,11}$/.test(idDigits)) {
    out.push(
      programDiagnostic(
        'meeting_id_invalid',
        'error',
        ['briefing', 'meetingId'],
        `Meeting ID "${b.meetingId}" is not 9 to 11 digits; copy it from the meeting invitation.`,
        `Meeting ID "${b.meetingId}" ต้องเป็นตัวเลข ๙–๑๑ หลัก`,
      ),
    );
  }
  return out;
}
