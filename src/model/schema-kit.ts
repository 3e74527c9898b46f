/**
 * model — small building blocks shared by the friendly input schemas.
 * Strict objects whose keys are registered (for the `unknown_field` did-you-mean hint), custom
 * issues that carry our own code and Thai message through zod, and trimmed text fields.
 * Custom issues put `{ code, messageTh, hints }` in `params`; parse-circular turns them into diagnostics.
 */
import { z } from 'zod';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';

const knownKeys = new Set<string>();

/** Every key any input object accepts, for suggesting the intended key of a typo. */
export function knownInputKeys(): ReadonlySet<string> {
  return knownKeys;
}

/** A strict object: unknown keys are reported (as warnings, see parse-circular) and dropped. */
export function inputObject<Shape extends z.ZodRawShape>(shape: Shape): z.ZodObject<Shape, z.core.$strict> {
  for (const key of Object.keys(shape)) knownKeys.add(key);
  return z.strictObject(shape);
}

export interface CustomIssueParams {
  readonly code: string;
  readonly messageTh: string;
  readonly hints?: readonly string[];
  readonly severity?: Severity;
}

/** Minimal view of zod's refinement context that the helpers need. */
export interface IssueSink {
  addIssue(issue: { code: 'custom'; message: string; params: CustomIssueParams; input: unknown; path?: PropertyKey[] }): void;
}

/** Report one of our own codes from inside a transform. `path` is relative to the current value. */
export function reportIssue(
  ctx: IssueSink,
  input: unknown,
  params: CustomIssueParams & { readonly message: string },
  path?: readonly PropertyKey[],
): void {
  const { message, ...rest } = params;
  ctx.addIssue({ code: 'custom', message, params: rest, input, ...(path === undefined ? {} : { path: [...path] }) });
}

/** Required text: trimmed, at least one character. */
export const requiredText = z.string().trim().min(1);

/** Text that may be empty. */
export const plainText = z.string().trim();

/** One line or several: `"a"` is read as `["a"]`. Empty lines are dropped. */
export const textLines = z
  .union([z.string(), z.array(z.string())])
  .transform((value): readonly string[] =>
    (typeof value === 'string' ? [value] : value).map((line) => line.trim()).filter((line) => line !== ''),
  );

/** Arrays default to empty. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.array(item).default([]);
}

/**
 * Warnings raised while a transform runs. zod has no warning level (every issue fails the parse),
 * so warnings go to the collector that parseCircular installs around its synchronous parse.
 * Only fields at fixed places report warnings this way, so they carry their absolute path.
 */
let warningSink: Diagnostic[] | undefined;

export function reportWarning(diagnostic: Diagnostic): void {
  warningSink?.push(diagnostic);
}

/** Run `fn` and return what it produced together with the warnings reported during it. */
export function collectWarnings<T>(fn: () => T): { readonly value: T; readonly warnings: readonly Diagnostic[] } {
  const previous = warningSink;
  const sink: Diagnostic[] = [];
  warningSink = sink;
  try {
    return { value: fn(), warnings: sink };
  } finally {
    warningSink = previous;
  }
}

/** True for a value that carries nothing: null, blank text, an empty list or an empty object. */
export function isEmptyInput(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/**
 * A key that one kind of document accepts but does not use (a letter field given in a memo): known,
 * so it is not an `unknown_field`, always dropped, and reported as the given warning whenever it holds
 * anything. Empty values (`[]`, `""`, `null`) lose nothing and pass silently. The warning carries its
 * absolute path, so this is only for fields at fixed places.
 */
export function unusedField(warning: () => Diagnostic, description: string) {
  return z
    .unknown()
    .transform((value): undefined => {
      if (!isEmptyInput(value)) reportWarning(warning());
      return undefined;
    })
    .optional()
    .meta({ description });
}
