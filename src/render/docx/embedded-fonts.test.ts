import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixedFontKey, obfuscateFont, readOs2Signature } from './embedded-fonts.js';

const SARABUN = new Uint8Array(readFileSync('node_modules/@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf'));

describe('embedded fonts', () => {
  it("reads Sarabun's own signature: Thai Unicode range (bit 24) and Thai code page 874 (bit 16) set", () => {
    const sig = readOs2Signature(SARABUN)!;
    expect(parseInt(sig.usb0, 16) & (1 << 24)).not.toBe(0);
    expect(parseInt(sig.csb0, 16) & (1 << 16)).not.toBe(0);
    expect(readOs2Signature(new Uint8Array(8))).toBeUndefined();
  });

  it('obfuscates the first 32 bytes with the key in ECMA-376 order, reversibly', () => {
    const key = fixedFontKey(1);
    expect(key).toBe('{5A1B0C0D-2E3F-4A5B-8C6D-7E8F9A0B1C01}');
    const once = obfuscateFont(SARABUN, key);
    expect(once.subarray(32)).toEqual(SARABUN.subarray(32));
    expect(once.subarray(0, 32)).not.toEqual(SARABUN.subarray(0, 32));
    expect(obfuscateFont(once, key)).toEqual(SARABUN);
    // The last GUID byte XORs the first font byte, the first GUID byte the 16th.
    expect(once[0]).toBe((SARABUN[0]! ^ 0x01) & 0xff);
    expect(once[15]).toBe((SARABUN[15]! ^ 0x5a) & 0xff);
    expect(once[16]).toBe((SARABUN[16]! ^ 0x01) & 0xff);
  });
});
