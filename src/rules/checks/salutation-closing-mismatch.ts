/**
 * rules — salutation_closing_mismatch: คำขึ้นต้น and คำลงท้าย must come from the same row of
 * ภาคผนวก ๒ (spec §3), and that row must be the addressee's rank: กราบเรียน goes with
 * ขอแสดงความนับถืออย่างยิ่ง for the 14 high offices, เรียน with ขอแสดงความนับถือ for everyone else.
 * A memo has no คำลงท้าย (spec §1.4 row 9): only its salutation is checked against the rank.
 */
import type { AddresseeRank, MemoAddressee } from '../../model/circular-types.js';
import { SALUTATION_TABLE, salutationFor, type SalutationRow } from '../../model/reference-data.js';
import { quote } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Royal salutations carry a placeholder (ออกพระนาม) for the name; any text may stand there. */
function formulaMatches(formula: string, written: string): boolean {
  const flat = (s: string): string => s.replace(/\s+/gu, ' ').trim();
  const pattern = flat(formula)
    .split(/\((?:ออกพระนาม|ออกนาม)\)/u)
    .map(escapeRegExp)
    .join('.+');
  return new RegExp(`^${pattern}$`, 'u').test(flat(written));
}

/** ขอเดชะ may be printed after the signer's name instead of at the end of the closing (spec §3.1 row 1.1). */
function closingMatches(row: SalutationRow, written: string): boolean {
  return formulaMatches(row.closing, written) || (row.rank === 'king' && formulaMatches(row.closing.replace(/\s*ขอเดชะ$/u, ''), written));
}

function rowsWithSalutation(written: string): readonly SalutationRow[] {
  return SALUTATION_TABLE.filter((row) => formulaMatches(row.salutation, written));
}

function rowsWithClosing(written: string): readonly SalutationRow[] {
  return SALUTATION_TABLE.filter((row) => closingMatches(row, written));
}

function rowLabel(rows: readonly SalutationRow[]): string {
  return rows.length === 0 ? 'no row' : `row ${rows.map((r) => r.row).join('/')}`;
}

const RANK_EN: Readonly<Record<AddresseeRank, string>> = {
  king: 'the King',
  queen: 'the Queen',
  'crown-heir': 'the heir to the throne',
  chaofa: 'a Chao Fa prince or princess',
  'phra-ong-chao': 'a Phra Ong Chao',
  'mom-chao': 'a Mom Chao',
  'supreme-patriarch-royal': 'a Supreme Patriarch of royal birth',
  'supreme-patriarch': 'the Supreme Patriarch',
  'somdet-phra-ratchakhana': 'a Somdet Phra Ratchakhana',
  'phra-ratchakhana': 'a Phra Ratchakhana',
  monk: 'a monk',
  'high-office': 'one of the 14 high offices',
  general: 'this addressee',
};

/** A memo's salutation alone against its addressee's rank. */
function memoSalutation({ salutation, rank, text }: MemoAddressee): RuleFinding[] {
  const expected = salutationFor(rank);
  if (formulaMatches(expected.salutation, salutation)) return [];
  return [
    {
      path: ['addressee'],
      message: `The salutation ${quote(salutation)} (${rowLabel(rowsWithSalutation(salutation))}) is not the one for ${RANK_EN[rank]} (${quote(text)}, row ${expected.row}); write ${quote(expected.salutation)}.`,
      messageTh: `คำขึ้นต้น ${quote(salutation)} ไม่ตรงกับฐานะของผู้รับ ${quote(text)} (ภาคผนวก ๒ แถว ${expected.row}) ให้ใช้ ${quote(expected.salutation)}`,
    },
  ];
}

export const salutationClosingMismatch = defineRule({
  code: 'salutation_closing_mismatch',
  severity: 'error',
  severityReason: 'The forms of address are fixed by ภาคผนวก ๒; a mixed or wrong pair is a visible breach of protocol towards the recipient.',
  title: 'Salutation and closing do not match',
  description:
    'The salutation (คำขึ้นต้น) and the closing (คำลงท้าย) must be the pair of one row of ภาคผนวก ๒ (spec §3), and that row must fit the addressee: กราบเรียน / ขอแสดงความนับถืออย่างยิ่ง only for the 14 high offices, เรียน / ขอแสดงความนับถือ for everyone else, the monk rows by the monk\'s rank. A memo (บันทึกข้อความ) has no closing, so only its salutation is checked against the addressee\'s rank.',
  exampleBad: 'กราบเรียน ผู้ว่าราชการจังหวัดขอนแก่น … ขอแสดงความนับถือ',
  exampleGood: 'เรียน ผู้ว่าราชการจังหวัดขอนแก่น … ขอแสดงความนับถือ',
  reads: ['kind', 'addressee'],
  check: ({ circular }) => {
    if (circular.kind === 'memo') return memoSalutation(circular.addressee);
    const { salutation, closing, rank, text } = circular.addressee;
    const expected = salutationFor(rank);
    const bySalutation = rowsWithSalutation(salutation);
    const byClosing = rowsWithClosing(closing);
    const sameRow = bySalutation.some((row) => byClosing.includes(row));
    const fitsRank = formulaMatches(expected.salutation, salutation) && closingMatches(expected, closing);
    if (sameRow && fitsRank) return [];
    const findings: RuleFinding[] = [];
    if (!sameRow) {
      findings.push({
        path: ['addressee'],
        message: `The salutation ${quote(salutation)} (${rowLabel(bySalutation)}) and the closing ${quote(closing)} (${rowLabel(byClosing)}) are not a pair of one row of ภาคผนวก ๒; for ${quote(text)} write ${quote(expected.salutation)} … ${quote(expected.closing)}.`,
        messageTh: `คำขึ้นต้น ${quote(salutation)} กับคำลงท้าย ${quote(closing)} ไม่ได้มาจากแถวเดียวกันของภาคผนวก ๒ สำหรับ ${quote(text)} ให้ใช้ ${quote(expected.salutation)} … ${quote(expected.closing)}`,
      });
    } else {
      findings.push({
        path: ['addressee'],
        message: `The pair ${quote(salutation)} … ${quote(closing)} (${rowLabel(bySalutation)}) is not the one for ${RANK_EN[rank]} (${quote(text)}, row ${expected.row}); write ${quote(expected.salutation)} … ${quote(expected.closing)}.`,
        messageTh: `คำขึ้นต้นและคำลงท้าย ${quote(salutation)} … ${quote(closing)} ไม่ตรงกับฐานะของผู้รับ ${quote(text)} (ภาคผนวก ๒ แถว ${expected.row}) ให้ใช้ ${quote(expected.salutation)} … ${quote(expected.closing)}`,
      });
    }
    return findings;
  },
});
