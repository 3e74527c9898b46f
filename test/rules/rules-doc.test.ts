/**
 * test — docs/rules.md must be exactly what renderRulesDoc() generates from the rule catalogue.
 * Regenerate after changing a rule: UPDATE_RULES_DOC=1 npx vitest run test/rules/rules-doc.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/catalogue.js';
import { renderRulesDoc } from '../../src/rules/rules-doc.js';

const DOC = fileURLToPath(new URL('../../docs/rules.md', import.meta.url));

describe('docs/rules.md', () => {
  it('is generated from the catalogue and has not drifted', () => {
    const generated = renderRulesDoc();
    if (process.env['UPDATE_RULES_DOC'] === '1') writeFileSync(DOC, generated);
    expect(existsSync(DOC), 'docs/rules.md is missing: run UPDATE_RULES_DOC=1 npx vitest run test/rules/rules-doc.test.ts').toBe(true);
    expect(readFileSync(DOC, 'utf8'), 'docs/rules.md differs from the catalogue: run UPDATE_RULES_DOC=1 npx vitest run test/rules/rules-doc.test.ts').toBe(generated);
  });

  it('documents every rule with its code, severity and both examples', () => {
    const doc = renderRulesDoc();
    for (const rule of RULES) {
      expect(doc).toContain(`## \`${rule.code}\``);
      expect(doc).toContain(`severity **${rule.severity}**`);
      expect(doc).toContain(rule.exampleBad.replace(/\|/gu, '\\|'));
      expect(doc).toContain(rule.exampleGood.replace(/\|/gu, '\\|'));
    }
  });

  it('changes when a rule changes (the drift check can fail)', () => {
    const first = RULES[0];
    if (first === undefined) throw new Error('empty catalogue');
    const altered = [{ ...first, description: `${first.description} (changed)` }, ...RULES.slice(1)];
    expect(renderRulesDoc(altered)).not.toBe(renderRulesDoc());
  });
});
