/**
 * programs/registration — rules of the registration payload: the per-sub-district minimum covers
 * the category minimums, the deadline follows the letter and stays in the fiscal year, and the
 * report date comes on or after the deadline (weekend dates are warned).
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { compareDates, fiscalYear } from '../../thai/index.js';
import { checkDeadline, checkWeekend } from '../date-rules.js';
import { programDiagnostic } from '../program-diagnostic.js';
import type { ProgramContext } from '../program.js';
import type { RegistrationPayload } from './payload.js';

export function checkRegistration(payload: RegistrationPayload, context: ProgramContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { perSubDistrict, communityGroups, otherTypes } = payload.targets;
  if (perSubDistrict < communityGroups + otherTypes) {
    out.push(
      programDiagnostic(
        'registration_targets_inconsistent',
        'error',
        ['targets', 'perSubDistrict'],
        `At least ${perSubDistrict} per sub-district cannot hold at least ${communityGroups} community groups plus ${otherTypes} of other types (${communityGroups + otherTypes}); raise the per-sub-district minimum or lower the category minimums.`,
        `เป้าหมายอย่างน้อยตำบลละ ${perSubDistrict} ราย/กลุ่ม น้อยกว่าผลรวมของประเภทกลุ่มผู้ผลิตชุมชน ${communityGroups} และประเภทอื่น ${otherTypes} (${communityGroups + otherTypes})`,
      ),
    );
  }
  if (communityGroups < 1) {
    out.push(
      programDiagnostic(
        'registration_targets_inconsistent',
        'error',
        ['targets', 'communityGroups'],
        'The registration drive exists to add community producer groups; ask for at least 1 per sub-district.',
        'การรับลงทะเบียนมีเป้าหมายเพื่อเพิ่มกลุ่มผู้ผลิตชุมชน ต้องกำหนดอย่างน้อยตำบลละ ๑ กลุ่ม',
      ),
    );
  }
  out.push(...checkDeadline(payload.deadline, ['deadline'], context));
  if (fiscalYear(payload.deadline) !== payload.fiscalYear) {
    out.push(
      programDiagnostic(
        'deadline_outside_fiscal_year',
        'error',
        ['deadline'],
        `The deadline falls in fiscal year ${fiscalYear(payload.deadline)}, not ${payload.fiscalYear} whose revenue target it serves.`,
        `กำหนดแล้วเสร็จอยู่ในปีงบประมาณ ${fiscalYear(payload.deadline)} ไม่ใช่ปีงบประมาณ ${payload.fiscalYear}`,
      ),
    );
  }
  if (compareDates(payload.report.date, payload.deadline) < 0) {
    out.push(
      programDiagnostic(
        'report_before_deadline',
        'error',
        ['report', 'date'],
        'The report is due before the registration deadline; set the report date on or after the deadline.',
        'กำหนดรายงานผลอยู่ก่อนวันที่ต้องดำเนินการให้แล้วเสร็จ',
      ),
    );
  }
  out.push(...checkWeekend(payload.report.date, ['report', 'date'], 'report date'));
  return out;
}
