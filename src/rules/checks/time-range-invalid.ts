/**
 * rules — time_range_invalid: a clock time in the text must exist (hours 00–23, or ๒๔.๐๐ for midnight,
 * spec §6.4; minutes 00–59) and a range must end after it starts (๐๙.๓๐ - ๑๒.๐๐ น.). Times are
 * found by the Thai kit's scanner, which needs น./นาฬิกา or เวลา, so section numbers are not read as times.
 */
import { toThaiDigits, type ThaiTime } from '../../thai/index.js';
import { quote } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { pathAt } from '../text-fields.js';
import { findThaiTimes } from '../../thai/index.js';

/** Minutes after midnight; ๒๔.๐๐ (allowed for midnight at the end of a day) is 1440. */
function minutes(time: ThaiTime): number | undefined {
  if (time.hour === 24 && time.minute === 0) return 24 * 60;
  if (time.hour < 0 || time.hour > 23 || time.minute < 0 || time.minute > 59) return undefined;
  return time.hour * 60 + time.minute;
}

function clock(time: ThaiTime): string {
  return `${String(time.hour).padStart(2, '0')}.${String(time.minute).padStart(2, '0')}`;
}

export const timeRangeInvalid = defineRule({
  code: 'time_range_invalid',
  severity: 'error',
  severityReason: 'An impossible time or a range that ends before it starts leaves the reader without a usable appointment.',
  title: 'Impossible time or reversed time range',
  description:
    'Every clock time in the text (hh.mm followed by น./นาฬิกา or preceded by เวลา) must exist: hours 00–23 (๒๔.๐๐ is accepted for midnight), minutes 00–59. A range (๐๙.๓๐ - ๑๒.๐๐ น.) must end after it starts; write an overnight range out in words.',
  exampleBad: 'เวลา ๑๓.๓๐ - ๑๒.๐๐ น.',
  exampleGood: 'เวลา ๐๙.๓๐ - ๑๒.๐๐ น.',
  reads: [],
  check: ({ texts }) =>
    texts.flatMap((piece) =>
      findThaiTimes(piece.text).flatMap((found): RuleFinding[] => {
        const path = pathAt(piece, found.index);
        const start = minutes(found.start);
        const end = found.end === undefined ? undefined : minutes(found.end);
        const bad = start === undefined ? found.start : found.end !== undefined && end === undefined ? found.end : undefined;
        if (bad !== undefined) {
          return [
            {
              path,
              message: `${quote(found.text)} contains ${clock(bad)}, which is not a time of day (hours 00–23, minutes 00–59); correct it.`,
              messageTh: `${quote(found.text)} มีเวลา ${toThaiDigits(clock(bad))} ซึ่งไม่มีจริง (ชั่วโมง ๐๐–๒๓ นาที ๐๐–๕๙) ให้แก้ให้ถูกต้อง`,
            },
          ];
        }
        if (start === undefined || end === undefined || end > start || found.end === undefined) return [];
        return [
          {
            path,
            message: `The time range ${quote(found.text)} ends (${clock(found.end)}) ${end === start ? 'when' : 'before'} it starts (${clock(found.start)}); correct the times.`,
            messageTh: `ช่วงเวลา ${quote(found.text)} สิ้นสุด (${toThaiDigits(clock(found.end))} น.) ${end === start ? 'พร้อมกับ' : 'ก่อน'}เวลาเริ่ม (${toThaiDigits(clock(found.start))} น.) ให้แก้เวลาให้ถูกต้อง`,
          },
        ];
      }),
    ),
});
