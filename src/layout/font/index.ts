/**
 * layout/font — barrel: font loading and the FontBook shared by the text engine and
 * render/pdf. The Node-only file lookup (system-fonts) is exported separately by name so
 * browser bundles can leave it out.
 */
export { loadFonts, type LoadFontsOptions, type FontSource, type FaceSource } from './load-fonts.js';
export { createFontBook, faceForCodePoint, primaryFace, type FontBook } from './font-book.js';
export { prepareFace, type LoadedFace, type PrepareFaceOptions } from './loaded-face.js';
export { sizeFactorForFamily, LARGE_EM_SIZE_FACTOR, SARABUN_SCALE } from './size-factor.js';
export { loadHarfBuzz } from './harfbuzz-module.js';
