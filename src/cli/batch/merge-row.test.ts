import { describe, expect, it } from 'vitest';
import { mergeRow, RowColumnError } from './merge-row.js';

describe('mergeRow', () => {
  const base = { subject: 'เรื่องเดิม', addressee: { text: 'นายอำเภอ', rank: 'general' } };
  it('sets letter and payload paths, parses JSON cells and leaves the inputs alone', () => {
    const merged = mergeRow(base, { minGroups: 3 }, {
      'letter.addressee.text': 'นายอำเภอบางคล้า',
      district: 'บางคล้า',
      'payload.meeting.venue': 'ห้องบางตลาด',
      activities: '["ก","ข"]',
      empty: '',
    });
    expect(merged.letter).toEqual({ subject: 'เรื่องเดิม', addressee: { text: 'นายอำเภอบางคล้า', rank: 'general' } });
    expect(merged.payload).toEqual({ minGroups: 3, district: 'บางคล้า', meeting: { venue: 'ห้องบางตลาด' }, activities: ['ก', 'ข'] });
    expect(base.addressee.text).toBe('นายอำเภอ');
  });
  it('refuses prototype-polluting and empty paths', () => {
    expect(() => mergeRow({}, {}, { 'letter.__proto__.x': '1' })).toThrow(RowColumnError);
    expect(() => mergeRow({}, {}, { 'a..b': '1' })).toThrow(/not a usable field path/u);
  });
});
