/**
 * model — typed access to the reference data in ./data (versioned JSON, each with a source header).
 * Province codes (spec §4.3), ministry codes (§4.2), independent-agency codes (§4.2, unconfirmed),
 * postcode prefixes per province, and the salutation/closing table of ภาคผนวก ๒ (§3).
 * Pure lookups: no I/O at call time, nothing mutable is exposed.
 */
import { toArabicDigits } from '../thai/index.js';
import { isAddresseeRank } from './addressee-ranks.js';
import type { AddresseeRank } from './circular-types.js';
import agenciesJson from './data/agencies.json' with { type: 'json' };
import ministriesJson from './data/ministries.json' with { type: 'json' };
import postcodesJson from './data/postcode-prefixes.json' with { type: 'json' };
import provincesJson from './data/provinces.json' with { type: 'json' };
import salutationsJson from './data/salutations.json' with { type: 'json' };

/** Confidence tag of the spec: C confirmed, P partly confirmed, U unconfirmed. */
export type ConfidenceTag = 'C' | 'P' | 'U';

export interface Province {
  /** Thai name without the word จังหวัด: `สกลนคร`, `กรุงเทพมหานคร`. */
  readonly nameTh: string;
  readonly nameEn: string;
  /** รหัสพยัญชนะประจำจังหวัด: `สน`. */
  readonly code: string;
  /** First two digits of the province's postcodes: `47`. */
  readonly postcodePrefix: string;
}

export interface MinistryCode {
  readonly code: string;
  readonly nameTh: string;
  readonly tag: ConfidenceTag;
  /** True for codes of ministries that no longer exist (ทก, ทม, วท). */
  readonly former: boolean;
}

export interface AgencyCode {
  readonly code: string;
  readonly nameTh: string;
  /** Always `U`: the list of agencies not under a ministry is unconfirmed (spec §4.2). */
  readonly tag: ConfidenceTag;
}

export interface SalutationRow {
  readonly rank: AddresseeRank;
  /** Row number of spec §3, e.g. `3.2`. */
  readonly row: string;
  readonly addressee: string;
  /** คำขึ้นต้น; royal rows contain the placeholder `(ออกพระนาม)` / `(ออกนาม)`. */
  readonly salutation: string;
  /** คำลงท้าย */
  readonly closing: string;
  /** Word in front of the addressee on the envelope. */
  readonly envelope: string;
  readonly tag: ConfidenceTag;
  readonly sources: readonly string[];
}

/** Where each table comes from, for reports and the README. */
export interface ReferenceDataVersion {
  readonly table: 'provinces' | 'ministries' | 'agencies' | 'postcode-prefixes' | 'salutations';
  readonly source: string;
  readonly version: string;
}

function asTag(value: string): ConfidenceTag {
  if (value === 'C' || value === 'P' || value === 'U') return value;
  throw new Error(`reference data: unknown confidence tag ${value}`);
}

function asRank(value: string): AddresseeRank {
  if (!isAddresseeRank(value)) throw new Error(`reference data: unknown addressee rank ${value}`);
  return value;
}

const prefixByProvince = new Map(postcodesJson.prefixes.map((row) => [row.province, row.prefix]));

/** The 77 provinces (76 + กรุงเทพมหานคร), Thai alphabetical order. */
export const PROVINCES: readonly Province[] = Object.freeze(
  provincesJson.provinces.map((row) => {
    const postcodePrefix = prefixByProvince.get(row.nameTh);
    if (postcodePrefix === undefined) throw new Error(`reference data: no postcode prefix for ${row.nameTh}`);
    return Object.freeze({ nameTh: row.nameTh, nameEn: row.nameEn, code: row.code, postcodePrefix });
  }),
);

export const MINISTRIES: readonly MinistryCode[] = Object.freeze(
  ministriesJson.ministries.map((row) =>
    Object.freeze({
      code: row.code,
      nameTh: row.nameTh,
      tag: asTag(row.tag),
      former: 'former' in row || 'formerUntil' in row,
    }),
  ),
);

export const INDEPENDENT_AGENCIES: readonly AgencyCode[] = Object.freeze(
  agenciesJson.agencies.map((row) => Object.freeze({ code: row.code, nameTh: row.nameTh, tag: asTag(row.tag) })),
);

export const SALUTATION_TABLE: readonly SalutationRow[] = Object.freeze(
  salutationsJson.rows.map((row) =>
    Object.freeze({
      rank: asRank(row.rank),
      row: row.row,
      addressee: row.addressee,
      salutation: row.salutation,
      closing: row.closing,
      envelope: row.envelope,
      tag: asTag(row.tag),
      sources: Object.freeze([...row.sources]),
    }),
  ),
);

/** The 14 offices of spec §3.3 row 3.1 that take กราบเรียน / ขอแสดงความนับถืออย่างยิ่ง. */
export const HIGH_OFFICES: readonly string[] = Object.freeze([...salutationsJson.highOffices]);

export const REFERENCE_DATA_VERSIONS: readonly ReferenceDataVersion[] = Object.freeze([
  { table: 'provinces', source: provincesJson.source, version: provincesJson.version },
  { table: 'ministries', source: ministriesJson.source, version: ministriesJson.version },
  { table: 'agencies', source: agenciesJson.source, version: agenciesJson.version },
  { table: 'postcode-prefixes', source: postcodesJson.source, version: postcodesJson.version },
  { table: 'salutations', source: salutationsJson.source, version: salutationsJson.version },
]);

const provinceByCodeMap = new Map(PROVINCES.map((p) => [p.code, p]));
const provinceByNameMap = new Map(PROVINCES.map((p) => [p.nameTh, p]));
const ministryByCodeMap = new Map(MINISTRIES.map((m) => [m.code, m]));
const agencyByCodeMap = new Map(INDEPENDENT_AGENCIES.map((a) => [a.code, a]));
const salutationByRank = new Map(SALUTATION_TABLE.map((row) => [row.rank, row]));

/** Other names people write for กรุงเทพมหานคร. */
const BANGKOK_ALIASES: readonly string[] = ['กรุงเทพฯ', 'กรุงเทพ', 'กทม.', 'กทม'];

/**
 * @example provinceByCode('สน')?.nameTh // 'สกลนคร'
 */
export function provinceByCode(code: string): Province | undefined {
  return provinceByCodeMap.get(code.trim());
}

/**
 * Accepts the name with or without `จังหวัด`, and `กทม.` / `กรุงเทพฯ` for Bangkok.
 * @example provinceByName('จังหวัดฉะเชิงเทรา')?.code // 'ฉช'
 */
export function provinceByName(name: string): Province | undefined {
  let key = name.trim().normalize('NFC');
  if (key.startsWith('จังหวัด')) key = key.slice('จังหวัด'.length).trim();
  if (BANGKOK_ALIASES.includes(key)) key = 'กรุงเทพมหานคร';
  return provinceByNameMap.get(key);
}

/**
 * Every province whose postcodes start with the first two digits of `postcode` (Thai or Arabic
 * digits). Usually one; two for 10xxx, which Bangkok shares with Samut Prakan; none when unknown.
 * @example provinceByPostcode('๔๗๐๐๐').map((p) => p.nameTh) // ['สกลนคร']
 */
export function provinceByPostcode(postcode: string): readonly Province[] {
  const digits = toArabicDigits(postcode).replace(/[^0-9]/g, '');
  if (digits.length < 2) return [];
  const prefix = digits.slice(0, 2);
  return PROVINCES.filter((p) => p.postcodePrefix === prefix);
}

export function isProvinceCode(code: string): boolean {
  return provinceByCodeMap.has(code.trim());
}

/** A ministry code of spec §4.2, former ministries included. */
export function isMinistryCode(code: string): boolean {
  return ministryByCodeMap.has(code.trim());
}

export function ministryByCode(code: string): MinistryCode | undefined {
  return ministryByCodeMap.get(code.trim());
}

/** An agency not under a ministry (unconfirmed list, spec §4.2). */
export function isIndependentAgencyCode(code: string): boolean {
  return agencyByCodeMap.has(code.trim());
}

export function independentAgencyByCode(code: string): AgencyCode | undefined {
  return agencyByCodeMap.get(code.trim());
}

/**
 * True when `code` may stand after ที่: a ministry, an agency not under a ministry, or a province.
 * @example isAgencyCode('นข') // false — Khon Kaen is ขก
 */
export function isAgencyCode(code: string): boolean {
  return isMinistryCode(code) || isIndependentAgencyCode(code) || isProvinceCode(code);
}

/**
 * The row of ภาคผนวก ๒ for a rank.
 * @example salutationFor('general').closing // 'ขอแสดงความนับถือ'
 */
export function salutationFor(rank: AddresseeRank): SalutationRow {
  const row = salutationByRank.get(rank);
  if (row === undefined) throw new Error(`reference data: no salutation row for ${rank}`);
  return row;
}

/** คำลงท้าย for a rank. */
export function closingFor(rank: AddresseeRank): string {
  return salutationFor(rank).closing;
}

/** The ranks whose row has this salutation (several monk rows share นมัสการ). */
export function ranksWithSalutation(salutation: string): readonly AddresseeRank[] {
  const key = salutation.trim();
  return SALUTATION_TABLE.filter((row) => row.salutation === key).map((row) => row.rank);
}

/** The ranks whose row has this closing. */
export function ranksWithClosing(closing: string): readonly AddresseeRank[] {
  const key = closing.trim();
  return SALUTATION_TABLE.filter((row) => row.closing === key).map((row) => row.rank);
}
