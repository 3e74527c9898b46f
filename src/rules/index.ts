/**
 * rules — barrel of the rule engine (leaf beside the pipeline: reads model, thai and diagnostics only).
 * validate / validateCircular run the catalogue; textFields walks every piece of text with its path;
 * RULES and renderRulesDoc describe the rules. Every export is listed by name.
 */
export { validate, validateCircular, runRules, type ValidateOptions, type ValidationResult } from './validate.js';
export { RULES, ruleByCode } from './catalogue.js';
export { defineRule, findingToDiagnostic, type Rule, type RuleContext, type RuleFinding } from './rule.js';
export { textFields, blockTexts, letterTexts, pathAt, type TextPiece, type TextSegment, type TextSource } from './text-fields.js';
export { renderRulesDoc } from './rules-doc.js';
