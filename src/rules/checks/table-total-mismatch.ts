/**
 * rules — table_total_mismatch: in every table of the body and the enclosures, each subtotal row
 * must equal the sum of the data rows since the previous subtotal, and a total row the sum of the
 * subtotals (or of all data rows), in every summed column. Figures may use Thai or Arabic digits with
 * thousands separators; sums are kept in satang (integers) so 0.1 + 0.2 never fails.
 */
import type { DiagnosticPath } from '../../diagnostics/diagnostic.js';
import type { BodyBlock, TableBlock, TableCell } from '../../model/circular-types.js';
import { formatThaiNumber, parseThaiNumber } from '../../thai/index.js';
import { quote, thaiCount } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { tableGrid, type GridCell } from '../table-grid.js';

const FIGURE = /^\(?[-−]?[0-9๐-๙][0-9๐-๙,]*(?:\.[0-9๐-๙]+)?\)?$/u;
const DASHES = new Set(['-', '–', '—', '−']);

interface Figure {
  /** Amount in hundredths. */
  readonly cents: number;
  readonly thaiDigits: boolean;
}

function cellText(cell: TableCell): string {
  return cell.spans.map((s) => s.text).join('').trim();
}

/** A number in a cell, a dash for nothing (0), or undefined for text. */
export function readFigure(cell: TableCell | undefined): Figure | undefined {
  if (cell === undefined) return undefined;
  const text = cellText(cell).replace(/\s+/gu, '');
  if (DASHES.has(text)) return { cents: 0, thaiDigits: false };
  if (!FIGURE.test(text)) return undefined;
  const negative = text.startsWith('(') || /^\(?[-−]/u.test(text);
  try {
    const value = parseThaiNumber(text.replace(/[()\-−]/gu, ''));
    return { cents: Math.round(value * 100) * (negative ? -1 : 1), thaiDigits: /[๐-๙]/u.test(text) };
  } catch {
    return undefined;
  }
}

function show(cents: number, thaiDigits: boolean): string {
  return formatThaiNumber(cents / 100, { digits: thaiDigits ? 'thai' : 'arabic', ...(cents % 100 === 0 ? {} : { decimals: 2 }) });
}

function* tables(blocks: readonly BodyBlock[], path: DiagnosticPath): Generator<{ readonly table: TableBlock; readonly path: DiagnosticPath }> {
  for (const [b, block] of blocks.entries()) if (block.type === 'table') yield { table: block, path: [...path, b] };
}

function summedColumns(table: TableBlock, grid: readonly (readonly (GridCell | undefined)[])[]): readonly number[] {
  const declared = table.columns.flatMap((column, c) => (column.summed === true ? [c] : []));
  if (declared.length > 0) return declared;
  // Nothing declared: a column is summed when a subtotal/total row and a data row both hold figures there.
  const width = Math.max(table.columns.length, ...grid.map((line) => line.length));
  const out: number[] = [];
  for (let c = 0; c < width; c += 1) {
    const inSums = table.rows.some((row, r) => (row.kind === 'subtotal' || row.kind === 'total') && readFigure(grid[r]?.[c]?.cell) !== undefined);
    const inData = table.rows.some((row, r) => (row.kind ?? 'data') === 'data' && readFigure(grid[r]?.[c]?.cell) !== undefined);
    if (inSums && inData) out.push(c);
  }
  return out;
}

function columnLabel(table: TableBlock, column: number): string {
  const header = table.columns[column]?.header;
  if (header !== undefined && header.trim() !== '') return header.trim();
  const headerGrid = tableGrid(table.headerRows);
  for (let r = headerGrid.length - 1; r >= 0; r -= 1) {
    const cell = headerGrid[r]?.[column]?.cell;
    if (cell !== undefined && cellText(cell) !== '') return cellText(cell);
  }
  return `column ${column + 1}`;
}

function checkColumn(table: TableBlock, grid: readonly (readonly (GridCell | undefined)[])[], column: number, path: DiagnosticPath): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const label = columnLabel(table, column);
  let section = 0;
  let all = 0;
  let subtotals: number[] = [];
  table.rows.forEach((row, r) => {
    const kind = row.kind ?? 'data';
    const at = grid[r]?.[column];
    const figure = readFigure(at?.cell);
    if (kind === 'data') {
      if (figure !== undefined) {
        section += figure.cents;
        all += figure.cents;
      }
      return;
    }
    if (kind === 'group' || at === undefined) return;
    const cellPath = [...path, 'rows', r, 'cells', at.index];
    if (kind === 'subtotal') {
      if (figure !== undefined && figure.cents !== section) {
        findings.push({
          path: cellPath,
          message: `The subtotal ${quote(cellText(at.cell))} in column ${quote(label)} (row ${r + 1}) should be ${show(section, figure.thaiDigits)}, the sum of the data rows since the previous subtotal; correct the figure or the rows.`,
          messageTh: `ยอดรวมย่อย ${quote(cellText(at.cell))} ในคอลัมน์ ${quote(label)} (แถวที่ ${thaiCount(r + 1)}) ควรเป็น ${show(section, figure.thaiDigits)} ตามผลรวมของแถวข้อมูลตั้งแต่ยอดรวมย่อยก่อนหน้า ให้แก้ตัวเลขให้ถูกต้อง`,
        });
      }
      if (figure !== undefined) subtotals.push(figure.cents);
      section = 0;
      return;
    }
    // total
    const bySubtotals = subtotals.reduce((sum, v) => sum + v, 0) + section;
    if (figure !== undefined && figure.cents !== all && figure.cents !== bySubtotals) {
      findings.push({
        path: cellPath,
        message: `The total ${quote(cellText(at.cell))} in column ${quote(label)} (row ${r + 1}) should be ${show(all, figure.thaiDigits)}, the sum of ${subtotals.length > 0 ? 'the subtotals' : 'the data rows'}; correct the figure or the rows.`,
        messageTh: `ยอดรวม ${quote(cellText(at.cell))} ในคอลัมน์ ${quote(label)} (แถวที่ ${thaiCount(r + 1)}) ควรเป็น ${show(all, figure.thaiDigits)} ตามผลรวมของ${subtotals.length > 0 ? 'ยอดรวมย่อย' : 'แถวข้อมูล'} ให้แก้ตัวเลขให้ถูกต้อง`,
      });
    }
    section = 0;
    all = 0;
    subtotals = [];
  });
  return findings;
}

export const tableTotalMismatch = defineRule({
  code: 'table_total_mismatch',
  severity: 'error',
  severityReason: 'A wrong sum in a budget table is a wrong figure in an official document; it must be corrected before the letter goes out.',
  title: 'Subtotal or total does not add up',
  description:
    'In every table of the letter and its enclosures, in each summed column (columns marked summed, or else columns where both data rows and subtotal/total rows hold figures): a subtotal row must equal the sum of the data rows since the previous subtotal, and a total row the sum of the subtotals or of all data rows. Thai or Arabic digits, thousands separators and a dash for zero are read.',
  exampleBad: 'นนทบุรี 76,000 / ปทุมธานี 76,000 / รวม 162,000',
  exampleGood: 'นนทบุรี 76,000 / ปทุมธานี 76,000 / รวม 152,000',
  reads: [],
  check: ({ circular }) => {
    const all = [
      ...tables(circular.body, ['body']),
      ...circular.enclosures.flatMap((enclosure, e) => [...tables(enclosure.blocks, ['enclosures', e, 'blocks'])]),
    ];
    return all.flatMap(({ table, path }) => {
      const grid = tableGrid(table.rows);
      return summedColumns(table, grid).flatMap((column) => checkColumn(table, grid, column, path));
    });
  },
});
