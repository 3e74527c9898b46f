/**
 * model — find the province a piece of text names: an office name, an address, a position.
 * `ศาลากลางจังหวัดสกลนคร` → สกลนคร, `ผู้ว่าราชการจังหวัดฉะเชิงเทรา` → ฉะเชิงเทรา, `เขตหลักสี่ กทม.` → กรุงเทพมหานคร.
 * Order of evidence: `จังหวัด<name>`, then Bangkok markers (กรุงเทพมหานคร, กรุงเทพฯ, กทม., a เขต/แขวง
 * of the address), then a bare province name standing as its own word. Returns undefined when none is named.
 */
import { PROVINCES, provinceByName, type Province } from './reference-data.js';

/** Province names longest first, so that a longer name is never read as a shorter one. */
const NAMES_LONGEST_FIRST: readonly Province[] = [...PROVINCES].sort((a, b) => b.nameTh.length - a.nameTh.length);

const BANGKOK_MARKERS: readonly string[] = ['กรุงเทพมหานคร', 'กรุงเทพฯ', 'กทม.', 'กทม '];

/** เขต/แขวง words that are not Bangkok districts. */
const NON_DISTRICT_KHET: readonly string[] = ['เขตตรวจราชการ', 'เขตพื้นที่', 'เขตสุขภาพ', 'เขตการศึกษา'];

function provinceAfterChangwat(text: string): Province | undefined {
  let from = text.indexOf('จังหวัด');
  while (from !== -1) {
    const rest = text.slice(from + 'จังหวัด'.length).trimStart();
    const match = NAMES_LONGEST_FIRST.find((p) => rest.startsWith(p.nameTh));
    if (match !== undefined) return match;
    from = text.indexOf('จังหวัด', from + 1);
  }
  return undefined;
}

function namesBangkok(text: string): boolean {
  const padded = `${text} `;
  if (BANGKOK_MARKERS.some((marker) => padded.includes(marker))) return true;
  return /(?:^|\s)(?:เขต|แขวง)[ก-ฮ]/u.test(text) && !NON_DISTRICT_KHET.some((word) => text.includes(word));
}

/**
 * The province named in `text`, or undefined.
 * @example findProvince('ศาลากลางจังหวัดสกลนคร')?.nameTh // 'สกลนคร'
 * @example findProvince('ถนนแจ้งวัฒนะ เขตหลักสี่ กทม. ๑๐๒๑๐')?.nameTh // 'กรุงเทพมหานคร'
 */
export function findProvince(text: string): Province | undefined {
  const normalised = text.normalize('NFC');
  const named = provinceAfterChangwat(normalised);
  if (named !== undefined) return named;
  if (namesBangkok(normalised)) return provinceByName('กรุงเทพมหานคร');
  for (const word of normalised.split(/\s+/u)) {
    const bare = provinceByName(word);
    if (bare !== undefined) return bare;
  }
  return undefined;
}

/**
 * The province of an issuing office: its name first (ศาลากลางจังหวัด…), then its address lines.
 * @example findProvinceOfOffice('กรมการพัฒนาชุมชน', ['ถนนแจ้งวัฒนะ เขตหลักสี่ กทม. ๑๐๒๑๐'])?.nameTh // 'กรุงเทพมหานคร'
 */
export function findProvinceOfOffice(name: string, addressLines: readonly string[]): Province | undefined {
  return findProvince(name) ?? findProvince(addressLines.join(' '));
}
