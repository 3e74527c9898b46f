import { inflateSync, unzlibSync } from 'fflate';
import fc from 'fast-check';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, deflateImplementation, portableCrc32, rawDeflate, zlibDeflate } from './deflate.js';

describe('compression', () => {
  it('uses the runtime zlib on Node', () => {
    expect(deflateImplementation).toBe('node:zlib');
  });

  it('deflates so that an independent inflater (fflate) gives the bytes back, raw and zlib-wrapped', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), fc.string({ unit: 'grapheme', maxLength: 300 }), (bytes, text) => {
        const data = bytes.length % 2 === 0 ? bytes : new TextEncoder().encode(text.repeat(5));
        expect(inflateSync(rawDeflate(data))).toEqual(data);
        const wrapped = zlibDeflate(data);
        expect(wrapped[0]).toBe(0x78); // zlib header: DEFLATE, 32K window (RFC 1950)
        expect(unzlibSync(wrapped)).toEqual(data);
        expect(Object.getPrototypeOf(wrapped)).toBe(Uint8Array.prototype);
      }),
    );
  });

  it('computes CRC-32 as zlib does, with and without the runtime', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const expected = nodeCrc32(bytes) >>> 0;
        expect(crc32(bytes)).toBe(expected);
        expect(portableCrc32(bytes)).toBe(expected);
      }),
    );
    expect(portableCrc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
