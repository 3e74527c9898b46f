import { describe, expect, it } from 'vitest';
import { itemMarker, listMarker, markerNumber } from './numbered-marker.js';

describe('listMarker', () => {
  it.each([
    [{ level: 1, position: 1 }, '๑.'],
    [{ level: 1, position: 12 }, '๑๒.'],
    [{ level: 2, position: 2, parentNumber: '3' }, '๓.๒'],
    [{ level: 2, position: 1, parentNumber: '๑' }, '๑.๑'],
    [{ level: 3, position: 4, parentNumber: '1' }, '(๔)'],
    [{ level: 1, position: 1, given: '2.' }, '๒.'],
    [{ level: 2, position: 1, given: '1.1' }, '๑.๑'],
    [{ level: 1, position: 1, given: '-' }, '-'],
    [{ level: 1, position: 1, given: '  ' }, '๑.'],
  ])('%o → %s', (options, expected) => {
    expect(listMarker({ ...options, numerals: 'thai' })).toBe(expected);
  });

  it('prints Arabic markers in an Arabic-digit letter', () => {
    expect(listMarker({ level: 2, position: 3, parentNumber: '๒', numerals: 'arabic' })).toBe('2.3');
    expect(listMarker({ level: 3, position: 3, numerals: 'arabic' })).toBe('(3)');
  });
});

describe('markerNumber', () => {
  it.each([
    ['2.', '2'],
    ['(3)', '3'],
    ['๒.๑', '๒.๑'],
    ['-', undefined],
    ['ก.', undefined],
  ])('%s → %s', (marker, expected) => {
    expect(markerNumber(marker)).toBe(expected);
  });
});

describe('itemMarker', () => {
  it('numbers several items and leaves a single one bare', () => {
    expect(itemMarker(0, 1, 'thai')).toBeUndefined();
    expect([0, 1].map((i) => itemMarker(i, 2, 'thai'))).toEqual(['๑.', '๒.']);
    expect(itemMarker(1, 2, 'arabic')).toBe('2.');
  });
});
