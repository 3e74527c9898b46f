/**
 * lint — reading letters received: `lintLetter` (PDF, DOCX, plain text) and its parts.
 */
export { lintLetter, lintLines, type LintDiagnostic, type LintFileFormat, type LintOptions, type LintResult } from './lint-letter.js';
export { recogniseLetter, type RecognisedLetter } from './recognise-letter.js';
export { readTextLines, cleanLineText, type SourceLine, type SourceLocation } from './source-lines.js';
export { readDocxLines } from './read-docx.js';
export { readPdfLines, type PdfLines } from './read-pdf.js';
