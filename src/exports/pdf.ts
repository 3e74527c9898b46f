/**
 * saraban/pdf — letters to PDF without the DOCX writer. The same functions as the package root's.
 */
export type { Diagnostic, Severity, Result, DiagnosticPath, Stage } from '../diagnostics/diagnostic.js';
export { SarabanError, isSarabanError, hasErrors } from '../diagnostics/diagnostic.js';
export { renderPdf, safeRenderPdf, type RenderPdfOptions } from '../pipeline/render-pdf.js';
export { loadFonts, type LoadFontsOptions, type FontSource, type FaceSource } from '../layout/font/index.js';
export type { FontBook, LoadedFace } from '../layout/font/index.js';
export type { HarfBuzz, HbBlob, HbBuffer, HbFace, HbFont } from '../layout/font/harfbuzz-module.js';
