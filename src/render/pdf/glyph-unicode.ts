/**
 * render/pdf — which text each drawn glyph stands for, for the ToUnicode CMap (the fallback
 * for extractors that ignore /ActualText). A glyph that is the face's cmap glyph of one of
 * its cluster's characters maps to that character; when exactly one glyph of a cluster is
 * left (a ligature, a contextual alternate) it takes the remaining characters, and as many
 * glyphs as characters left take them in order (alternates of stacked marks). Sara am is
 * matched as HarfBuzz decomposes it (nikhahit + sara aa), so such extractors give ํา, which
 * the usual normalisation turns back into ำ; /ActualText carries the exact text for the rest.
 */
import type { LoadedFace } from '../../layout/font/loaded-face.js';

export type GlyphUnicodeMap = Map<number, string>;

const nominalCache = new WeakMap<LoadedFace, Map<number, number | undefined>>();

function nominalGlyph(face: LoadedFace, codePoint: number): number | undefined {
  let cache = nominalCache.get(face);
  if (cache === undefined) {
    cache = new Map();
    nominalCache.set(face, cache);
  }
  if (!cache.has(codePoint)) cache.set(codePoint, face.hbFont.nominalGlyph(codePoint));
  return cache.get(codePoint);
}

/** Records the mapping of one cluster's glyphs into `map` (first mapping of a glyph wins). */
export function recordClusterUnicode(face: LoadedFace, clusterText: string, glyphIds: readonly number[], map: GlyphUnicodeMap): void {
  const remaining = Array.from(clusterText.replace(/\u0e33/g, '\u0e4d\u0e32'));
  const unmatched: number[] = [];
  for (const id of glyphIds) {
    const k = remaining.findIndex((char) => nominalGlyph(face, char.codePointAt(0) ?? 0) === id);
    if (k >= 0) {
      if (!map.has(id)) map.set(id, remaining[k] ?? '');
      remaining.splice(k, 1);
    } else {
      unmatched.push(id);
    }
  }
  const only = unmatched[0];
  if (unmatched.length === 1 && only !== undefined && remaining.length > 0) {
    if (!map.has(only)) map.set(only, remaining.join(''));
  } else if (unmatched.length === remaining.length) {
    // Alternates of marks (ปี่: sara ii and mai ek both shifted left) keep the text order.
    for (const [k, id] of unmatched.entries()) if (!map.has(id)) map.set(id, remaining[k] ?? '');
  }
}

const reverseCmaps = new WeakMap<LoadedFace, Map<number, string>>();

/** Maps glyphs still unmapped that are some character's cmap glyph to that character. */
export function completeFromCmap(face: LoadedFace, glyphIds: Iterable<number>, map: GlyphUnicodeMap): void {
  let reverse = reverseCmaps.get(face);
  if (reverse === undefined) {
    reverse = new Map();
    for (const codePoint of face.hbFace.collectUnicodes()) {
      const id = nominalGlyph(face, codePoint);
      if (id !== undefined && id !== 0 && !reverse.has(id)) reverse.set(id, String.fromCodePoint(codePoint));
    }
    reverseCmaps.set(face, reverse);
  }
  for (const id of glyphIds) {
    const text = reverse.get(id);
    if (!map.has(id) && text !== undefined) map.set(id, text);
  }
}
