/**
 * layout/page — the continuation cue printed at the bottom right of a page that another page
 * follows (spec section 8): "/" + the first word of the next page + "...". A line that starts
 * with an item marker keeps it: "/๓. มอบหมาย...". Words come from the Thai kit's thaiWords
 * (ICU dictionary), so the cue never cuts a Thai word or a mark from its letter.
 */
import { thaiWords } from '../../thai/thai-words.js';

/**
 * ICU splits many compounds into short dictionary words (มอบ|หมาย, ดำเนิน|การ); a cue of
 * fewer code units than this takes the next adjoining Thai word too (มอบหมาย, not มอบ).
 */
const MIN_CUE_UNITS = 4;

const THAI = /^[\u0E00-\u0E7F]+$/;

/** The first word of `text`, or '' when it has none. */
export function firstWord(text: string): string {
  const pieces = thaiWords(text.trim());
  let word = '';
  for (const piece of pieces) {
    if (piece.trim() === '') break;
    if (word === '') {
      word = piece;
      if (!THAI.test(piece)) break;
    } else if (word.length < MIN_CUE_UNITS && THAI.test(piece)) {
      word += piece;
    } else {
      break;
    }
  }
  return word;
}

/** The cue for a page whose successor starts with `text` (and `marker`, for an item's first line). */
export function continuationCue(text: string, marker?: string): string {
  const word = firstWord(text);
  const head = marker === undefined ? word : word === '' ? marker : `${marker} ${word}`;
  return head === '' ? '' : `/${head}...`;
}
