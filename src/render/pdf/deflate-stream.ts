/**
 * render/pdf — Flate-compressed streams (/FlateDecode), deflated by the compression leaf
 * (native zlib on Node, fflate elsewhere) rather than by the pako inside pdf-lib's
 * `flateStream`, which is several times slower.
 */
import type { PDFContext, PDFRawStream } from 'pdf-lib';
import { zlibDeflate } from '../../compression/deflate.js';

const encoder = new TextEncoder();

/** A /FlateDecode stream of `contents` (text is written as UTF-8; content streams are ASCII). */
export function deflatedStream(
  context: PDFContext,
  contents: Uint8Array | string,
  extra: Record<string, number | string> = {},
): PDFRawStream {
  const bytes = typeof contents === 'string' ? encoder.encode(contents) : contents;
  return context.stream(zlibDeflate(bytes), { ...extra, Filter: 'FlateDecode' });
}
