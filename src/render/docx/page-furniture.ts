/**
 * render/docx — what sits on the page rather than in the text flow: the Garuda and the
 * urgency stamp above the first line of page 1, secrecy stamps in every header and footer,
 * `- ๒ -` page numbers from page 2 (titlePg: page 1's header has no number), and the slogans
 * in the bottom margin of the letter's last page.
 */
import {
  AlignmentType,
  FrameAnchorType,
  Header,
  Footer,
  HorizontalPositionAlign,
  HorizontalPositionRelativeFrom,
  ImageRun,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  TextWrappingType,
  VerticalPositionRelativeFrom,
  type ParagraphChild,
} from 'docx';
import type { PageFurniture, Run } from '../../compose/tree.js';
import { writtenHalfPoints } from './font-face.js';
import type { EmblemInfo } from '../../image/emblem-image.js';
import { lineSpacing, twip, type LetterContext } from './letter-context.js';
import { fontSlots, hexColor, textRuns, type RunStyle } from './text-runs.js';

/** English Metric Units per point (DrawingML lengths). */
const EMU_PER_PT = 12700;
/** The `docx` package takes image sizes in CSS pixels (96 per inch). */
const PX_PER_PT = 96 / 72;

function secrecyStyle(ctx: LetterContext): RunStyle {
  const { secrecy } = ctx.profile;
  return { ...ctx.body, sizePt: secrecy.size, bold: secrecy.bold, color: hexColor(secrecy.color), red: hexColor(secrecy.color) };
}

function urgencyStyle(ctx: LetterContext): RunStyle {
  const { urgency } = ctx.profile;
  return { ...ctx.body, sizePt: urgency.size, bold: urgency.bold, color: hexColor(urgency.color), red: hexColor(urgency.color) };
}

/** Line pitch of the secrecy stamp, pt. */
export function secrecyPitch(ctx: LetterContext): number {
  return (ctx.profile.font.linePitch * ctx.profile.secrecy.size) / ctx.profile.font.size;
}

function secrecyParagraph(runs: readonly Run[], ctx: LetterContext): Paragraph {
  const style = secrecyStyle(ctx);
  return new Paragraph({ children: textRuns(runs, style), alignment: AlignmentType.CENTER, spacing: lineSpacing(ctx, style.sizePt) });
}

/**
 * `- ๒ -`: a plain PAGE field; the section's page-number format (`w:pgNumType w:fmt="thaiNumbers"`)
 * makes Word show Thai digits. Measured with LibreOffice 7.4: it ignores thaiNumbers (shows
 * 2) and maps the field switch `\* ThaiArabic` to Thai letters (ข), so the switch would be
 * wrong there while the section format is right in Word and merely Arabic in LibreOffice.
 */
function pageNumberParagraph(ctx: LetterContext): Paragraph {
  const size = writtenHalfPoints(ctx.body.face, ctx.body.sizePt);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: lineSpacing(ctx, ctx.body.sizePt),
    children: [
      new TextRun({
        children: ['- ', PageNumber.CURRENT, ' -'],
        font: fontSlots(ctx.body.face),
        size,
        sizeComplexScript: size,
        color: ctx.body.color,
      }),
    ],
  });
}

function emptyParagraph(ctx: LetterContext): Paragraph {
  return new Paragraph({ children: [], spacing: lineSpacing(ctx, ctx.body.sizePt) });
}

export interface SectionFurniture {
  readonly firstHeader: Header;
  readonly header: Header;
  readonly footer: Footer;
}

export function sectionFurniture(furniture: PageFurniture, ctx: LetterContext): SectionFurniture {
  const secrecy = furniture.secrecy;
  const stamp = (): Paragraph[] => (secrecy ? [secrecyParagraph(secrecy, ctx)] : []);
  return {
    firstHeader: new Header({ children: secrecy ? stamp() : [emptyParagraph(ctx)] }),
    header: new Header({ children: [...stamp(), pageNumberParagraph(ctx)] }),
    footer: new Footer({ children: secrecy ? stamp() : [emptyParagraph(ctx)] }),
  };
}

/**
 * Header distance: the page number's line starts `pageNumber.top` from the top edge; a
 * secrecy stamp takes the line above it. Footer distance centres the footer line in the
 * bottom margin.
 */
export function headerFooterDistances(furniture: PageFurniture, ctx: LetterContext): { header: number; footer: number } {
  const stampPitch = furniture.secrecy ? secrecyPitch(ctx) : 0;
  const header = Math.max(0, ctx.profile.pageNumber.top - stampPitch);
  const footerLine = furniture.secrecy ? stampPitch : ctx.profile.font.linePitch;
  const footer = Math.max(0, (ctx.profile.page.marginBottom - footerLine) / 2);
  return { header: twip(header), footer: twip(footer) };
}

/**
 * Page 1 only: the space between the top margin and the Garuda's bottom edge (so the ที่ line
 * starts right under the Garuda, with or without the image), holding the urgency stamp flush
 * left and the Garuda itself, floating, centred on the page with its top `emblem.top` from
 * the paper edge. Word has no "first page top margin", hence a spacer paragraph of exact height.
 */
export function firstPageTop(
  furniture: PageFurniture,
  emblem: { readonly bytes: Uint8Array; readonly info: EmblemInfo } | undefined,
  ctx: LetterContext,
): Paragraph[] {
  const { profile } = ctx;
  const spacer = profile.emblem.top + profile.emblem.height - profile.page.marginTop;
  const children: ParagraphChild[] = [];
  if (furniture.urgency) children.push(...textRuns(furniture.urgency, urgencyStyle(ctx)));
  if (emblem && furniture.emblem) {
    const heightPt = profile.emblem.height;
    const widthPt = (heightPt * emblem.info.widthPx) / emblem.info.heightPx;
    children.push(
      new ImageRun({
        type: emblem.info.type,
        data: emblem.bytes,
        transformation: { width: widthPt * PX_PER_PT, height: heightPt * PX_PER_PT },
        altText: { name: 'Garuda', title: 'ตราครุฑ', description: 'ตราครุฑ' },
        floating: {
          horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, align: HorizontalPositionAlign.CENTER },
          verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: Math.round(profile.emblem.top * EMU_PER_PT) },
          wrap: { type: TextWrappingType.NONE },
          allowOverlap: true,
          behindDocument: false,
          lockAnchor: true,
        },
      }),
    );
  }
  if (spacer <= 0 && children.length === 0) return [];
  const height = Math.max(spacer, children.length > 0 ? 1 : 0);
  return [
    new Paragraph({
      children,
      spacing: { before: 0, after: 0, line: twip(height), lineRule: LineRuleType.EXACT },
      keepNext: true,
    }),
  ];
}

/**
 * Slogans in the bottom margin of the letter's last page, centred on the text column. Word
 * has no last-page-only footer, so this is a framed paragraph anchored to that page: its top
 * sits where the bottom margin begins.
 */
export function footerSlogans(lines: readonly (readonly Run[])[], ctx: LetterContext): Paragraph[] {
  if (lines.length === 0) return [];
  const children: ParagraphChild[] = [];
  lines.forEach((line, index) => {
    if (index > 0) children.push(new TextRun({ break: 1 }));
    children.push(...textRuns(line, ctx.body));
  });
  const { page } = ctx.profile;
  return [
    new Paragraph({
      children,
      alignment: AlignmentType.CENTER,
      spacing: lineSpacing(ctx, ctx.body.sizePt),
      frame: {
        type: 'absolute',
        position: { x: 0, y: twip(page.height - page.marginBottom) },
        width: twip(ctx.textWidth),
        anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.PAGE },
      },
    }),
  ];
}
