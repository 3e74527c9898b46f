/**
 * layout/page — what sits on pages outside the text flow: the Garuda box and the urgency stamp
 * on page 1, secrecy stamps at the top and bottom of every page, `- ๒ -` page numbers from
 * page 2, the continuation cue under the last line of a continued page, and the footer slogans
 * in the bottom margin of the letter's last page. Centred items are centred on the text column,
 * as Word centres header and footer paragraphs (so the PDF matches the DOCX).
 */
import type { Run } from '../../compose/tree.js';
import { toThaiDigits } from '../../thai/thai-digits.js';
import type { FrameItem, ImageItem } from '../frame.js';
import type { TextAlign } from '../text/text-engine.js';
import { baselineOf, pitchOf, placeRuns, setParagraph, withBold, type LayoutContext } from './layout-context.js';

export interface PageBox {
  readonly width: number;
  readonly height: number;
}

function withoutColor(run: Run): Run {
  return {
    text: run.text,
    ...(run.bold === undefined ? {} : { bold: run.bold }),
    ...(run.italic === undefined ? {} : { italic: run.italic }),
    ...(run.underline === undefined ? {} : { underline: run.underline }),
  };
}

/** Runs set on lines of the text column with their first line box's top at `top`; returns the items and the bottom. */
export function columnLines(
  ctx: LayoutContext,
  runs: readonly Run[],
  top: number,
  style: { readonly size?: number; readonly align: TextAlign; readonly color?: string; readonly bold?: boolean },
  path: readonly (string | number)[],
): { items: FrameItem[]; bottom: number } {
  const size = style.size ?? ctx.profile.font.size;
  const pitch = pitchOf(ctx.profile, size);
  const baseline = baselineOf(ctx.profile, size);
  // A stamp's colour is the profile's, not the tree's generic 'red'.
  const styled = style.color === undefined ? runs : runs.map(withoutColor);
  const lines = setParagraph(
    ctx,
    { runs: style.bold === true ? withBold(styled) : styled, size, width: ctx.width, firstLineIndent: 0, restIndent: 0, align: style.align, ...(style.color === undefined ? {} : { color: style.color }) },
    path,
  );
  const items = lines.flatMap((line, k) => placeRuns(line.runs, ctx.left, top + k * pitch + baseline));
  return { items, bottom: top + lines.length * pitch };
}

/** The Garuda: `emblem.height` high, `aspect` × height wide, centred on the page, top `emblem.top` from the edge. */
export function emblemImage(ctx: LayoutContext, page: PageBox, aspect: number): ImageItem {
  const { height, top } = ctx.profile.emblem;
  const width = height * aspect;
  return { kind: 'image', image: 'emblem', x: (page.width - width) / 2, y: top, width, height };
}

/** Urgency stamp: flush left, its line box centred on the Garuda's height. */
export function urgencyStamp(ctx: LayoutContext, runs: readonly Run[]): FrameItem[] {
  const { urgency, emblem } = ctx.profile;
  const top = emblem.top + (emblem.height - pitchOf(ctx.profile, urgency.size)) / 2;
  return columnLines(ctx, runs, top, { size: urgency.size, align: 'left', color: urgency.color, bold: urgency.bold }, ['furniture', 'urgency']).items;
}

/**
 * Secrecy stamps: at the top, the line just above the page number's line; at the bottom,
 * centred in the bottom margin, or right under the footer slogans when the page has them.
 */
export function secrecyStamps(ctx: LayoutContext, runs: readonly Run[], page: PageBox, footerBottom: number | undefined): FrameItem[] {
  const { secrecy, pageNumber, page: paper } = ctx.profile;
  const pitch = pitchOf(ctx.profile, secrecy.size);
  const style = { size: secrecy.size, align: 'center', color: secrecy.color, bold: secrecy.bold } as const;
  const top = Math.max(0, pageNumber.top - pitch);
  const bottomTop = footerBottom ?? page.height - paper.marginBottom / 2 - pitch / 2;
  return [
    ...columnLines(ctx, runs, top, style, ['furniture', 'secrecy']).items,
    ...columnLines(ctx, runs, Math.min(bottomTop, page.height - pitch), style, ['furniture', 'secrecy']).items,
  ];
}

/** `- ๒ -`, centred, its line box `pageNumber.top` from the top edge. */
export function pageNumberLine(ctx: LayoutContext, pageNo: number, digits: 'thai' | 'arabic'): FrameItem[] {
  const number = digits === 'thai' ? toThaiDigits(String(pageNo)) : String(pageNo);
  return columnLines(ctx, [{ text: `- ${number} -` }], ctx.profile.pageNumber.top, { align: 'center' }, ['furniture', 'pageNumbers']).items;
}

/** The cue, right-aligned at the right margin, in the line box starting at `top`. */
export function cueLine(ctx: LayoutContext, cue: string, top: number): FrameItem[] {
  return columnLines(ctx, [{ text: cue }], top, { align: 'right' }, ['furniture', 'continuationCue']).items;
}

/** Slogans centred on the column, starting where the bottom margin begins. */
export function footerSlogans(ctx: LayoutContext, lines: readonly (readonly Run[])[], page: PageBox, firstTop: number): { items: FrameItem[]; bottom: number } {
  let top = Math.min(firstTop, page.height - ctx.profile.page.marginBottom);
  const items: FrameItem[] = [];
  lines.forEach((line, k) => {
    const set = columnLines(ctx, line, top, { align: 'center' }, ['furniture', 'footerLines', k]);
    items.push(...set.items);
    top = set.bottom;
  });
  return { items, bottom: top };
}
