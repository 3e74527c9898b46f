/**
 * test — the column grid of a table with colSpan and rowSpan.
 * Oracle: a hand-drawn 3-row table.
 */
import { describe, expect, it } from 'vitest';
import type { TableRow } from '../model/circular-types.js';
import { tableGrid } from './table-grid.js';

const c = (text: string, extra: { colSpan?: number; rowSpan?: number } = {}): TableRow['cells'][number] => ({ spans: [{ text }], ...extra });

describe('tableGrid', () => {
  it('places cells after a colSpan and under a rowSpan', () => {
    const rows: TableRow[] = [
      { cells: [c('a', { rowSpan: 2 }), c('b', { colSpan: 2 }), c('x')] },
      { cells: [c('d'), c('e'), c('f')] },
      { cells: [c('g'), c('h')] },
    ];
    const grid = tableGrid(rows).map((line) => Array.from(line, (g) => (g === undefined ? '.' : g.cell.spans[0]?.text)));
    expect(grid).toEqual([
      ['a', 'b', '.', 'x'],
      ['.', 'd', 'e', 'f'],
      ['g', 'h'],
    ]);
  });
});
