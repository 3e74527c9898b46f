/**
 * Unit tests of the markup parser: every element of the fixed markup, entity decoding, the
 * whitespace policy, and the markup_invalid diagnostics with template name and line.
 */
import { describe, expect, it } from 'vitest';
import { decodeEntities, parseMarkup } from './markup.js';

const FILE = 'templates/test/body.hbs';

function blocks(markup: string) {
  const result = parseMarkup(markup, FILE);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.value.blocks;
}

function error(markup: string) {
  const result = parseMarkup(markup, FILE);
  expect(result.ok).toBe(false);
  const [diagnostic] = result.diagnostics;
  expect(diagnostic?.code).toBe('markup_invalid');
  expect(diagnostic?.message).toContain(FILE);
  return diagnostic?.message ?? '';
}

describe('parseMarkup', () => {
  it('reads paragraphs with styles and inline formatting into spans', () => {
    expect(blocks('<p>เรียน <b>นายอำเภอ</b> <lit>cd8rew@gmail.com</lit></p>\n<p style="heading">วัตถุประสงค์</p>')).toEqual([
      { type: 'paragraph', spans: [{ text: 'เรียน ' }, { text: 'นายอำเภอ', bold: true }, { text: ' ' }, { text: 'cd8rew@gmail.com', literal: true }] },
      { type: 'paragraph', style: 'heading', spans: [{ text: 'วัตถุประสงค์' }] },
    ]);
  });

  it('nests formatting: bold inside underline gives both marks', () => {
    expect(blocks('<p><u>a<b>b</b></u><i>c</i></p>')).toEqual([
      { type: 'paragraph', spans: [{ text: 'a', underline: true }, { text: 'b', bold: true, underline: true }, { text: 'c', italic: true }] },
    ]);
  });

  it('decodes the entities Handlebars writes, so escaped data comes back as text', () => {
    expect(blocks('<p>&lt;b&gt;&amp;&quot;&#x27;&#x60;&#x3D;{{x}}</p>')).toEqual([{ type: 'paragraph', spans: [{ text: '<b>&"\'`={{x}}' }] }]);
    expect(decodeEntities('&#3647;&#x0E3F;')).toBe('฿฿');
  });

  it('turns a template line break and its indent into one space, and drops it next to the tags', () => {
    expect(blocks('<p>\n  ก\n  ข  ค\n</p>')).toEqual([{ type: 'paragraph', spans: [{ text: 'ก ข  ค' }] }]);
  });

  it('reads nested lists with their markers', () => {
    const markup = '<ol>\n  <li n="๑.">หนึ่ง\n    <ol><li n="๑.๑">ย่อย</li></ol>\n  </li>\n  <li n="๒.">สอง</li>\n</ol>';
    expect(blocks(markup)).toEqual([
      {
        type: 'list',
        items: [
          { marker: '๑.', spans: [{ text: 'หนึ่ง' }], items: [{ marker: '๑.๑', spans: [{ text: 'ย่อย' }] }] },
          { marker: '๒.', spans: [{ text: 'สอง' }] },
        ],
      },
    ]);
  });

  it('reads tables: columns, header rows, spans, row kinds and digits', () => {
    const markup = [
      '<table numerals="arabic">',
      '  <col align="left" width="4"/><col align="right" width="2" summed/>',
      '  <thead><tr><td align="center" bold>จังหวัด</td><td>งบ</td></tr></thead>',
      '  <tr kind="group"><td colspan="2" bold>1. เขต</td></tr>',
      '  <tr><td>นนทบุรี</td><td>76,000</td></tr>',
      '  <tr kind="subtotal"><td>รวม</td><td>76,000</td></tr>',
      '</table>',
    ].join('\n');
    expect(blocks(markup)).toEqual([
      {
        type: 'table',
        numerals: 'arabic',
        columns: [
          { align: 'left', width: 4 },
          { align: 'right', width: 2, summed: true },
        ],
        headerRows: [{ cells: [{ spans: [{ text: 'จังหวัด' }], align: 'center', bold: true }, { spans: [{ text: 'งบ' }] }] }],
        rows: [
          { kind: 'group', cells: [{ spans: [{ text: '1. เขต' }], colSpan: 2, bold: true }] },
          { cells: [{ spans: [{ text: 'นนทบุรี' }] }, { spans: [{ text: '76,000' }] }] },
          { kind: 'subtotal', cells: [{ spans: [{ text: 'รวม' }] }, { spans: [{ text: '76,000' }] }] },
        ],
      },
    ]);
  });

  it('reads enclosures with their title lines, orientation and digits', () => {
    const result = parseMarkup('<enclosure orientation="landscape" numerals="arabic">\n<title>ทะเบียน</title>\n<title>ปี 2564</title>\n<p>ข้อความ</p>\n</enclosure>', FILE);
    expect(result.ok && result.value).toEqual({
      blocks: [],
      enclosures: [{ title: ['ทะเบียน', 'ปี 2564'], orientation: 'landscape', numerals: 'arabic', blocks: [{ type: 'paragraph', spans: [{ text: 'ข้อความ' }] }] }],
    });
  });

  it('names the template and the line of an unclosed tag', () => {
    expect(error('<p>หนึ่ง</p>\n<p>สอง <b>หนา</p>')).toMatch(/line 2.*<b> opened on line 2/);
  });

  it('rejects text outside a block, unknown tags, bad attributes and bare ampersands', () => {
    expect(error('<p>ก</p>\nหลุด')).toMatch(/line 2.*not allowed directly inside the document/);
    expect(error('<p><script>x</script></p>')).toMatch(/<script>/);
    expect(error('<p style="fancy">x</p>')).toMatch(/style="fancy"/);
    expect(error('<p>a & b</p>')).toMatch(/bare "&"/);
    expect(error('<p>a &nbsp; b</p>')).toMatch(/unknown entity/);
    expect(error('<ol></ol>')).toMatch(/at least one <li>/);
    expect(error('<table><tr><td>x</td></tr></table>')).toMatch(/<col\/>/);
    expect(error('<enclosure><p>x</p></enclosure>')).toMatch(/<title>/);
    expect(error('<p>x')).toMatch(/never closed/);
  });

  it('rejects a row wider than the declared columns', () => {
    expect(error('<table><col/><tr><td>a</td><td>b</td></tr></table>')).toMatch(/spans 2 columns but the table declares 1/);
  });
});
