/**
 * test — lint never throws: a scanned PDF (no text layer) says so, a broken DOCX or PDF is an unreadable file,
 * lines that fit no part are reported, and any text at all (fast-check) gives a result with diagnostics.
 */
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { lintLetter } from '../../src/lint/index.js';

describe('lint on files it cannot read', () => {
  it('a PDF without a text layer is reported as a scan', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]);
    const result = await lintLetter(await pdf.save());
    expect(result.format).toBe('pdf');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['lint_scanned_pdf']);
    expect(result.diagnostics[0]?.messageTh).toContain('สแกน');
    expect(result.ok).toBe(false);
  });
  it('a broken PDF and a ZIP without word/document.xml are unreadable files', async () => {
    expect((await lintLetter(new TextEncoder().encode('%PDF-1.7 broken'))).diagnostics.map((d) => d.code)).toEqual(['lint_unreadable_file']);
    const zip = zipSync({ 'a.txt': new TextEncoder().encode('x') });
    expect((await lintLetter(zip)).diagnostics.map((d) => d.code)).toEqual(['lint_unreadable_file']);
  });
  it('a DOCX paragraph list is read as lines, with page breaks', async () => {
    const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const xml = `<w:document><w:body>${p('ที่ มท ๐๔๐๘.๒/ว ๒๒๙๓')}${p('กรมการพัฒนาชุมชน')}${p('๑๘ มีนาคม ๒๕๖๓')}${p('เรื่อง ทดสอบ')}${p('เรียน ผู้ว่าราชการจังหวัดทุกจังหวัด')}${p('ขอให้ส่งภายในวันพุธที่ ๒๕ ธันวาคม พุทธศักราช ๒๕๖๕')}<w:p><w:r><w:br w:type="page"/><w:t>ขอแสดงความนับถือ</w:t></w:r></w:p>${p('(นายโชคชัย แก้วป่อง)')}${p('อธิบดีกรมการพัฒนาชุมชน')}${p('กลุ่มงานประสานแผน')}</w:body></w:document>`;
    const docx = zipSync({ 'word/document.xml': new TextEncoder().encode(xml) });
    const result = await lintLetter(docx);
    expect(result.format).toBe('docx');
    expect(result.input['subject']).toBe('ทดสอบ');
    const weekday = result.diagnostics.find((d) => d.code === 'weekday_mismatch');
    expect(weekday?.source).toEqual({ page: 1, line: 6 });
    expect(result.lines.find((l) => l.text === 'ขอแสดงความนับถือ')?.page).toBe(2);
  });
});

describe('lint on text that is hardly a letter', () => {
  it('reports lines that fit no part and the parts missing, without throwing', async () => {
    const result = await lintLetter('สวัสดีครับ\nนี่ไม่ใช่หนังสือราชการ');
    expect(result.ok).toBe(false);
    expect(result.diagnostics.some((d) => d.code === 'lint_unrecognised_line' && d.source?.line === 1)).toBe(true);
    expect(result.diagnostics.some((d) => d.code === 'missing_field')).toBe(true);
  });
  it('never throws on any text (property)', async () => {
    const piece = fc.constantFrom('ที่ มท ๐๔๐๘.๒/ว ๒๒๙๓', 'เรื่อง ก', 'เรียน ข', 'อ้างถึง ค', 'สิ่งที่ส่งมาด้วย ๑.', '๑.', '(นาย ก)', 'ขอแสดงความนับถือ', 'โทร. ๑', 'สำเนาส่ง', '“ก”', '๒๕', 'มีนาคม ๒๕๖๕', '- ๒ -');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(piece, fc.string()), { maxLength: 25 }), async (lines) => {
        const result = await lintLetter(lines.join('\n'));
        expect(Array.isArray(result.diagnostics)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
