/**
 * layout/font — one font face prepared for shaping and embedding: its bytes, a HarfBuzz
 * face and font (scale = units per em, so positions come back in font units), its names,
 * its character coverage and its size factor. Prepared once per process and reused for
 * every letter; nothing here knows about PDF or DOCX.
 */
import { sizeFactorForFamily } from './size-factor.js';
import type { HarfBuzz, HbFace, HbFont } from './harfbuzz-module.js';

export interface LoadedFace {
  /** Unique key of the face in its FontBook; what `GlyphRun.font` names. */
  readonly key: string;
  /** Typographic family name (name id 16, else 1), e.g. `Sarabun`, `TH SarabunPSK`. */
  readonly family: string;
  /** PostScript name (name id 6), e.g. `Sarabun-Regular`. */
  readonly postScriptName: string;
  readonly bold: boolean;
  /** The font file as given (TrueType/OpenType). */
  readonly bytes: Uint8Array;
  readonly unitsPerEm: number;
  /** Multiply TH SarabunPSK points by this to get this face's drawing size (0.6648 for Sarabun). */
  readonly sizeFactor: number;
  /** Ascender and descender (negative) in font units, from hhea. */
  readonly ascender: number;
  readonly descender: number;
  /** Underline position (negative = below the baseline) and thickness in font units. */
  readonly underlinePosition: number;
  readonly underlineThickness: number;
  readonly hb: HarfBuzz;
  readonly hbFace: HbFace;
  readonly hbFont: HbFont;
  /** True when the face's cmap maps the code point. */
  hasCodePoint(codePoint: number): boolean;
}

export interface PrepareFaceOptions {
  readonly key?: string;
  readonly bold: boolean;
  /** Overrides the family name read from the face. */
  readonly family?: string;
  /** Overrides the size factor derived from the family name. */
  readonly sizeFactor?: number;
}

/** Builds a LoadedFace from font bytes; throws when HarfBuzz cannot read them (the caller turns that into a diagnostic). */
export function prepareFace(hb: HarfBuzz, bytes: Uint8Array, options: PrepareFaceOptions): LoadedFace {
  const blob = new hb.Blob(bytes);
  const hbFace = new hb.Face(blob, 0);
  const unitsPerEm = hbFace.upem;
  const coverage = new Set(hbFace.collectUnicodes());
  if (unitsPerEm <= 0 || coverage.size === 0) {
    throw new Error('not a TrueType/OpenType font with a Unicode cmap');
  }
  const hbFont = new hb.Font(hbFace);
  const readName = (id: number): string => {
    try {
      return hbFace.getName(id, 'en').trim();
    } catch {
      return '';
    }
  };
  const family = options.family ?? (readName(16) || readName(1) || 'Unknown');
  const postScriptName = readName(6) || family.replace(/[^A-Za-z0-9-]/g, '');
  const extents = hbFont.hExtents();
  const underlinePosition = metric(hbFont, hb.MetricsTag.UNDERLINE_OFFSET, -unitsPerEm * 0.1);
  const underlineThickness = metric(hbFont, hb.MetricsTag.UNDERLINE_SIZE, unitsPerEm * 0.05);
  return {
    key: options.key ?? postScriptName,
    family,
    postScriptName,
    bold: options.bold,
    bytes,
    unitsPerEm,
    sizeFactor: options.sizeFactor ?? sizeFactorForFamily(family),
    ascender: extents.ascender,
    descender: extents.descender,
    underlinePosition,
    underlineThickness: underlineThickness > 0 ? underlineThickness : unitsPerEm * 0.05,
    hb,
    hbFace,
    hbFont,
    hasCodePoint: (codePoint) => coverage.has(codePoint),
  };
}

function metric(font: HbFont, tag: number, fallback: number): number {
  const value = font.getMetricPosition(tag);
  return value === undefined || value === 0 ? fallback : value;
}
