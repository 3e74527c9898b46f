/**
 * layout/font — the FontBook: the faces one process uses for every letter (regular, bold,
 * and a fallback chain for characters the main faces lack). Built once by `loadFonts` and
 * shared by the text engine (shaping) and render/pdf (embedding), which finds a face again
 * by the key a GlyphRun carries.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { LoadedFace } from './loaded-face.js';

export interface FontBook {
  readonly regular: LoadedFace;
  readonly bold: LoadedFace;
  /** Searched in order for a character neither main face has. */
  readonly fallbacks: readonly LoadedFace[];
  /** Every face of the book by its key. */
  readonly faces: ReadonlyMap<string, LoadedFace>;
  /** Warnings from loading (a bold face synthesised from regular, a fallback not found). */
  readonly diagnostics: readonly Diagnostic[];
}

/** Assembles a FontBook, making face keys unique. */
export function createFontBook(
  regular: LoadedFace,
  bold: LoadedFace,
  fallbacks: readonly LoadedFace[],
  diagnostics: readonly Diagnostic[] = [],
): FontBook {
  const faces = new Map<string, LoadedFace>();
  const register = (face: LoadedFace): LoadedFace => {
    const existing = faces.get(face.key);
    if (existing === face) return face;
    if (existing === undefined) {
      faces.set(face.key, face);
      return face;
    }
    let n = 2;
    while (faces.has(`${face.key}-${String(n)}`)) n++;
    const renamed: LoadedFace = { ...face, key: `${face.key}-${String(n)}` };
    faces.set(renamed.key, renamed);
    return renamed;
  };
  const r = register(regular);
  const b = bold === regular ? r : register(bold);
  const f = fallbacks.map(register);
  return { regular: r, bold: b, fallbacks: f, faces, diagnostics };
}

/** The face of a style, before any fallback. */
export function primaryFace(book: FontBook, bold: boolean): LoadedFace {
  return bold ? book.bold : book.regular;
}

/**
 * The first face that has the code point, preferring the style's own face, then the other
 * main face, then the fallbacks; undefined when none has it.
 */
export function faceForCodePoint(book: FontBook, codePoint: number, bold: boolean): LoadedFace | undefined {
  const own = primaryFace(book, bold);
  if (own.hasCodePoint(codePoint)) return own;
  for (const face of book.fallbacks) {
    if (face.hasCodePoint(codePoint)) return face;
  }
  const other = primaryFace(book, !bold);
  return other.hasCodePoint(codePoint) ? other : undefined;
}
