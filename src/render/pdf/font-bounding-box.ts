/**
 * render/pdf — the font-wide numbers a FontDescriptor states: the bounding box of all glyphs
 * (head table) and the cap height (OS/2 version 2 and later; 0 when the face has none).
 */
import { sfntTables } from './sfnt-tables.js';

export interface FontBoundingBox {
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  readonly capHeight: number;
}

const boxes = new WeakMap<Uint8Array, FontBoundingBox>();

export function fontBoundingBox(fontBytes: Uint8Array): FontBoundingBox {
  const cached = boxes.get(fontBytes);
  if (cached !== undefined) return cached;
  const view = new DataView(fontBytes.buffer, fontBytes.byteOffset, fontBytes.byteLength);
  const tables = sfntTables(fontBytes);
  const head = tables.get('head')?.offset ?? 0;
  const os2 = tables.get('OS/2')?.offset;
  const capHeight = os2 !== undefined && view.getUint16(os2) >= 2 ? view.getInt16(os2 + 88) : 0;
  const box: FontBoundingBox = {
    xMin: view.getInt16(head + 36),
    yMin: view.getInt16(head + 38),
    xMax: view.getInt16(head + 40),
    yMax: view.getInt16(head + 42),
    capHeight,
  };
  boxes.set(fontBytes, box);
  return box;
}
