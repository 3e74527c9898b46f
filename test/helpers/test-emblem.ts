/**
 * test helper — a stand-in for the caller's Garuda: a filled ellipse on white as a real PNG
 * (zlib-compressed IDAT, correct CRCs), so renderers read it as they would the official file.
 * The package never ships the emblem itself.
 */
import { deflateSync } from 'node:zlib';

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * A black filled ellipse on white, `width` × `height` pixels: a stand-in Garuda. With `alpha`,
 * grey + alpha (PNG colour type 4): the ellipse opaque on a transparent ground, as official
 * Garuda files come, so the PDF needs a soft mask.
 */
export function testEmblemPng(width = 90, height = 100, ink = 0, alpha = false): Uint8Array {
  const channels = alpha ? 2 : 1;
  const stride = width * channels + 1;
  const raw = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    raw[y * stride] = 0;
    for (let x = 0; x < width; x++) {
      const dx = (x - width / 2) / (width / 2);
      const dy = (y - height / 2) / (height / 2);
      const inside = dx * dx + dy * dy <= 1;
      const at = y * stride + 1 + x * channels;
      raw[at] = inside ? ink : 255;
      if (alpha) raw[at + 1] = inside ? 255 : 0;
    }
  }
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, alpha ? 4 : 0, 0, 0, 0], 8);
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
