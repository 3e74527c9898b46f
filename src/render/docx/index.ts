/**
 * render/docx — public surface of the DOCX renderer: DocumentTree → .docx bytes.
 * Consumes only the tree and the style profile; never the paged layout.
 */
export { renderDocxFromTree, safeRenderDocxFromTree } from './render-docx.js';
export { DEFAULT_DOCX_DATE, type DocxRenderOptions } from './docx-options.js';
