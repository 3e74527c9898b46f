/**
 * Cross-file test: intlWordSegmenter feeds ICU one whitespace chunk at a time for speed;
 * this checks that the pieces are exactly those of a single Intl.Segmenter pass, on the
 * seed letters and on random Thai/Latin/whitespace text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { intlWordSegmenter, thaiWords } from '../../src/thai/index.js';

const reference = new Intl.Segmenter('th', { granularity: 'word' });
const onePass = (text: string) => Array.from(reference.segment(text), (s) => s.segment);

describe('intlWordSegmenter', () => {
  it('matches one Intl.Segmenter pass on the seed corpus', () => {
    const dir = new URL('fixtures/', import.meta.url);
    const corpus = readdirSync(dir)
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .join('\n');
    expect(intlWordSegmenter.segment(corpus)).toEqual(onePass(corpus));
    expect(thaiWords(corpus).join('')).toBe(corpus);
  });

  it('matches one Intl.Segmenter pass on random text (property)', () => {
    const piece = fc.constantFrom('กรม', 'การ', 'พัฒนา', 'ชุมชน', 'น้ำ', 'ที่', ' ', '  ', '\n', '\t', 'OTOP', '๒๕๖๕', '2565', '.', '(', ')', '\u00A0', 'ๆ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        expect(intlWordSegmenter.segment(text)).toEqual(onePass(text));
      }),
      { numRuns: 1000 },
    );
  });
});
