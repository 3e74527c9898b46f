/**
 * render/pdf — a TrueType subsetter that keeps glyph ids. The subset holds the outlines of
 * the glyphs drawn (and the components of composite glyphs) and empty outlines for every other
 * id up to the highest one, so the PDF's CIDs are the face's own glyph ids and the CIDFont
 * needs only /CIDToGIDMap /Identity. The tables a PDF TrueType font program needs are written
 * (head, hhea, maxp, hmtx, loca, glyf, and the hinting tables cvt, fpgm, prep when present;
 * PDF 32000 §9.9); the face's table directory and glyph offsets are read once per face.
 */

import { SfntFormatError, sfntTables, type TableRecord } from './sfnt-tables.js';

interface ParsedTrueType {
  readonly bytes: Uint8Array;
  readonly view: DataView;
  readonly tables: ReadonlyMap<string, TableRecord>;
  readonly numGlyphs: number;
  readonly numberOfHMetrics: number;
  /** Byte offset of each glyph's outline inside the font file, numGlyphs + 1 entries. */
  readonly glyphStarts: Uint32Array;
  /** Components of composite glyphs, filled on first use. */
  readonly components: Map<number, readonly number[]>;
}

/** Thrown when the font has no TrueType outlines (CFF-flavoured OpenType) or is malformed. */
export class TrueTypeSubsetError extends Error {}

function readTables(bytes: Uint8Array): ReadonlyMap<string, TableRecord> {
  try {
    return sfntTables(bytes);
  } catch (error) {
    if (error instanceof SfntFormatError) throw new TrueTypeSubsetError(error.message);
    throw error;
  }
}

const parsedFaces = new WeakMap<Uint8Array, ParsedTrueType>();

const KEPT_TABLES = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'] as const;

/** A font program with the outlines of `glyphIds` (and their components) at their own ids. */
export function subsetTrueType(fontBytes: Uint8Array, glyphIds: Iterable<number>): Uint8Array {
  const font = parseTrueType(fontBytes);
  const keep = glyphClosure(font, glyphIds);
  let maxId = 0;
  for (const id of keep) if (id > maxId) maxId = id;
  const glyphCount = maxId + 1;

  let glyfLength = 0;
  for (const id of keep) glyfLength += padded4(glyphLength(font, id));
  const glyf = new Uint8Array(glyfLength);
  const loca = new Uint8Array((glyphCount + 1) * 4);
  const locaView = new DataView(loca.buffer);
  const glyfOffset = table(font, 'glyf').offset;
  let cursor = 0;
  for (let id = 0; id < glyphCount; id++) {
    locaView.setUint32(id * 4, cursor);
    if (!keep.has(id)) continue;
    const start = glyfOffset + (font.glyphStarts[id] ?? 0);
    const length = glyphLength(font, id);
    glyf.set(font.bytes.subarray(start, start + length), cursor);
    cursor += padded4(length);
  }
  locaView.setUint32(glyphCount * 4, cursor);

  const hMetricCount = Math.min(font.numberOfHMetrics, glyphCount);
  const hmtx = new Uint8Array(hMetricCount * 4 + (glyphCount - hMetricCount) * 2);
  const hmtxSource = table(font, 'hmtx').offset;
  hmtx.set(font.bytes.subarray(hmtxSource, hmtxSource + hMetricCount * 4), 0);
  // Glyphs past the long metrics (only when the face has such glyphs below maxId): bare lsbs,
  // copied as they are, since hMetricCount is then the face's own count.
  const lsbSource = hmtxSource + hMetricCount * 4;
  hmtx.set(font.bytes.subarray(lsbSource, lsbSource + (glyphCount - hMetricCount) * 2), hMetricCount * 4);

  const head = copyTable(font, 'head');
  const headView = new DataView(head.buffer);
  headView.setUint32(8, 0); // checkSumAdjustment, set once the whole file is known
  headView.setInt16(50, 1); // indexToLocFormat: long offsets
  const hhea = copyTable(font, 'hhea');
  new DataView(hhea.buffer).setUint16(34, hMetricCount);
  const maxp = copyTable(font, 'maxp');
  new DataView(maxp.buffer).setUint16(4, glyphCount);

  const contents = new Map<string, Uint8Array>([
    ['glyf', glyf],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['loca', loca],
    ['maxp', maxp],
  ]);
  for (const tag of ['cvt ', 'fpgm', 'prep']) if (font.tables.has(tag)) contents.set(tag, copyTable(font, tag));
  return assembleFont(KEPT_TABLES.filter((tag) => contents.has(tag)).map((tag) => [tag, contents.get(tag) ?? new Uint8Array()]));
}

function parseTrueType(bytes: Uint8Array): ParsedTrueType {
  const cached = parsedFaces.get(bytes);
  if (cached !== undefined) return cached;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = readTables(bytes);
  if (!tables.has('glyf') && tables.has('CFF ')) {
    throw new TrueTypeSubsetError('the font has CFF (PostScript) outlines; give the TrueType (.ttf) version of the face');
  }
  // The smallest sizes the fields read here need (OpenType spec): a malformed face is refused
  // with a reason instead of reading past a table.
  const minimum: Readonly<Record<string, number>> = { glyf: 0, head: 54, hhea: 36, hmtx: 0, loca: 0, maxp: 6 };
  const record = (tag: string): TableRecord => {
    const found = tables.get(tag);
    if (found === undefined) throw new TrueTypeSubsetError(`the font has no '${tag}' table`);
    if (found.length < (minimum[tag] ?? 0)) throw new TrueTypeSubsetError(`the '${tag}' table is too short`);
    return found;
  };
  for (const tag of Object.keys(minimum)) record(tag);
  const longLoca = view.getInt16(record('head').offset + 50) === 1;
  const numGlyphs = view.getUint16(record('maxp').offset + 4);
  const numberOfHMetrics = view.getUint16(record('hhea').offset + 34);
  if (numGlyphs === 0 || numberOfHMetrics === 0 || numberOfHMetrics > numGlyphs) {
    throw new TrueTypeSubsetError('the glyph count or the horizontal metrics count is wrong');
  }
  if (record('hmtx').length < numberOfHMetrics * 4 + (numGlyphs - numberOfHMetrics) * 2) throw new TrueTypeSubsetError("the 'hmtx' table is too short");
  const loca = record('loca');
  if (loca.length < (numGlyphs + 1) * (longLoca ? 4 : 2)) throw new TrueTypeSubsetError("the 'loca' table is too short");
  const glyfLength = record('glyf').length;
  const glyphStarts = new Uint32Array(numGlyphs + 1);
  for (let id = 0; id <= numGlyphs; id++) {
    const start = longLoca ? view.getUint32(loca.offset + id * 4) : view.getUint16(loca.offset + id * 2) * 2;
    if (start > glyfLength || (id > 0 && start < (glyphStarts[id - 1] ?? 0))) {
      throw new TrueTypeSubsetError(`the 'loca' offset of glyph ${String(id)} lies outside the 'glyf' table or goes backwards`);
    }
    glyphStarts[id] = start;
  }
  const parsed: ParsedTrueType = { bytes, view, tables, numGlyphs, numberOfHMetrics, glyphStarts, components: new Map() };
  parsedFaces.set(bytes, parsed);
  return parsed;
}

function table(font: ParsedTrueType, tag: string): TableRecord {
  const record = font.tables.get(tag);
  if (record === undefined) throw new TrueTypeSubsetError(`the font has no '${tag}' table`);
  return record;
}

function copyTable(font: ParsedTrueType, tag: string): Uint8Array {
  const { offset, length } = table(font, tag);
  return font.bytes.slice(offset, offset + length);
}

function glyphLength(font: ParsedTrueType, id: number): number {
  if (id >= font.numGlyphs) return 0;
  return (font.glyphStarts[id + 1] ?? 0) - (font.glyphStarts[id] ?? 0);
}

/** Glyph 0 (.notdef, required), the glyphs drawn, and every component of a composite, recursively. */
function glyphClosure(font: ParsedTrueType, glyphIds: Iterable<number>): Set<number> {
  const keep = new Set<number>();
  const pending: number[] = [0];
  for (const id of glyphIds) {
    if (!Number.isInteger(id) || id < 0 || id >= font.numGlyphs) {
      throw new TrueTypeSubsetError(`glyph ${String(id)} is not in the font (it has ${String(font.numGlyphs)} glyphs)`);
    }
    pending.push(id);
  }
  while (pending.length > 0) {
    const id = pending.pop() ?? 0;
    if (keep.has(id)) continue;
    keep.add(id);
    for (const component of compositeComponents(font, id)) if (!keep.has(component)) pending.push(component);
  }
  return keep;
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

function compositeComponents(font: ParsedTrueType, id: number): readonly number[] {
  const cached = font.components.get(id);
  if (cached !== undefined) return cached;
  const components: number[] = [];
  const length = glyphLength(font, id);
  const start = table(font, 'glyf').offset + (font.glyphStarts[id] ?? 0);
  if (length >= 10 && font.view.getInt16(start) < 0) {
    let at = start + 10;
    const end = start + length;
    for (;;) {
      if (at + 4 > end) throw new TrueTypeSubsetError(`composite glyph ${String(id)} is truncated`);
      const flags = font.view.getUint16(at);
      const component = font.view.getUint16(at + 2);
      if (component >= font.numGlyphs) throw new TrueTypeSubsetError(`composite glyph ${String(id)} names missing glyph ${String(component)}`);
      components.push(component);
      at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) !== 0 ? 4 : 2);
      if ((flags & WE_HAVE_A_SCALE) !== 0) at += 2;
      else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) !== 0) at += 4;
      else if ((flags & WE_HAVE_A_TWO_BY_TWO) !== 0) at += 8;
      if ((flags & MORE_COMPONENTS) === 0) break;
    }
  }
  font.components.set(id, components);
  return components;
}

function padded4(length: number): number {
  return (length + 3) & ~3;
}

/** An sfnt file from tables in tag order, with table checksums and head.checkSumAdjustment. */
function assembleFont(tables: readonly (readonly [string, Uint8Array])[]): Uint8Array {
  const count = tables.length;
  let searchRange = 1;
  let entrySelector = 0;
  while (searchRange * 2 <= count) {
    searchRange *= 2;
    entrySelector++;
  }
  const headerLength = 12 + count * 16;
  let total = headerLength;
  for (const [, data] of tables) total += padded4(data.length);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, searchRange * 16);
  view.setUint16(8, entrySelector);
  view.setUint16(10, count * 16 - searchRange * 16);
  let offset = headerLength;
  let headOffset = -1;
  for (const [i, [tag, data]] of tables.entries()) {
    const at = 12 + i * 16;
    for (let c = 0; c < 4; c++) out[at + c] = tag.charCodeAt(c);
    view.setUint32(at + 4, checksum(data));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, data.length);
    out.set(data, offset);
    if (tag === 'head') headOffset = offset;
    offset += padded4(data.length);
  }
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

function checksum(data: Uint8Array): number {
  let sum = 0;
  const words = Math.floor(data.length / 4);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let i = 0; i < words; i++) sum = (sum + view.getUint32(i * 4)) >>> 0;
  let tail = 0;
  for (let i = words * 4; i < data.length; i++) tail |= (data[i] ?? 0) << (24 - (i - words * 4) * 8);
  return (sum + (tail >>> 0)) >>> 0;
}
