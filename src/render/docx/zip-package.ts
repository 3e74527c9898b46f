/**
 * render/docx — the .docx zip: entries in the order given, DEFLATE-compressed, with a fixed
 * timestamp so identical parts give identical bytes. Most parts (styles, theme, settings,
 * relationships) are the same in every letter, so the compressed form of each part is kept
 * with the part's bytes and reused while a part of that name comes back unchanged.
 */
import { crc32, rawDeflate, type DeflateEffort } from '../../compression/deflate.js';

interface CompressedPart {
  readonly data: Uint8Array;
  readonly crc: number;
  readonly compressed: Uint8Array;
}

const lastByName = new Map<string, CompressedPart>();
const CACHE_LIMIT = 256;

/** 1980-01-01 12:00 in MS-DOS date and time fields (DOS dates cannot go before 1980). */
const DOS_TIME = 12 << 11;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const DEFLATED = 8;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function compressPart(name: string, data: Uint8Array, effort: DeflateEffort): CompressedPart {
  const key = `${effort}:${name}`;
  const last = lastByName.get(key);
  if (last !== undefined && sameBytes(last.data, data)) return last;
  const part = { data, crc: crc32(data), compressed: rawDeflate(data, effort) };
  if (lastByName.size >= CACHE_LIMIT) lastByName.clear();
  lastByName.set(key, part);
  return part;
}

const encoder = new TextEncoder();

/** A zip archive of the entries, in order; `fast` for parts that change with every letter. */
export function zipPackage(entries: readonly (readonly [name: string, data: Uint8Array, effort?: DeflateEffort])[]): Uint8Array {
  const locals: { name: Uint8Array; part: CompressedPart; offset: number }[] = [];
  let offset = 0;
  for (const [name, data, effort] of entries) {
    const part = compressPart(name, data, effort ?? 'small');
    const encodedName = encoder.encode(name);
    locals.push({ name: encodedName, part, offset });
    offset += 30 + encodedName.length + part.compressed.length;
  }
  const centralStart = offset;
  let centralLength = 0;
  for (const local of locals) centralLength += 46 + local.name.length;
  const out = new Uint8Array(centralStart + centralLength + 22);
  const view = new DataView(out.buffer);
  for (const { name, part, offset: at } of locals) {
    view.setUint32(at, 0x04034b50, true);
    writeCommonFields(view, at + 4, name.length, part);
    out.set(name, at + 30);
    out.set(part.compressed, at + 30 + name.length);
  }
  let at = centralStart;
  for (const { name, part, offset: localOffset } of locals) {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by: MS-DOS, zip 2.0
    writeCommonFields(view, at + 6, name.length, part);
    // Comment length, disk, internal and external attributes are zero.
    view.setUint32(at + 42, localOffset, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, locals.length, true);
  view.setUint16(at + 10, locals.length, true);
  view.setUint32(at + 12, centralLength, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}

/** The fields local and central headers share, from "version needed" to "extra field length". */
function writeCommonFields(view: DataView, at: number, nameLength: number, part: CompressedPart): void {
  view.setUint16(at, 20, true);
  view.setUint16(at + 2, UTF8_NAMES, true);
  view.setUint16(at + 4, DEFLATED, true);
  view.setUint16(at + 6, DOS_TIME, true);
  view.setUint16(at + 8, DOS_DATE, true);
  view.setUint32(at + 10, part.crc, true);
  view.setUint32(at + 14, part.compressed.length, true);
  view.setUint32(at + 18, part.data.length, true);
  view.setUint16(at + 22, nameLength, true);
  view.setUint16(at + 24, 0, true);
}
