/**
 * compose — what every compose step shares: the digit style in force and the diagnostics sink.
 * Compose never throws for bad input; steps push `compose` diagnostics naming the field
 * (a path into the canonical circular) and carry on with the best output they can make.
 */
import type { Diagnostic, DiagnosticPath } from '../diagnostics/diagnostic.js';
import type { Numerals } from './digits.js';

export interface ComposeContext {
  readonly numerals: Numerals;
  readonly diagnostics: Diagnostic[];
}

export interface ComposeIssue {
  readonly code: string;
  readonly severity: Diagnostic['severity'];
  readonly path: DiagnosticPath;
  readonly message: string;
  readonly messageTh: string;
  readonly hints?: readonly string[];
}

export function report(context: ComposeContext, issue: ComposeIssue): void {
  context.diagnostics.push({ ...issue, stage: 'compose' });
}

/** The same sink with another digit style (an Arabic-digit table or enclosure). */
export function withNumerals(context: ComposeContext, numerals: Numerals): ComposeContext {
  return { numerals, diagnostics: context.diagnostics };
}
