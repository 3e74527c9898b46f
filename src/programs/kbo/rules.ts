/**
 * programs/kbo — rules of the KBO payload: at least 3 groups per district, star levels 1–3 of
 * the year before the fiscal year, a fallback window that ends with that year, one
 * representative per group, a reply deadline between the letter and the meeting, and the
 * province matching the issuing office.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { checkAfterLetter, checkDeadline, checkStatedWeekday, checkTimeRange, checkWeekend } from '../date-rules.js';
import { programDiagnostic } from '../program-diagnostic.js';
import type { ProgramContext } from '../program.js';
import type { KboPayload } from './payload.js';

/** อำเภอละอย่างน้อย ๓ กลุ่ม */
export const KBO_MIN_GROUPS_PER_DISTRICT = 3;
/** ผลิตภัณฑ์ระดับ ๑ – ๓ ดาว */
export const KBO_MAX_STAR_LEVEL = 3;

export function checkKbo(payload: KboPayload, context: ProgramContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (payload.minGroupsPerDistrict < KBO_MIN_GROUPS_PER_DISTRICT) {
    out.push(
      programDiagnostic(
        'groups_per_district_too_few',
        'error',
        ['minGroupsPerDistrict'],
        `Each district is asked for ${payload.minGroupsPerDistrict} groups; the KBO project needs at least ${KBO_MIN_GROUPS_PER_DISTRICT}.`,
        `กำหนดอำเภอละ ${payload.minGroupsPerDistrict} กลุ่ม แต่โครงการ KBO ต้องมีอย่างน้อยอำเภอละ ${KBO_MIN_GROUPS_PER_DISTRICT} กลุ่ม`,
      ),
    );
  }
  const { starLevels, starYear, fallback } = payload.criteria;
  if (starLevels.min > starLevels.max || starLevels.max > KBO_MAX_STAR_LEVEL) {
    out.push(
      programDiagnostic(
        'star_levels_invalid',
        'error',
        ['criteria', 'starLevels'],
        `Star levels ${starLevels.min}–${starLevels.max} are not a range within 1–${KBO_MAX_STAR_LEVEL}; KBO develops products rated 1 to ${KBO_MAX_STAR_LEVEL} stars.`,
        `ระดับดาว ${starLevels.min}–${starLevels.max} ไม่ถูกต้อง โครงการ KBO พัฒนาผลิตภัณฑ์ระดับ ๑–๓ ดาว`,
      ),
    );
  }
  if (starYear !== payload.fiscalYear - 1) {
    out.push(
      programDiagnostic(
        'star_year_not_previous',
        'error',
        ['criteria', 'starYear'],
        `Star ratings of ${starYear} are used for fiscal year ${payload.fiscalYear}; use the previous year's ratings (${payload.fiscalYear - 1}).`,
        `ใช้ระดับดาวปี ${starYear} สำหรับปีงบประมาณ ${payload.fiscalYear} ต้องใช้ระดับดาวของปีก่อนหน้า (${payload.fiscalYear - 1})`,
      ),
    );
  }
  if (fallback.registrationYears.from > fallback.registrationYears.to || fallback.registrationYears.to > starYear) {
    out.push(
      programDiagnostic(
        'registration_window_invalid',
        'error',
        ['criteria', 'fallback', 'registrationYears'],
        `The fallback registration window ${fallback.registrationYears.from}–${fallback.registrationYears.to} must be ordered and end no later than ${starYear}.`,
        `ช่วงปีที่ลงทะเบียน ${fallback.registrationYears.from}–${fallback.registrationYears.to} ต้องเรียงถูกต้องและสิ้นสุดไม่เกินปี ${starYear}`,
      ),
    );
  }
  if (payload.meeting.representativesPerGroup !== 1) {
    out.push(
      programDiagnostic(
        'representatives_per_group_invalid',
        'error',
        ['meeting', 'representativesPerGroup'],
        `Each group is asked to send ${payload.meeting.representativesPerGroup} representatives; the KBO meeting takes one per group.`,
        `กำหนดให้ส่งตัวแทนกลุ่มละ ${payload.meeting.representativesPerGroup} คน แต่การประชุม KBO รับกลุ่มละ ๑ คน`,
      ),
    );
  }
  out.push(
    ...checkDeadline(payload.reply.deadline, ['reply', 'deadline'], context, { date: payload.meeting.date, path: ['meeting', 'date'] }),
    ...checkStatedWeekday(payload.reply.deadline, payload.reply.statedWeekday, ['reply', 'statedWeekday']),
    ...checkAfterLetter(payload.meeting.date, ['meeting', 'date'], context),
    ...checkStatedWeekday(payload.meeting.date, payload.meeting.statedWeekday, ['meeting', 'statedWeekday']),
    ...checkWeekend(payload.meeting.date, ['meeting', 'date'], 'meeting date'),
    ...checkTimeRange(payload.meeting.reportStart, payload.meeting.reportEnd, ['meeting', 'reportEnd']),
  );
  // Only an external letter states the province of its office (a memo's ส่วนราชการ has no address).
  const officeProvince = context.letter?.kind === 'external' ? context.letter.office.province : undefined;
  if (officeProvince !== undefined && officeProvince !== payload.province) {
    out.push(
      programDiagnostic(
        'province_mismatch',
        'error',
        ['province'],
        `The body names จังหวัด${payload.province} but the letter is issued by the office of จังหวัด${officeProvince}; use the issuing province.`,
        `เนื้อความระบุจังหวัด${payload.province} แต่หนังสือออกโดยจังหวัด${officeProvince}`,
      ),
    );
  }
  return out;
}
