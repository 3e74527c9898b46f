/**
 * Cross-stage oracle: the letters the programs build from the corrected examples pass the rule
 * engine (src/rules validate) with no error. The warnings that remain are properties of the seed
 * letters themselves (000 cites a reference its body does not mention; 003 sends a form its body
 * does not mention), listed here so that a new one fails the test.
 */
import { describe, expect, it } from 'vitest';
import { buildProgramCircular } from '../../src/programs/index.js';
import { validate } from '../../src/rules/validate.js';
import { PROGRAM_EXAMPLE_NAMES, loadExample } from './program-examples.js';

const EXPECTED_WARNINGS: Readonly<Record<string, readonly string[]>> = {
  meeting: ['reference_unused:references.0'],
  opc: [],
  kbo: [],
  registration: ['attachment_unmentioned:attachments.0'],
  'marketer-hiring': [],
};

describe.each(PROGRAM_EXAMPLE_NAMES)('%s letter through the rule engine', (name) => {
  it('has no rule error and only the known warnings', () => {
    const example = loadExample(name);
    const built = buildProgramCircular(name, example.base, example.payload as never /* untyped JSON */);
    expect(built.ok).toBe(true);
    const result = validate(built.value);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.diagnostics.map((d) => `${d.code}:${d.path.join('.')}`)).toEqual(EXPECTED_WARNINGS[name]);
  });
});
