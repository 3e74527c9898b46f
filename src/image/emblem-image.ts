/**
 * image — (leaf) reads the caller's Garuda image: its format and pixel size.
 * Input: PNG or JPEG bytes. Output: the type the `docx` package needs and the aspect ratio
 * that keeps the emblem's proportions at 3 cm high (ข้อ 71.1; never stretch the Garuda),
 * or undefined when the bytes are neither format.
 */

export interface EmblemInfo {
  readonly type: 'png' | 'jpg';
  readonly widthPx: number;
  readonly heightPx: number;
}

function readPngSize(bytes: Uint8Array): EmblemInfo | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || !signature.every((b, i) => bytes[i] === b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const widthPx = view.getUint32(16);
  const heightPx = view.getUint32(20);
  return widthPx > 0 && heightPx > 0 ? { type: 'png', widthPx, heightPx } : undefined;
}

/** Walk the JPEG markers to the first start-of-frame (SOF0–SOF15 except DHT, JPG, DAC). */
function readJpegSize(bytes: Uint8Array): EmblemInfo | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = view.getUint16(at + 2);
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      const heightPx = view.getUint16(at + 5);
      const widthPx = view.getUint16(at + 7);
      return widthPx > 0 && heightPx > 0 ? { type: 'jpg', widthPx, heightPx } : undefined;
    }
    at += 2 + length;
  }
  return undefined;
}

export function readEmblemInfo(bytes: Uint8Array): EmblemInfo | undefined {
  return readPngSize(bytes) ?? readJpegSize(bytes);
}
