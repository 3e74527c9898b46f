/**
 * render/pdf — one face embedded as a subset Type0 font: CIDFontType2, Identity-H, codes =
 * the face's own glyph ids (so content streams name the glyphs HarfBuzz chose), a subset that
 * keeps those ids (CIDToGIDMap /Identity), a W entry for every glyph drawn, a ToUnicode CMap
 * and a BaseFont with a six-letter subset tag derived from the glyph set (deterministic).
 */
import { PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import { SarabanError } from '../../diagnostics/diagnostic.js';
import type { LoadedFace } from '../../layout/font/loaded-face.js';
import { deflatedStream } from './deflate-stream.js';
import { fontBoundingBox } from './font-bounding-box.js';
import { completeFromCmap } from './glyph-unicode.js';
import { pdfGlyphWidth } from './glyph-width.js';
import { fontNotEmbeddable } from './pdf-diagnostic.js';
import { toUnicodeCMap } from './to-unicode-cmap.js';
import { subsetTrueType, TrueTypeSubsetError } from './truetype-subset.js';

export interface FontUsage {
  readonly face: LoadedFace;
  /** Reference reserved for the Type0 font dictionary (pages point at it before it exists). */
  readonly ref: PDFRef;
  /** Glyph ids drawn. */
  readonly glyphs: Set<number>;
  /** Text of each glyph for ToUnicode. */
  readonly unicode: Map<number, string>;
}

/** Writes the font objects of one face into the document at `usage.ref`. */
export function embedFontSubset(doc: PDFDocument, usage: FontUsage): void {
  const { face } = usage;
  const context = doc.context;
  const ids = [...usage.glyphs].sort((a, b) => a - b);
  const fontFile = subsetOf(face, ids);
  const bbox = fontBoundingBox(face.bytes);
  const scale = 1000 / face.unitsPerEm;
  const baseFont = `${subsetTag(face.key, ids)}+${face.postScriptName.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const fontFileRef = context.register(deflatedStream(context, fontFile, { Length1: fontFile.length }));
  const descriptorRef = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: 4,
      FontBBox: [bbox.xMin, bbox.yMin, bbox.xMax, bbox.yMax].map((v) => Math.round(v * scale)),
      ItalicAngle: 0,
      Ascent: Math.round(face.ascender * scale),
      Descent: Math.round(face.descender * scale),
      CapHeight: Math.round((bbox.capHeight || face.ascender) * scale),
      StemV: face.bold ? 120 : 80,
      FontFile2: fontFileRef,
    }),
  );
  const cidFontRef = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: baseFont,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptorRef,
      W: widthArray(face, ids),
      CIDToGIDMap: 'Identity',
    }),
  );
  completeFromCmap(face, ids, usage.unicode);
  const toUnicodeRef = context.register(deflatedStream(context, toUnicodeCMap(usage.unicode)));
  context.assign(
    usage.ref,
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: baseFont,
      Encoding: 'Identity-H',
      DescendantFonts: [cidFontRef],
      ToUnicode: toUnicodeRef,
    }),
  );
}

/** `[c [w1 w2 …] …]` grouping consecutive glyph ids. */
function widthArray(face: LoadedFace, ids: readonly number[]): (number | number[])[] {
  const out: (number | number[])[] = [];
  let run: number[] = [];
  let runStart = -2;
  let previous = -2;
  for (const id of ids) {
    if (id !== previous + 1) {
      if (run.length > 0) out.push(runStart, run);
      run = [];
      runStart = id;
    }
    run.push(pdfGlyphWidth(face, id));
    previous = id;
  }
  if (run.length > 0) out.push(runStart, run);
  return out;
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
