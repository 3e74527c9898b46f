/**
 * Tests for thaiWords: join equals input and no piece starts with a Thai combining mark,
 * with the ICU segmenter and with a deliberately bad one (property test included).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { intlWordSegmenter, isThaiCombiningMark, thaiWords, type WordSegmenter } from './thai-words.js';

/** A deliberately bad segmenter: splits after every code unit, so marks start pieces. */
const everyCodeUnit: WordSegmenter = { segment: (text) => text.split('') };

const startsWithMark = (words: readonly string[]) => words.some((w) => isThaiCombiningMark(w));

describe('thaiWords', () => {
  it('segments a seed sentence into dictionary words', () => {
    const words = thaiWords('จึงเรียนมาเพื่อโปรดพิจารณา');
    expect(words.join('')).toBe('จึงเรียนมาเพื่อโปรดพิจารณา');
    expect(words.length).toBeGreaterThan(3);
    expect(words).toContain('พิจารณา');
  });

  it('never lets a piece start with a combining mark, even with a bad segmenter', () => {
    const text = 'น้ำ ที่ ปี่ คล้ำ ฎีกา ญู ฐาน กรมการพัฒนาชุมชน';
    const words = thaiWords(text, everyCodeUnit);
    expect(words.join('')).toBe(text);
    expect(startsWithMark(words)).toBe(false);
    expect(words).toContain('น้');
  });

  it('returns [] for empty text and keeps spaces and Latin', () => {
    expect(thaiWords('')).toEqual([]);
    expect(thaiWords('OTOP Product Champion').join('')).toBe('OTOP Product Champion');
  });

  it('falls back to the whole text when a segmenter loses characters', () => {
    expect(thaiWords('ไทย', { segment: () => ['ไท'] })).toEqual(['ไทย']);
  });

  it('reuses one Intl.Segmenter', () => {
    expect(intlWordSegmenter.segment('ไทย ไทย')).toEqual(intlWordSegmenter.segment('ไทย ไทย'));
  });

  it('join equals input and no piece starts with a mark (property)', () => {
    const thaiChar = fc.integer({ min: 0x0e01, max: 0x0e5b }).map((c) => String.fromCharCode(c));
    const text = fc.array(fc.oneof(thaiChar, fc.constantFrom(' ', 'a', '1', '\n', 'ก็', 'น้ำ')), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.boolean(), (s, bad) => {
        const words = thaiWords(s, bad ? everyCodeUnit : intlWordSegmenter);
        expect(words.join('')).toBe(s);
        // A mark at the very start of the text has no base to join; every later piece must not start with one.
        expect(startsWithMark(words.slice(1))).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
