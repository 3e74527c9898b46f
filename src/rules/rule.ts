/**
 * rules — the shape of one business rule and of what it reports.
 * A rule is data plus a pure `check`: it reads the canonical Circular (through a RuleContext that
 * also carries every piece of free text with its path) and returns findings. The engine turns
 * findings into Diagnostics with the rule's own code and severity, so the two can never drift apart.
 */
import type { Diagnostic, DiagnosticPath, Severity } from '../diagnostics/diagnostic.js';
import type { Circular } from '../model/circular-types.js';
import type { TextPiece } from './text-fields.js';

/** What a check found: where, and what to tell the author in English and Thai. */
export interface RuleFinding {
  readonly path: DiagnosticPath;
  /** English, one sentence: names the value found and how to fix it. */
  readonly message: string;
  /** Thai, same content. */
  readonly messageTh: string;
  readonly hints?: readonly string[];
}

export interface RuleContext {
  readonly circular: Circular;
  /** Every piece of text of the circular with its path, computed once per validation. */
  readonly texts: readonly TextPiece[];
}

/**
 * The parts of a circular whose completeness a rule's findings depend on. When the model cannot read one of
 * them, validate() stands a neutral placeholder in for it and skips the rules that read it (degraded parsing);
 * a rule that only scans the text that is present (weekday_mismatch) reads none and always runs.
 */
export const CIRCULAR_PARTS = [
  'kind',
  'number',
  'urgency',
  'secrecy',
  'office',
  'date',
  'subject',
  'addressee',
  'referenceHeading',
  'references',
  'attachments',
  'body',
  'signer',
  'ownerUnit',
  'copiesTo',
  'footerLines',
  'enclosures',
  'numerals',
] as const;
export type CircularPart = (typeof CIRCULAR_PARTS)[number];

export interface Rule {
  /** Stable snake_case code; callers branch on it. */
  readonly code: string;
  readonly severity: Severity;
  /** Why this severity: an error blocks rendering, a warning never does. */
  readonly severityReason: string;
  /** Short English title. */
  readonly title: string;
  /** What the rule checks, in English (printed in docs/rules.md). */
  readonly description: string;
  /** A short piece of a letter that breaks the rule. */
  readonly exampleBad: string;
  /** The same piece written correctly. */
  readonly exampleGood: string;
  /** The parts whose completeness the findings depend on; the rule is skipped when one of them could not be read. */
  readonly reads: readonly CircularPart[];
  readonly check: (ctx: RuleContext) => readonly RuleFinding[];
}

/** Identity helper that keeps the literal types of a rule object checked against Rule. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** A finding of `rule` as a Diagnostic of the `rules` stage. */
export function findingToDiagnostic(rule: Rule, finding: RuleFinding): Diagnostic {
  return {
    code: rule.code,
    severity: rule.severity,
    stage: 'rules',
    path: finding.path,
    message: finding.message,
    messageTh: finding.messageTh,
    ...(finding.hints === undefined || finding.hints.length === 0 ? {} : { hints: finding.hints }),
  };
}
