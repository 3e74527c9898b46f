/**
 * programs/meeting — rules of the meeting payload: the meeting follows the letter, ends after it
 * starts, and the weekday the author wrote (if any) is the date's. Weekend meetings are warned.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { checkAfterLetter, checkStatedWeekday, checkTimeRange, checkWeekend } from '../date-rules.js';
import type { ProgramContext } from '../program.js';
import type { MeetingPayload } from './payload.js';

export function checkMeeting(payload: MeetingPayload, context: ProgramContext): Diagnostic[] {
  return [
    ...checkAfterLetter(payload.date, ['date'], context),
    ...checkStatedWeekday(payload.date, payload.statedWeekday, ['statedWeekday']),
    ...checkWeekend(payload.date, ['date'], 'meeting date'),
    ...checkTimeRange(payload.start, payload.end, ['end']),
  ];
}
