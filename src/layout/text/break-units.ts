/**
 * layout/text — break opportunities: a paragraph's text → units a line may end after.
 * A line breaks only after spaces (which are then trimmed) and, inside Thai, at the word
 * boundaries of the segmenter where both sides are Thai letters and the next one can start
 * a word (never after ผู้), and never inside a shaping cluster. Newlines force a break.
 */
import { thaiWords, type WordSegmenter } from '../../thai/index.js';

export interface BreakUnit {
  /** First character of the unit. */
  readonly start: number;
  /** End of the unit's content (before its trailing break spaces). */
  readonly contentEnd: number;
  /** End of the unit, trailing break spaces included. */
  readonly end: number;
  /** A newline follows: the line ends after this unit whatever the width. */
  readonly forcedBreakAfter: boolean;
}

/** Spaces a line may break at (not NO-BREAK SPACE, which keeps numbers with their units). */
export function isBreakSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\u3000' || char === '\u200b';
}

function isThaiLetter(code: number): boolean {
  return code >= 0x0e01 && code <= 0x0e4e;
}

/**
 * Words a line never ends with: ผู้ always belongs to the noun after it (ผู้ประกอบการ,
 * ผู้ว่าราชการ), though the ICU dictionary splits it off (Thai-in-Word rules, thai-pitfalls P4).
 */
const NO_BREAK_AFTER = new Set(['ผู้']);

/** Consonants and leading vowels; ะ า ำ ๆ ฯ and marks cannot start a word. */
function canStartThaiWord(code: number): boolean {
  return (code >= 0x0e01 && code <= 0x0e2e) || (code >= 0x0e40 && code <= 0x0e44);
}

export function breakUnits(
  text: string,
  isClusterStart: (index: number) => boolean,
  segmenter?: WordSegmenter,
): BreakUnit[] {
  const units: BreakUnit[] = [];
  let segmentStart = 0;
  while (segmentStart <= text.length) {
    let segmentEnd = text.indexOf('\n', segmentStart);
    const forced = segmentEnd !== -1;
    if (!forced) segmentEnd = text.length;
    const before = units.length;
    unitsOfSegment(text, segmentStart, segmentEnd, isClusterStart, segmenter, units);
    if (units.length === before) units.push({ start: segmentStart, contentEnd: segmentStart, end: segmentEnd, forcedBreakAfter: false });
    if (forced) {
      const last = units[units.length - 1];
      if (last !== undefined) units[units.length - 1] = { ...last, forcedBreakAfter: true };
    }
    segmentStart = segmentEnd + 1;
    if (!forced) break;
  }
  return units;
}

function unitsOfSegment(
  text: string,
  start: number,
  end: number,
  isClusterStart: (index: number) => boolean,
  segmenter: WordSegmenter | undefined,
  units: BreakUnit[],
): void {
  let i = start;
  // Leading spaces are content of the first unit: they are typed indentation, not a break.
  let tokenStart = start;
  while (i < end && isBreakSpace(text[i])) i++;
  while (i < end) {
    while (i < end && !isBreakSpace(text[i])) i++;
    const contentEnd = i;
    while (i < end && isBreakSpace(text[i])) i++;
    const pieces = tokenPieces(text, tokenStart, contentEnd, isClusterStart, segmenter);
    for (const [k, [a, b]] of pieces.entries()) {
      const lastPiece = k === pieces.length - 1;
      units.push({ start: a, contentEnd: b, end: lastPiece ? i : b, forcedBreakAfter: false });
    }
    tokenStart = i;
  }
}

/** Splits one space-free token at allowed Thai word boundaries. */
function tokenPieces(
  text: string,
  start: number,
  end: number,
  isClusterStart: (index: number) => boolean,
  segmenter: WordSegmenter | undefined,
): [number, number][] {
  const token = text.slice(start, end);
  if (!/[\u0e01-\u0e4e]/.test(token)) return [[start, end]];
  const pieces: [number, number][] = [];
  let pieceStart = start;
  let offset = start;
  const words = segmenter === undefined ? thaiWords(token) : thaiWords(token, segmenter);
  for (const word of words) {
    offset += word.length;
    if (offset >= end) break;
    const prev = text.charCodeAt(offset - 1);
    const next = text.charCodeAt(offset);
    if (NO_BREAK_AFTER.has(word)) continue;
    if (isThaiLetter(prev) && canStartThaiWord(next) && isClusterStart(offset) && offset > pieceStart) {
      pieces.push([pieceStart, offset]);
      pieceStart = offset;
    }
  }
  pieces.push([pieceStart, end]);
  return pieces;
}
