/**
 * rules — the catalogue: every business rule saraban checks, in the order diagnostics are reported
 * (the letter's head first, then references and attachments, body content, signature).
 * docs/rules.md is generated from this list (see rules-doc.ts); a test fails when the two differ.
 */
import { actingTitleInvalid } from './checks/acting-title-invalid.js';
import { attachmentMissing } from './checks/attachment-missing.js';
import { attachmentUnmentioned } from './checks/attachment-unmentioned.js';
import { bahtTextMismatch } from './checks/baht-text-mismatch.js';
import { circularWithoutWo } from './checks/circular-without-wo.js';
import { deadlineBeforeLetter } from './checks/deadline-before-letter.js';
import { fiscalYearMismatch } from './checks/fiscal-year-mismatch.js';
import { invalidDate } from './checks/invalid-date.js';
import { nonstandardHeading } from './checks/nonstandard-heading.js';
import { provinceMismatch } from './checks/province-mismatch.js';
import { referenceMissing } from './checks/reference-missing.js';
import { referenceNotBeforeLetter } from './checks/reference-not-before-letter.js';
import { referenceUnused } from './checks/reference-unused.js';
import { salutationClosingMismatch } from './checks/salutation-closing-mismatch.js';
import { selfReference } from './checks/self-reference.js';
import { signerAuthorityMismatch } from './checks/signer-authority-mismatch.js';
import { tableTotalMismatch } from './checks/table-total-mismatch.js';
import { timeRangeInvalid } from './checks/time-range-invalid.js';
import { unknownAgencyCode } from './checks/unknown-agency-code.js';
import { weekdayMismatch } from './checks/weekday-mismatch.js';
import { attachmentWithoutQuantity } from './checks/attachment-without-quantity.js';
import { issuerNamedTwoWays } from './checks/issuer-named-two-ways.js';
import { maiYamokSpacing } from './checks/mai-yamok-spacing.js';
import { misspelledWord } from './checks/misspelled-word.js';
import { nonstandardDocumentNumber } from './checks/nonstandard-document-number.js';
import { signerOnBehalfOfSelf } from './checks/signer-on-behalf-of-self.js';
import type { Rule } from './rule.js';

export const RULES: readonly Rule[] = Object.freeze([
  unknownAgencyCode,
  nonstandardDocumentNumber,
  circularWithoutWo,
  provinceMismatch,
  signerAuthorityMismatch,
  salutationClosingMismatch,
  nonstandardHeading,
  selfReference,
  referenceNotBeforeLetter,
  referenceMissing,
  referenceUnused,
  attachmentMissing,
  attachmentUnmentioned,
  attachmentWithoutQuantity,
  invalidDate,
  weekdayMismatch,
  deadlineBeforeLetter,
  fiscalYearMismatch,
  timeRangeInvalid,
  bahtTextMismatch,
  tableTotalMismatch,
  actingTitleInvalid,
  signerOnBehalfOfSelf,
  issuerNamedTwoWays,
  misspelledWord,
  maiYamokSpacing,
]);

/** The rule with this code, or undefined. */
export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((rule) => rule.code === code);
}
