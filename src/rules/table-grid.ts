/**
 * rules — cells of a table row by column index, honouring colSpan and rowSpan.
 * A cell spanning rows occupies its columns in the rows below, so the next cell of those rows
 * starts further right; table_total_mismatch reads summed columns through this grid.
 */
import type { TableCell, TableRow } from '../model/circular-types.js';

export interface GridCell {
  readonly cell: TableCell;
  /** Index of the cell in its row's `cells` (for the diagnostic path). */
  readonly index: number;
}

/** For each row, the cell starting at each column (undefined where a span covers it or nothing is there). */
export function tableGrid(rows: readonly TableRow[]): readonly (readonly (GridCell | undefined)[])[] {
  /** Column → number of rows below the current one that a rowSpan still covers. */
  const coverBelow = new Map<number, number>();
  return rows.map((row) => {
    const blocked = new Set([...coverBelow].filter(([, n]) => n > 0).map(([c]) => c));
    const line: (GridCell | undefined)[] = [];
    const added: [number, number][] = [];
    let column = 0;
    row.cells.forEach((cell, index) => {
      while (blocked.has(column)) column += 1;
      line[column] = { cell, index };
      const span = Math.max(1, cell.colSpan ?? 1);
      const down = Math.max(1, cell.rowSpan ?? 1);
      for (let c = column; c < column + span; c += 1) if (down > 1) added.push([c, down - 1]);
      column += span;
    });
    for (const c of blocked) coverBelow.set(c, (coverBelow.get(c) ?? 1) - 1);
    for (const [c, n] of added) coverBelow.set(c, n);
    return line;
  });
}
