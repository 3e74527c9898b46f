import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixFontSignatures, readOs2Signature, rekeyFont } from './embedded-fonts.js';

const SARABUN = new Uint8Array(readFileSync('node_modules/@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf'));

describe('embedded font fixes', () => {
  it("reads Sarabun's own signature: Thai Unicode range (bit 24) and Thai code page 874 (bit 16) set", () => {
    const sig = readOs2Signature(SARABUN)!;
    expect(parseInt(sig.usb0, 16) & (1 << 24)).not.toBe(0);
    expect(parseInt(sig.csb0, 16) & (1 << 16)).not.toBe(0);
    expect(readOs2Signature(new Uint8Array(8))).toBeUndefined();
  });

  it('replaces the fixed signature of the named font only', () => {
    const sig = readOs2Signature(SARABUN)!;
    const xml = '<w:fonts><w:font w:name="Sarabun"><w:charset w:val="DE"/><w:sig w:usb0="E0002AFF" w:usb1="C000247B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font><w:font w:name="Other"><w:sig w:usb0="1"/></w:font></w:fonts>';
    const fixed = fixFontSignatures(xml, new Map([['Sarabun', sig]]));
    expect(fixed).toContain(`w:usb0="${sig.usb0}"`);
    expect(fixed).toContain(`w:csb0="${sig.csb0}"`);
    expect(fixed).toContain('<w:font w:name="Other"><w:sig w:usb0="1"/></w:font>');
  });

  it('swaps the obfuscation key: XOR of the first 32 bytes with both keys, reversibly', () => {
    const a = '{01234567-89AB-CDEF-0123-456789ABCDEF}';
    const b = '{5A1B0C0D-2E3F-4A5B-8C6D-7E8F9A0B1C01}';
    const once = rekeyFont(SARABUN, a, b);
    expect(once.subarray(32)).toEqual(SARABUN.subarray(32));
    expect(once.subarray(0, 32)).not.toEqual(SARABUN.subarray(0, 32));
    expect(rekeyFont(once, b, a)).toEqual(SARABUN);
    // ECMA-376 key order: the last GUID byte XORs the first font byte.
    expect(once[0]).toBe((SARABUN[0]! ^ 0xef ^ 0x01) & 0xff);
  });
});
