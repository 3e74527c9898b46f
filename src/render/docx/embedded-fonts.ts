/**
 * render/docx — embedded fonts (spec P6): `w:sig` taken from the face's own OS/2 table (a
 * signature with the Thai Unicode-range and code-page bits unset makes Word distrust the face
 * for Thai), and the font files obfuscated with a fixed key per file.
 */

export interface FontSignature {
  readonly usb0: string;
  readonly usb1: string;
  readonly usb2: string;
  readonly usb3: string;
  readonly csb0: string;
  readonly csb1: string;
}

const hex8 = (n: number): string => n.toString(16).toUpperCase().padStart(8, '0');

/** ulUnicodeRange1–4 and ulCodePageRange1–2 of a TrueType/OpenType face's OS/2 table. */
export function readOs2Signature(ttf: Uint8Array): FontSignature | undefined {
  if (ttf.length < 12) return undefined;
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (record + 16 > ttf.length) return undefined;
    const tag = String.fromCharCode(...ttf.subarray(record, record + 4));
    if (tag !== 'OS/2') continue;
    const at = view.getUint32(record + 8);
    if (at + 86 > ttf.length || view.getUint16(at) < 1) return undefined;
    return {
      usb0: hex8(view.getUint32(at + 42)),
      usb1: hex8(view.getUint32(at + 46)),
      usb2: hex8(view.getUint32(at + 50)),
      usb3: hex8(view.getUint32(at + 54)),
      csb0: hex8(view.getUint32(at + 78)),
      csb1: hex8(view.getUint32(at + 82)),
    };
  }
  return undefined;
}

/** The 16 key bytes in the order the obfuscation uses them (ECMA-376 Part 1, 17.8.1). */
function keyBytes(guid: string): number[] {
  const hex = guid.replace(/[{}-]/g, '');
  const bytes = hex.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? [];
  return bytes.reverse();
}

/** A fixed key for the Nth embedded file, so identical input gives identical bytes. */
export function fixedFontKey(index: number): string {
  return `{5A1B0C0D-2E3F-4A5B-8C6D-7E8F9A0B1C${(index & 0xff).toString(16).toUpperCase().padStart(2, '0')}}`;
}

/**
 * An embedded font file as Word stores it (.odttf): the first 32 bytes XORed with the key's
 * bytes in reverse order (ECMA-376 Part 1, 17.8.1). Applying it twice gives the font back.
 */
export function obfuscateFont(ttf: Uint8Array, key: string): Uint8Array {
  const bytes = keyBytes(key);
  const out = ttf.slice();
  for (let i = 0; i < Math.min(32, out.length); i++) out[i] = (out[i] ?? 0) ^ (bytes[i % 16] ?? 0);
  return out;
}
