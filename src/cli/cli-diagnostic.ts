/**
 * cli — diagnostics the command line itself reports (stage 'cli'): files that cannot be read
 * or parsed, output formats this build cannot write, rows a batch cannot use. Same shape as
 * every other stage's, so they print and serialise the same way.
 */
import type { Diagnostic, DiagnosticPath } from '../diagnostics/diagnostic.js';

export function cliError(code: string, message: string, messageTh: string, path: DiagnosticPath = []): Diagnostic {
  return { code, severity: 'error', stage: 'cli', path, message, messageTh };
}

export function cliWarning(code: string, message: string, messageTh: string, path: DiagnosticPath = []): Diagnostic {
  return { code, severity: 'warning', stage: 'cli', path, message, messageTh };
}
