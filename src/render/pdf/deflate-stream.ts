/**
 * render/pdf — Flate-compressed streams through fflate, which deflates several times faster
 * than the pako inside pdf-lib's `flateStream` and gives the same bytes for the same input
 * on every platform (Node and browsers alike), so PDFs stay reproducible.
 */
import { zlibSync } from 'fflate';
import type { PDFContext, PDFRawStream } from 'pdf-lib';

const encoder = new TextEncoder();

/** A /FlateDecode stream of `contents` (text is written as UTF-8; content streams are ASCII). */
export function deflatedStream(
  context: PDFContext,
  contents: Uint8Array | string,
  extra: Record<string, number | string> = {},
): PDFRawStream {
  const bytes = typeof contents === 'string' ? encoder.encode(contents) : contents;
  return context.stream(zlibSync(bytes, { level: 6 }), { ...extra, Filter: 'FlateDecode' });
}
