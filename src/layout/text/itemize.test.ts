import { beforeAll, describe, expect, it } from 'vitest';
import type { FontBook } from '../font/font-book.js';
import { loadFonts } from '../font/load-fonts.js';
import { charScript, itemize, type StyleSpan } from './itemize.js';

let fonts: FontBook;
beforeAll(async () => {
  const result = await loadFonts();
  if (!result.ok) throw new Error('fonts');
  fonts = result.value;
});

const whole = (text: string, bold = false): StyleSpan[] => [{ start: 0, end: text.length, runIndex: 0, bold }];

function summary(text: string, spans: StyleSpan[] = whole(text)): [string, string, string][] {
  return itemize(text, spans, fonts).items.map((i) => [text.slice(i.start, i.end), i.script, i.face.key]);
}

describe('itemize', () => {
  it.each([
    [0x0e01, 'thai'],
    [0x0e51, 'thai'],
    [0x41, 'latn'],
    [0xe9, 'latn'],
    [0x31, 'common'],
    [0x20, 'common'],
    [0x2d, 'common'],
  ])('classifies U+%s', (codePoint, script) => {
    expect(charScript(codePoint)).toBe(script);
  });

  it('opens a new item at each script change; digits, spaces and punctuation join the run before', () => {
    expect(summary('A วันที่ 15 May, ๒๕๖๘')).toEqual([
      ['A ', 'latn', 'Sarabun-Regular'],
      ['วันที่ 15 ', 'thai', 'Sarabun-Regular'],
      ['May, ', 'latn', 'Sarabun-Regular'],
      ['๒๕๖๘', 'thai', 'Sarabun-Regular'],
    ]);
  });

  it('gives leading digits and punctuation to the first script run', () => {
    expect(summary('(๑) ข้อ')).toEqual([['(๑) ข้อ', 'thai', 'Sarabun-Regular']]);
    expect(summary('123')).toEqual([['123', 'latn', 'Sarabun-Regular']]);
  });

  it('splits at style spans, uses the bold face, and leaves newlines out of every item', () => {
    const text = 'เรื่อง\nขอเชิญ';
    const spans: StyleSpan[] = [
      { start: 0, end: 7, runIndex: 0, bold: true },
      { start: 7, end: text.length, runIndex: 1, bold: false },
    ];
    expect(summary(text, spans)).toEqual([
      ['เรื่อง', 'thai', 'Sarabun-Bold'],
      ['ขอเชิญ', 'thai', 'Sarabun-Regular'],
    ]);
  });

  it('lists characters no face has, with their run', () => {
    expect(itemize('ก😀', whole('ก😀'), fonts).missing).toEqual([{ runIndex: 0, char: '😀' }]);
  });
});
