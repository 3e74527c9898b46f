/**
 * Reference data: province codes against the spec's JSON copy (oracle), postcode prefixes,
 * ministry and agency codes, the ภาคผนวก ๒ table, rank inference and findProvince
 * on the office names, addresses and positions of the seeds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findProvince, findProvinceOfOffice } from './find-province.js';
import {
  HIGH_OFFICES,
  MINISTRIES,
  PROVINCES,
  REFERENCE_DATA_VERSIONS,
  SALUTATION_TABLE,
  isAgencyCode,
  isIndependentAgencyCode,
  isMinistryCode,
  isProvinceCode,
  provinceByCode,
  provinceByName,
  provinceByPostcode,
  ranksWithClosing,
  salutationFor,
} from './reference-data.js';
import { ADDRESSEE_RANKS } from './addressee-ranks.js';
import { inferAddresseeRank } from './addressee.js';

interface SpecRow {
  readonly province_th: string;
  readonly province_en: string;
  readonly code: string;
}

describe('province codes', () => {
  it('match the spec copy row for row (77 rows, unique codes and prefixes known)', () => {
    const spec = JSON.parse(readFileSync('/work/shared/spec/province-codes.json', 'utf8')) as SpecRow[];
    expect(PROVINCES).toHaveLength(77);
    expect(PROVINCES.map((p) => [p.nameTh, p.nameEn, p.code])).toEqual(spec.map((r) => [r.province_th, r.province_en, r.code]));
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(77);
  });

  it.each([
    ['สน', 'สกลนคร'],
    ['ฉช', 'ฉะเชิงเทรา'],
    ['ชม', 'เชียงใหม่'],
    ['ขก', 'ขอนแก่น'],
    ['กท', 'กรุงเทพมหานคร'],
  ])('%s is %s', (code, name) => {
    expect(provinceByCode(code)?.nameTh).toBe(name);
  });

  it('knows the common mistakes are not codes', () => {
    expect(provinceByCode('นข')).toBeUndefined();
    expect(isAgencyCode('นข')).toBe(false);
    expect(isAgencyCode('ฉษ')).toBe(false);
    expect(isAgencyCode('กทม')).toBe(false);
  });

  it('finds provinces by name in the usual spellings', () => {
    expect(provinceByName('จังหวัดฉะเชิงเทรา')?.code).toBe('ฉช');
    expect(provinceByName('กทม.')?.code).toBe('กท');
    expect(provinceByName('กรุงเทพฯ')?.code).toBe('กท');
    expect(provinceByName('ฉะเชิง')).toBeUndefined();
  });
});

describe('postcode prefixes', () => {
  it.each([
    ['10210', ['กรุงเทพมหานคร', 'สมุทรปราการ']],
    ['๔๗๐๐๐', ['สกลนคร']],
    ['24000', ['ฉะเชิงเทรา']],
    ['50000', ['เชียงใหม่']],
    ['40000', ['ขอนแก่น']],
    ['11000', ['นนทบุรี']],
    ['25000', ['ปราจีนบุรี']],
    ['99999', []],
    ['', []],
  ])('%s → %j', (postcode, names) => {
    expect(provinceByPostcode(postcode).map((p) => p.nameTh)).toEqual(names);
  });

  it('gives every province a prefix, only 10 being shared', () => {
    const byPrefix = new Map<string, number>();
    for (const p of PROVINCES) byPrefix.set(p.postcodePrefix, (byPrefix.get(p.postcodePrefix) ?? 0) + 1);
    expect([...byPrefix].filter(([, n]) => n > 1)).toEqual([['10', 2]]);
  });
});

describe('ministry and agency codes', () => {
  it('contains the §4.2 table with tags', () => {
    expect(isMinistryCode('มท')).toBe(true);
    expect(isMinistryCode('นร')).toBe(true);
    expect(MINISTRIES.find((m) => m.code === 'ยธ')?.tag).toBe('U');
    expect(MINISTRIES.find((m) => m.code === 'ทก')?.former).toBe(true);
    expect(isIndependentAgencyCode('ตช')).toBe(true);
    expect(isProvinceCode('สน')).toBe(true);
    expect(isAgencyCode('อว')).toBe(true);
    expect(isAgencyCode('สน')).toBe(true);
  });

  it('carries a source and version for every table', () => {
    expect(REFERENCE_DATA_VERSIONS).toHaveLength(5);
    for (const v of REFERENCE_DATA_VERSIONS) {
      expect(v.source.length).toBeGreaterThan(20);
      expect(v.version).toMatch(/^\d{4}\.\d+$/u);
    }
  });
});

describe('salutations (spec §3)', () => {
  it('has one row per rank', () => {
    expect(SALUTATION_TABLE.map((r) => r.rank).sort()).toEqual([...ADDRESSEE_RANKS].sort());
  });

  it('pairs salutation and closing from the same row', () => {
    expect(salutationFor('general')).toMatchObject({ salutation: 'เรียน', closing: 'ขอแสดงความนับถือ' });
    expect(salutationFor('high-office')).toMatchObject({ salutation: 'กราบเรียน', closing: 'ขอแสดงความนับถืออย่างยิ่ง' });
    expect(salutationFor('monk').closing).toBe('ขอนมัสการด้วยความเคารพ');
    expect(salutationFor('phra-ratchakhana').closing).toBe('ขอนมัสการด้วยความเคารพอย่างสูง');
    expect(ranksWithClosing('ขอแสดงความนับถือ')).toEqual(['general']);
  });

  it('infers high office for the 14 offices only', () => {
    expect(HIGH_OFFICES).toHaveLength(14);
    for (const office of HIGH_OFFICES) expect(inferAddresseeRank(office)).toBe('high-office');
    expect(inferAddresseeRank('ผู้ตรวจการแผ่นดิน')).toBe('high-office');
    expect(inferAddresseeRank('รองนายกรัฐมนตรี')).toBe('general');
    expect(inferAddresseeRank('รัฐมนตรีว่าการกระทรวงมหาดไทย')).toBe('general');
    expect(inferAddresseeRank('ผู้ว่าราชการจังหวัดขอนแก่น')).toBe('general');
    expect(inferAddresseeRank('สมเด็จพระสังฆราช')).toBe('supreme-patriarch');
    expect(inferAddresseeRank('เจ้าอาวาสวัดโพธิ์')).toBe('monk');
    expect(inferAddresseeRank('พระบาทสมเด็จพระเจ้าอยู่หัว')).toBe('king');
  });
});

describe('findProvince', () => {
  it.each([
    ['ศาลากลางจังหวัดสกลนคร', 'สกลนคร'],
    ['ผู้ว่าราชการจังหวัดฉะเชิงเทรา', 'ฉะเชิงเทรา'],
    ['ถนนแจ้งวัฒนะ เขตหลักสี่ กทม. ๑๐๒๑๐', 'กรุงเทพมหานคร'],
    ['แขวงทุ่งสองห้อง เขตหลักสี่', 'กรุงเทพมหานคร'],
    ['ผู้ว่าราชการกรุงเทพมหานคร', 'กรุงเทพมหานคร'],
    ['สำนักงานจังหวัดนครพนม', 'นครพนม'],
    ['อำเภอเมือง ขอนแก่น ๔๐๐๐๐', 'ขอนแก่น'],
  ])('%s → %s', (text, name) => {
    expect(findProvince(text)?.nameTh).toBe(name);
  });

  it.each(['ผู้ว่าราชการจังหวัดทุกจังหวัด', 'นายอำเภอ', 'กรมการพัฒนาชุมชน', 'เขตตรวจราชการที่ ๑', 'พัฒนาการจังหวัด'])(
    '%s names no province',
    (text) => {
      expect(findProvince(text)).toBeUndefined();
    },
  );

  it('prefers the office name over its address', () => {
    expect(findProvinceOfOffice('ศาลากลางจังหวัดเชียงใหม่', ['ถนนเรืองวุฒิ ฉษ ๒๕๐๐๐'])?.nameTh).toBe('เชียงใหม่');
    expect(findProvinceOfOffice('กรมการพัฒนาชุมชน', ['ถนนแจ้งวัฒนะ เขตหลักสี่ กทม. ๑๐๒๑๐'])?.nameTh).toBe('กรุงเทพมหานคร');
  });
});
