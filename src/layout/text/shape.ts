/**
 * layout/text — shaping one item with HarfBuzz (buffer script and language set: `thai`/`th`
 * or `latn`/`en`, left to right, default ignorables such as ZWSP removed). Output is in font
 * units with clusters relative to the shaped string; results are cached per face, script and
 * string, because letters repeat the same labels and words endlessly.
 */
import type { LoadedFace } from '../font/loaded-face.js';
import type { HbBuffer } from '../font/harfbuzz-module.js';
import type { ShapingScript } from './itemize.js';

export interface ShapedGlyph {
  readonly id: number;
  /** UTF-16 offset of the glyph's cluster in the shaped string. */
  readonly cluster: number;
  readonly xAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
  /** HarfBuzz's UNSAFE_TO_BREAK: cutting the text before this glyph changes the shaping. */
  readonly unsafeToBreak: boolean;
}

const REMOVE_DEFAULT_IGNORABLES = 8;
const UNSAFE_TO_BREAK = 1;
const CACHE_LIMIT = 20_000;

export interface Shaper {
  shape(face: LoadedFace, script: ShapingScript, text: string): readonly ShapedGlyph[];
}

/** A shaper with its own cache; one per text engine. */
export function createShaper(): Shaper {
  const cache = new Map<string, readonly ShapedGlyph[]>();
  // One buffer reused for every call: creating a HarfBuzz buffer per word costs more than shaping it.
  let buffer: HbBuffer | undefined;
  return {
    shape(face, script, text) {
      const key = `${face.key}\u0000${script}\u0000${text}`;
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      buffer ??= new face.hb.Buffer();
      const glyphs = shapeUncached(face, script, text, buffer);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, glyphs);
      return glyphs;
    },
  };
}

function shapeUncached(face: LoadedFace, script: ShapingScript, text: string, buffer: HbBuffer): readonly ShapedGlyph[] {
  const { hb } = face;
  buffer.clearContents();
  buffer.addText(text);
  buffer.setDirection(hb.Direction.LTR);
  buffer.setScript(script);
  buffer.setLanguage(script === 'thai' ? 'th' : 'en');
  buffer.setFlags(REMOVE_DEFAULT_IGNORABLES);
  hb.shape(face.hbFont, buffer);
  const infos = buffer.getGlyphInfos();
  const positions = buffer.getGlyphPositions();
  const glyphs: ShapedGlyph[] = [];
  for (const [i, info] of infos.entries()) {
    const position = positions[i];
    glyphs.push({
      id: info.codepoint,
      cluster: info.cluster,
      xAdvance: position?.xAdvance ?? 0,
      xOffset: position?.xOffset ?? 0,
      yOffset: position?.yOffset ?? 0,
      unsafeToBreak: (info.flags & UNSAFE_TO_BREAK) !== 0,
    });
  }
  return glyphs;
}
