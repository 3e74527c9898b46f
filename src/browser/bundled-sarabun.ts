/**
 * browser — what the browser build (dist/browser/) uses in place of
 * render/docx/bundled-sarabun.ts: the bundled Sarabun cannot be read without a file system, so
 * `embedFont` reports `font_not_found`. Swapped in by tsup.config.ts.
 */
import type * as NodeBundledSarabun from '../render/docx/bundled-sarabun.js';

export const loadBundledSarabun: typeof NodeBundledSarabun.loadBundledSarabun = () => Promise.resolve(undefined);
