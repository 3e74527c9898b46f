/**
 * layout/font — the one HarfBuzz (harfbuzzjs) instance of the process.
 * harfbuzzjs is an ES module with top-level await that loads its wasm next to itself, so it
 * is loaded through a dynamic import: that works from our ESM build and from the CJS build
 * (Node's require cannot load it). Loaded once, on first use; every face shares it.
 *
 * The types below are the part of harfbuzzjs saraban uses, written out here so that the
 * package's declaration files never name harfbuzzjs (its types need @types/emscripten and are
 * ESM-only, which breaks consumers with `skipLibCheck: false` or CommonJS). `loadHarfBuzz`
 * builds `HarfBuzz` from the real module, so the compiler checks that they still match.
 */

/** A HarfBuzz blob: font file bytes. */
export interface HbBlob {
  readonly ptr: number;
}

/** A HarfBuzz face (the parts saraban reads). */
export interface HbFace {
  readonly ptr: number;
  readonly upem: number;
  collectUnicodes(): Uint32Array;
  getName(nameId: number, language: string): string;
}

/** A HarfBuzz font (the parts saraban reads). */
export interface HbFont {
  readonly ptr: number;
  hExtents(): { ascender: number; descender: number; lineGap: number };
  glyphHAdvance(glyphId: number): number;
  nominalGlyph(unicode: number): number | undefined;
  getMetricPosition(metricsTag: number): number | undefined;
}

/** A HarfBuzz buffer (the parts saraban uses to shape). */
export interface HbBuffer {
  readonly ptr: number;
  addText(text: string, itemOffset?: number, itemLength?: number): void;
  setDirection(dir: 4): void;
  setFlags(flags: number): void;
  setLanguage(language: string): void;
  setScript(script: string): void;
  clearContents(): void;
  getGlyphInfos(): { codepoint: number; cluster: number; flags: number }[];
  getGlyphPositions(): { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
}

/** The harfbuzzjs module as saraban uses it. */
export interface HarfBuzz {
  readonly Blob: new (data: Uint8Array) => HbBlob;
  readonly Face: new (blob: HbBlob, index?: number) => HbFace;
  readonly Font: new (face: HbFace) => HbFont;
  readonly Buffer: new () => HbBuffer;
  readonly Direction: { readonly LTR: 4 };
  readonly MetricsTag: { readonly UNDERLINE_SIZE: number; readonly UNDERLINE_OFFSET: number };
  shape(font: HbFont, buffer: HbBuffer): void;
}

let pending: Promise<HarfBuzz> | undefined;

async function load(): Promise<HarfBuzz> {
  const hb = await import('harfbuzzjs');
  // Font takes harfbuzzjs's own Face, which our narrower HbFace only ever holds (it comes from
  // the Face constructor); what it makes is still checked against HbFont.
  const Font: new (face: InstanceType<typeof hb.Face>) => HbFont = hb.Font;
  return {
    Blob: hb.Blob,
    Face: hb.Face,
    Font: Font as unknown as HarfBuzz['Font'],
    Buffer: hb.Buffer,
    Direction: hb.Direction,
    MetricsTag: hb.MetricsTag,
    shape: hb.shape,
  };
}

/** Loads harfbuzzjs and its wasm once; later calls return the same module. */
export function loadHarfBuzz(): Promise<HarfBuzz> {
  pending ??= load();
  return pending;
}
