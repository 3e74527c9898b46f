/**
 * layout/font — the one HarfBuzz (harfbuzzjs) instance of the process.
 * harfbuzzjs is an ES module with top-level await that loads its wasm next to itself, so it
 * is loaded through a dynamic import: that works from our ESM build and from the CJS build
 * (Node's require cannot load it). Loaded once, on first use; every face shares it.
 */
import type * as HarfBuzzModule from 'harfbuzzjs';

export type HarfBuzz = typeof HarfBuzzModule;
export type HbFont = HarfBuzzModule.Font;
export type HbFace = HarfBuzzModule.Face;
export type HbBuffer = HarfBuzzModule.Buffer;

let pending: Promise<HarfBuzz> | undefined;

/** Loads harfbuzzjs and its wasm once; later calls return the same module. */
export function loadHarfBuzz(): Promise<HarfBuzz> {
  pending ??= import('harfbuzzjs');
  return pending;
}
