/**
 * test — which positions head a government agency (judges the acting forms of spec §5.1).
 * Oracle: the positions of the seeds and of พ.ร.บ.ระเบียบบริหารราชการแผ่นดิน, hand-classified.
 */
import { describe, expect, it } from 'vitest';
import { isGovernmentHead } from './government-head.js';

describe('isGovernmentHead', () => {
  it.each([
    ['อธิบดีกรมการพัฒนาชุมชน', true],
    ['ผู้ว่าราชการจังหวัดสกลนคร', true],
    ['พัฒนาการจังหวัด', true],
    ['นายแพทย์สาธารณสุขจังหวัดขอนแก่น', true],
    ['นายอำเภอบางคล้า', true],
    ['รองอธิบดี', false],
    ['รองผู้ว่าราชการจังหวัด', false],
    ['อธิการบดีมหาวิทยาลัยขอนแก่น', false],
    ['ผู้ว่าการการไฟฟ้าส่วนภูมิภาค', false],
    ['สำนักงานพัฒนาชุมชนจังหวัด', false],
    ['นักวิชาการพัฒนาชุมชนชำนาญการพิเศษ', false],
  ])('%s → %s', (position, expected) => {
    expect(isGovernmentHead(position)).toBe(expected);
  });
});
