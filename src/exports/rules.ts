/**
 * saraban/rules — parsing and the business rules without the renderers (no HarfBuzz, PDF or
 * DOCX code): parse a letter, validate it, read the rule catalogue. The same functions as the
 * package root's.
 */
export type { Diagnostic, Severity, Result, DiagnosticPath } from '../diagnostics/diagnostic.js';
export { SarabanError, isSarabanError, hasErrors } from '../diagnostics/diagnostic.js';
export { parseCircular, CircularInputSchema, type CircularInput } from '../model/index.js';
export { validate, validateCircular, RULES, type ValidateOptions, type ValidationResult, type Rule } from '../rules/index.js';
