/**
 * format — a table block → a table with absolute column widths across the text column, cells
 * as paragraphs (the column's alignment, bold rows bold), header rows marked for repetition.
 * Bad column widths are reported once, here, for both outputs.
 */
import type { TableBlock, TableCellNode } from '../compose/tree.js';
import { formatDiagnostic, paragraphProps, textRuns, type FormatContext } from './format-context.js';
import type { FormattedCell, FormattedRow, FormattedTable } from './formatted-document.js';
import { placeGrid } from './table-grid.js';

function columnWidths(ctx: FormatContext, block: TableBlock, columns: number, path: readonly (string | number)[]): number[] {
  const given = block.columnWidths;
  const valid = given.length === columns && given.every((w) => Number.isFinite(w) && w > 0);
  if (!valid) {
    ctx.diagnostics.push(
      formatDiagnostic(
        'table_column_widths',
        [...path, 'columnWidths'],
        `The table has ${String(columns)} columns but columnWidths is [${given.join(', ')}]; give one positive width per column. Equal widths were used.`,
        `ตารางมี ${String(columns)} คอลัมน์ แต่ columnWidths เป็น [${given.join(', ')}] ต้องระบุความกว้างที่มากกว่าศูนย์ให้ครบทุกคอลัมน์ จึงใช้ความกว้างเท่ากันแทน`,
      ),
    );
  }
  const weights = valid ? given : Array.from({ length: columns }, () => 1);
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => (w / total) * ctx.width);
}

function cell(ctx: FormatContext, node: TableCellNode, path: readonly (string | number)[]): FormattedCell {
  return {
    colSpan: Math.max(1, Math.floor(node.colSpan) || 1),
    rowSpan: Math.max(1, Math.floor(node.rowSpan) || 1),
    paragraph: { type: 'paragraph', role: 'tableCell', path, runs: textRuns(ctx, node.runs, node.bold ? { bold: true } : {}), props: paragraphProps(ctx, { align: node.align }) },
  };
}

export function formatTable(ctx: FormatContext, block: TableBlock, path: readonly (string | number)[]): FormattedTable | undefined {
  const all = [...block.headerRows, ...block.rows];
  const grid = placeGrid(all);
  if (grid.columns === 0) return undefined;
  const { borderWidth, cellPaddingX, cellPaddingY } = ctx.profile.table;
  const rows: FormattedRow[] = all.map((row, r) => ({
    header: r < block.headerRows.length,
    cells: row.cells.map((node, c) => cell(ctx, node, [...path, 'rows', r, 'cells', c])),
  }));
  return {
    type: 'table',
    path,
    columnWidths: columnWidths(ctx, block, grid.columns, path),
    rows,
    borderWidth,
    borderColor: ctx.profile.colors.text,
    cellPaddingX,
    cellPaddingY,
    spaceBefore: ctx.profile.spacing.beforeParagraph,
  };
}
