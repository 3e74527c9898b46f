/**
 * compose — markers: `๑.` `๒.` before several references or attachments, and the markers of
 * body lists (spec §2.3 "Sub-items"): `๑.` at level 1, `๑.๑` at level 2 (under its parent's
 * number), `(๑)` at level 3. A marker the author wrote is kept, with its digits printed in the
 * style in force (`2.` → `๒.`).
 */
import { printDigits, type Numerals } from './digits.js';

/** `๑.` for the first of several items; undefined when there is only one item. */
export function itemMarker(index: number, count: number, numerals: Numerals): string | undefined {
  return count > 1 ? printDigits(`${index + 1}.`, numerals) : undefined;
}

/** A number the author wrote as a marker (`2.`, `(3)`, `๒.๑`) → its dotted number (`2`, `3`, `๒.๑`). */
export function markerNumber(marker: string): string | undefined {
  const match = /^\(?\s*([0-9๐-๙]+(?:\.[0-9๐-๙]+)*)\s*\.?\s*\)?$/u.exec(marker.trim());
  return match?.[1];
}

/**
 * The printed marker of a list item.
 * @param position 1-based position among its siblings
 * @param parentNumber the number of the parent item (level 2 builds on it), Arabic or Thai digits
 * @example listMarker({ level: 2, position: 1, parentNumber: '1', numerals: 'thai' }) // '๑.๑'
 */
export function listMarker(options: {
  readonly level: number;
  readonly position: number;
  readonly given?: string | undefined;
  readonly parentNumber?: string | undefined;
  readonly numerals: Numerals;
}): string {
  const { level, position, given, parentNumber, numerals } = options;
  if (given !== undefined && given.trim() !== '') return printDigits(given.trim(), numerals);
  if (level <= 1) return printDigits(`${position}.`, numerals);
  if (level === 2) return printDigits(`${parentNumber ?? '1'}.${position}`, numerals);
  return printDigits(`(${position})`, numerals);
}
