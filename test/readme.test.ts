import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as saraban from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const indexSource = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');

function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const block of source.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/gu)) {
    for (const part of (block[1] ?? '').split(',')) {
      const name = part.replace(/^\s*type\s+/u, '').trim().split(/\s+as\s+/u).pop()?.trim();
      if (name) names.add(name);
    }
  }
  return [...names];
}

describe('README', () => {
  it('starts with the two commands in a code block', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/u.exec(readme)?.[1] ?? '';
    expect(firstBlock).toContain('npm ci && npm run build && npm run examples');
    expect(firstBlock).toContain('npm test');
  });
  it('documents every public export', () => {
    const missing = exportedNames(indexSource).filter((name) => !readme.includes(`\`${name}`));
    expect(missing).toEqual([]);
  });
  it('shows examples that hold', () => {
    expect(saraban.formatDocumentNumber(saraban.parseDocumentNumber('ที่ สน 0019.3/ว5471'))).toBe('สน ๐๐๑๙.๓/ว ๕๔๗๑');
    expect(saraban.provinceByCode('ฉช')?.nameTh).toBe('ฉะเชิงเทรา');
    expect(saraban.salutationFor('general').closing).toBe('ขอแสดงความนับถือ');
    expect(saraban.PROGRAM_NAMES).toEqual(['meeting', 'opc', 'kbo', 'registration', 'marketer-hiring']);
    expect(saraban.thaiWords('จึงเรียนมาเพื่อโปรดพิจารณา')).toEqual(['จึง', 'เรียน', 'มา', 'เพื่อ', 'โปรด', 'พิจารณา']);
    const d = { year: 2020, month: 3, day: 18 };
    expect(saraban.formatThaiDate(d)).toBe('๑๘ มีนาคม ๒๕๖๓');
    expect(saraban.formatThaiDate(d, { style: 'abbreviated' })).toBe('๑๘ มี.ค. ๖๓');
    expect(saraban.formatThaiDate(d, { weekday: true })).toBe('วันพุธที่ ๑๘ มีนาคม ๒๕๖๓');
    expect(saraban.formatThaiDate(d, { era: true })).toBe('๑๘ มีนาคม พ.ศ. ๒๕๖๓');
    expect(saraban.thaiWeekday({ year: 2022, month: 12, day: 25 })).toEqual({ index: 0, name: 'อาทิตย์' });
    expect(saraban.fiscalYear({ year: 2021, month: 10, day: 1 })).toBe(2565);
    expect(saraban.toThaiDigits('COVID-19 cd8rew@gmail.com')).toBe('COVID-๑๙ cd8rew@gmail.com');
    expect(saraban.formatThaiNumber(4477560000)).toBe('๔,๔๗๗,๕๖๐,๐๐๐');
    expect(saraban.bahtText(4477560000)).toBe('สี่พันสี่ร้อยเจ็ดสิบเจ็ดล้านห้าแสนหกหมื่นบาทถ้วน');
    expect(saraban.parseBahtText('สิบบาทห้าสิบสตางค์')).toBe(10.5);
    expect(saraban.parseBahtTextSatang('หนึ่งล้านเอ็ดบาทถ้วน')).toBe(100000100n);
    expect(saraban.formatThaiTimeRange({ hour: 9, minute: 30 }, { hour: 12, minute: 0 })).toBe('๐๙.๓๐ - ๑๒.๐๐ น.');
    expect(saraban.isValidCalendarDate(2021, 2, 29)).toBe(false);
  });
});
