/**
 * layout/text — itemization: a paragraph's text and styles → items that can each be shaped
 * with one face, one script and one style. Thai and Latin letters open script runs; digits,
 * punctuation and spaces join the run before them (or the next one at the start); marks stay
 * with their base's face. Characters the style's face lacks go to the first fallback face
 * that has them; characters no face has are reported.
 */
import { faceForCodePoint, primaryFace, type FontBook } from '../font/font-book.js';
import type { LoadedFace } from '../font/loaded-face.js';

export type ShapingScript = 'thai' | 'latn';

export interface StyleSpan {
  readonly start: number;
  readonly end: number;
  readonly runIndex: number;
  readonly bold: boolean;
}

export interface Item {
  readonly start: number;
  readonly end: number;
  readonly face: LoadedFace;
  readonly script: ShapingScript;
  readonly runIndex: number;
}

export interface ItemizeResult {
  readonly items: readonly Item[];
  /** Characters (with the run they are in) that no loaded face has. */
  readonly missing: readonly { readonly runIndex: number; readonly char: string }[];
}

type CharScript = ShapingScript | 'common';

const LATIN = /\p{Script=Latin}/u;
const MARK = /\p{M}/u;
const IGNORABLE = /[\s\p{Cc}\p{Cf}]/u;

export function charScript(codePoint: number): CharScript {
  if (codePoint >= 0x0e00 && codePoint <= 0x0e7f) return 'thai';
  if (codePoint < 0x80) return /[A-Za-z]/.test(String.fromCharCode(codePoint)) ? 'latn' : 'common';
  return LATIN.test(String.fromCodePoint(codePoint)) ? 'latn' : 'common';
}

/** Splits `text` into shaping items. Newlines are not part of any item. */
export function itemize(text: string, spans: readonly StyleSpan[], fonts: FontBook): ItemizeResult {
  const items: Item[] = [];
  const missing: { runIndex: number; char: string }[] = [];
  for (const span of spans) {
    let pending: { start: number; face: LoadedFace; script: CharScript } | undefined;
    const flush = (end: number): void => {
      if (pending !== undefined && end > pending.start) {
        items.push({
          start: pending.start,
          end,
          face: pending.face,
          script: pending.script === 'common' ? 'latn' : pending.script,
          runIndex: span.runIndex,
        });
      }
      pending = undefined;
    };
    let i = span.start;
    while (i < span.end) {
      const codePoint = text.codePointAt(i) ?? 0;
      const width = codePoint > 0xffff ? 2 : 1;
      const char = String.fromCodePoint(codePoint);
      if (char === '\n') {
        flush(i);
        i += width;
        continue;
      }
      const script = charScript(codePoint);
      const attaches = IGNORABLE.test(char) || MARK.test(char);
      let face: LoadedFace;
      if (attaches && pending !== undefined) {
        face = pending.face;
      } else {
        const found = faceForCodePoint(fonts, codePoint, span.bold);
        if (found === undefined && !IGNORABLE.test(char)) missing.push({ runIndex: span.runIndex, char });
        face = found ?? primaryFace(fonts, span.bold);
      }
      if (pending === undefined) {
        pending = { start: i, face, script };
      } else if (face !== pending.face) {
        flush(i);
        pending = { start: i, face, script };
      } else if (script !== 'common' && script !== pending.script) {
        if (pending.script === 'common') {
          pending.script = script;
        } else {
          flush(i);
          pending = { start: i, face, script };
        }
      }
      i += width;
    }
    flush(span.end);
  }
  return { items, missing };
}
