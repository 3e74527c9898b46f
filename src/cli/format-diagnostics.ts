/**
 * cli — diagnostics as text for a terminal: one line `✖ code  path  message` (⚠ for a
 * warning) and the Thai message indented under it, hints after. The JSON form is the
 * Diagnostic objects themselves.
 */
import type { Diagnostic, DiagnosticPath } from '../diagnostics/diagnostic.js';

/** `body.2.items.0` — the path as one dotted string; `(letter)` for the whole input. */
export function formatPath(path: DiagnosticPath): string {
  return path.length === 0 ? '(letter)' : path.map(String).join('.');
}

export function formatDiagnostic(diagnostic: Diagnostic, indent = ''): string {
  const mark = diagnostic.severity === 'error' ? '✖' : '⚠';
  const lines = [`${indent}${mark} ${diagnostic.code}  ${formatPath(diagnostic.path)}  ${diagnostic.message}`, `${indent}    ${diagnostic.messageTh}`];
  for (const hint of diagnostic.hints ?? []) lines.push(`${indent}    hint: ${hint}`);
  return lines.join('\n');
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[], indent = ''): string {
  return diagnostics.map((d) => formatDiagnostic(d, indent)).join('\n');
}

export function countSeverities(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
