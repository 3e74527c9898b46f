/**
 * programs — how program rules report: one constructor for stage-'programs' diagnostics.
 * Paths start at `payload` so that a script filling one letter per row can point at the cell;
 * every message names the value found and the value expected, in English and Thai.
 */
import type { Diagnostic, DiagnosticPath, Severity } from '../diagnostics/diagnostic.js';

export function programDiagnostic(
  code: string,
  severity: Severity,
  path: DiagnosticPath,
  message: string,
  messageTh: string,
  hints?: readonly string[],
): Diagnostic {
  return { code, severity, stage: 'programs', path: ['payload', ...path], message, messageTh, ...(hints === undefined ? {} : { hints }) };
}
