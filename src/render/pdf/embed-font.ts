/**
 * render/pdf — one face embedded as a subset Type0 font: CIDFontType2, Identity-H, codes =
 * the face's own glyph ids (so content streams name the glyphs HarfBuzz chose), a subset that
 * keeps those ids (CIDToGIDMap /Identity), a W entry for every glyph drawn, a ToUnicode CMap
 * and a BaseFont with a six-letter subset tag derived from the glyph set (deterministic).
 *
 * Letters of a batch draw the same glyphs again and again, and subsetting and compressing a
 * font file is the dearest step of a PDF. The finished font program (compressed subset, W
 * array, descriptor values) is kept per face object and glyph set, and compressed ToUnicode
 * streams per CMap text, in bounded caches: the result depends only on those keys.
 */
import { zlibDeflate } from '../../compression/deflate.js';
import { SarabanError } from '../../diagnostics/diagnostic.js';
import type { LoadedFace } from '../../layout/font/loaded-face.js';
import { BoundedCache } from '../../cache/bounded-cache.js';
import { fontBoundingBox } from './font-bounding-box.js';
import { completeFromCmap } from './glyph-unicode.js';
import { pdfGlyphWidth } from './glyph-width.js';
import { fontNotEmbeddable } from './pdf-diagnostic.js';
import { ref, type PdfFile } from './pdf-file.js';
import { toUnicodeCMap } from './to-unicode-cmap.js';
import { subsetTrueType, TrueTypeSubsetError } from './truetype-subset.js';

export interface FontUsage {
  readonly face: LoadedFace;
  /** Object number reserved for the Type0 font dictionary (pages point at it before it exists). */
  readonly objectNumber: number;
  /** Glyph ids drawn. */
  readonly glyphs: Set<number>;
  /** Text of each glyph for ToUnicode. */
  readonly unicode: Map<number, string>;
}

/** What a face and a glyph set always give: the same subset, widths and descriptor. */
interface FontProgram {
  readonly baseFont: string;
  readonly fontFile: Uint8Array;
  readonly length1: number;
  readonly descriptor: string;
  readonly widths: string;
}

/** Glyph sets kept per face: a batch's letters vary in a few glyphs (names, places). */
const PROGRAMS_PER_FACE = 32;
const programs = new WeakMap<LoadedFace, BoundedCache<string, FontProgram>>();
const toUnicodeStreams = new BoundedCache<string, Uint8Array>(64);
const encoder = new TextEncoder();

/** Writes the font objects of one face into the file at `usage.objectNumber`. */
export function embedFontSubset(file: PdfFile, usage: FontUsage): void {
  const { face } = usage;
  const ids = [...usage.glyphs].sort((a, b) => a - b);
  let cache = programs.get(face);
  if (cache === undefined) {
    cache = new BoundedCache(PROGRAMS_PER_FACE);
    programs.set(face, cache);
  }
  const program = cache.getOrMake(ids.join(','), () => fontProgram(face, ids));
  const fontFile = file.addStream(` /Length1 ${String(program.length1)} /Filter /FlateDecode`, program.fontFile);
  const descriptor = file.add(`<< ${program.descriptor} /FontFile2 ${ref(fontFile)} >>`);
  const cidFont = file.add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${program.baseFont} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${ref(descriptor)} /W ${program.widths} /CIDToGIDMap /Identity >>`,
  );
  completeFromCmap(face, ids, usage.unicode);
  const cmap = toUnicodeCMap(usage.unicode);
  const toUnicode = file.addStream(' /Filter /FlateDecode', toUnicodeStreams.getOrMake(cmap, () => zlibDeflate(encoder.encode(cmap))));
  file.put(usage.objectNumber, `<< /Type /Font /Subtype /Type0 /BaseFont /${program.baseFont} /Encoding /Identity-H /DescendantFonts [${ref(cidFont)}] /ToUnicode ${ref(toUnicode)} >>`);
}

function fontProgram(face: LoadedFace, ids: readonly number[]): FontProgram {
  const subset = subsetOf(face, ids);
  const bbox = fontBoundingBox(face.bytes);
  const scale = 1000 / face.unitsPerEm;
  const baseFont = `${subsetTag(face.key, ids)}+${face.postScriptName.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const box = [bbox.xMin, bbox.yMin, bbox.xMax, bbox.yMax].map((v) => String(Math.round(v * scale))).join(' ');
  const descriptor =
    `/Type /FontDescriptor /FontName /${baseFont} /Flags 4 /FontBBox [${box}] /ItalicAngle 0` +
    ` /Ascent ${String(Math.round(face.ascender * scale))} /Descent ${String(Math.round(face.descender * scale))}` +
    ` /CapHeight ${String(Math.round((bbox.capHeight || face.ascender) * scale))} /StemV ${face.bold ? '120' : '80'}`;
  return { baseFont, fontFile: zlibDeflate(subset), length1: subset.length, descriptor, widths: widthArray(face, ids) };
}

/** `[c [w1 w2 …] …]` grouping consecutive glyph ids. */
function widthArray(face: LoadedFace, ids: readonly number[]): string {
  const out: string[] = [];
  let run: number[] = [];
  let runStart = -2;
  let previous = -2;
  const close = (): void => {
    if (run.length > 0) out.push(`${String(runStart)} [${run.join(' ')}]`);
  };
  for (const id of ids) {
    if (id !== previous + 1) {
      close();
      run = [];
      runStart = id;
    }
    run.push(pdfGlyphWidth(face, id));
    previous = id;
  }
  close();
  return `[${out.join(' ')}]`;
}

/** Six capital letters from a hash of the face and glyph set (PDF 32000 §9.6.4 subset tag). */
function subsetTag(key: string, ids: readonly number[]): string {
  let hash = 0x811c9dc5;
  const feed = (n: number): void => {
    hash ^= n & 0xffff;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  for (let i = 0; i < key.length; i++) feed(key.charCodeAt(i));
  for (const id of ids) feed(id);
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = (Math.floor(hash / 26) ^ Math.imul(hash, 0x01000193)) >>> 0;
  }
  return tag;
}

function subsetOf(face: LoadedFace, ids: readonly number[]): Uint8Array {
  try {
    return subsetTrueType(face.bytes, ids);
  } catch (error) {
    if (!(error instanceof TrueTypeSubsetError)) throw error;
    const diagnostic = fontNotEmbeddable(face.key, face.postScriptName, error.message);
    throw new SarabanError(diagnostic.message, [diagnostic]);
  }
}
