/**
 * format — the column grid of a table: which columns each cell occupies, honouring the spans
 * of cells from the rows above. Shared by the format (to check column widths) and the PDF
 * table layout (to place cells). Pure.
 */

export interface GridCell<C> {
  readonly cell: C;
  readonly row: number;
  readonly col: number;
  readonly colSpan: number;
  readonly rowSpan: number;
}

export function placeGrid<C extends { readonly colSpan: number; readonly rowSpan: number }>(
  rows: readonly { readonly cells: readonly C[] }[],
): { cells: GridCell<C>[]; columns: number } {
  const occupied: boolean[][] = rows.map(() => []);
  const cells: GridCell<C>[] = [];
  let columns = 0;
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row.cells) {
      while (occupied[r]?.[col] === true) col += 1;
      const colSpan = Math.max(1, Math.floor(cell.colSpan) || 1);
      const rowSpan = Math.max(1, Math.min(rows.length - r, Math.floor(cell.rowSpan) || 1));
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) (occupied[r + dr] ??= [])[col + dc] = true;
      cells.push({ cell, row: r, col, colSpan, rowSpan });
      col += colSpan;
      columns = Math.max(columns, col);
    }
    columns = Math.max(columns, occupied[r]?.length ?? 0);
  });
  return { cells, columns };
}
