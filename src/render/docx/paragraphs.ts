/**
 * render/docx — formatted paragraphs and tables → `docx` paragraphs and tables, one to one:
 * every property is the format's, converted to twips and half-points; nothing is measured or
 * decided here.
 */
import {
  AlignmentType,
  BorderStyle,
  FrameAnchorType,
  FrameWrap,
  LeaderType,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { FlowBlock, FormattedCell, FormattedParagraph, FormattedRow, FormattedTable, ParagraphAlign, TabStop } from '../../format/formatted-document.js';
import { ptToTwip } from '../../style/profile.js';
import { hexColor, inlineRuns, type DocxFace } from './text-runs.js';

const ALIGN: Record<ParagraphAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  thaiDistribute: AlignmentType.THAI_DISTRIBUTE,
};

const TAB_ALIGN: Record<TabStop['align'], (typeof TabStopType)[keyof typeof TabStopType]> = {
  left: TabStopType.LEFT,
  center: TabStopType.CENTER,
  right: TabStopType.RIGHT,
};

const LEADER: Record<TabStop['leader'], (typeof LeaderType)[keyof typeof LeaderType] | undefined> = {
  none: undefined,
  dot: LeaderType.DOT,
};

function indent(paragraph: FormattedParagraph): IParagraphOptions['indent'] {
  const { indentLeft, indentRight, firstLine } = paragraph.props;
  if (indentLeft === 0 && indentRight === 0 && firstLine === 0) return undefined;
  return {
    ...(indentLeft === 0 ? {} : { left: ptToTwip(indentLeft) }),
    ...(indentRight === 0 ? {} : { right: ptToTwip(indentRight) }),
    ...(firstLine > 0 ? { firstLine: ptToTwip(firstLine) } : firstLine < 0 ? { hanging: ptToTwip(-firstLine) } : {}),
  };
}

/** `lead`: children before the text (the floating emblem anchored here). */
export function paragraph(p: FormattedParagraph, face: DocxFace, lead: readonly ParagraphChild[] = []): Paragraph {
  const { props } = p;
  const indents = indent(p);
  return new Paragraph({
    children: [...lead, ...inlineRuns(p.runs, face)],
    alignment: ALIGN[props.align],
    spacing: { before: ptToTwip(props.spaceBefore), after: 0, line: ptToTwip(props.lineHeight), lineRule: LineRuleType.EXACT },
    ...(indents === undefined ? {} : { indent: indents }),
    ...(props.tabs.length === 0
      ? {}
      : {
          tabStops: props.tabs.map((stop) => {
            const leader = LEADER[stop.leader];
            return { type: TAB_ALIGN[stop.align], position: ptToTwip(stop.position), ...(leader === undefined ? {} : { leader }) };
          }),
        }),
    ...(props.keepNext ? { keepNext: true } : {}),
    ...(props.keepLines ? { keepLines: true } : {}),
    ...(props.widowControl ? { widowControl: true } : {}),
    ...(props.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(p.frame === undefined
      ? {}
      : {
          frame: {
            type: 'absolute',
            position: { x: ptToTwip(p.frame.x), y: ptToTwip(p.frame.y) },
            width: ptToTwip(p.frame.width),
            anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.PAGE },
            // The format keeps the flow clear of every frame; text must not be pushed around it.
            wrap: FrameWrap.THROUGH,
          },
        }),
  });
}

function cell(c: FormattedCell, face: DocxFace): TableCell {
  return new TableCell({
    children: [paragraph(c.paragraph, face)],
    ...(c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
    ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
    verticalAlign: VerticalAlignTable.TOP,
  });
}

function row(r: FormattedRow, face: DocxFace): TableRow {
  // No cantSplit: a long row may continue on the next page, as in the PDF. tblHeader repeats
  // the header rows at the top of every page the table continues on.
  return new TableRow({ children: r.cells.map((c) => cell(c, face)), ...(r.header ? { tableHeader: true } : {}) });
}

export function table(t: FormattedTable, face: DocxFace): Table {
  const widths = t.columnWidths.map(ptToTwip);
  const border = { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(t.borderWidth * 8)), color: hexColor(t.borderColor) };
  return new Table({
    rows: t.rows.map((r) => row(r, face)),
    columnWidths: widths,
    width: { size: widths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: { left: ptToTwip(t.cellPaddingX), right: ptToTwip(t.cellPaddingX), top: ptToTwip(t.cellPaddingY), bottom: ptToTwip(t.cellPaddingY) },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
  });
}

export function flowBlock(block: FlowBlock, face: DocxFace): FileChild {
  switch (block.type) {
    case 'paragraph':
      return paragraph(block, face);
    case 'table':
      return table(block, face);
  }
}
