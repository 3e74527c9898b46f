/**
 * layout/page — a table block → flow items, one per table line (a line of text across the row),
 * so rows may split between lines across pages. Column widths are the block's relative widths
 * of the text column; borders are RuleItems drawn per item (top on a row's first line or a
 * page's first item, bottom on a row's last line or a page's last item), so a split row is
 * closed on both pages. Header rows are repeated at the top of each continuation page.
 */
import type { TableBlock, TableCellNode, TableRowNode } from '../../compose/tree.js';
import type { FrameItem, RuleItem } from '../frame.js';
import type { LaidOutLine } from '../text/text-engine.js';
import type { FlowItem } from './flow-item.js';
import { baselineOf, pitchOf, placeRuns, setParagraph, withBold, type LayoutContext } from './layout-context.js';

interface PlacedCell {
  readonly row: number;
  readonly col: number;
  readonly colSpan: number;
  readonly rowSpan: number;
  readonly lines: readonly LaidOutLine[];
  readonly x: number;
  readonly innerX: number;
}

interface TableLine {
  readonly row: number;
  readonly lineInRow: number;
  readonly rowLines: number;
}

/**
 * Reading position of each cell's text runs (row, column, line in the cell). A table is placed
 * line by line so it can split across pages, but its text must be written cell by cell, or a
 * two-line cell would extract interleaved with its neighbours.
 */
const cellReadingKey = new WeakMap<FrameItem, number>();

/** Reorders the items drawn for one table on one page so each cell's text is contiguous. */
export function inCellReadingOrder(items: readonly FrameItem[]): FrameItem[] {
  return items
    .map((item, position) => ({ item, position, key: cellReadingKey.get(item) ?? -1 }))
    .sort((a, b) => a.key - b.key || a.position - b.position)
    .map(({ item }) => item);
}

export interface TableItems {
  readonly items: FlowItem[];
  /** Draws the header rows with their top at y (continuation pages); undefined without header rows. */
  readonly header?: { readonly height: number; draw(top: number): FrameItem[] };
}

/** Columns each row's cells occupy, honouring spans from the rows above. */
function placeGrid(rows: readonly TableRowNode[]): { cells: { cell: TableCellNode; row: number; col: number; colSpan: number; rowSpan: number }[]; columns: number } {
  const occupied: boolean[][] = rows.map(() => []);
  const cells: { cell: TableCellNode; row: number; col: number; colSpan: number; rowSpan: number }[] = [];
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

function columnWidths(block: TableBlock, columns: number, ctx: LayoutContext, index: number): number[] {
  const given = block.columnWidths;
  const valid = given.length === columns && given.every((w) => Number.isFinite(w) && w > 0);
  if (!valid) {
    ctx.diagnostics.push({
      code: 'table_column_widths',
      severity: 'warning',
      stage: 'layout',
      path: ['blocks', index, 'columnWidths'],
      message: `The table has ${String(columns)} columns but columnWidths is [${given.join(', ')}]; give one positive width per column. Equal widths were used.`,
      messageTh: `ตารางมี ${String(columns)} คอลัมน์ แต่ columnWidths เป็น [${given.join(', ')}] ต้องระบุความกว้างที่มากกว่าศูนย์ให้ครบทุกคอลัมน์ จึงใช้ความกว้างเท่ากันแทน`,
    });
  }
  const weights = valid ? given : Array.from({ length: columns }, () => 1);
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => (w / total) * ctx.width);
}

export function tableItems(block: TableBlock, ctx: LayoutContext, index: number): TableItems {
  const { profile } = ctx;
  const { borderWidth, cellPaddingX, cellPaddingY } = profile.table;
  const color = profile.colors.text;
  const pitch = pitchOf(profile, profile.font.size);
  const baseline = baselineOf(profile, profile.font.size);
  const rows = [...block.headerRows, ...block.rows];
  const headerCount = block.headerRows.length;
  const grid = placeGrid(rows);
  if (grid.columns === 0) return { items: [] };
  const widths = columnWidths(block, grid.columns, ctx, index);
  const edges = [ctx.left];
  for (const w of widths) edges.push((edges[edges.length - 1] ?? ctx.left) + w);
  const edge = (col: number): number => edges[Math.min(col, edges.length - 1)] ?? ctx.left;

  const cells: PlacedCell[] = grid.cells.map(({ cell, row, col, colSpan, rowSpan }) => {
    const x = edge(col);
    const width = edge(col + colSpan) - x - 2 * cellPaddingX;
    const runs = cell.bold ? withBold(cell.runs) : cell.runs;
    const lines = runs.length === 0 ? [] : setParagraph(ctx, { runs, width, firstLineIndent: 0, restIndent: 0, align: cell.align }, ['blocks', index, 'rows', row]);
    return { row, col, colSpan, rowSpan, lines, x, innerX: x + cellPaddingX };
  });

  // Lines per row: the tallest single-row cell, then rows stretched for taller spanning cells.
  const rowLines = rows.map((_, r) => Math.max(1, ...cells.filter((c) => c.row === r && c.rowSpan === 1).map((c) => c.lines.length)));
  for (const c of cells.filter((cell) => cell.rowSpan > 1)) {
    const have = rowLines.slice(c.row, c.row + c.rowSpan).reduce((sum, n) => sum + n, 0);
    const last = c.row + c.rowSpan - 1;
    if (c.lines.length > have) rowLines[last] = (rowLines[last] ?? 1) + c.lines.length - have;
  }
  const rowStart: number[] = [];
  const tableLines: TableLine[] = [];
  rowLines.forEach((n, r) => {
    rowStart.push(tableLines.length);
    for (let k = 0; k < n; k++) tableLines.push({ row: r, lineInRow: k, rowLines: n });
  });
  // A row boundary that a spanning cell crosses cannot take a page break.
  const spannedBoundary = (r: number): boolean => cells.some((c) => c.row < r && c.row + c.rowSpan > r);
  const rowHasSpan = (r: number): boolean => cells.some((c) => c.row <= r && c.row + c.rowSpan > r && c.rowSpan > 1);
  const cellsAt = (r: number): PlacedCell[] => cells.filter((c) => c.row <= r && c.row + c.rowSpan > r);

  const lineHeight = (line: TableLine): number =>
    pitch + (line.lineInRow === 0 ? cellPaddingY : 0) + (line.lineInRow === line.rowLines - 1 ? cellPaddingY : 0);

  const rule = (x1: number, y1: number, x2: number, y2: number): RuleItem => ({ kind: 'rule', x1, y1, x2, y2, width: borderWidth, color });

  const drawLine = (t: number, top: number, firstOnPage: boolean, lastOnPage: boolean): FrameItem[] => {
    const line = tableLines[t];
    if (line === undefined) return [];
    const height = lineHeight(line);
    const textTop = top + (line.lineInRow === 0 ? cellPaddingY : 0);
    const out: FrameItem[] = [];
    const occupying = cellsAt(line.row);
    for (const c of occupying) {
      const k = t - (rowStart[c.row] ?? 0);
      const text = c.lines[k];
      if (text !== undefined) {
        for (const run of placeRuns(text.runs, c.innerX, textTop + baseline)) {
          cellReadingKey.set(run, (c.row * 1000 + c.col) * 1000 + k);
          out.push(run);
        }
      }
      // Vertical borders: every cell's left edge, and the right edge of the table.
      out.push(rule(c.x, top, c.x, top + height));
    }
    out.push(rule(edge(grid.columns), top, edge(grid.columns), top + height));
    const isFirstOfRow = line.lineInRow === 0;
    const isLastOfTable = t === tableLines.length - 1;
    if (isFirstOfRow || firstOnPage) {
      // Under a cell continuing from the row above, no rule unless the page starts here.
      for (const c of occupying) {
        if (c.row < line.row && !firstOnPage) continue;
        out.push(rule(c.x, top, edge(c.col + c.colSpan), top));
      }
    }
    if (lastOnPage || isLastOfTable) out.push(rule(edge(0), top + height, edge(grid.columns), top + height));
    return out;
  };

  const headerLines = headerCount > 0 ? (rowStart[headerCount] ?? tableLines.length) : 0;
  const items: FlowItem[] = tableLines.map((line, t) => {
    const inHeader = line.row < headerCount;
    const firstDataLine = t === headerLines && headerCount > 0;
    let breakBefore: 'allow' | 'avoid' = 'allow';
    if (inHeader || firstDataLine) breakBefore = t === 0 ? 'allow' : 'avoid';
    else if (line.lineInRow === 0 ? spannedBoundary(line.row) : rowHasSpan(line.row)) breakBefore = 'avoid';
    const text = cellsAt(line.row)
      .map((c) => c.lines[t - (rowStart[c.row] ?? 0)]?.text ?? '')
      .filter((s) => s.length > 0)
      .join(' ');
    return {
      slice: {
        height: lineHeight(line),
        spaceBefore: t === 0 ? profile.spacing.beforeParagraph : 0,
        breakBefore,
        ...(headerCount > 0 && !inHeader ? { repeatKey: index } : {}),
      },
      block: index,
      kind: 'table',
      text,
      draw: ({ top, firstOnPage, lastOnPage }) => drawLine(t, top, firstOnPage, lastOnPage),
    };
  });

  if (headerCount === 0) return { items };
  const headerHeight = tableLines.slice(0, headerLines).reduce((sum, line) => sum + lineHeight(line), 0);
  return {
    items,
    header: {
      height: headerHeight,
      draw: (top) => {
        const out: FrameItem[] = [];
        let y = top;
        for (let t = 0; t < headerLines; t++) {
          const line = tableLines[t];
          if (line === undefined) break;
          out.push(...drawLine(t, y, t === 0, false));
          y += lineHeight(line);
        }
        return out;
      },
    },
  };
}

