/**
 * rules — dates found in the letter's text, with where they are, read by the Thai kit's scanner.
 * One scan per piece, shared by weekday_mismatch, invalid_date, deadline_before_letter and
 * fiscal_year_mismatch, so every rule sees the same reading of a date (ranges and month mentions included).
 */
import type { DiagnosticPath } from '../diagnostics/diagnostic.js';
import { findThaiDates, type ThaiDateMatch } from '../thai/index.js';
import { pathAt, type TextPiece } from './text-fields.js';

export interface TextDate {
  readonly piece: TextPiece;
  readonly match: ThaiDateMatch;
  readonly path: DiagnosticPath;
}

const cache = new WeakMap<TextPiece, readonly TextDate[]>();

/** Dates of one piece, in text order. */
export function datesOf(piece: TextPiece): readonly TextDate[] {
  const known = cache.get(piece);
  if (known !== undefined) return known;
  const found = findThaiDates(piece.text).map((match) => ({ piece, match, path: pathAt(piece, match.index) }));
  cache.set(piece, found);
  return found;
}

/** Dates of every piece, in reading order. */
export function textDates(pieces: readonly TextPiece[]): readonly TextDate[] {
  return pieces.flatMap(datesOf);
}
