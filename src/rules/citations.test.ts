/**
 * test — citations of references and attachments in the letter's text.
 * Oracle: hand-read Thai phrases; numbers in Thai and Arabic digits, lists and ranges.
 */
import { describe, expect, it } from 'vitest';
import type { TextPiece } from './text-fields.js';
import { attachmentCitations, expandNumberList, referenceCitations } from './citations.js';

function piece(text: string): TextPiece {
  return { source: 'body', path: ['body', 0], text, segments: [{ start: 0, end: text.length, path: ['body', 0, 'spans', 0, 'text'] }] };
}

describe('citations', () => {
  it('expands lists and ranges in Thai or Arabic digits', () => {
    expect(expandNumberList('๑ - ๒')).toEqual([1, 2]);
    expect(expandNumberList('๑ – ๓ หรือ ๕')).toEqual([1, 2, 3, 5]);
    expect(expandNumberList('1, 3 และ 4')).toEqual([1, 3, 4]);
    expect(expandNumberList('๒ ถึง ๔')).toEqual([2, 3, 4]);
  });

  it('finds attachment citations with and without numbers', () => {
    const found = attachmentCitations([piece('รายละเอียดตามสิ่งที่ส่งมาด้วย ๑ - ๒ และส่งตามแบบที่ส่งมาด้วย ภายในวันที่ ๕ มีนาคม ๒๕๖๕')]);
    expect(found.map((c) => c.numbers)).toEqual([[1, 2], undefined]);
  });

  it('does not read a date after the citation as item numbers', () => {
    const found = attachmentCitations([piece('ตามสิ่งที่ส่งมาด้วย ๒๕ ธันวาคม ๒๕๖๕')]);
    expect(found.map((c) => c.numbers)).toEqual([undefined]);
  });

  it('finds reference citations', () => {
    expect(referenceCitations([piece('ตามหนังสือที่อ้างถึง ๑ และ ๒ นั้น')]).map((c) => c.numbers)).toEqual([[1, 2]]);
    expect(referenceCitations([piece('ตามหนังสือที่อ้างถึง กรมการพัฒนาชุมชน')]).map((c) => c.numbers)).toEqual([undefined]);
  });
});

describe('reference citations are not the verb อ้างถึง', () => {
  it('ignores ไม่ได้อ้างถึง and การอ้างถึง, and reads a bare อ้างถึง ๒', () => {
    expect(referenceCitations([piece('รายงานนี้ไม่ได้อ้างถึงผลงานอื่น และการอ้างถึงแหล่งข้อมูล')])).toEqual([]);
    expect(referenceCitations([piece('ตามอ้างถึง ๒ นั้น')]).map((c) => c.numbers)).toEqual([[2]]);
  });
});
