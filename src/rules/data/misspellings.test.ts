import { describe, expect, it } from 'vitest';
import { MISSPELLINGS } from './misspellings.js';

describe('the misspelling list', () => {
  it('no wrong form occurs inside a right form, and none is its own correction', () => {
    for (const { wrong, right } of MISSPELLINGS) {
      expect(wrong).not.toBe(right);
      for (const entry of MISSPELLINGS) expect(entry.right.includes(wrong), `${wrong} in ${entry.right}`).toBe(false);
    }
  });
  it('has no duplicate wrong forms', () => {
    const wrongs = MISSPELLINGS.map((m) => m.wrong);
    expect(new Set(wrongs).size).toBe(wrongs.length);
  });
});
