/**
 * Visual check of the page layout: the sample circular → compose → real text engine →
 * layoutDocument → writePdf, then pages 1 and 2 to PNG with `pdftoppm -r 110` in
 * test/.output/layout/ for a person to look at against spec section 8. The assertions check
 * what can be checked mechanically: page count and size, text extraction order of key parts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeDocument } from '../../src/compose/compose-document.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { LayoutResult } from '../../src/layout/page/layout-document.js';
import { layoutTree as layoutDocument } from '../../src/pipeline/render-pdf.js';
import { createTextEngine } from '../../src/layout/text/index.js';
import { writePdf } from '../../src/render/pdf/index.js';
import { sampleCircular } from '../compose/sample-circular.js';
import { testEmblemPng } from '../helpers/test-emblem.js';

const OUT = new URL('../.output/layout/', import.meta.url);


let layout: LayoutResult;
const pdfDiagnostics: Diagnostic[] = [];
const pdfPath = new URL('sample-circular.pdf', OUT).pathname;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const engine = await createTextEngine();
  const tree = composeDocument(sampleCircular());
  layout = layoutDocument(tree, engine, { emblemAspect: 300 / 320 });
  const pdf = await writePdf(layout.paged, engine.fonts, { emblem: testEmblemPng(300, 320, 90), onDiagnostic: (d) => pdfDiagnostics.push(d) });
  writeFileSync(pdfPath, pdf);
  execFileSync('pdftoppm', ['-r', '110', '-png', '-f', '1', '-l', '2', pdfPath, new URL('page', OUT).pathname]);
});

describe('sample circular as PDF', () => {
  it('renders A4 pages 1 and 2 to PNG', () => {
    expect(pdfDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const pages = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(pages).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(pages)?.[1])).toBe(layout.paged.pages.length);
    for (const name of ['page-1.png', 'page-2.png']) expect(existsSync(new URL(name, OUT))).toBe(true);
  });

  it('extracts the parts of page 1 in reading order and the page number on page 2', () => {
    const page1 = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdfPath, '-'], { encoding: 'utf8' });
    const order = ['ด่วนที่สุด', 'ที่ ฉช ๐๐๑๙.๓/ว ๔๕๗๑', '๙ ตุลาคม ๒๕๖๖', 'เรื่อง', 'เรียน', 'อ้างถึง', 'สิ่งที่ส่งมาด้วย', 'ตามที่อ้างถึง'];
    let from = 0;
    for (const part of order) {
      const at = page1.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(from);
      from = at;
    }
    const page2 = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '2', pdfPath, '-'], { encoding: 'utf8' });
    // pdftotext may drop the spaces inside `- ๒ -`; the layout dump checks them.
    expect(page2.trimStart()).toMatch(/^-\s*๒\s*-/);
  });
});
