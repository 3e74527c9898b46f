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

describe('mergeRow options', () => {
  it('keeps unknown plain columns as labels, deep-merges object columns and coerces text', () => {
    const merged = mergeRow(
      { office: { name: 'ศาลากลาง', province: 'ฉะเชิงเทรา' } },
      { meeting: { venue: 'ห้อง ก', date: '2023-01-10' } },
      { district: 'บางคล้า', minGroups: '๓', letter: { office: { name: 'ที่ว่าการอำเภอ' } }, payload: { meeting: { venue: 'ห้อง ข' } } },
      { payloadKeys: new Set(['minGroups', 'meeting']), coerce: (_target, path, text) => (path[0] === 'minGroups' ? 3 : text) },
    );
    expect(merged.labels).toEqual({ district: 'บางคล้า' });
    expect(merged.letter).toEqual({ office: { name: 'ที่ว่าการอำเภอ', province: 'ฉะเชิงเทรา' } });
    expect(merged.payload).toEqual({ meeting: { venue: 'ห้อง ข', date: '2023-01-10' }, minGroups: 3 });
    expect(() => mergeRow({}, {}, { payload: JSON.parse('{"__proto__": {"x": 1}}') as unknown })).toThrow(RowColumnError);
  });
});
