/**
 * programs — date rules several programs share: a reply deadline must fall between the letter
 * date and the meeting it prepares, an event must not precede the letter, a weekday the author
 * wrote must match the date, and a deadline on a weekend is worth a warning.
 * Input is parsed payload dates (CalendarDate) with their payload paths; output is diagnostics.
 */
import type { Diagnostic, DiagnosticPath } from '../diagnostics/diagnostic.js';
import type { CalendarDate } from '../thai/calendar-date.js';
import { compareDates, formatThaiDate, thaiWeekday, toIsoDate } from '../thai/index.js';
import { minutesOf } from './payload-kit.js';
import { programDiagnostic } from './program-diagnostic.js';
import type { ProgramContext } from './program.js';

const show = toIsoDate;

function showTh(date: CalendarDate): string {
  return formatThaiDate(date, { style: 'full' });
}

/** A reply deadline: not before the letter, not after the meeting it prepares, warned on a weekend. */
export function checkDeadline(
  deadline: CalendarDate,
  path: DiagnosticPath,
  context: ProgramContext,
  meeting?: { readonly date: CalendarDate; readonly path: DiagnosticPath },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (context.letterDate !== undefined && compareDates(deadline, context.letterDate) < 0) {
    out.push(
      programDiagnostic(
        'deadline_before_letter',
        'error',
        path,
        `The deadline ${show(deadline)} is before the letter date ${show(context.letterDate)}; set a deadline on or after the letter date.`,
        `กำหนดส่ง ${showTh(deadline)} อยู่ก่อนวันที่ของหนังสือ ${showTh(context.letterDate)} ให้กำหนดวันที่ไม่ก่อนวันที่ของหนังสือ`,
      ),
    );
  }
  if (meeting !== undefined && compareDates(deadline, meeting.date) > 0) {
    out.push(
      programDiagnostic(
        'deadline_after_meeting',
        'error',
        path,
        `The reply deadline ${show(deadline)} is after the meeting it prepares (${show(meeting.date)}, at payload.${meeting.path.join('.')}); set it on or before the meeting.`,
        `กำหนดส่ง ${showTh(deadline)} อยู่หลังวันประชุม ${showTh(meeting.date)} ที่ต้องใช้ข้อมูลนั้น ให้กำหนดก่อนหรือในวันประชุม`,
      ),
    );
  }
  out.push(...checkWeekend(deadline, path, 'deadline'));
  return out;
}

/** A working-day date (deadline, report date) that falls on Saturday or Sunday. */
export function checkWeekend(date: CalendarDate, path: DiagnosticPath, what: string): Diagnostic[] {
  const day = thaiWeekday(date);
  if (day.index !== 0 && day.index !== 6) return [];
  return [
    programDiagnostic(
      'date_on_weekend',
      'warning',
      path,
      `The ${what} ${show(date)} is a ${day.index === 0 ? 'Sunday' : 'Saturday'}; offices are closed, so move it to a working day.`,
      `วันที่ ${showTh(date)} ตรงกับวัน${day.name} ซึ่งเป็นวันหยุดราชการ ควรเลื่อนเป็นวันทำการ`,
    ),
  ];
}

/** A meeting or briefing must not take place before the letter that announces it. */
export function checkAfterLetter(date: CalendarDate, path: DiagnosticPath, context: ProgramContext): Diagnostic[] {
  if (context.letterDate === undefined || compareDates(date, context.letterDate) >= 0) return [];
  return [
    programDiagnostic(
      'event_before_letter',
      'error',
      path,
      `The event date ${show(date)} is before the letter date ${show(context.letterDate)}; an invitation cannot announce a past event.`,
      `วันที่จัด ${showTh(date)} อยู่ก่อนวันที่ของหนังสือ ${showTh(context.letterDate)}`,
    ),
  ];
}

/** The weekday an author wrote (e.g. from a spreadsheet column) must be the date's weekday. */
export function checkStatedWeekday(date: CalendarDate, stated: string | undefined, path: DiagnosticPath): Diagnostic[] {
  if (stated === undefined) return [];
  const actual = thaiWeekday(date).name;
  const written = stated.replace(/^วัน/, '');
  if (written === actual) return [];
  return [
    programDiagnostic(
      'weekday_mismatch',
      'error',
      path,
      `${show(date)} is a วัน${actual}, not วัน${written}; correct the date or drop the stated weekday (the letter prints the weekday from the date).`,
      `${showTh(date)} ตรงกับวัน${actual} ไม่ใช่วัน${written} ให้แก้วันที่หรือวันในสัปดาห์ให้ตรงกัน`,
    ),
  ];
}

/** An end time must come after its start time. */
export function checkTimeRange(start: string, end: string, path: DiagnosticPath): Diagnostic[] {
  if (minutesOf(end) > minutesOf(start)) return [];
  return [
    programDiagnostic(
      'time_range_invalid',
      'error',
      path,
      `The time range ends at ${end}, not after it starts at ${start}; give an end time later than the start.`,
      `เวลาสิ้นสุด ${end} ไม่อยู่หลังเวลาเริ่ม ${start}`,
    ),
  ];
}
