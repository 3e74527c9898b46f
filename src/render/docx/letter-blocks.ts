/**
 * render/docx — document-tree blocks → `docx` paragraphs and tables, in reading order.
 * Geometry comes from the profile only; content (labels, markers, digits) from the tree only.
 * Horizontal positions Word cannot derive (office block x, hanging indents, the signature's
 * centre) are computed from TH SarabunPSK advance widths (text-width.ts).
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import type {
  Block,
  ClosingBlock,
  ContactBlock,
  CopiesToBlock,
  LabeledBlock,
  LabeledItem,
  LetterheadBlock,
  ListItemBlock,
  ParagraphBlock,
  Run,
  SignatureBlock,
  TableBlock,
  TableCellNode,
  TableRowNode,
} from '../../compose/tree.js';
import { lineSpacing, twip, type LetterContext } from './letter-context.js';
import { runsWidthPt, textWidthPt } from './text-width.js';
import { tabRun, textRuns } from './text-runs.js';

/** State carried from one block to the next: the closing line fixes the signature's centre. */
interface FlowState {
  closingCentre: number;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function spaceWidth(ctx: LetterContext): number {
  return textWidthPt(' ', ctx.body.sizePt, false, ctx.body.face);
}

/** ที่ flush left; the office block's lines left-aligned at one x, right of the page centre. */
function letterhead(block: LetterheadBlock, ctx: LetterContext): Paragraph[] {
  const size = ctx.body.sizePt;
  const longest = Math.max(0, ...block.officeLines.map((line) => runsWidthPt(line, size, ctx.body.face)));
  // The longest line ends at the right margin, but the block never starts left of the centre.
  const officeX = Math.max(ctx.profile.indent.dateFromMargin, ctx.textWidth - longest);
  const spacing = lineSpacing(ctx, size);
  const fitsBeside = runsWidthPt(block.numberLine, size, ctx.body.face) + spaceWidth(ctx) <= officeX;
  const [first, ...rest] = block.officeLines;
  const paragraphs: Paragraph[] = [];
  const numberChildren: ParagraphChild[] = textRuns(block.numberLine, ctx.body);
  if (first && fitsBeside) numberChildren.push(tabRun(ctx.body), ...textRuns(first, ctx.body));
  paragraphs.push(
    new Paragraph({
      children: numberChildren,
      spacing,
      tabStops: [{ type: TabStopType.LEFT, position: twip(officeX) }],
      keepNext: true,
    }),
  );
  for (const line of first && !fitsBeside ? block.officeLines : rest) {
    paragraphs.push(new Paragraph({ children: textRuns(line, ctx.body), spacing, indent: { left: twip(officeX) }, keepNext: true }));
  }
  return paragraphs;
}

/**
 * Where an item's quantity ("จำนวน ๑ ชุด") goes, as the PDF layout puts it (spec section 8:
 * on the same line when it fits): `labelGapSpaces` spaces' width after a one-line item (a left
 * tab stop at that x), on a line of its own at the item's indent when it does not fit, and
 * after the same gap written as spaces when the item itself wraps (Word knows its last line).
 */
type TrailingPlacement = { readonly kind: 'tab'; readonly x: number } | { readonly kind: 'newLine' } | { readonly kind: 'spaces' };

function trailingPlacement(item: LabeledItem, textX: number, gap: number, ctx: LetterContext): TrailingPlacement {
  const size = ctx.body.sizePt;
  const itemWidth = runsWidthPt(item.runs, size, ctx.body.face);
  if (textX + itemWidth > ctx.textWidth) return { kind: 'spaces' };
  const x = textX + itemWidth + gap;
  if (x + runsWidthPt(item.trailing ?? [], size, ctx.body.face) <= ctx.textWidth) return { kind: 'tab', x };
  return { kind: 'newLine' };
}

/**
 * Label, two spaces' width, value; wrapped lines hang under the value; items ๑. ๒. hang under
 * their text. The block is kept together and with the next block, as the PDF layout keeps it.
 */
function labeled(block: LabeledBlock, ctx: LetterContext): Paragraph[] {
  const size = ctx.body.sizePt;
  const gap = ctx.profile.indent.labelGapSpaces * spaceWidth(ctx);
  const valueX = textWidthPt(block.label, size, false, ctx.body.face) + gap;
  const markerWidth = Math.max(0, ...block.items.map((item) => (item.marker === undefined ? 0 : textWidthPt(item.marker, size, false, ctx.body.face))));
  const textX = markerWidth > 0 ? valueX + markerWidth + spaceWidth(ctx) : valueX;
  const baseStops = [{ type: TabStopType.LEFT, position: twip(valueX) }, ...(textX > valueX ? [{ type: TabStopType.LEFT, position: twip(textX) }] : [])];
  const spacesRun = (): TextRun[] => textRuns([{ text: ' '.repeat(ctx.profile.indent.labelGapSpaces) }], ctx.body);
  return block.items.map((item, index) => {
    const children: ParagraphChild[] = [];
    if (index === 0) children.push(...textRuns([{ text: block.label }], ctx.body), tabRun(ctx.body));
    if (item.marker !== undefined) children.push(...textRuns([{ text: item.marker }], ctx.body));
    if (textX > valueX) children.push(tabRun(ctx.body));
    children.push(...textRuns(item.runs, ctx.body));
    const tabStops = [...baseStops];
    if (item.trailing && item.trailing.length > 0) {
      const place = trailingPlacement(item, textX, gap, ctx);
      if (place.kind === 'tab') {
        tabStops.push({ type: TabStopType.LEFT, position: twip(place.x) });
        children.push(tabRun(ctx.body));
      } else if (place.kind === 'newLine') {
        children.push(new TextRun({ break: 1 }));
      } else {
        children.push(...spacesRun());
      }
      children.push(...textRuns(item.trailing, ctx.body));
    }
    const lineStart = index === 0 ? 0 : valueX;
    return new Paragraph({
      children,
      spacing: lineSpacing(ctx, size, index === 0 ? ctx.profile.spacing.beforeBlock : 0),
      indent: { left: twip(textX), hanging: twip(textX - lineStart) },
      tabStops,
      keepNext: true,
      keepLines: true,
    });
  });
}

/**
 * Widow control on every paragraph: at least two lines on each side of a page break, the PDF
 * layout's rule (Word's default without it is none). `keepWithClosing`: the paragraph just
 * before the closing gets keepNext, so at least its last two lines go to the closing's page
 * (house rule, spec section 8); headings keep with what follows.
 */
function paragraph(block: ParagraphBlock, ctx: LetterContext, keepWithClosing: boolean): Paragraph {
  const style = block.align === 'heading' ? { ...ctx.body, bold: true } : ctx.body;
  return new Paragraph({
    children: textRuns(block.runs, style),
    spacing: lineSpacing(ctx, ctx.body.sizePt, ctx.profile.spacing.beforeParagraph),
    ...(block.align === 'body'
      ? { alignment: AlignmentType.THAI_DISTRIBUTE, indent: { firstLine: twip(ctx.profile.indent.firstLine) } }
      : { alignment: block.align === 'plain' ? AlignmentType.LEFT : AlignmentType.CENTER }),
    ...(block.keepWithNext === true || block.align === 'heading' || keepWithClosing ? { keepNext: true } : {}),
    widowControl: true,
  });
}

/** The marker at the paragraph indent plus one step per level; wrapped lines back at the left margin. */
function listItem(block: ListItemBlock, ctx: LetterContext): Paragraph {
  const level = Math.max(1, Math.min(3, block.level));
  const firstLine = ctx.profile.indent.firstLine + (level - 1) * ctx.profile.indent.listLevelStep;
  return new Paragraph({
    children: textRuns([{ text: `${block.marker} ` }, ...block.runs], ctx.body),
    spacing: lineSpacing(ctx, ctx.body.sizePt, level === 1 ? ctx.profile.spacing.beforeParagraph : 0),
    alignment: AlignmentType.THAI_DISTRIBUTE,
    indent: { firstLine: twip(firstLine) },
    widowControl: true,
  });
}

function tableCell(cell: TableCellNode, ctx: LetterContext): TableCell {
  const style = cell.bold ? { ...ctx.body, bold: true } : ctx.body;
  return new TableCell({
    children: [new Paragraph({ children: textRuns(cell.runs, style), alignment: ALIGN[cell.align], spacing: lineSpacing(ctx, ctx.body.sizePt) })],
    ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    verticalAlign: VerticalAlignTable.TOP,
  });
}

function tableRow(row: TableRowNode, header: boolean, ctx: LetterContext): TableRow {
  // No cantSplit: a long row may continue on the next page, as in the PDF. tblHeader repeats
  // the header rows at the top of every page the table continues on.
  return new TableRow({ children: row.cells.map((cell) => tableCell(cell, ctx)), ...(header ? { tableHeader: true } : {}) });
}

function table(block: TableBlock, ctx: LetterContext): Table {
  const total = block.columnWidths.reduce((sum, w) => sum + w, 0);
  const widths = block.columnWidths.map((w) => twip((total > 0 ? w / total : 1 / block.columnWidths.length) * ctx.textWidth));
  const border = { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(ctx.profile.table.borderWidth * 8)), color: '000000' };
  const { cellPaddingX, cellPaddingY } = ctx.profile.table;
  return new Table({
    rows: [...block.headerRows.map((row) => tableRow(row, true, ctx)), ...block.rows.map((row) => tableRow(row, false, ctx))],
    columnWidths: widths,
    width: { size: widths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: { left: twip(cellPaddingX), right: twip(cellPaddingX), top: twip(cellPaddingY), bottom: twip(cellPaddingY) },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
  });
}

function closing(block: ClosingBlock, ctx: LetterContext, state: FlowState): Paragraph {
  const dateX = ctx.profile.indent.dateFromMargin;
  state.closingCentre = dateX + runsWidthPt(block.runs, ctx.body.sizePt, ctx.body.face) / 2;
  return new Paragraph({
    children: textRuns(block.runs, ctx.body),
    spacing: lineSpacing(ctx, ctx.body.sizePt, ctx.profile.spacing.beforeClosing),
    indent: { left: twip(dateX) },
    keepNext: true,
  });
}

/** Indents that put the centre of a centred paragraph at `centre` (pt from the left margin). */
function centredOn(centre: number, ctx: LetterContext): { left: number; right: number } {
  const W = ctx.textWidth;
  return centre * 2 >= W ? { left: twip(centre * 2 - W), right: 0 } : { left: 0, right: twip(W - centre * 2) };
}

function signature(block: SignatureBlock, ctx: LetterContext, state: FlowState): Paragraph[] {
  const spacing = lineSpacing(ctx, ctx.body.sizePt);
  const space = Array.from({ length: ctx.profile.signature.spaceLines }, () => new Paragraph({ children: [], spacing, keepNext: true }));
  const lines = [block.nameLine, ...block.positionLines];
  const indent = centredOn(state.closingCentre, ctx);
  return [
    ...space,
    ...lines.map(
      (line) =>
        new Paragraph({
          children: textRuns(line, ctx.body),
          spacing,
          alignment: AlignmentType.CENTER,
          indent,
          // The last line too: the contacts' first line shares the signature's page, as in the PDF.
          keepNext: true,
        }),
    ),
  ];
}

function contact(block: ContactBlock, ctx: LetterContext): Paragraph[] {
  return block.lines.map(
    (line, index) =>
      new Paragraph({
        children: textRuns(line, ctx.body),
        spacing: lineSpacing(ctx, ctx.body.sizePt, index === 0 ? ctx.profile.spacing.beforeBlock : 0),
        keepLines: true,
        // The block is kept together, as the PDF layout keeps it.
        keepNext: index < block.lines.length - 1,
      }),
  );
}

function copiesTo(block: CopiesToBlock, ctx: LetterContext): Paragraph[] {
  const label = new Paragraph({
    children: textRuns([{ text: block.label }], ctx.body),
    spacing: lineSpacing(ctx, ctx.body.sizePt, ctx.profile.spacing.beforeBlock),
    keepNext: block.lines.length > 0,
  });
  return [label, ...block.lines.map((line) => new Paragraph({ children: textRuns(line, ctx.body), spacing: lineSpacing(ctx, ctx.body.sizePt) }))];
}

function date(runs: readonly Run[], ctx: LetterContext): Paragraph {
  return new Paragraph({
    children: textRuns(runs, ctx.body),
    spacing: lineSpacing(ctx, ctx.body.sizePt, ctx.profile.spacing.beforeBlock),
    indent: { left: twip(ctx.profile.indent.dateFromMargin) },
    keepNext: true,
  });
}

/**
 * The content of one section (the blocks between page breaks). `closingCentre` defaults to
 * the page centre for a signature that has no closing before it.
 */
export function blockContent(blocks: readonly Exclude<Block, { type: 'pageBreak' }>[], ctx: LetterContext): FileChild[] {
  const state: FlowState = { closingCentre: ctx.profile.indent.dateFromMargin };
  const out: FileChild[] = [];
  blocks.forEach((block, index) => {
    switch (block.type) {
      case 'letterhead':
        out.push(...letterhead(block, ctx));
        break;
      case 'date':
        out.push(date(block.runs, ctx));
        break;
      case 'labeled':
        out.push(...labeled(block, ctx));
        break;
      case 'paragraph':
        out.push(paragraph(block, ctx, blocks[index + 1]?.type === 'closing'));
        break;
      case 'listItem':
        out.push(listItem(block, ctx));
        break;
      case 'table':
        out.push(table(block, ctx));
        break;
      case 'closing':
        out.push(closing(block, ctx, state));
        break;
      case 'signature':
        out.push(...signature(block, ctx, state));
        break;
      case 'contact':
        out.push(...contact(block, ctx));
        break;
      case 'copiesTo':
        out.push(...copiesTo(block, ctx));
        break;
    }
  });
  return out;
}
