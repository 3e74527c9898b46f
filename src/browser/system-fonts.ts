/**
 * browser — what the browser build (dist/browser/) uses in place of layout/font/system-fonts.ts:
 * no file system, so font paths and default faces are unavailable and become `font_not_found`
 * diagnostics through loadFonts (which catches these errors). Pass font bytes instead.
 * Swapped in by tsup.config.ts; typed against the Node module so the two stay interchangeable.
 */
import type * as NodeSystemFonts from '../layout/font/system-fonts.js';

const NO_FILES = 'font files cannot be read here (no file system); pass the font bytes: fonts: { regular: Uint8Array, bold: Uint8Array }';

export const bundledSarabunPaths: typeof NodeSystemFonts.bundledSarabunPaths = () => {
  throw new Error(NO_FILES);
};

export const systemFontDirectories: typeof NodeSystemFonts.systemFontDirectories = () => [];

export const findSystemThaiFonts: typeof NodeSystemFonts.findSystemThaiFonts = () => undefined;

export const readFontFile: typeof NodeSystemFonts.readFontFile = () => Promise.reject(new Error(NO_FILES));
