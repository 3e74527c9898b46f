/**
 * format — what sits on the page outside the text flow, shared by every kind: the page setup
 * of a section, the header band (secrecy stamp, then `- ๒ -` from page 2), the footer band
 * (secrecy stamp), the footer slogans framed above it on the letter's last page, the stamps
 * on page 1 as framed paragraphs, and the continuation cue. No text comes closer to a paper
 * edge than `page.edgeClearance`; where a band needs more room than the margin, the margin grows.
 */
import type { PageFurniture, Run } from '../compose/tree.js';
import { baselineOf, paragraphProps, pitchOf, plainText, textRuns, type FormatContext } from './format-context.js';
import type { Band, ContinuationCue, FormattedParagraph, PageSetup } from './formatted-document.js';

/** A secrecy or urgency stamp: the profile's size, weight and colour. */
export function stampRuns(ctx: FormatContext, runs: readonly Run[], stamp: 'urgency' | 'secrecy'): FormattedParagraph['runs'] {
  const style = ctx.profile[stamp];
  return textRuns(ctx, runs, { size: style.size, bold: style.bold, color: style.color });
}

function secrecyParagraph(ctx: FormatContext, runs: readonly Run[]): FormattedParagraph {
  const size = ctx.profile.secrecy.size;
  return { type: 'paragraph', role: 'furniture', path: ['furniture', 'secrecy'], runs: stampRuns(ctx, runs, 'secrecy'), props: paragraphProps(ctx, { align: 'center' }, size) };
}

function pageNumberParagraph(ctx: FormatContext): FormattedParagraph {
  const { font, colors } = ctx.profile;
  return {
    type: 'paragraph',
    role: 'furniture',
    path: ['furniture', 'pageNumbers'],
    runs: [...plainText(ctx, '- '), { kind: 'pageNumber', size: font.size, color: colors.text }, ...plainText(ctx, ' -')],
    props: paragraphProps(ctx, { align: 'center' }),
  };
}

export function bandHeight(band: Band): number {
  return band.paragraphs.reduce((sum, p) => sum + p.props.spaceBefore + p.props.lineHeight, 0);
}

export interface SectionFurniture {
  readonly page: PageSetup;
  readonly firstHeader: Band;
  readonly header: Band;
  readonly footer: Band;
  /** Distance from the paper's bottom edge to the top of the footer band (or the edge clearance). */
  readonly footerClear: number;
}

/**
 * Page setup and bands of a section. The header band starts `pageNumber.top` from the edge, or
 * `edgeClearance` when a secrecy stamp goes above the page number; the footer band ends
 * `edgeClearance` above the bottom edge. Margins grow to hold the bands, and the bottom margin
 * of the document's own pages (`main`) holds the continuation cue's line.
 */
export function sectionFurniture(ctx: FormatContext, furniture: PageFurniture, orientation: 'portrait' | 'landscape', main: boolean): SectionFurniture {
  const { page, pageNumber, font } = ctx.profile;
  const secrecy = furniture.secrecy !== undefined && furniture.secrecy.length > 0 ? furniture.secrecy : undefined;
  const stamp = secrecy === undefined ? [] : [secrecyParagraph(ctx, secrecy)];
  const firstHeader: Band = { paragraphs: stamp };
  const header: Band = { paragraphs: [...stamp, pageNumberParagraph(ctx)] };
  const footer: Band = { paragraphs: stamp };
  const headerDistance = secrecy === undefined ? pageNumber.top : page.edgeClearance;
  const footerDistance = page.footerBottom;
  const footerClear = footerDistance + bandHeight(footer);
  // The cue's line: kept in the bottom margin of the letter's own pages, so the letter breaks
  // where Word breaks it; on enclosure pages the cue is drawn in the margin under the last line
  // (which leaves it 1.27 cm from the edge), unless a footer band needs that room.
  const cueRoom = furniture.continuationCue && (main || footer.paragraphs.length > 0) ? pitchOf(ctx.profile, font.size) : 0;
  const landscape = orientation === 'landscape';
  return {
    page: {
      width: landscape ? page.height : page.width,
      height: landscape ? page.width : page.height,
      orientation,
      marginTop: Math.max(page.marginTop, headerDistance + bandHeight(header)),
      marginBottom: Math.max(page.marginBottom, footerClear) + cueRoom,
      marginLeft: page.marginLeft,
      marginRight: page.marginRight,
      headerDistance,
      footerDistance,
    },
    firstHeader,
    header,
    footer,
    footerClear,
  };
}

/** Top of the page-1 emblem: `emblem.top`, or lower when the secrecy stamp above it needs the room. */
export function emblemTop(ctx: FormatContext, section: SectionFurniture): number {
  return Math.max(ctx.profile.emblem.top, section.page.headerDistance + bandHeight(section.firstHeader));
}

/** An empty paragraph of exact height `height` (room kept free in the flow). */
export function spacerParagraph(ctx: FormatContext, height: number, keepNext: boolean, path: readonly (string | number)[]): FormattedParagraph {
  return { type: 'paragraph', role: 'spacer', path, runs: [], props: paragraphProps(ctx, { lineHeight: height, baseline: height, keepNext }) };
}

/** A stamp positioned on page 1: its line box's top at `y`, from `x` (left margin), `width` wide. */
export function stampFrame(ctx: FormatContext, runs: readonly Run[], stamp: 'urgency', x: number, y: number, width: number): FormattedParagraph {
  const size = ctx.profile[stamp].size;
  return { type: 'paragraph', role: 'furniture', path: ['furniture', stamp], runs: stampRuns(ctx, runs, stamp), props: paragraphProps(ctx, {}, size), frame: { x, y, width } };
}

/**
 * Footer slogans, centred on the column, ending just above the footer band (or the edge
 * clearance), framed on the letter's last page; and the height of flow that must be kept
 * free at the end of the letter because the slogans reach above the bottom margin.
 */
export function footerSlogans(ctx: FormatContext, lines: readonly (readonly Run[])[], section: SectionFurniture): { frame?: FormattedParagraph; overflow: number } {
  if (lines.length === 0) return { overflow: 0 };
  const pitch = pitchOf(ctx.profile, ctx.profile.font.size);
  const height = lines.length * pitch;
  const top = section.page.height - section.footerClear - height;
  const runs: FormattedParagraph['runs'] = lines.flatMap((line, k) => [...(k > 0 ? [{ kind: 'break' } as const] : []), ...textRuns(ctx, line)]);
  const frame: FormattedParagraph = {
    type: 'paragraph',
    role: 'furniture',
    path: ['furniture', 'footerLines'],
    runs,
    props: paragraphProps(ctx, { align: 'center' }),
    frame: { x: 0, y: top, width: ctx.width },
  };
  return { frame, overflow: Math.max(0, section.page.height - section.page.marginBottom - top) };
}

export function continuationCue(ctx: FormatContext, furniture: PageFurniture): ContinuationCue | undefined {
  if (!furniture.continuationCue) return undefined;
  const size = ctx.profile.font.size;
  return { size, color: ctx.profile.colors.text, lineHeight: pitchOf(ctx.profile, size), baseline: baselineOf(ctx.profile, size) };
}
