/**
 * cli — drops repeated diagnostics. Rendering one letter to PDF and to DOCX parses and checks
 * it twice, and a program file is parsed by the program stage and again by validate: the same
 * finding (code, path, message) is shown once.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.code}\u0000${d.path.join('.')}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
