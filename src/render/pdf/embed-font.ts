/**
 * render/pdf — one face embedded as a subset Type0 font: CIDFontType2, Identity-H, codes =
 * the face's own glyph ids (so content streams name the glyphs HarfBuzz chose), a
 * CIDToGIDMap into the fontkit subset, a W entry for every glyph drawn, a ToUnicode CMap and
 * a BaseFont with a six-letter subset tag derived from the glyph set (deterministic).
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { LoadedFace } from '../../layout/font/loaded-face.js';
import { completeFromCmap } from './glyph-unicode.js';
import { pdfGlyphWidth } from './glyph-width.js';
import { toUnicodeCMap } from './to-unicode-cmap.js';

type FontkitFont = ReturnType<typeof fontkit.create>;

const parsed = new WeakMap<Uint8Array, FontkitFont>();

function fontkitFont(face: LoadedFace): FontkitFont {
  let font = parsed.get(face.bytes);
  if (font === undefined) {
    font = fontkit.create(face.bytes);
    parsed.set(face.bytes, font);
  }
  return font;
}

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
export async function embedFontSubset(doc: PDFDocument, usage: FontUsage): Promise<void> {
  const { face } = usage;
  const context = doc.context;
  const font = fontkitFont(face);
  const ids = [...usage.glyphs].sort((a, b) => a - b);
  const subset = font.createSubset();
  const newIds = ids.map((id) => subset.includeGlyph(id));
  const fontFile = await encodeSubset(subset);
  const maxId = ids[ids.length - 1] ?? 0;
  const cidToGid = new Uint8Array((maxId + 1) * 2);
  for (const [i, id] of ids.entries()) {
    const gid = newIds[i] ?? 0;
    cidToGid[id * 2] = gid >> 8;
    cidToGid[id * 2 + 1] = gid & 0xff;
  }
  const scale = 1000 / face.unitsPerEm;
  const baseFont = `${subsetTag(face.key, ids)}+${face.postScriptName.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const fontFileRef = context.register(context.flateStream(fontFile, { Length1: fontFile.length }));
  const descriptorRef = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: 4,
      FontBBox: [font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY].map((v) => Math.round(v * scale)),
      ItalicAngle: 0,
      Ascent: Math.round(face.ascender * scale),
      Descent: Math.round(face.descender * scale),
      CapHeight: Math.round((font.capHeight || face.ascender) * scale),
      StemV: face.bold ? 120 : 80,
      FontFile2: fontFileRef,
    }),
  );
  const cidToGidRef = context.register(context.flateStream(cidToGid));
  const cidFontRef = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: baseFont,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptorRef,
      W: widthArray(face, ids),
      CIDToGIDMap: cidToGidRef,
    }),
  );
  completeFromCmap(face, ids, usage.unicode);
  const toUnicodeRef = context.register(context.flateStream(toUnicodeCMap(usage.unicode)));
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

function encodeSubset(subset: ReturnType<FontkitFont['createSubset']>): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const parts: Uint8Array[] = [];
    subset
      .encodeStream()
      .on('data', (bytes) => parts.push(bytes))
      .on('end', () => {
        let length = 0;
        for (const part of parts) length += part.length;
        const out = new Uint8Array(length);
        let offset = 0;
        for (const part of parts) {
          out.set(part, offset);
          offset += part.length;
        }
        resolve(out);
      });
  });
}
