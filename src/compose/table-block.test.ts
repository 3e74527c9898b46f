import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { TableBlock as BodyTable, TableCell } from '../model/circular-types.js';
import { tableBlock } from './table-block.js';

const cell = (text: string, extra: Partial<Omit<TableCell, 'spans'>> = {}): TableCell => ({ spans: [{ text }], ...extra });

const budget: BodyTable = {
  type: 'table',
  columns: [
    { header: 'ที่', align: 'center', width: 1 },
    { header: 'รายการ', align: 'left', width: 4 },
    { header: 'งบประมาณ (บาท)', align: 'right', width: 2, summed: true },
  ],
  headerRows: [],
  rows: [
    { cells: [cell('1'), cell('ค่าตอบแทน 12 เดือน'), cell('120,000')] },
    { kind: 'total', cells: [cell('รวม', { colSpan: 2, align: 'center' }), cell('120,000')] },
  ],
};

function compose(table: BodyTable, numerals: 'thai' | 'arabic' = 'thai') {
  const diagnostics: Diagnostic[] = [];
  return { block: tableBlock(table, { numerals, diagnostics }, ['body', 4]), diagnostics };
}

describe('tableBlock', () => {
  it('builds the header row from the column headers, centred and bold', () => {
    const { block, diagnostics } = compose(budget);
    expect(block.columnWidths).toEqual([1, 4, 2]);
    expect(block.headerRows).toEqual([
      {
        kind: 'header',
        cells: [
          { runs: [{ text: 'ที่' }], colSpan: 1, rowSpan: 1, align: 'center', bold: true },
          { runs: [{ text: 'รายการ' }], colSpan: 1, rowSpan: 1, align: 'center', bold: true },
          { runs: [{ text: 'งบประมาณ (บาท)' }], colSpan: 1, rowSpan: 1, align: 'center', bold: true },
        ],
      },
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('aligns cells by their column, bolds total rows and prints the letter digits', () => {
    const { block } = compose(budget);
    expect(block.rows.map((row) => row.cells.map((c) => [c.runs[0]?.text, c.align, c.bold]))).toEqual([
      [
        ['๑', 'center', false],
        ['ค่าตอบแทน ๑๒ เดือน', 'left', false],
        ['๑๒๐,๐๐๐', 'right', false],
      ],
      [
        ['รวม', 'center', true],
        ['๑๒๐,๐๐๐', 'right', true],
      ],
    ]);
    expect(block.rows.map((row) => row.kind)).toEqual(['data', 'total']);
  });

  it('keeps Arabic digits in a table marked numerals arabic, even in a Thai-digit letter', () => {
    const { block } = compose({ ...budget, numerals: 'arabic', rows: [{ cells: [cell('๑'), cell('ค่าจ้าง'), cell('45,000')] }] });
    expect(block.rows[0]?.cells.map((c) => c.runs[0]?.text)).toEqual(['1', 'ค่าจ้าง', '45,000']);
  });

  it('finds the right column under a cell spanning rows', () => {
    const { block, diagnostics } = compose({
      ...budget,
      rows: [
        { cells: [cell('1', { rowSpan: 2 }), cell('ก'), cell('10')] },
        { cells: [cell('ข'), cell('20')] },
      ],
    });
    expect(block.rows[1]?.cells.map((c) => c.align)).toEqual(['left', 'right']);
    expect(diagnostics).toEqual([]);
  });

  it('uses the author header rows when given', () => {
    const { block } = compose({ ...budget, headerRows: [{ cells: [cell('ลำดับ'), cell('รายการ'), cell('บาท', { align: 'right' })] }] });
    expect(block.headerRows).toHaveLength(1);
    expect(block.headerRows[0]?.cells.map((c) => [c.runs[0]?.text, c.align, c.bold])).toEqual([
      ['ลำดับ', 'center', true],
      ['รายการ', 'center', true],
      ['บาท', 'right', true],
    ]);
  });

  it('warns about a row that does not fill the columns', () => {
    const { diagnostics } = compose({ ...budget, rows: [{ cells: [cell('1'), cell('ก')] }] });
    expect(diagnostics).toMatchObject([{ code: 'table_row_width', severity: 'warning', stage: 'compose', path: ['body', 4, 'rows', 0] }]);
  });
});
