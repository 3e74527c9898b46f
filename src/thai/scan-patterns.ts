/**
 * thai — regular-expression sources shared by the free-text scanners (leaf module).
 * Digits match both Thai and Arabic forms, so scanners work on text as written; month and
 * weekday alternations are ordered longest first so that a prefix never wins.
 */
import { THAI_MONTHS, THAI_MONTHS_ABBREVIATED, THAI_WEEKDAYS } from './thai-calendar-names.js';

export const DIGIT = '[0-9๐-๙]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

export const MONTH_SOURCE = alternation([...THAI_MONTHS, ...THAI_MONTHS_ABBREVIATED]);
export const WEEKDAY_SOURCE = alternation([...THAI_WEEKDAYS, 'พฤหัส']);
export const ERA_SOURCE = String.raw`พ\.\s?ศ\.|ค\.\s?ศ\.|พุทธศักราช|คริสต์ศักราช|คริสตศักราช`;
/** No digit, decimal point, comma, slash or colon right before a number that starts a match. */
export const NUMBER_START = String.raw`(?<![0-9๐-๙.,/:])`;
