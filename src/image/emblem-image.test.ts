import { describe, expect, it } from 'vitest';
import { readEmblemInfo } from './emblem-image.js';

describe('readEmblemInfo', () => {
  it('reads a PNG header', () => {
    const png = new Uint8Array(33);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(png.buffer).setUint32(16, 300);
    new DataView(png.buffer).setUint32(20, 320);
    expect(readEmblemInfo(png)).toEqual({ type: 'png', widthPx: 300, heightPx: 320 });
  });

  it('walks JPEG markers to the frame header', () => {
    // SOI, APP0 (length 16), SOF0: precision 8, height 0x0140, width 0x012C.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...new Array<number>(14).fill(0), 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x40, 0x01, 0x2c, 0x03]);
    expect(readEmblemInfo(jpeg)).toEqual({ type: 'jpg', widthPx: 300, heightPx: 320 });
  });

  it('rejects other bytes and zero sizes', () => {
    expect(readEmblemInfo(new TextEncoder().encode('GIF89a.........................'))).toBeUndefined();
    expect(readEmblemInfo(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array<number>(20).fill(0)]))).toBeUndefined();
  });
});
