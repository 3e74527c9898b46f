/**
 * layout/page — drawing what the format placed outside the flow: header bands stacked down
 * from their distance, footer bands stacked up to theirs, framed paragraphs at their page
 * position, the emblem image, and the continuation cue under a page's last line. Positions
 * come from the formatted document; this module only sets the text.
 */
import type { Band, ContinuationCue, EmblemFrame, FormattedParagraph } from '../../format/formatted-document.js';
import type { FrameItem, ImageItem } from '../frame.js';
import { drawLine } from './flow-item.js';
import type { LayoutContext } from './layout-context.js';
import { setParagraph } from './set-paragraph.js';

/** A paragraph's lines stacked from `top`; returns the items and the bottom. */
export function stackParagraph(ctx: LayoutContext, paragraph: FormattedParagraph, top: number, pageNumber = ''): { items: FrameItem[]; bottom: number } {
  const { lineHeight, baseline } = paragraph.props;
  const lines = setParagraph(ctx, paragraph, paragraph.path, pageNumber);
  const items = lines.flatMap((line, k) => drawLine(line, ctx.left, top + k * lineHeight, baseline));
  return { items, bottom: top + lines.length * lineHeight };
}

function bandHeight(ctx: LayoutContext, band: Band, pageNumber: string): number {
  return band.paragraphs.reduce((sum, p) => sum + p.props.spaceBefore + setParagraph(ctx, p, p.path, pageNumber).length * p.props.lineHeight, 0);
}

/** A band's paragraphs stacked from `top`. */
export function headerBand(ctx: LayoutContext, band: Band, top: number, pageNumber: string): FrameItem[] {
  const items: FrameItem[] = [];
  let y = top;
  for (const paragraph of band.paragraphs) {
    const set = stackParagraph(ctx, paragraph, y + paragraph.props.spaceBefore, pageNumber);
    items.push(...set.items);
    y = set.bottom;
  }
  return items;
}

/** A band's paragraphs stacked so the last one ends at `bottom`. */
export function footerBand(ctx: LayoutContext, band: Band, bottom: number, pageNumber: string): FrameItem[] {
  return headerBand(ctx, band, bottom - bandHeight(ctx, band, pageNumber), pageNumber);
}

/** A framed paragraph at its place: x from the left margin, y from the top edge. */
export function framedParagraph(ctx: LayoutContext, paragraph: FormattedParagraph): FrameItem[] {
  const frame = paragraph.frame;
  if (frame === undefined) return [];
  return stackParagraph({ ...ctx, left: ctx.left + frame.x, width: frame.width }, paragraph, frame.y).items;
}

/** The emblem: `height` high, `aspect` × height wide, centred on the paper or at the left margin. */
export function emblemImage(emblem: EmblemFrame, pageWidth: number, marginLeft: number, aspect: number): ImageItem {
  const width = emblem.height * aspect;
  const x = emblem.align === 'pageCentre' ? (pageWidth - width) / 2 : marginLeft;
  return { kind: 'image', image: 'emblem', x, y: emblem.y, width, height: emblem.height };
}

/** The cue, right-aligned at the right margin, in the line box starting at `top`. */
export function cueLine(ctx: LayoutContext, cue: ContinuationCue, text: string, top: number): FrameItem[] {
  const laid = ctx.engine.layoutParagraph({ runs: [{ text }], size: cue.size, width: ctx.width, firstLineIndent: 0, restIndent: 0, align: 'right', color: cue.color });
  for (const d of laid.diagnostics) ctx.diagnostics.push({ ...d, path: ['furniture', 'continuationCue', ...d.path] });
  return laid.lines.flatMap((line, k) => drawLine({ runs: line.runs, leaders: [], text: line.text }, ctx.left, top + k * cue.lineHeight, cue.baseline));
}
