/**
 * render/pdf — the table directory of an sfnt font file (TrueType/OpenType): where each table
 * lies. Read once per font file and shared by the subsetter and the font descriptor.
 */
export interface TableRecord {
  readonly offset: number;
  readonly length: number;
}

/** Thrown for bytes that are not a readable sfnt file. */
export class SfntFormatError extends Error {}

const directories = new WeakMap<Uint8Array, ReadonlyMap<string, TableRecord>>();

export function sfntTables(bytes: Uint8Array): ReadonlyMap<string, TableRecord> {
  const cached = directories.get(bytes);
  if (cached !== undefined) return cached;
  if (bytes.length < 12) throw new SfntFormatError('the font file is too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tableCount = view.getUint16(4);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < tableCount; i++) {
    const at = 12 + i * 16;
    if (at + 16 > bytes.length) throw new SfntFormatError('the table directory is truncated');
    const tag = String.fromCharCode(bytes[at] ?? 0, bytes[at + 1] ?? 0, bytes[at + 2] ?? 0, bytes[at + 3] ?? 0);
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > bytes.length) throw new SfntFormatError(`the '${tag}' table lies outside the file`);
    tables.set(tag, { offset, length });
  }
  directories.set(bytes, tables);
  return tables;
}
