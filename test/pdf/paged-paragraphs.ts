/**
 * test helper — a small PagedDocument made by laying out paragraphs with the text engine on
 * A4 pages (3 cm / 2 cm margins, 20.8 pt pitch): what the PDF tests write and read back.
 * It stands in for the page layout, which is not under test here.
 */
import type { Run } from '../../src/compose/tree.js';
import type { FrameItem, Page, PagedDocument } from '../../src/layout/frame.js';
import type { TextAlign, TextEngine } from '../../src/layout/text/text-engine.js';

export interface TestParagraph {
  readonly runs: readonly Run[];
  readonly align?: TextAlign;
  readonly firstLineIndent?: number;
  readonly size?: number;
}

export const A4 = { width: 595.28, height: 841.89, left: 85.04, right: 56.69, top: 70.87, bottom: 56.69 } as const;
export const MEASURE = A4.width - A4.left - A4.right;

export function pagedParagraphs(engine: TextEngine, paragraphs: readonly TestParagraph[], extra: readonly FrameItem[] = []): PagedDocument {
  const pages: Page[] = [];
  let items: FrameItem[] = [...extra];
  let y = A4.top;
  for (const paragraph of paragraphs) {
    const size = paragraph.size ?? 16;
    const pitch = (20.8 * size) / 16;
    const laid = engine.layoutParagraph({
      runs: paragraph.runs,
      size,
      width: MEASURE,
      firstLineIndent: paragraph.firstLineIndent ?? 0,
      restIndent: 0,
      align: paragraph.align ?? 'left',
      color: '#000000',
    });
    for (const line of laid.lines) {
      if (y + pitch > A4.height - A4.bottom) {
        pages.push({ width: A4.width, height: A4.height, items });
        items = [];
        y = A4.top;
      }
      y += pitch;
      for (const run of line.runs) items.push({ ...run, x: run.x + A4.left, y });
    }
    y += 6;
  }
  pages.push({ width: A4.width, height: A4.height, items });
  return { pages, meta: { title: 'ทดสอบ', subject: 'การทดสอบ', author: 'saraban', language: 'th-TH' } };
}
