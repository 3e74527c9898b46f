import { describe, expect, it } from 'vitest';
import type { OwnerUnit } from '../model/circular-types.js';
import { contactLines } from './contact-lines.js';

describe('contactLines', () => {
  it.each<[OwnerUnit, 'thai' | 'arabic', string[]]>([
    [
      { lines: ['สำนักงานพัฒนาชุมชนจังหวัด', 'กลุ่มงานส่งเสริมการพัฒนาชุมชน'], contacts: { telephone: '0-3851-1238', fax: '0-3851-1239', email: 'cd8rew@gmail.com' } },
      'thai',
      ['สำนักงานพัฒนาชุมชนจังหวัด', 'กลุ่มงานส่งเสริมการพัฒนาชุมชน', 'โทร. ๐-๓๘๕๑-๑๒๓๘', 'โทรสาร ๐-๓๘๕๑-๑๒๓๙', 'ไปรษณีย์อิเล็กทรอนิกส์ cd8rew@gmail.com'],
    ],
    [{ lines: ['กลุ่มงาน 2'], contacts: { telephoneFax: '0-4271-1554' } }, 'thai', ['กลุ่มงาน ๒', 'โทรศัพท์/โทรสาร ๐-๔๒๗๑-๑๕๕๔']],
    [{ lines: [], contacts: { telephone: '๐ ๒๑๔๑ ๖๐๖๔' } }, 'arabic', ['โทร. 0 2141 6064']],
    [{ lines: [''], contacts: { email: '  ' } }, 'thai', []],
  ])('%o', (owner, numerals, expected) => {
    expect(contactLines(owner, numerals)).toEqual(expected);
  });
});
