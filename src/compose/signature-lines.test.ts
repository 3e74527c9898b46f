import { describe, expect, it } from 'vitest';
import type { ActingLink, Signer } from '../model/circular-types.js';
import { signatureNameLine, signaturePositionLines } from './signature-lines.js';

const signer = (chain: readonly ActingLink[], position = 'หัวหน้ากลุ่มงานส่งเสริมการพัฒนาชุมชน'): Signer => ({
  prefix: 'นาย',
  name: 'โชคชัย แก้วป่อง',
  position,
  chain,
});

describe('signature block lines (spec §5.2)', () => {
  it.each<[string, readonly ActingLink[], string[]]>([
    ['no link', [], ['หัวหน้ากลุ่มงานส่งเสริมการพัฒนาชุมชน']],
    [
      'one link',
      [{ relation: 'ปฏิบัติราชการแทน', position: 'ผู้ว่าราชการจังหวัดฉะเชิงเทรา' }],
      ['หัวหน้ากลุ่มงานส่งเสริมการพัฒนาชุมชน ปฏิบัติราชการแทน', 'ผู้ว่าราชการจังหวัดฉะเชิงเทรา'],
    ],
    [
      'two links',
      [
        { relation: 'รักษาราชการแทน', position: 'พัฒนาการจังหวัดฉะเชิงเทรา' },
        { relation: 'ปฏิบัติราชการแทน', position: 'ผู้ว่าราชการจังหวัดฉะเชิงเทรา' },
      ],
      [
        'หัวหน้ากลุ่มงานส่งเสริมการพัฒนาชุมชน รักษาราชการแทน',
        'พัฒนาการจังหวัดฉะเชิงเทรา ปฏิบัติราชการแทน',
        'ผู้ว่าราชการจังหวัดฉะเชิงเทรา',
      ],
    ],
  ])('%s', (_name, chain, expected) => {
    expect(signaturePositionLines(signer(chain), 'thai')).toEqual(expected);
  });

  it('puts the prefix straight onto the name in parentheses', () => {
    expect(signatureNameLine(signer([]), 'thai')).toBe('(นายโชคชัย แก้วป่อง)');
  });

  it('prints digits in positions in the letter style', () => {
    expect(signaturePositionLines(signer([], 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา เขต 2'), 'thai')).toEqual([
      'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา เขต ๒',
    ]);
  });
});
