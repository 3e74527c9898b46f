/**
 * lint — the printed lines of a PDF's text layer, read with pdf.js (pdfjs-dist, Mozilla; pure JavaScript, loaded
 * only when a PDF is linted). Text items on one baseline make one line, in left-to-right order; a wide gap
 * (the ที่ number and the office block side by side, table cells) splits it into separate lines, each with its
 * indent from the page's text margin. A PDF without any text (a scan) gives no lines; the caller says so.
 */
import { cleanLineText, type SourceLine } from './source-lines.js';

/** Items whose baselines differ by less than this (points) share a line. */
const SAME_LINE = 2.5;
/** A horizontal gap wider than this (points) starts a separate line. */
const SPLIT_GAP = 24;

interface Item {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

export interface PdfLines {
  readonly lines: readonly SourceLine[];
  readonly pages: number;
}

/** Undefined when the bytes are not a PDF pdf.js can open. */
export async function readPdfLines(bytes: Uint8Array): Promise<PdfLines | undefined> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    document = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  } catch {
    return undefined;
  }
  const pages: { page: number; items: Item[] }[] = [];
  for (let p = 1; p <= document.numPages; p += 1) {
    const page = await document.getPage(p);
    const content = await page.getTextContent();
    const items: Item[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const transform = item.transform as readonly number[];
      items.push({ text: item.str, x: transform[4] ?? 0, y: transform[5] ?? 0, width: item.width });
    }
    pages.push({ page: p, items });
  }
  await document.destroy();
  const margin = leftMargin(pages.flatMap((p) => p.items));
  const lines: SourceLine[] = [];
  for (const { page, items } of pages) {
    const rows: Item[][] = [];
    for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
      const row = rows.find((r) => Math.abs((r[0]?.y ?? 0) - item.y) < SAME_LINE);
      if (row === undefined) rows.push([item]);
      else row.push(item);
    }
    let line = 0;
    for (const row of rows) {
      line += 1;
      const sorted = row.sort((a, b) => a.x - b.x);
      let start: Item | undefined;
      let text = '';
      let end = 0;
      let stops: number[] = [];
      const flush = (): void => {
        const cleaned = cleanLineText(text);
        if (start !== undefined && cleaned !== '') lines.push({ text: cleaned, page, line, indent: Math.round(start.x - margin), stops });
      };
      for (const item of sorted) {
        if (start !== undefined && item.x - end > SPLIT_GAP) {
          flush();
          start = undefined;
          text = '';
          stops = [];
        }
        if (start === undefined) start = item;
        else if (item.x - end > 1 && !text.endsWith(' ')) text += ' ';
        text += item.text;
        stops.push(Math.round(item.x - margin));
        end = item.x + item.width;
      }
      flush();
    }
  }
  return { lines, pages: pages.length };
}

/** The most common left edge (rounded to a point): the text margin. */
function leftMargin(items: readonly Item[]): number {
  const counts = new Map<number, number>();
  for (const item of items) counts.set(Math.round(item.x), (counts.get(Math.round(item.x)) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [x, count] of counts) {
    if (count > bestCount || (count === bestCount && x < best)) {
      best = x;
      bestCount = count;
    }
  }
  return best;
}
