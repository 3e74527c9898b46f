/**
 * diagnostics — the one shape every stage reports problems in.
 * Leaf module: imports nothing from src. Stages never throw for bad input; they return
 * diagnostics with a stable snake_case code, a path into the input, and messages in
 * English and Thai that name the value and how to fix it. Warnings never stop rendering.
 */
export type Severity = 'error' | 'warning';

export type Stage = 'model' | 'rules' | 'programs' | 'compose' | 'format' | 'layout' | 'render-pdf' | 'render-docx' | 'lint' | 'cli';

export type DiagnosticPath = readonly (string | number)[];

export interface Diagnostic {
  /** Stable snake_case identifier, e.g. `weekday_mismatch`. Callers branch on this. */
  readonly code: string;
  readonly severity: Severity;
  readonly stage: Stage;
  /** Where in the input the problem is, as a zod-style path (`['body', 2, 'text']`). */
  readonly path: DiagnosticPath;
  /** English, one sentence: names the value and what to change. */
  readonly message: string;
  /** Thai, same content as `message`. */
  readonly messageTh: string;
  /** Optional extra hints on how to fix it. */
  readonly hints?: readonly string[];
}

export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly value?: undefined; readonly diagnostics: readonly Diagnostic[] };

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** The error thrown by the convenience entry points; carries every diagnostic. */
export class SarabanError extends Error {
  override name = 'SarabanError';
  readonly diagnostics: readonly Diagnostic[];
  constructor(message: string, diagnostics: readonly Diagnostic[]) {
    super(message);
    this.diagnostics = diagnostics;
  }
}

export function isSarabanError(value: unknown): value is SarabanError {
  return value instanceof Error && value.name === 'SarabanError' && 'diagnostics' in value;
}
