/**
 * rules — issuer_named_two_ways: the issuing office is named one way in the head of the letter and another way
 * elsewhere in it (สำนักงานพัฒนาชุมชนจังหวัดสกลนคร and สำนักงานพัฒนาชุมชน จ.สกลนคร): an abbreviation of จังหวัด,
 * อำเภอ, ตำบล or กรุงเทพมหานคร, or spaces inside the name. The whole letter names its issuer as its head does.
 */
import { quote } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { pathAt } from '../text-fields.js';

const ABBREVIATIONS: readonly (readonly [full: string, short: string])[] = [
  ['กรุงเทพมหานคร', 'กทม.'],
  ['จังหวัด', 'จ.'],
  ['อำเภอ', 'อ.'],
  ['ตำบล', 'ต.'],
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A pattern that matches the name and its variants: each of the words above full or short, spaces anywhere between. */
function variantPattern(name: string): RegExp | undefined {
  const flat = name.replace(/[\s\u00a0]+/gu, '');
  if (flat.length < 6) return undefined;
  const words = ABBREVIATIONS.flatMap(([full, short]) => [full, short]);
  const splitter = new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'u');
  const source = flat
    .split(splitter)
    .filter((part) => part !== '')
    .map((part) => {
      const pair = ABBREVIATIONS.find(([full, short]) => part === full || part === short);
      if (pair !== undefined) return `(?:${escapeRegExp(pair[0])}|${escapeRegExp(pair[1])})\\s*`;
      return `${Array.from(part, escapeRegExp).join('\\s?')}\\s*`;
    })
    .join('')
    .replace(/\\s\*$/u, '');
  return new RegExp(source, 'gu');
}

export const issuerNamedTwoWays = defineRule({
  code: 'issuer_named_two_ways',
  severity: 'warning',
  severityReason: 'The reader still knows who writes; naming the issuer one way throughout is a matter of care, not of meaning.',
  title: 'Issuing office named two ways',
  description:
    'Wherever the letter names its issuing office again (body, owner unit, signer\'s position, copies-to, footer), it writes the name as the head of the letter does: not จ. for จังหวัด, อ. for อำเภอ, ต. for ตำบล, กทม. for กรุงเทพมหานคร, nor with spaces inside the name.',
  exampleBad: 'สำนักงานพัฒนาชุมชนจังหวัดสกลนคร … สำนักงานพัฒนาชุมชน จ.สกลนคร',
  exampleGood: 'สำนักงานพัฒนาชุมชนจังหวัดสกลนคร … สำนักงานพัฒนาชุมชนจังหวัดสกลนคร',
  reads: ['office'],
  check: ({ circular, texts }) => {
    const name = circular.office.name.trim();
    const pattern = variantPattern(name);
    if (pattern === undefined) return [];
    const findings: RuleFinding[] = [];
    for (const piece of texts) {
      if (piece.source === 'office' || piece.source === 'reference' || piece.source === 'enclosure') continue;
      for (const m of piece.text.matchAll(pattern)) {
        const written = m[0].trim();
        if (written === name) continue;
        findings.push({
          path: pathAt(piece, m.index),
          message: `The issuing office is named ${quote(written)} here but ${quote(name)} in the head of the letter; write it one way.`,
          messageTh: `ส่วนราชการเจ้าของหนังสือเขียนว่า ${quote(written)} ในที่นี้ แต่เขียนว่า ${quote(name)} ที่หัวหนังสือ ให้เขียนให้เหมือนกัน`,
        });
      }
    }
    return findings;
  },
});
