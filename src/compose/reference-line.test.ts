import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Reference } from '../model/circular-types.js';
import type { Numerals } from './digits.js';
import { referenceLine } from './reference-line.js';

const number = { agencyCode: 'มท', ownerNumber: '0408.4', circular: true, running: '1295' } as const;
const date = { year: 2019, month: 6, day: 18 };

describe('referenceLine', () => {
  it.each<[Reference, Numerals, string]>([
    [{ issuer: 'หนังสือกรมการพัฒนาชุมชน', number, date }, 'thai', 'หนังสือกรมการพัฒนาชุมชน ที่ มท ๐๔๐๘.๔/ว ๑๒๙๕ ลงวันที่ ๑๘ มิถุนายน ๒๕๖๒'],
    [
      { issuer: 'หนังสือกรมการพัฒนาชุมชน', number, urgency: 'ด่วนที่สุด', date },
      'thai',
      'หนังสือกรมการพัฒนาชุมชน ด่วนที่สุด ที่ มท ๐๔๐๘.๔/ว ๑๒๙๕ ลงวันที่ ๑๘ มิถุนายน ๒๕๖๒',
    ],
    [{ issuer: 'หนังสือจังหวัดสกลนคร', date }, 'thai', 'หนังสือจังหวัดสกลนคร ลงวันที่ ๑๘ มิถุนายน ๒๕๖๒'],
    [
      { issuer: 'หนังสือสำนักงานเขต 2', number: { agencyCode: 'ศธ', ownerNumber: '0206.7', circular: false, running: '81' }, date },
      'arabic',
      'หนังสือสำนักงานเขต 2 ที่ ศธ 0206.7/81 ลงวันที่ 18 มิถุนายน 2562',
    ],
  ])('%o', (reference, numerals, expected) => {
    const diagnostics: Diagnostic[] = [];
    expect(referenceLine(reference, { numerals, diagnostics }, ['references', 0])).toBe(expected);
    expect(diagnostics).toEqual([]);
  });

  it('reports an impossible date at the reference', () => {
    const diagnostics: Diagnostic[] = [];
    referenceLine({ issuer: 'หนังสือ', date: { year: 2023, month: 2, day: 29 } }, { numerals: 'thai', diagnostics }, ['references', 1]);
    expect(diagnostics).toMatchObject([{ code: 'invalid_date', path: ['references', 1, 'date'] }]);
  });
});
