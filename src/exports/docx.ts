/**
 * saraban/docx — letters to DOCX without HarfBuzz and the PDF writer. The same functions as the
 * package root's.
 */
export type { Diagnostic, Severity, Result, DiagnosticPath, Stage } from '../diagnostics/diagnostic.js';
export { SarabanError, isSarabanError, hasErrors } from '../diagnostics/diagnostic.js';
export { renderDocx, safeRenderDocx, type RenderDocxOptions } from '../pipeline/render-docx.js';
