/**
 * compose — a body table → TableBlock. Header rows are the author's, or one row built from the
 * column headers; a cell takes its column's alignment unless it sets its own (header cells are
 * centred); header, group, subtotal and total rows are bold unless a cell says otherwise.
 * Digits follow the table's `numerals` (seed 004's budget table keeps Arabic), else the letter's.
 */
import type { DiagnosticPath } from '../diagnostics/diagnostic.js';
import type { TableBlock as BodyTable, TableRow } from '../model/circular-types.js';
import { report, withNumerals, type ComposeContext } from './compose-context.js';
import { spanRuns, textRuns } from './digits.js';
import type { TableBlock, TableCellNode, TableRowNode } from './tree.js';

type RowKind = TableRowNode['kind'];

const BOLD_KINDS: ReadonlySet<RowKind> = new Set<RowKind>(['header', 'group', 'subtotal', 'total']);

/**
 * Cells of one row, placed on the column grid. `pending` counts, per column, how many more rows
 * a cell from above still covers (rowSpan), so a cell's column — and so its alignment — is right.
 */
function rowNode(
  row: TableRow,
  kind: RowKind,
  table: BodyTable,
  pending: number[],
  context: ComposeContext,
  path: DiagnosticPath,
): TableRowNode {
  const cells: TableCellNode[] = [];
  let column = 0;
  const skipCovered = (): void => {
    while (column < pending.length && (pending[column] ?? 0) > 0) column++;
  };
  for (const cell of row.cells) {
    skipCovered();
    const colSpan = Math.max(1, Math.trunc(cell.colSpan ?? 1));
    const rowSpan = Math.max(1, Math.trunc(cell.rowSpan ?? 1));
    const columnAlign = table.columns[column]?.align ?? 'left';
    cells.push({
      runs: spanRuns(cell.spans, context.numerals),
      colSpan,
      rowSpan,
      align: cell.align ?? (kind === 'header' ? 'center' : columnAlign),
      bold: cell.bold ?? BOLD_KINDS.has(kind),
    });
    for (let c = column; c < column + colSpan; c++) {
      if (c < pending.length) pending[c] = Math.max(pending[c] ?? 0, rowSpan);
    }
    column += colSpan;
  }
  skipCovered();
  if (column !== table.columns.length) {
    report(context, {
      code: 'table_row_width',
      severity: 'warning',
      path,
      message: `The row at ${path.join('.')} fills ${column} of the table's ${table.columns.length} columns; add or remove cells, or adjust colSpan.`,
      messageTh: `แถวที่ ${path.join('.')} มี ${column} คอลัมน์ แต่ตารางมี ${table.columns.length} คอลัมน์ ให้เพิ่มหรือลดเซลล์ หรือแก้ colSpan`,
    });
  }
  // This row's cells have been placed: every cell that still spans down covers one row fewer.
  for (let c = 0; c < pending.length; c++) pending[c] = Math.max(0, (pending[c] ?? 0) - 1);
  return { cells, kind };
}

function columnHeaderRow(table: BodyTable, context: ComposeContext): TableRowNode | undefined {
  if (!table.columns.some((column) => column.header !== undefined && column.header !== '')) return undefined;
  return {
    kind: 'header',
    cells: table.columns.map(
      (column): TableCellNode => ({
        runs: textRuns(column.header ?? '', context.numerals),
        colSpan: 1,
        rowSpan: 1,
        align: 'center',
        bold: true,
      }),
    ),
  };
}

export function tableBlock(table: BodyTable, outer: ComposeContext, path: DiagnosticPath): TableBlock {
  const context = withNumerals(outer, table.numerals ?? outer.numerals);
  const pending = table.columns.map(() => 0);
  const given = table.headerRows.map((row, index) => rowNode(row, 'header', table, pending, context, [...path, 'headerRows', index]));
  const fromColumns = given.length === 0 ? columnHeaderRow(table, context) : undefined;
  const rows = table.rows.map((row, index) => rowNode(row, row.kind ?? 'data', table, pending, context, [...path, 'rows', index]));
  return {
    type: 'table',
    columnWidths: table.columns.map((column) => column.width),
    headerRows: fromColumns === undefined ? given : [fromColumns],
    rows,
  };
}
