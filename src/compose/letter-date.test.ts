import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Numerals } from './digits.js';
import { DRAFT_DAY_BLANK, formatLetterDate } from './letter-date.js';

const context = (numerals: Numerals = 'thai') => ({ numerals, diagnostics: [] as Diagnostic[] });

describe('formatLetterDate', () => {
  it.each([
    [{ year: 2020, month: 3, day: 18 }, 'thai', '๑๘ มีนาคม ๒๕๖๓'],
    [{ year: 2023, month: 10, day: 9 }, 'arabic', '9 ตุลาคม 2566'],
    [{ year: 2020, month: 10 }, 'thai', `${DRAFT_DAY_BLANK} ตุลาคม ๒๕๖๓`],
    [{ year: 2024, month: 1 }, 'arabic', `${DRAFT_DAY_BLANK} มกราคม 2567`],
  ] as const)('%o (%s) → %s', (date, numerals, expected) => {
    const ctx = context(numerals);
    expect(formatLetterDate(date, ctx)).toBe(expected);
    expect(ctx.diagnostics).toEqual([]);
  });

  it('leaves the draft day as no-break spaces that whitespace normalisation keeps as one space', () => {
    expect(DRAFT_DAY_BLANK).toMatch(/^\u00a0{4,}$/u);
  });

  it.each([
    [{ year: 2023, month: 2, day: 30 }, ['date']],
    [{ year: 2023, month: 13 }, ['date']],
  ])('reports %o as invalid_date at the field', (date, path) => {
    const ctx = context();
    expect(formatLetterDate(date, ctx)).toBe('');
    expect(ctx.diagnostics).toMatchObject([{ code: 'invalid_date', severity: 'error', stage: 'compose', path }]);
  });
});
