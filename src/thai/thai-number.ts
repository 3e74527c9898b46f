/**
 * thai — formatting and reading of plain numbers with Thai or Arabic digits (leaf module).
 * formatThaiNumber groups thousands with commas (๔,๔๗๗,๕๖๐,๐๐๐) and rounds to a fixed
 * number of decimals half away from zero on the exact binary value; parseThaiNumber accepts
 * either digit set with or without correctly placed thousands separators.
 */
import { ThaiTextError } from './thai-text-error.js';
import { allToThaiDigits, toArabicDigits } from './thai-digits.js';

export interface FormatThaiNumberOptions {
  /** Fixed number of decimals (0–20). Default: none for integers and bigints, otherwise as many as needed. */
  readonly decimals?: number;
  /** Default 'thai'. */
  readonly digits?: 'thai' | 'arabic';
  /** Thousands separators, default true. */
  readonly grouping?: boolean;
}

export function formatThaiNumber(n: number | bigint, options: FormatThaiNumberOptions = {}): string {
  if (typeof n === 'number' && !Number.isFinite(n)) {
    throw new ThaiTextError(
      'invalid_number',
      String(n),
      `Cannot format ${String(n)} as a number; pass a finite number.`,
      `แสดง ${String(n)} เป็นตัวเลขไม่ได้ ต้องเป็นจำนวนจริงที่มีค่าจำกัด`,
    );
  }
  const { decimals } = options;
  if (decimals !== undefined && (!Number.isInteger(decimals) || decimals < 0 || decimals > 20)) {
    throw new ThaiTextError(
      'invalid_number',
      String(decimals),
      `decimals must be a whole number from 0 to 20, got ${decimals}.`,
      `จำนวนตำแหน่งทศนิยมต้องเป็นจำนวนเต็ม 0–20 แต่ได้ ${decimals}`,
    );
  }
  const format = new Intl.NumberFormat('en-US', {
    useGrouping: options.grouping ?? true,
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 20,
    roundingMode: 'halfExpand',
  });
  const text = format.format(n);
  return options.digits === 'arabic' ? text : allToThaiDigits(text);
}

const GROUPED = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN = /^-?\d+(?:\.\d+)?$/;

/** Reads `๔,๔๗๗,๕๖๐,๐๐๐`, `76,000`, `12.50`, `-๓`; throws ThaiTextError `invalid_number` otherwise. */
export function parseThaiNumber(text: string): number {
  const s = toArabicDigits(text.trim()).replace(/^−/, '-');
  if (!GROUPED.test(s) && !PLAIN.test(s)) {
    throw new ThaiTextError(
      'invalid_number',
      text,
      `"${text}" is not a number; write digits with optional comma thousands separators and a decimal point, e.g. ๔,๔๗๗,๕๖๐ or 76,000.50.`,
      `"${text}" ไม่ใช่ตัวเลข ให้เขียนตัวเลขโดยคั่นหลักพันด้วยจุลภาค เช่น ๔,๔๗๗,๕๖๐ หรือ 76,000.50`,
    );
  }
  return Number(s.replace(/,/g, ''));
}
