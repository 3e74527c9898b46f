/**
 * render/docx — public surface of the DOCX writer: FormattedDocument → .docx bytes.
 * Consumes only the formatted document; never the paged layout.
 */
export { writeDocx, safeWriteDocx, type WriteDocxOptions } from './render-docx.js';
export { DEFAULT_DOCX_DATE } from './docx-options.js';
