/**
 * test — the rule engine: parsing first, diagnostics stamped with the rule's code and severity,
 * errors versus warnings, disable/allowErrors, and a crashing rule reported instead of thrown.
 */
import { describe, expect, it } from 'vitest';
import { cleanLetter } from '../../test/rules/clean-letter.js';
import { defineRule } from './rule.js';
import { runRules, validate, validateCircular } from './validate.js';

describe('validate', () => {
  it('passes the model diagnostics through and runs no rule when parsing fails', () => {
    const result = validate({ subject: 'ไม่มีเลขที่' });
    expect(result.ok).toBe(false);
    expect(result.circular).toBeUndefined();
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics.every((d) => d.stage === 'model')).toBe(true);
  });

  it('never throws on hostile input', () => {
    for (const input of [null, 42, 'text', [], { number: {} }, { body: 'x'.repeat(100) }]) {
      expect(() => validate(input)).not.toThrow();
      expect(validate(input).ok).toBe(false);
    }
  });

  it('validates a canonical circular given as input (parse is idempotent on it)', () => {
    const result = validate(JSON.parse(JSON.stringify(cleanLetter())));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('validateCircular and runRules', () => {
  const alwaysWarns = defineRule({
    code: 'test_warning',
    severity: 'warning',
    severityReason: 'test',
    title: 'test',
    description: 'test',
    exampleBad: 'a',
    exampleGood: 'b',
    reads: [],
    check: () => [{ path: ['subject'], message: 'English', messageTh: 'ไทย' }],
  });
  const alwaysErrs = defineRule({ ...alwaysWarns, code: 'test_error', severity: 'error' });
  const throws = defineRule({
    ...alwaysWarns,
    code: 'test_throws',
    check: () => {
      throw new Error('boom');
    },
  });

  it('stamps the rule code, severity and stage on each finding', () => {
    expect(runRules(cleanLetter(), { rules: [alwaysWarns] })).toEqual([
      { code: 'test_warning', severity: 'warning', stage: 'rules', path: ['subject'], message: 'English', messageTh: 'ไทย' },
    ]);
  });

  it('lets warnings through, stops on errors unless allowErrors, and honours disable', () => {
    expect(validateCircular(cleanLetter(), { rules: [alwaysWarns] }).ok).toBe(true);
    expect(validateCircular(cleanLetter(), { rules: [alwaysErrs] }).ok).toBe(false);
    expect(validateCircular(cleanLetter(), { rules: [alwaysErrs], allowErrors: true }).ok).toBe(true);
    expect(validateCircular(cleanLetter(), { rules: [alwaysErrs], disable: ['test_error'] }).diagnostics).toEqual([]);
  });

  it('turns a crashing rule into a rule_failed error instead of throwing', () => {
    const [d] = runRules(cleanLetter(), { rules: [throws, alwaysWarns] });
    expect(d?.code).toBe('rule_failed');
    expect(d?.message).toContain('test_throws');
    expect(runRules(cleanLetter(), { rules: [throws, alwaysWarns] })).toHaveLength(2);
  });
});
