/**
 * test/cli — batch test data: a KBO base letter without an addressee (each row names its
 * district's นายอำเภอ) and rows, one per synthetic district, as CSV text. Bad rows are made by
 * overriding cells of chosen rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli-harness.js';

const PREFIXES = ['บาง', 'หนอง', 'โพธิ์', 'ท่า', 'วัง', 'ดอน', 'คลอง', 'บ้าน', 'นา', 'ลาด'];
const SUFFIXES = ['น้ำเปรี้ยว', 'ปะกง', 'คล้า', 'ใหญ่', 'ทอง', 'แดง', 'ยาว', 'สาม', 'เหนือ', 'ใต้'];

export const COLUMNS = ['district', 'letter.addressee', 'letter.date', 'minGroupsPerDistrict', 'payload.meeting.representativesPerGroup'] as const;
export type DistrictRow = Record<(typeof COLUMNS)[number], string>;

/** `count` unique district names (Thai, synthetic but plausible). */
export function districtNames(count: number): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    const round = Math.floor(i / (PREFIXES.length * SUFFIXES.length));
    const base = `${PREFIXES[i % PREFIXES.length]}${SUFFIXES[Math.floor(i / PREFIXES.length) % SUFFIXES.length]}`;
    names.push(round === 0 ? base : `${base}${round + 1}`);
  }
  return names;
}

export function districtRows(count: number): DistrictRow[] {
  return districtNames(count).map((district, i) => ({
    district,
    'letter.addressee': `นายอำเภอ${district}`,
    // Empty: the base letter's date stays.
    'letter.date': '',
    minGroupsPerDistrict: String(3 + (i % 3)),
    'payload.meeting.representativesPerGroup': '1',
  }));
}

function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

export function toCsv(rows: readonly Readonly<Record<string, string>>[]): string {
  const columns = Object.keys(rows[0] ?? {});
  return [columns.join(','), ...rows.map((row) => columns.map((c) => csvField(row[c] ?? '')).join(','))].join('\n') + '\n';
}

/** examples/programs/kbo.json without its addressee: every row must give one. */
export function kboBaseFile(): string {
  const example = JSON.parse(readFileSync(join(ROOT, 'examples/programs/kbo.json'), 'utf8')) as { base: Record<string, unknown> };
  delete example.base['addressee'];
  return JSON.stringify(example, null, 2);
}
