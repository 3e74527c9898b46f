/**
 * layout/page — a measured slice of the text flow together with how to draw it.
 * Paragraphs become one FlowItem per line and tables one per table line; the paginator sees
 * only their `slice`; after pagination `draw` puts the frame items at the chosen y. `text` is
 * what the continuation cue quotes when the item starts a page.
 */
import type { ParagraphRole } from '../../format/formatted-document.js';
import type { FrameItem } from '../frame.js';
import type { FlowSlice } from './paginate.js';
import type { SetLine } from './set-paragraph.js';

export interface DrawPosition {
  /** Top of the item's box, pt from the page's top edge. */
  readonly top: number;
  readonly firstOnPage: boolean;
  readonly lastOnPage: boolean;
}

export interface FlowItem {
  readonly slice: FlowSlice;
  /** Where diagnostics about the item point. */
  readonly path: readonly (string | number)[];
  readonly kind: ParagraphRole | 'table';
  /** Source text of the line; empty for space and rules. */
  readonly text: string;
  /** The list or item marker the line starts with (`๓.`), kept whole by the cue. */
  readonly marker?: string;
  draw(at: DrawPosition): FrameItem[];
}

/** A set line drawn with its baseline `baseline` below the item's top, x from the left margin `left`. */
export function drawLine(line: SetLine, left: number, top: number, baseline: number): FrameItem[] {
  const y = top + baseline;
  const items: FrameItem[] = [];
  // Drawn left to right, so the content stream (and text extraction) reads label, marker,
  // value and quantity in the order a person reads them.
  for (const run of [...line.runs].sort((a, b) => a.x - b.x)) items.push({ ...run, x: run.x + left, y: run.y + y });
  for (const rule of line.leaders) items.push({ ...rule, x1: rule.x1 + left, x2: rule.x2 + left, y1: rule.y1 + y, y2: rule.y2 + y });
  return items;
}

/** Break rule inside a paragraph of `count` lines: at least two lines on each side of a break. */
export function paragraphBreak(index: number, count: number): 'allow' | 'avoid' {
  return index >= 2 && count - index >= 2 ? 'allow' : 'avoid';
}
