/**
 * rules — docs/rules.md as a pure function of the rule catalogue.
 * The file is written by `UPDATE_RULES_DOC=1 npx vitest run test/rules/rules-doc.test.ts`, and that
 * test fails whenever the committed file differs from this output, so the documentation cannot drift
 * from the rules. Deterministic: no dates, no environment.
 */
import { RULES } from './catalogue.js';
import type { Rule } from './rule.js';

/** Keeps a table cell on one line and literal. */
function cell(text: string): string {
  return text.replace(/\|/gu, '\\|').replace(/\s+/gu, ' ');
}

function ruleSection(rule: Rule): string {
  return [
    `## \`${rule.code}\``,
    '',
    `**${rule.title}** — severity **${rule.severity}**.`,
    '',
    rule.description,
    '',
    `*Why ${rule.severity}:* ${rule.severityReason}`,
    '',
    '| | Example |',
    '|---|---|',
    `| Bad | ${cell(rule.exampleBad)} |`,
    `| Good | ${cell(rule.exampleGood)} |`,
    '',
  ].join('\n');
}

/**
 * The whole of docs/rules.md.
 * @example writeFileSync('docs/rules.md', renderRulesDoc())
 */
export function renderRulesDoc(rules: readonly Rule[] = RULES): string {
  const errors = rules.filter((r) => r.severity === 'error').length;
  return [
    '# Business rules',
    '',
    '<!-- Generated from src/rules/catalogue.ts by `UPDATE_RULES_DOC=1 npx vitest run test/rules/rules-doc.test.ts`; do not edit by hand. -->',
    '',
    `saraban checks every circular against ${rules.length} business rules (${errors} errors, ${rules.length - errors} warnings) after parsing it.`,
    '`validate(input)` runs `parseCircular` first (its diagnostics come through unchanged), then every rule below on the canonical',
    'circular; `validateCircular(circular)` does the same for a circular already parsed. Each diagnostic has the rule\'s `code`,',
    'its `severity`, `stage: "rules"`, a `path` into the input (for text, the span holding the value, e.g.',
    '`["body", 3, "spans", 0, "text"]`), and a `message` in English and `messageTh` in Thai naming the value found and the fix.',
    '',
    'Errors stop rendering unless the caller passes `allowErrors: true`; warnings never do. A rule can be skipped with',
    '`disableRules: ["code"]`. The rules read free text as carefully as fields: dates, amounts, times and citations written inside',
    'paragraphs, list items, table cells and enclosures are found and checked too.',
    '',
    'Parsing degrades: when the model cannot read a part (an unusual ที่ number, an impossible date), its diagnostic is',
    'reported and every rule that does not read that part still runs on the rest; `ValidationResult.unreadable` names the parts.',
    '',
    'A memo (บันทึกข้อความ, `kind: "memo"`) goes through the same rules, scoped to what a memo has: it has no office address,',
    'คำลงท้าย, copies-to list or footer, and its ส่วนราชการ is the unit that owns the matter. So `circular_without_wo` and',
    '`signer_authority_mismatch` do not run on a memo, `salutation_closing_mismatch` checks its salutation alone,',
    '`province_mismatch` compares only its ที่ code, ส่วนราชการ and signing authority, and `attachment_missing` runs only when',
    'the memo lists attachments (a memo normally names them in its text). Each rule below says so where it applies.',
    '',
    '| Code | Severity | Checks |',
    '|---|---|---|',
    ...rules.map((r) => `| [\`${r.code}\`](#${r.code}) | ${r.severity} | ${cell(r.title)} |`),
    '',
    ...rules.map(ruleSection),
  ].join('\n');
}
