import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTextEngine } from '../../src/layout/text/create-text-engine.js';
import { writePdf } from '../../src/render/pdf/write-pdf.js';
import { pagedParagraphs, type TestParagraph } from './paged-paragraphs.js';
import { OUTPUT_DIR, run, writeOutput } from './poppler.js';
import { seedParagraphs } from './seed-paragraphs.js';

const LAKSAMAN = '/usr/share/fonts/truetype/tlwg/Laksaman.ttf';

const PARAGRAPHS: TestParagraph[] = [
  { runs: [{ text: 'ด่วนที่สุด', bold: true, color: 'red' }], size: 32 },
  { runs: [{ text: 'ที่ ปู่ ปี่ ญี่ปุ่น ฐูป ญู น้ำ คล้ำ กำหนด ป่ำ ฟ้า ปั้น ฝั่ง ตั๋ว ฤๅษี ฎีกา' }] },
  { runs: [{ text: 'เรื่อง  ', bold: true }, { text: 'A วันที่ ๐๑๒๓๔๕๖๗๘๙ ครั้งที่ ๑ (Video Conference)' }] },
  ...seedParagraphs().slice(0, 4).map((text, i): TestParagraph => ({
    runs: [{ text }],
    align: i % 2 === 0 ? 'thaiDistribute' : 'justify',
    firstLineIndent: 70.87,
  })),
  { runs: [{ text: 'ขีดเส้นใต้', underline: true }, { text: ' ชิดขวา' }], align: 'right' },
];

describe('a rendered test page (pdftoppm -r 110)', () => {
  it.each([
    ['Sarabun', undefined],
    ['Laksaman', LAKSAMAN],
  ])('renders with %s', async (name, font) => {
    if (font !== undefined && !existsSync(font)) return;
    const engine = await createTextEngine(font === undefined ? {} : { fonts: { regular: font, bold: font.replace('.ttf', '-Bold.ttf') } });
    const path = writeOutput(`visual-${name}.pdf`, await writePdf(pagedParagraphs(engine, PARAGRAPHS), engine.fonts));
    run('pdftoppm', ['-r', '110', '-png', '-f', '1', '-l', '1', path, `${OUTPUT_DIR}/visual-${name}`]);
    const png = readFileSync(`${OUTPUT_DIR}/visual-${name}-1.png`);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
  });
});
