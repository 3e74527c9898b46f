/**
 * layout/page — what the page layout shares: the text engine, the text column of the current
 * section, the document's body size, and the diagnostics of every part. No geometry is
 * decided here: lengths come from the formatted document.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { TextEngine } from '../text/text-engine.js';

/** What the page layout needs of the text engine (the fonts stay between the engine and render/pdf). */
export type LayoutTextEngine = Pick<TextEngine, 'layoutParagraph' | 'measure'>;

export interface LayoutContext {
  /** Body size, TH SarabunPSK points (runs carry their own sizes; this is the engine's default). */
  readonly fontSize: number;
  readonly engine: LayoutTextEngine;
  /** x of the left margin, pt. */
  readonly left: number;
  /** Width of the text column of the current section, pt. */
  readonly width: number;
  readonly diagnostics: Diagnostic[];
}
