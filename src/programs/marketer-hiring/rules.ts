/**
 * programs/marketer-hiring — rules of the hiring payload: every allocation row, region subtotal
 * and the grand total add up; the per-person budget pays the monthly rate for the whole period;
 * the period lies inside the fiscal year; the หมายเหตุ names duties that exist.
 *
 * Per-person budget against rate × months: a budget BELOW it is an error, because the contract
 * at the stated rate cannot be paid to the end of the period. A budget ABOVE it is a warning
 * (`per_person_budget_above_rate`): the letter can be carried out, but the surplus has no stated
 * use and is returned or needs a reason. Months count whole calendar months as 1 and a partial
 * month as its share of days rounded to the nearest half month (16–31 ต.ค. = 16/31 → ½), the way
 * the department budgets a contract that starts mid-month; seed 004 gives 38,000 against
 * 15,000 × 2.5 = 37,500, so the seed raises the warning (500 surplus per person).
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { CalendarDate } from '../../thai/calendar-date.js';
import { compareDates, daysInMonth, fiscalYearRange, formatThaiNumber, toIsoDate } from '../../thai/index.js';
import { programDiagnostic } from '../program-diagnostic.js';
import type { MarketerHiringPayload } from './payload.js';

/** Contract months between two dates inclusive: whole months 1, partial months by days to the nearest half. */
export function contractMonths(start: CalendarDate, end: CalendarDate): number {
  if (compareDates(end, start) < 0) return 0;
  let months = 0;
  let year = start.year;
  let month = start.month;
  for (;;) {
    const days = daysInMonth(year, month);
    const first = year === start.year && month === start.month ? start.day : 1;
    const last = year === end.year && month === end.month ? end.day : days;
    months += Math.round(((last - first + 1) / days) * 2) / 2;
    if (year === end.year && month === end.month) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

function money(n: number): string {
  return formatThaiNumber(n, { digits: 'arabic', decimals: Number.isInteger(n) ? 0 : 2 });
}

/** The letter context is not needed: every fact checked here is in the payload. */
export function checkMarketerHiring(payload: MarketerHiringPayload): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { allocation, period } = payload;
  const per = allocation.perPersonBudget;
  let grandPersons = 0;
  let grandBudget = 0;
  allocation.regions.forEach((region, r) => {
    let persons = 0;
    let budget = 0;
    region.provinces.forEach((row, p) => {
      const path = ['allocation', 'regions', r, 'provinces', p];
      persons += row.persons;
      budget += row.budget;
      if (row.budget !== row.persons * per) {
        out.push(
          programDiagnostic(
            'allocation_row_mismatch',
            'error',
            [...path, 'budget'],
            `${row.name}: budget ${money(row.budget)} is not ${row.persons} persons × ${money(per)} = ${money(row.persons * per)}.`,
            `${row.name}: งบประมาณ ${money(row.budget)} บาท ไม่เท่ากับ ${row.persons} คน × ${money(per)} บาท = ${money(row.persons * per)} บาท`,
          ),
        );
      }
      if (row.total !== undefined && row.total !== row.budget) {
        out.push(
          programDiagnostic(
            'allocation_row_mismatch',
            'error',
            [...path, 'total'],
            `${row.name}: the row total ${money(row.total)} differs from its only budget column ${money(row.budget)}.`,
            `${row.name}: รวมงบประมาณ ${money(row.total)} บาท ไม่เท่ากับงบประมาณ ${money(row.budget)} บาท`,
          ),
        );
      }
    });
    grandPersons += region.subtotal?.persons ?? persons;
    grandBudget += region.subtotal?.budget ?? budget;
    if (region.subtotal !== undefined && (region.subtotal.persons !== persons || region.subtotal.budget !== budget)) {
      out.push(
        programDiagnostic(
          'allocation_subtotal_mismatch',
          'error',
          ['allocation', 'regions', r, 'subtotal'],
          `Region ${region.number} (${region.name}): the รวม row says ${region.subtotal.persons} persons and ${money(region.subtotal.budget)}, but its rows add up to ${persons} persons and ${money(budget)}.`,
          `เขตตรวจราชการ ${region.number} (${region.name}): แถวรวมระบุ ${region.subtotal.persons} คน ${money(region.subtotal.budget)} บาท แต่ผลรวมรายจังหวัดเป็น ${persons} คน ${money(budget)} บาท`,
        ),
      );
    }
  });
  if (allocation.total !== undefined && (allocation.total.persons !== grandPersons || allocation.total.budget !== grandBudget)) {
    out.push(
      programDiagnostic(
        'allocation_total_mismatch',
        'error',
        ['allocation', 'total'],
        `The grand total says ${allocation.total.persons} persons and ${money(allocation.total.budget)}, but the regions add up to ${grandPersons} persons and ${money(grandBudget)}.`,
        `รวมทั้งสิ้นระบุ ${allocation.total.persons} คน ${money(allocation.total.budget)} บาท แต่ผลรวมของเขตตรวจราชการเป็น ${grandPersons} คน ${money(grandBudget)} บาท`,
      ),
    );
  }
  if (compareDates(period.end, period.start) < 0) {
    out.push(
      programDiagnostic(
        'hiring_period_invalid',
        'error',
        ['period', 'end'],
        `The hiring period ends (${toIsoDate(period.end)}) before it starts (${toIsoDate(period.start)}).`,
        'ระยะเวลาจ้างสิ้นสุดก่อนวันเริ่มจ้าง',
      ),
    );
  } else {
    const months = contractMonths(period.start, period.end);
    const needed = Math.round(payload.monthlyRate * months * 100) / 100;
    const basis = `${money(payload.monthlyRate)} × ${months} months (${toIsoDate(period.start)} to ${toIsoDate(period.end)}) = ${money(needed)}`;
    if (per < needed) {
      out.push(
        programDiagnostic(
          'per_person_budget_below_rate',
          'error',
          ['allocation', 'perPersonBudget'],
          `The budget per person ${money(per)} does not pay the rate for the whole period: ${basis}.`,
          `งบประมาณต่อคน ${money(per)} บาท ไม่พอจ่ายค่าจ้างตลอดระยะเวลาจ้าง (${money(needed)} บาท)`,
        ),
      );
    } else if (per > needed) {
      out.push(
        programDiagnostic(
          'per_person_budget_above_rate',
          'warning',
          ['allocation', 'perPersonBudget'],
          `The budget per person ${money(per)} exceeds the pay for the period by ${money(Math.round((per - needed) * 100) / 100)}: ${basis}; state what the surplus is for or reduce it.`,
          `งบประมาณต่อคน ${money(per)} บาท สูงกว่าค่าจ้างตลอดระยะเวลาจ้าง (${money(needed)} บาท) ควรระบุการใช้ส่วนเกินหรือปรับลด`,
        ),
      );
    }
  }
  const fy = fiscalYearRange(payload.fiscalYear);
  for (const [key, date] of [['start', period.start], ['end', period.end]] as const) {
    if (compareDates(date, fy.start) < 0 || compareDates(date, fy.end) > 0) {
      out.push(
        programDiagnostic(
          'hiring_period_outside_fiscal_year',
          'error',
          ['period', key],
          `The hiring period ${key} ${toIsoDate(date)} is outside fiscal year ${payload.fiscalYear} (${toIsoDate(fy.start)} to ${toIsoDate(fy.end)}).`,
          `ระยะเวลาจ้าง (${toIsoDate(date)}) อยู่นอกปีงบประมาณ พ.ศ. ${payload.fiscalYear}`,
        ),
      );
    }
  }
  const counted = payload.workload.countedDuties;
  if (counted !== undefined && (counted.from > counted.to || counted.to > payload.workload.duties.length)) {
    out.push(
      programDiagnostic(
        'counted_duties_invalid',
        'error',
        ['workload', 'countedDuties'],
        `The หมายเหตุ counts duties ${counted.from}–${counted.to}, but the table has duties 1–${payload.workload.duties.length}.`,
        `หมายเหตุอ้างถึงข้อ ${counted.from}–${counted.to} แต่ตารางมีเพียงข้อ ๑–${payload.workload.duties.length}`,
      ),
    );
  }
  return out;
}
