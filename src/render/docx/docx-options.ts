/**
 * render/docx — defaults of the DOCX writer.
 */

/** A fixed creation date so identical input gives identical bytes. */
export const DEFAULT_DOCX_DATE = '2000-01-01T00:00:00Z';
