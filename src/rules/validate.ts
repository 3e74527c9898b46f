/**
 * rules — the rule engine: validate(input) parses with parseCircular, then runs every rule of the
 * catalogue on the canonical circular; validateCircular(circular) skips the parsing.
 * Contract: never throws for bad input; model diagnostics come through first, then rule findings
 * in catalogue order. When some parts cannot be read, the rules that do not read them still run (degraded
 * parsing, see model/parse-partial.ts) and `unreadable` names those parts. `ok` says whether rendering may go on: errors stop it unless `allowErrors`, warnings never do.
 */
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Circular } from '../model/circular-types.js';
import { parseCircular, type ParseCircularOptions } from '../model/parse-circular.js';
import { parsePartialCircular } from '../model/parse-partial.js';
import { RULES } from './catalogue.js';
import { findingToDiagnostic, type Rule, type RuleContext } from './rule.js';
import { textFields } from './text-fields.js';

export interface ValidateOptions {
  /** Let rendering go on despite rule errors (the diagnostics are still returned). Default false. */
  readonly allowErrors?: boolean;
  /** Rule codes to skip, e.g. `['province_mismatch']` for a letter known to be cross-provincial (the renderers' option of the same name). */
  readonly disableRules?: readonly string[];
  /** @deprecated Use `disableRules` (the name the renderers and prepareLetter use). */
  readonly disable?: readonly string[];
  /** The rules to run; default the whole catalogue (RULES). */
  readonly rules?: readonly Rule[];
  /** Passed to parseCircular. */
  readonly parse?: ParseCircularOptions;
}

export interface ValidationResult {
  /** True when the circular parsed and has no error (or errors are allowed): rendering may go on. */
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  /** The canonical circular, whenever parsing succeeded (even if rules found errors). */
  readonly circular?: Circular;
  /**
   * Top-level fields the model could not read. The rules that do not read them still ran on the rest of the
   * circular (degraded parsing); `circular` is then absent and `ok` false.
   */
  readonly unreadable?: readonly string[];
}

function ruleFailed(rule: Rule, error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    code: 'rule_failed',
    severity: 'error',
    stage: 'rules',
    path: [],
    message: `The rule ${rule.code} could not finish (${reason}); this is a bug in saraban, please report it with the input.`,
    messageTh: `กฎ ${rule.code} ตรวจไม่สำเร็จ (${reason}) เป็นข้อบกพร่องของ saraban โปรดแจ้งพร้อมข้อมูลนำเข้า`,
  };
}

/** Run the rules on an already parsed circular; returns the rule diagnostics only. */
export function runRules(
  circular: Circular,
  options: Pick<ValidateOptions, 'disableRules' | 'disable' | 'rules'> & { readonly unreadable?: readonly string[] } = {},
): readonly Diagnostic[] {
  const unreadable = new Set(options.unreadable ?? []);
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- still honoured beside its new name
  const disabled = new Set([...(options.disableRules ?? []), ...(options.disable ?? [])]);
  const ctx: RuleContext = { circular, texts: [...textFields(circular)] };
  const diagnostics: Diagnostic[] = [];
  for (const rule of options.rules ?? RULES) {
    if (disabled.has(rule.code) || rule.reads.some((part) => unreadable.has(part))) continue;
    try {
      for (const finding of rule.check(ctx)) diagnostics.push(findingToDiagnostic(rule, finding));
    } catch (error) {
      diagnostics.push(ruleFailed(rule, error));
    }
  }
  return diagnostics;
}

/**
 * Check an already parsed circular against every business rule.
 * @example const { ok, diagnostics } = validateCircular(circular);
 */
export function validateCircular(circular: Circular, options: ValidateOptions = {}): ValidationResult {
  const diagnostics = runRules(circular, options);
  return { ok: options.allowErrors === true || !hasErrors(diagnostics), diagnostics, circular };
}

/**
 * Parse untrusted input and check it against every business rule.
 * @example
 * const result = validate(JSON.parse(text));
 * for (const d of result.diagnostics) console.log(d.severity, d.code, d.messageTh);
 */
export function validate(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const parsed = parseCircular(input, options.parse);
  if (!parsed.ok) {
    const partial = parsePartialCircular(input, options.parse);
    if (partial === undefined) return { ok: false, diagnostics: parsed.diagnostics };
    const findings = runRules(partial.value, { ...options, unreadable: partial.unreadable });
    return { ok: false, diagnostics: [...parsed.diagnostics, ...findings], unreadable: partial.unreadable };
  }
  const diagnostics = [...parsed.diagnostics, ...runRules(parsed.value, options)];
  return {
    ok: options.allowErrors === true || !hasErrors(diagnostics),
    diagnostics,
    circular: parsed.value,
  };
}
