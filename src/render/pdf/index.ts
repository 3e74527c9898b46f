/**
 * render/pdf — barrel: PagedDocument + FontBook → PDF bytes.
 */
export { writePdf, DEFAULT_PDF_DATE, type WritePdfOptions } from './write-pdf.js';
