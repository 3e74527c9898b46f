/**
 * rules — unknown_agency_code: the รหัสพยัญชนะ after ที่ (of the letter and of every reference)
 * must be a ministry, agency or province code of ภาคผนวก ๑ (spec §4). Seed 002 writes ฉษ and seed
 * 003 นข for Chachoengsao (ฉช); the message suggests the codes of the provinces the letter names.
 */
import { findProvince } from '../../model/find-province.js';
import { isAgencyCode } from '../../model/reference-data.js';
import { finalAuthority } from '../final-authority.js';
import { numberText, quote } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';

/** Three-letter codes are allowed for committees (spec §4.1) and cannot be checked, except this known mistake. */
const NOT_CODES: Readonly<Record<string, string>> = { กทม: 'กท' };

export const unknownAgencyCode = defineRule({
  code: 'unknown_agency_code',
  severity: 'error',
  severityReason:
    'A wrong code misroutes the letter and breaks its registration; the code is never a matter of style. If the code is right but missing from the reference data, skip the rule with options.disable.',
  title: 'Unknown agency code after ที่',
  description:
    'The two-letter code of the ที่ number, of the letter and of every อ้างถึง reference, must be a ministry, agency-not-under-a-ministry or province code of ภาคผนวก ๑ (spec §4.2, §4.3). Three-letter committee codes are accepted, except กทม, which is not a code (Bangkok is กท).',
  exampleBad: 'ที่ นข ๐๐๑๙/ว ๕๔๖๕ (letter of ศาลากลางจังหวัดฉะเชิงเทรา)',
  exampleGood: 'ที่ ฉช ๐๐๑๙/ว ๕๔๖๕',
  reads: ['kind', 'number', 'office', 'references', 'signer'],
  check: ({ circular }) => {
    const suggestions = [
      findProvince(circular.office.name),
      circular.kind === 'external' ? findProvince(circular.office.addressLines.join(' ')) : undefined,
      findProvince(finalAuthority(circular.signer).position),
    ].flatMap((p) => (p === undefined ? [] : [`${p.code} (${p.nameTh})`]));
    const suggestText = [...new Set(suggestions)].join(', ');
    const numbers = [
      { number: circular.number, path: ['number'], what: 'the letter', whatTh: 'ที่ของหนังสือ' },
      ...circular.references.flatMap((reference, i) =>
        reference.number === undefined
          ? []
          : [{ number: reference.number, path: ['references', i], what: `reference ${i + 1}`, whatTh: `อ้างถึงรายการที่ ${i + 1}` }],
      ),
    ];
    const findings: RuleFinding[] = [];
    for (const { number, path, what, whatTh } of numbers) {
      const code = number.agencyCode;
      const replacement = NOT_CODES[code];
      // Order numbering has no code; a body outside ภาคผนวก ๑ numbering without owner number uses its own code.
      if (number.form === 'order' || (number.form === 'no-owner' && code.length > 3)) continue;
      if (replacement === undefined && (isAgencyCode(code) || code.length === 3)) continue;
      const hint = replacement !== undefined ? ` ("${code}" is not a code; write "${replacement}")` : suggestText === '' ? '' : `; the letter names ${suggestText}`;
      const hintTh =
        replacement !== undefined ? ` ("${code}" ไม่ใช่รหัส ให้ใช้ "${replacement}")` : suggestText === '' ? '' : ` หนังสือนี้ระบุ ${suggestText}`;
      findings.push({
        path,
        message: `The code "${code}" in the number ${quote(numberText(number))} of ${what} is not a ministry, agency or province code of ภาคผนวก ๑${hint}; correct the code.`,
        messageTh: `รหัสพยัญชนะ "${code}" ในเลขที่ ${quote(numberText(number))} (${whatTh}) ไม่ใช่รหัสกระทรวง ส่วนราชการ หรือจังหวัดตามภาคผนวก ๑${hintTh} ให้แก้รหัสให้ถูกต้อง`,
      });
    }
    return findings;
  },
});
