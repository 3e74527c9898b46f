/**
 * test helper — a compact text dump of a PagedDocument: one line per frame item
 * (page, kind, x, y rounded to 0.01 pt, text or size), to read layouts and diff them.
 */
import type { FrameItem, PagedDocument } from '../../src/layout/frame.js';

function r(n: number): string {
  return n.toFixed(2);
}

function itemLine(page: number, item: FrameItem): string {
  switch (item.kind) {
    case 'glyphs':
      return `p${String(page)} ${r(item.x)} ${r(item.y)} ${item.color === '#000000' ? '' : `[${item.color}] `}${item.text}`;
    case 'rule':
      return `p${String(page)} rule ${r(item.x1)},${r(item.y1)} → ${r(item.x2)},${r(item.y2)}`;
    case 'image':
      return `p${String(page)} image ${item.image} ${r(item.x)} ${r(item.y)} ${r(item.width)}×${r(item.height)}`;
  }
}

/** Glyph runs only unless `rules` is set; items sorted by y then x within each page. */
export function dumpLayout(paged: PagedDocument, options: { rules?: boolean } = {}): string {
  const out: string[] = [];
  paged.pages.forEach((page, p) => {
    out.push(`page ${String(p + 1)} ${r(page.width)}×${r(page.height)}`);
    const items = page.items
      .filter((item) => item.kind !== 'rule' || options.rules === true)
      .slice()
      .sort((a, b) => (a.kind === 'rule' ? a.y1 : a.y) - (b.kind === 'rule' ? b.y1 : b.y) || (a.kind === 'rule' ? a.x1 : a.x) - (b.kind === 'rule' ? b.x1 : b.x));
    for (const item of items) out.push(itemLine(p + 1, item));
  });
  return out.join('\n');
}
