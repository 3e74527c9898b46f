/**
 * rules — province_mismatch: in a provincial letter, the provinces named by the ที่ code, the
 * office name, the office address (and its postcode) and the final signing authority must agree.
 * A memo is checked on the evidence it has: the ที่ code, the ส่วนราชการ name and the authority.
 * The letter's province is the one most of them name (ties go to the authority, then the office name);
 * every piece of evidence naming another province is reported at its own path.
 */
import type { DiagnosticPath } from '../../diagnostics/diagnostic.js';
import type { Circular, ExternalCircular } from '../../model/circular-types.js';
import { findProvince } from '../../model/find-province.js';
import { provinceByCode, provinceByName, provinceByPostcode, type Province } from '../../model/reference-data.js';
import { toArabicDigits } from '../../thai/index.js';
import { finalAuthority } from '../final-authority.js';
import { quote } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';

interface Evidence {
  /** Provinces this evidence is consistent with (a 10xxx postcode fits Bangkok and Samut Prakan). */
  readonly provinces: readonly Province[];
  readonly path: DiagnosticPath;
  readonly what: string;
  readonly whatTh: string;
  /** Lower wins ties. */
  readonly priority: number;
  readonly hint?: string;
}

function names(provinces: readonly Province[]): string {
  return provinces.map((p) => p.nameTh).join(' / ');
}

/** A province code standing as a word in the address, as in `ถนนศูนย์ราชการ สน ๔๗๐๐๐`. */
function addressCodeEvidence(circular: ExternalCircular): Evidence | undefined {
  for (const [i, line] of circular.office.addressLines.entries()) {
    const match = /(?:^|\s)([ก-ฮ]{2})\.?\s+[0-9๐-๙]{5}\s*$/u.exec(line);
    const code = match?.[1];
    const province = code === undefined ? undefined : provinceByCode(code);
    if (province !== undefined && code !== undefined) {
      return {
        provinces: [province],
        path: ['office', 'addressLines', i],
        what: `the province abbreviation "${code}" of the address`,
        whatTh: `อักษรย่อจังหวัด "${code}" ในที่อยู่`,
        priority: 4,
      };
    }
  }
  return undefined;
}

function postcodeEvidence(circular: ExternalCircular): Evidence | undefined {
  const postcode = circular.office.postcode;
  if (postcode === undefined) return undefined;
  const provinces = provinceByPostcode(postcode);
  if (provinces.length === 0) return undefined;
  const line = circular.office.addressLines.findIndex((l) => toArabicDigits(l).includes(postcode));
  return {
    provinces,
    path: line === -1 ? ['office', 'postcode'] : ['office', 'addressLines', line],
    what: `the postcode ${postcode} (${names(provinces)})`,
    whatTh: `รหัสไปรษณีย์ ${postcode} (${names(provinces)})`,
    priority: 6,
    hint: 'A few postcodes serve a sub-district across a province border; if this address is one of them, skip the rule with options.disable.',
  };
}

function collectEvidence(circular: Circular): { readonly evidence: readonly Evidence[]; readonly provincial: boolean } {
  const evidence: Evidence[] = [];
  const authority = finalAuthority(circular.signer);
  const byAuthority = findProvince(authority.position);
  if (byAuthority !== undefined) {
    evidence.push({
      provinces: [byAuthority],
      path: authority.path,
      what: `the signing authority ${quote(authority.position)}`,
      whatTh: `ผู้มีอำนาจลงนาม ${quote(authority.position)}`,
      priority: 1,
    });
  }
  const byName = findProvince(circular.office.name);
  if (byName !== undefined) {
    evidence.push({
      provinces: [byName],
      path: ['office', 'name'],
      what: `the office ${quote(circular.office.name)}`,
      whatTh: `ส่วนราชการเจ้าของหนังสือ ${quote(circular.office.name)}`,
      priority: 2,
    });
  }
  const byCode = provinceByCode(circular.number.agencyCode);
  if (byCode !== undefined) {
    evidence.push({
      provinces: [byCode],
      path: ['number'],
      what: `the code "${circular.number.agencyCode}" after ที่`,
      whatTh: `รหัสพยัญชนะ "${circular.number.agencyCode}" หลังคำว่า ที่`,
      priority: 3,
    });
  }
  if (circular.kind === 'external') evidence.push(...addressEvidence(circular, evidence));
  const provincial = byCode !== undefined || byName !== undefined || byAuthority !== undefined;
  return { evidence, provincial };
}

/**
 * What the office address of an external letter says: its province code, place names, stated
 * province and postcode. A memo's ส่วนราชการ has no address, so it has none of this evidence.
 */
function addressEvidence(circular: ExternalCircular, before: readonly Evidence[]): Evidence[] {
  const evidence: Evidence[] = [];
  const byAddressCode = addressCodeEvidence(circular);
  if (byAddressCode !== undefined) evidence.push(byAddressCode);
  for (const [i, line] of circular.office.addressLines.entries()) {
    const byLine = findProvince(line);
    if (byLine !== undefined) {
      evidence.push({
        provinces: [byLine],
        path: ['office', 'addressLines', i],
        what: `the address line ${quote(line)}`,
        whatTh: `ที่อยู่ ${quote(line)}`,
        priority: 5,
      });
    }
  }
  // An explicit office.province that none of the printed lines state is evidence of its own.
  const stated = circular.office.province === undefined ? undefined : provinceByName(circular.office.province);
  if (stated !== undefined && ![...before, ...evidence].some((e) => e.path[0] === 'office' && e.provinces.includes(stated))) {
    evidence.push({ provinces: [stated], path: ['office', 'province'], what: `"office.province" ${stated.nameTh}`, whatTh: `จังหวัด ${stated.nameTh}`, priority: 5 });
  }
  const postcode = postcodeEvidence(circular);
  if (postcode !== undefined) evidence.push(postcode);
  return evidence;
}

export const provinceMismatch = defineRule({
  code: 'province_mismatch',
  severity: 'error',
  severityReason: 'A letter whose office, code and signing governor name different provinces cannot be sent as it is: one of them is wrong.',
  title: 'Provinces of the code, office and authority disagree',
  description:
    'Only for a provincial letter (the ที่ code is a province code, or the office or the final signing authority names a province): the province of the ที่ code, of the office name, of the address (province abbreviation, place names and postcode) and of the final signing authority must be the same. The province most of them name is taken as the letter\'s; each piece naming another one is reported. A memo (บันทึกข้อความ) has no office address, so only its ที่ code, ส่วนราชการ and final signing authority are compared.',
  exampleBad: 'ศาลากลางจังหวัดเชียงใหม่ … ผู้ว่าราชการจังหวัดฉะเชิงเทรา',
  exampleGood: 'ศาลากลางจังหวัดฉะเชิงเทรา ถนนเรืองวุฒิ ฉช ๒๔๐๐๐ … ผู้ว่าราชการจังหวัดฉะเชิงเทรา',
  reads: ['kind', 'number', 'office', 'signer'],
  check: ({ circular }) => {
    const { evidence, provincial } = collectEvidence(circular);
    if (!provincial || evidence.length < 2) return [];
    const votes = new Map<string, { province: Province; count: number; priority: number }>();
    for (const e of evidence) {
      for (const province of e.provinces) {
        const entry = votes.get(province.nameTh) ?? { province, count: 0, priority: e.priority };
        votes.set(province.nameTh, { province, count: entry.count + 1, priority: Math.min(entry.priority, e.priority) });
      }
    }
    const winner = [...votes.values()].sort((a, b) => b.count - a.count || a.priority - b.priority)[0]?.province;
    if (winner === undefined) return [];
    const support = evidence.filter((e) => e.provinces.includes(winner));
    const supportText = support.map((e) => e.what).join(', ');
    const supportTextTh = support.map((e) => e.whatTh).join(' ');
    return evidence
      .filter((e) => !e.provinces.includes(winner))
      .map(
        (e): RuleFinding => ({
          path: e.path,
          message: `${capitalise(e.what)} points to ${names(e.provinces)}, but the letter is from ${winner.nameTh} (named by ${supportText}); make them agree (the code of ${winner.nameTh} is ${winner.code}, its postcodes start with ${winner.postcodePrefix}).`,
          messageTh: `${e.whatTh} ระบุจังหวัด${names(e.provinces)} แต่หนังสือนี้เป็นของจังหวัด${winner.nameTh} (ตาม${supportTextTh}) ให้แก้ให้ตรงกัน (รหัสพยัญชนะของจังหวัด${winner.nameTh} คือ ${winner.code} รหัสไปรษณีย์ขึ้นต้นด้วย ${winner.postcodePrefix})`,
          ...(e.hint === undefined ? {} : { hints: [e.hint] }),
        }),
      );
  },
});

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
