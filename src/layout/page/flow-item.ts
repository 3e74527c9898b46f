/**
 * layout/page — a measured slice of the text flow together with how to draw it.
 * Block builders turn each block into FlowItems (one per line, table line or space); the
 * paginator sees only their `slice`; after pagination `draw` puts the frame items at the
 * chosen y. `text` is what the continuation cue quotes when the item starts a page.
 */
import type { Block } from '../../compose/tree.js';
import type { FrameItem, GlyphRun } from '../frame.js';
import type { LaidOutLine } from '../text/text-engine.js';
import type { FlowSlice } from './paginate.js';
import { baselineOf, pitchOf, placeRuns, type LayoutContext } from './layout-context.js';

export interface DrawPosition {
  /** Top of the item's box, pt from the page's top edge. */
  readonly top: number;
  readonly firstOnPage: boolean;
  readonly lastOnPage: boolean;
}

export interface FlowItem {
  readonly slice: FlowSlice;
  /** Index of the block in `DocumentTree.blocks`. */
  readonly block: number;
  /** The block's type, or `spacer` for room kept free for furniture (the footer slogans). */
  readonly kind: Block['type'] | 'spacer';
  /** Source text of the line; empty for space and rules. */
  readonly text: string;
  /** The list or item marker the line starts with (`๓.`), kept whole by the cue. */
  readonly marker?: string;
  draw(at: DrawPosition): FrameItem[];
}

export interface LinePlacement {
  readonly line: LaidOutLine;
  /** x of the paragraph's left edge on the page. */
  readonly x: number;
  /** Extra runs on the same line (an attachment's quantity), already relative to the line origin's page x. */
  readonly extra?: readonly GlyphRun[];
}

/** One body-size line per item: the runs drawn at x, baseline from the profile. */
export function lineItem(
  ctx: LayoutContext,
  block: number,
  kind: FlowItem['kind'],
  placement: LinePlacement,
  slice: Omit<FlowSlice, 'height'>,
  marker?: string,
): FlowItem {
  const size = ctx.profile.font.size;
  const baseline = baselineOf(ctx.profile, size);
  return {
    slice: { ...slice, height: pitchOf(ctx.profile, size) },
    block,
    kind,
    text: placement.line.text,
    ...(marker === undefined ? {} : { marker }),
    // Drawn left to right, so the content stream (and text extraction) reads label, marker,
    // value and quantity in the order a person reads them.
    draw: ({ top }) =>
      [...placeRuns(placement.line.runs, placement.x, top + baseline), ...placeRuns(placement.extra ?? [], 0, top + baseline)].sort((a, b) => a.x - b.x),
  };
}

/** Break rule inside a paragraph of `count` lines: at least two lines on each side of a break. */
export function paragraphBreak(index: number, count: number): 'allow' | 'avoid' {
  return index >= 2 && count - index >= 2 ? 'allow' : 'avoid';
}
