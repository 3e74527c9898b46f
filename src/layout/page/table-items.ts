/**
 * layout/page — a formatted table → flow items, one per table line (a line of text across the
 * row), so rows may split between lines across pages. Column widths are the table's; borders
 * are RuleItems drawn per item (top on a row's first line or a page's first item, bottom on a
 * row's last line or a page's last item), so a split row is closed on both pages. Header rows
 * are repeated at the top of each continuation page.
 */
import type { FormattedCell, FormattedTable } from '../../format/formatted-document.js';
import { placeGrid } from '../../format/table-grid.js';
import type { FrameItem, RuleItem } from '../frame.js';
import { drawLine as drawSetLine, type FlowItem } from './flow-item.js';
import type { LayoutContext } from './layout-context.js';
import { setParagraph, type SetLine } from './set-paragraph.js';

interface PlacedCell {
  readonly row: number;
  readonly col: number;
  readonly colSpan: number;
  readonly rowSpan: number;
  readonly lines: readonly SetLine[];
  readonly x: number;
  readonly innerX: number;
  readonly baseline: number;
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

export function tableItems(table: FormattedTable, ctx: LayoutContext, repeatKey: number): TableItems {
  const { borderWidth, cellPaddingX, cellPaddingY, borderColor: color } = table;
  const rows = table.rows;
  const headerCount = rows.findIndex((row) => !row.header) === -1 ? rows.length : rows.findIndex((row) => !row.header);
  const grid = placeGrid<FormattedCell>(rows);
  if (grid.columns === 0) return { items: [] };
  const widths = grid.columns === table.columnWidths.length ? table.columnWidths : Array.from({ length: grid.columns }, () => ctx.width / grid.columns);
  const edges = [ctx.left];
  for (const w of widths) edges.push((edges[edges.length - 1] ?? ctx.left) + w);
  const edge = (col: number): number => edges[Math.min(col, edges.length - 1)] ?? ctx.left;
  let pitch = 0;

  const cells: PlacedCell[] = grid.cells.map(({ cell, row, col, colSpan, rowSpan }) => {
    const x = edge(col);
    const width = edge(col + colSpan) - x - 2 * cellPaddingX;
    const { paragraph } = cell;
    pitch = Math.max(pitch, paragraph.props.lineHeight);
    const lines = paragraph.runs.length === 0 ? [] : setParagraph({ ...ctx, width: Math.max(1, width) }, paragraph, paragraph.path);
    return { row, col, colSpan, rowSpan, lines, x, innerX: x + cellPaddingX, baseline: paragraph.props.baseline };
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
        for (const item of drawSetLine(text, c.innerX, textTop, c.baseline)) {
          cellReadingKey.set(item, (c.row * 1000 + c.col) * 1000 + k);
          out.push(item);
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
        spaceBefore: t === 0 ? table.spaceBefore : 0,
        breakBefore,
        ...(headerCount > 0 && !inHeader ? { repeatKey } : {}),
      },
      path: table.path,
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

