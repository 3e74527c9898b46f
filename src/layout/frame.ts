/**
 * layout — the paged document: the contract between layout and render/pdf.
 * Positioned glyphs, rules and images on pages; nothing else. Coordinates are in pt with
 * the origin at the top-left corner of the page and y growing downwards; only render/pdf
 * flips to PDF's bottom-left origin. Plain, readonly, serialisable data.
 */

/** Which loaded face a run is drawn with (a key into `PagedDocument.fonts`). */
export type FontKey = string;

/** One glyph as HarfBuzz placed it, already scaled to pt at the run's drawing size. */
export interface PositionedGlyph {
  /** Glyph id in the face. */
  readonly id: number;
  /** Pen position of this glyph relative to the run origin, before offsets (sum of earlier advances, plus any justification space). */
  readonly x: number;
  /** HarfBuzz x offset. */
  readonly dx: number;
  /** HarfBuzz y offset, pt, positive = up (HarfBuzz's convention). */
  readonly dy: number;
  /** HarfBuzz x advance. */
  readonly advance: number;
  /** UTF-16 range [start, end) of `GlyphRun.text` this glyph belongs to (its cluster). */
  readonly cluster: readonly [start: number, end: number];
}

export interface GlyphRun {
  readonly kind: 'glyphs';
  readonly font: FontKey;
  /** Drawing size in pt of this face (TH SarabunPSK size × the face's size factor). */
  readonly size: number;
  /** Baseline origin of the run. */
  readonly x: number;
  readonly y: number;
  /** CSS hex colour, `#000000` for text, `#FF0000` for stamps. */
  readonly color: string;
  /** The source text the glyphs were shaped from: what text extraction must give back. */
  readonly text: string;
  readonly glyphs: readonly PositionedGlyph[];
  readonly underline?: boolean;
}

export interface RuleItem {
  readonly kind: 'rule';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly width: number;
  readonly color: string;
  /** Dash pattern [on, off] in pt; [0, gap] with round caps draws dots (tab leaders). */
  readonly dash?: readonly [number, number];
  readonly cap?: 'butt' | 'round';
}

/** The caller's Garuda image, placed by layout; the bytes are given to the renderer. */
export interface ImageItem {
  readonly kind: 'image';
  readonly image: 'emblem';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type FrameItem = GlyphRun | RuleItem | ImageItem;

export interface Page {
  readonly width: number;
  readonly height: number;
  readonly items: readonly FrameItem[];
}

export interface PagedDocument {
  readonly pages: readonly Page[];
  readonly meta: {
    readonly title: string;
    readonly subject: string;
    readonly author: string;
    readonly language: string;
  };
}
