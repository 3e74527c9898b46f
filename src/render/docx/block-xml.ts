/**
 * render/docx — formatted paragraphs and tables → `w:p` and `w:tbl`, one to one: every property
 * is the format's, converted to twips and half-points; nothing is measured or decided here.
 * Children of `w:pPr` follow CT_PPr order (keepNext, keepLines, pageBreakBefore, framePr,
 * widowControl, tabs, spacing, ind, jc), which Word enforces.
 */
import type { FlowBlock, FormattedCell, FormattedParagraph, FormattedTable, ParagraphAlign, ParagraphProperties, TabStop } from '../../format/formatted-document.js';
import { placeGrid } from '../../format/table-grid.js';
import { ptToTwip } from '../../style/profile.js';
import { hexColor, runsXml, type DocxFace } from './run-xml.js';

const JC: Record<ParagraphAlign, string> = {
  left: 'left',
  center: 'center',
  right: 'right',
  thaiDistribute: 'thaiDistribute',
};

function tabXml(stop: TabStop): string {
  const leader = stop.leader === 'none' ? '' : ` w:leader="${stop.leader}"`;
  return `<w:tab w:val="${stop.align}" w:pos="${ptToTwip(stop.position)}"${leader}/>`;
}

function indentXml(props: ParagraphProperties): string {
  const { indentLeft, indentRight, firstLine } = props;
  if (indentLeft === 0 && indentRight === 0 && firstLine === 0) return '';
  return (
    '<w:ind' +
    (indentLeft === 0 ? '' : ` w:left="${ptToTwip(indentLeft)}"`) +
    (indentRight === 0 ? '' : ` w:right="${ptToTwip(indentRight)}"`) +
    (firstLine > 0 ? ` w:firstLine="${ptToTwip(firstLine)}"` : firstLine < 0 ? ` w:hanging="${ptToTwip(-firstLine)}"` : '') +
    '/>'
  );
}

/** `w:pPr` of a formatted paragraph. */
export function paragraphPropertiesXml(p: FormattedParagraph): string {
  const { props, frame } = p;
  return (
    '<w:pPr>' +
    (props.keepNext ? '<w:keepNext/>' : '') +
    (props.keepLines ? '<w:keepLines/>' : '') +
    (props.pageBreakBefore ? '<w:pageBreakBefore/>' : '') +
    // The format keeps the flow clear of every frame; text must not be pushed around it.
    (frame === undefined ? '' : `<w:framePr w:w="${ptToTwip(frame.width)}" w:x="${ptToTwip(frame.x)}" w:y="${ptToTwip(frame.y)}" w:hAnchor="margin" w:vAnchor="page" w:wrap="through"/>`) +
    (props.widowControl ? '<w:widowControl/>' : '') +
    (props.tabs.length === 0 ? '' : `<w:tabs>${props.tabs.map(tabXml).join('')}</w:tabs>`) +
    `<w:spacing w:after="0" w:before="${ptToTwip(props.spaceBefore)}" w:line="${ptToTwip(props.lineHeight)}" w:lineRule="exact"/>` +
    indentXml(props) +
    `<w:jc w:val="${JC[props.align]}"/>` +
    '</w:pPr>'
  );
}

/** `lead`: runs before the text (the floating emblem anchored here). */
export function paragraphXml(p: FormattedParagraph, face: DocxFace, lead = ''): string {
  return `<w:p>${paragraphPropertiesXml(p)}${lead}${runsXml(p.runs, face)}</w:p>`;
}

function cellXml(cell: FormattedCell, width: number, colSpan: number, merge: '' | 'restart' | 'continue', face: DocxFace): string {
  const properties =
    '<w:tcPr>' +
    `<w:tcW w:type="dxa" w:w="${width}"/>` +
    (colSpan > 1 ? `<w:gridSpan w:val="${colSpan}"/>` : '') +
    (merge === '' ? '' : `<w:vMerge w:val="${merge}"/>`) +
    '<w:vAlign w:val="top"/>' +
    '</w:tcPr>';
  // A cell covered by a row span above holds an empty paragraph with the spanning cell's properties.
  const content = merge === 'continue' ? `<w:p>${paragraphPropertiesXml(cell.paragraph)}</w:p>` : paragraphXml(cell.paragraph, face);
  return `<w:tc>${properties}${content}</w:tc>`;
}

export function tableXml(t: FormattedTable, face: DocxFace): string {
  const widths = t.columnWidths.map(ptToTwip);
  const border = `w:val="single" w:color="${hexColor(t.borderColor)}" w:sz="${Math.max(2, Math.round(t.borderWidth * 8))}"`;
  const padX = ptToTwip(t.cellPaddingX);
  const padY = ptToTwip(t.cellPaddingY);
  const { cells } = placeGrid(t.rows);
  // Row by row, the cells that start there and those covered by a span from above, by column.
  const byRow: { col: number; xml: string }[][] = t.rows.map(() => []);
  for (const placed of cells) {
    let width = 0;
    for (let c = placed.col; c < placed.col + placed.colSpan; c++) width += widths[c] ?? 0;
    byRow[placed.row]?.push({ col: placed.col, xml: cellXml(placed.cell, width, placed.colSpan, placed.rowSpan > 1 ? 'restart' : '', face) });
    for (let r = placed.row + 1; r < placed.row + placed.rowSpan; r++) {
      byRow[r]?.push({ col: placed.col, xml: cellXml(placed.cell, width, placed.colSpan, 'continue', face) });
    }
  }
  let rows = '';
  t.rows.forEach((row, r) => {
    const rowCells = (byRow[r] ?? []).sort((a, b) => a.col - b.col);
    // No cantSplit: a long row may continue on the next page, as in the PDF. tblHeader repeats
    // the header rows at the top of every page the table continues on.
    rows += `<w:tr>${row.header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${rowCells.map((c) => c.xml).join('')}</w:tr>`;
  });
  return (
    '<w:tbl><w:tblPr>' +
    `<w:tblW w:type="dxa" w:w="${widths.reduce((sum, w) => sum + w, 0)}"/>` +
    `<w:tblBorders><w:top ${border}/><w:left ${border}/><w:bottom ${border}/><w:right ${border}/><w:insideH ${border}/><w:insideV ${border}/></w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    `<w:tblCellMar><w:top w:type="dxa" w:w="${padY}"/><w:left w:type="dxa" w:w="${padX}"/><w:bottom w:type="dxa" w:w="${padY}"/><w:right w:type="dxa" w:w="${padX}"/></w:tblCellMar>` +
    '</w:tblPr>' +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    rows +
    '</w:tbl>'
  );
}

export function flowBlockXml(block: FlowBlock, face: DocxFace): string {
  switch (block.type) {
    case 'paragraph':
      return paragraphXml(block, face);
    case 'table':
      return tableXml(block, face);
  }
}
