/**
 * layout/text — the interface between the page layout and the Thai text engine.
 * The page layout asks for paragraphs set at a width; the engine itemizes runs by script,
 * shapes them with HarfBuzz, breaks lines at word boundaries and aligns them. Lines come
 * back with glyph runs positioned relative to the line's baseline origin (x from the
 * paragraph's left edge, y = 0 on the baseline), ready to be moved onto a page.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { GlyphRun } from '../frame.js';
import type { FontBook } from '../font/font-book.js';

/** A span of text to set: its weight, and optionally its own size and colour. */
export interface EngineRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** TH SarabunPSK points; default the paragraph's size. */
  readonly size?: number;
  /** `#RRGGBB`; default the paragraph's colour. */
  readonly color?: string;
}

export type TextAlign = 'left' | 'center' | 'right' | 'justify' | 'thaiDistribute';

export interface ParagraphSpec {
  readonly runs: readonly EngineRun[];
  /** Body size in TH SarabunPSK points (16 for letter text, 32 for the urgency stamp). */
  readonly size: number;
  /** Available width of every line, pt. */
  readonly width: number;
  /** Extra indent of the first line, pt (2.5 cm for body paragraphs); may be 0. */
  readonly firstLineIndent: number;
  /** Indent of the lines after the first (hanging indents of เรื่อง/อ้างถึง), pt; may be 0. */
  readonly restIndent: number;
  readonly align: TextAlign;
  /** Colour for runs without one. */
  readonly color: string;
}

export interface LaidOutLine {
  /** Glyph runs with x from the paragraph's left edge and y = 0 on the baseline. */
  readonly runs: readonly GlyphRun[];
  /** Natural width of the line's content before alignment, pt. */
  readonly naturalWidth: number;
  /** The source text of the line, break spaces trimmed. */
  readonly text: string;
  /** True on the last line of the paragraph. */
  readonly last: boolean;
}

export interface LaidOutParagraph {
  readonly lines: readonly LaidOutLine[];
  /** e.g. `overfull_line` when one word alone is wider than the line, `missing_glyph`. */
  readonly diagnostics: readonly Diagnostic[];
}

export interface TextEngine {
  /** The faces the engine shapes with; render/pdf embeds the same book. */
  readonly fonts: FontBook;
  layoutParagraph(spec: ParagraphSpec): LaidOutParagraph;
  /** Width in pt of the runs set on one line without breaking. */
  measure(runs: readonly EngineRun[], size: number): number;
}
