/**
 * render/docx — fixes to the fonts the `docx` package embeds (spec P6).
 * Input: the package entries and the embedded faces' TTF bytes. Output: `w:sig` taken from each
 * face's own OS/2 table (docx writes a fixed signature with the Thai Unicode-range and code-page
 * bits unset, so Word would not trust the face for Thai), and a fixed obfuscation key per font
 * file instead of a random one, re-obfuscating the file so identical input gives identical bytes.
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

/** Replace the `w:sig` of the named fonts in word/fontTable.xml. */
export function fixFontSignatures(fontTableXml: string, signatures: ReadonlyMap<string, FontSignature>): string {
  return fontTableXml.replace(/<w:font w:name="([^"]*)">([\s\S]*?)<\/w:font>/g, (whole: string, name: string, body: string) => {
    const sig = signatures.get(name);
    if (!sig) return whole;
    const element = `<w:sig w:usb0="${sig.usb0}" w:usb1="${sig.usb1}" w:usb2="${sig.usb2}" w:usb3="${sig.usb3}" w:csb0="${sig.csb0}" w:csb1="${sig.csb1}"/>`;
    return `<w:font w:name="${name}">${body.replace(/<w:sig\b[^>]*\/>/, element)}</w:font>`;
  });
}

/** The 16 key bytes in the order the obfuscation uses them (ECMA-376 Part 1, 17.8.1). */
function keyBytes(guid: string): number[] {
  const hex = guid.replace(/[{}-]/g, '');
  const bytes = hex.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? [];
  return bytes.reverse();
}

/** A fixed key for the Nth embedded file. */
function fixedKey(index: number): string {
  return `{5A1B0C0D-2E3F-4A5B-8C6D-7E8F9A0B1C${(index & 0xff).toString(16).toUpperCase().padStart(2, '0')}}`;
}

/** Swap the obfuscation key of one font file: XOR its first 32 bytes with the old and the new key. */
export function rekeyFont(odttf: Uint8Array, oldKey: string, newKey: string): Uint8Array {
  const a = keyBytes(oldKey);
  const b = keyBytes(newKey);
  const out = odttf.slice();
  for (let i = 0; i < Math.min(32, out.length); i++) out[i] = (out[i] ?? 0) ^ (a[i % 16] ?? 0) ^ (b[i % 16] ?? 0);
  return out;
}

/**
 * Give every embedded font a fixed key: rewrites word/fontTable.xml and the font files it
 * points to (through word/_rels/fontTable.xml.rels), in place in `entries`.
 */
export function fixFontKeys(entries: Record<string, Uint8Array>, decode: (b: Uint8Array) => string, encode: (s: string) => Uint8Array): void {
  const table = entries['word/fontTable.xml'];
  const rels = entries['word/_rels/fontTable.xml.rels'];
  if (!table || !rels) return;
  const relsXml = decode(rels);
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, `word/${target.replace(/^\/?word\//, '')}`);
  }
  let index = 0;
  const xml = decode(table).replace(/<w:embed(Regular|Bold|Italic|BoldItalic)\b([^>]*)\/>/g, (whole: string, _kind: string, attrs: string) => {
    const id = /\br:id="([^"]+)"/.exec(attrs)?.[1];
    const oldKey = /\bw:fontKey="([^"]+)"/.exec(attrs)?.[1];
    const path = id ? targets.get(id) : undefined;
    const file = path ? entries[path] : undefined;
    if (!oldKey || !path || !file) return whole;
    const newKey = fixedKey(++index);
    entries[path] = rekeyFont(file, oldKey, newKey);
    return whole.replace(oldKey, newKey);
  });
  entries['word/fontTable.xml'] = encode(xml);
}
