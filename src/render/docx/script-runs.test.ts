import { describe, expect, it } from 'vitest';
import { containsThai, splitByScript } from './script-runs.js';

describe('splitByScript', () => {
  it.each([
    ['ขอเชิญประชุม', [['ขอเชิญประชุม', true]]],
    ['ที่ ฉช ๐๐๑๗.๓/ว ๑๒๓๔', [['ที่ ฉช ๐๐๑๗.๓/ว ๑๒๓๔', true]]],
    ['โครงการ (OTOP) ประจำปี', [['โครงการ (', true], ['OTOP) ', false], ['ประจำปี', true]]],
    ['COVID-๑๙', [['COVID-', false], ['๑๙', true]]],
    ['Meeting ID: ๕๙๗ ๒๑๒', [['Meeting ID: ', false], ['๕๙๗ ๒๑๒', true]]],
    ['cd8rew@gmail.com', [['cd8rew@gmail.com', false]]],
    ['  ๑. ข้อ', [['  ๑. ข้อ', true]]],
    ['- 2 -', [['- 2 -', false]]],
    ['', []],
  ])('splits %j at Thai / non-Thai boundaries only', (text, expected) => {
    const segments = splitByScript(text);
    expect(segments.map((s) => [s.text, s.thai])).toEqual(expected);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('marks a segment Thai exactly when it contains Thai', () => {
    for (const s of splitByScript('A น้ำ B ปี่ 12 ๑๒ C')) expect(s.thai).toBe(containsThai(s.text));
  });
});
