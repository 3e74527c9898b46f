import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { BodyBlock, ListItem } from '../model/circular-types.js';
import { bodyBlocks } from './body-blocks.js';

const item = (text: string, items?: ListItem[], marker?: string): ListItem => ({
  spans: [{ text }],
  ...(items === undefined ? {} : { items }),
  ...(marker === undefined ? {} : { marker }),
});

function compose(blocks: BodyBlock[], role: 'body' | 'enclosureBody' = 'body', numerals: 'thai' | 'arabic' = 'thai') {
  const diagnostics: Diagnostic[] = [];
  return { blocks: bodyBlocks(blocks, role, { numerals, diagnostics }, ['body']), diagnostics };
}

describe('bodyBlocks: lists', () => {
  it('numbers three levels ๑. / ๑.๑ / (๑)', () => {
    const { blocks, diagnostics } = compose([
      { type: 'list', items: [item('ก', [item('ข', [item('ค'), item('ง')]), item('จ')]), item('ฉ', [item('ช')])] },
    ]);
    expect(blocks.map((b) => (b.type === 'listItem' ? [b.level, b.marker, b.runs[0]?.text] : b.type))).toEqual([
      [1, '๑.', 'ก'],
      [2, '๑.๑', 'ข'],
      [3, '(๑)', 'ค'],
      [3, '(๒)', 'ง'],
      [2, '๑.๒', 'จ'],
      [1, '๒.', 'ฉ'],
      [2, '๒.๑', 'ช'],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('keeps given markers with their digits converted, and numbers sub-items under them', () => {
    const { blocks } = compose([{ type: 'list', items: [item('ก', [item('ข')], '3.'), item('ค', undefined, '-')] }]);
    expect(blocks.map((b) => (b.type === 'listItem' ? b.marker : ''))).toEqual(['๓.', '๓.๑', '-']);
  });

  it('prints a fourth level at level 3 with a warning naming the list', () => {
    const { blocks, diagnostics } = compose([{ type: 'list', items: [item('ก', [item('ข', [item('ค', [item('ง')])])])] }]);
    expect(blocks.at(-1)).toMatchObject({ type: 'listItem', level: 3, marker: '(๑)', runs: [{ text: 'ง' }] });
    expect(diagnostics).toMatchObject([{ code: 'list_too_deep', severity: 'warning', path: ['body', 0, 'items', 0, 'items', 0, 'items', 0, 'items'] }]);
  });
});

describe('bodyBlocks: paragraphs and tables', () => {
  const table: BodyBlock = {
    type: 'table',
    caption: 'ตารางที่ 1',
    columns: [{ header: 'ก', align: 'left', width: 1 }],
    headerRows: [],
    rows: [{ cells: [{ spans: [{ text: '1' }] }] }],
    numerals: 'arabic',
  };

  it('keeps the line before a table and the caption with the table; the caption takes the letter digits', () => {
    const { blocks } = compose([{ type: 'paragraph', spans: [{ text: 'ดังนี้' }] }, table]);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'table']);
    expect(blocks[0]).toMatchObject({ role: 'body', align: 'body', keepWithNext: true });
    expect(blocks[1]).toMatchObject({ align: 'centered', keepWithNext: true, runs: [{ text: 'ตารางที่ ๑' }] });
  });

  it('gives the last จึง… paragraph of the letter the closing role, but not in an enclosure', () => {
    const body: BodyBlock[] = [
      { type: 'paragraph', spans: [{ text: 'ด้วย 2 เรื่อง' }] },
      { type: 'paragraph', spans: [{ text: 'จึงเรียนมาเพื่อโปรดทราบ' }] },
    ];
    expect(compose(body).blocks.map((b) => (b.type === 'paragraph' ? b.role : ''))).toEqual(['body', 'closing']);
    expect(compose(body, 'enclosureBody').blocks.map((b) => (b.type === 'paragraph' ? b.role : ''))).toEqual(['enclosureBody', 'enclosureBody']);
  });

  it.each(['plain', 'centered', 'heading'] as const)('keeps paragraph style %s', (style) => {
    const { blocks } = compose([{ type: 'paragraph', style, spans: [{ text: 'ข้อ 1' }] }], 'body', 'arabic');
    expect(blocks[0]).toMatchObject({ type: 'paragraph', align: style, runs: [{ text: 'ข้อ 1' }] });
    expect(blocks[0]?.type === 'paragraph' && blocks[0].keepWithNext === true).toBe(style === 'heading');
  });
});
