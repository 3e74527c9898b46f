/**
 * compose — the front half of the pipeline shared by both renderers and the CLI:
 * untrusted input → parseCircular → business rules → composeDocument → DocumentTree.
 * Never throws for bad input: diagnostics of every stage come back together, and rule
 * errors stop the letter unless the caller allows them (warnings never do).
 */
import { hasErrors, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import type { Circular } from '../model/circular-types.js';
import { validate, type ValidateOptions } from '../rules/validate.js';
import { safeComposeDocument, type ComposeOptions } from './compose-document.js';
import type { DocumentTree } from './tree.js';

export interface PrepareLetterOptions {
  /** Render even when the rules report errors (the diagnostics still come back). Default false. */
  readonly allowErrors?: boolean;
  /** Rule codes to skip for this letter. */
  readonly disableRules?: readonly string[];
  readonly compose?: ComposeOptions;
}

export interface PreparedLetter {
  readonly circular: Circular;
  readonly tree: DocumentTree;
}

/** Marks the objects prepareLetter made, so a renderer given one does not validate and compose again. */
const PREPARED: unique symbol = Symbol('saraban.preparedLetter');

function brand(letter: PreparedLetter): PreparedLetter {
  Object.defineProperty(letter, PREPARED, { value: true, enumerable: false });
  return letter;
}

function isPreparedLetter(value: unknown): value is PreparedLetter {
  return typeof value === 'object' && value !== null && PREPARED in value;
}

/**
 * @example
 * const prepared = prepareLetter(JSON.parse(text));
 * if (!prepared.ok) console.error(prepared.diagnostics);
 */
export function prepareLetter(input: unknown, options: PrepareLetterOptions = {}): Result<PreparedLetter> {
  const validateOptions: ValidateOptions = {
    ...(options.allowErrors === undefined ? {} : { allowErrors: options.allowErrors }),
    ...(options.disableRules === undefined ? {} : { disableRules: options.disableRules }),
  };
  const validation = validate(input, validateOptions);
  if (!validation.ok || validation.circular === undefined) return { ok: false, diagnostics: validation.diagnostics };
  const composed = safeComposeDocument(validation.circular, options.compose);
  const diagnostics: Diagnostic[] = [...validation.diagnostics, ...composed.diagnostics];
  if (!composed.ok || (hasErrors(composed.diagnostics) && options.allowErrors !== true)) return { ok: false, diagnostics };
  return { ok: true, value: brand({ circular: validation.circular, tree: composed.value }), diagnostics };
}

/**
 * What a renderer starts from: `input` itself when it is the value prepareLetter returned (its
 * diagnostics were given then), else prepareLetter(input). Rendering one letter to PDF and
 * DOCX thus parses, checks and composes it once.
 */
export function prepareUnlessPrepared(input: unknown, options: PrepareLetterOptions = {}): Result<PreparedLetter> {
  if (isPreparedLetter(input)) return { ok: true, value: input, diagnostics: [] };
  return prepareLetter(input, options);
}
