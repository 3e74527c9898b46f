/**
 * thai — Thai amount words → satang (leaf module), the inverse of bahtText.
 * Accepts what bahtText writes plus the common variants: ถ้วน optional, ตรง for ถ้วน,
 * หนึ่ง for a units 1 (หนึ่งร้อยหนึ่ง), spaces anywhere. Rejects malformed numbers
 * (หนึ่งสิบ, สองสิบ, ร้อยพัน) with ThaiTextError `invalid_baht_text`.
 */
import { ThaiTextError } from './thai-text-error.js';

const TOKEN = /ศูนย์|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|เอ็ด|ยี่|สิบ|ร้อย|พัน|หมื่น|แสน|ล้าน/y;
const DIGIT_VALUE: Readonly<Record<string, number>> = {
  หนึ่ง: 1,
  สอง: 2,
  สาม: 3,
  สี่: 4,
  ห้า: 5,
  หก: 6,
  เจ็ด: 7,
  แปด: 8,
  เก้า: 9,
};
const PLACE_VALUE: Readonly<Record<string, number>> = { สิบ: 1, ร้อย: 2, พัน: 3, หมื่น: 4, แสน: 5 };

function invalid(input: string, en: string, th: string): never {
  throw new ThaiTextError(
    'invalid_baht_text',
    input,
    `Cannot read "${input}" as an amount in Thai words: ${en}`,
    `อ่าน "${input}" เป็นจำนวนเงินตัวอักษรไม่ได้: ${th}`,
  );
}

/** Reads Thai number words (no unit) such as สี่พันสี่ร้อยเจ็ดสิบเจ็ดล้าน… into a bigint. */
export function parseThaiNumberWords(words: string, input: string = words): bigint {
  if (words === 'ศูนย์') return 0n;
  let total = 0n;
  let group = 0;
  let lastPlace = 6; // places inside a ล้าน group are 5 (แสน) … 0 (units)
  let pending: number | undefined;
  let yi = false;
  let pos = 0;
  const flushUnits = (): void => {
    if (pending === undefined) return;
    if (lastPlace <= 0) invalid(input, 'two digits in the units place.', 'มีเลขหลักหน่วยซ้ำ');
    group += pending;
    lastPlace = 0;
    pending = undefined;
  };
  while (pos < words.length) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(words);
    if (!m) invalid(input, `unexpected text "${words.slice(pos)}".`, `มีคำที่ไม่ใช่ตัวเลข "${words.slice(pos)}"`);
    const token = m[0];
    pos += token.length;
    const digit = DIGIT_VALUE[token];
    const place = PLACE_VALUE[token];
    if (yi && token !== 'สิบ') invalid(input, 'ยี่ must be followed by สิบ.', 'ยี่ ต้องตามด้วย สิบ');
    if (digit !== undefined) {
      if (pending !== undefined) invalid(input, `two digit words in a row before "${token}".`, `มีเลขสองตัวติดกันก่อน "${token}"`);
      pending = digit;
    } else if (token === 'ยี่') {
      if (pending !== undefined) invalid(input, 'a digit word before ยี่.', 'มีเลขอยู่หน้า ยี่');
      yi = true;
      pending = 2;
    } else if (token === 'เอ็ด') {
      if (pending !== undefined || lastPlace <= 0 || (group === 0 && total === 0n)) {
        invalid(input, 'เอ็ด must follow a ten or a higher place.', 'เอ็ด ต้องตามหลังหลักสิบขึ้นไป');
      }
      pending = 1;
      flushUnits();
    } else if (place !== undefined) {
      if (place >= lastPlace) invalid(input, `"${token}" is out of order.`, `"${token}" อยู่ผิดลำดับหลัก`);
      if (place === 1) {
        if (pending === 1 || (pending === 2 && !yi)) {
          invalid(input, 'ten and twenty are written สิบ and ยี่สิบ.', 'สิบ และ ยี่สิบ ต้องเขียนว่า สิบ และ ยี่สิบ');
        }
        group += (pending ?? 1) * 10;
      } else {
        if (pending === undefined) invalid(input, `"${token}" needs a digit word before it.`, `"${token}" ต้องมีเลขนำหน้า`);
        group += pending * 10 ** place;
      }
      yi = false;
      pending = undefined;
      lastPlace = place;
    } else if (token === 'ล้าน') {
      flushUnits();
      if (group === 0 && total === 0n) invalid(input, 'ล้าน needs a number before it.', 'ล้าน ต้องมีตัวเลขนำหน้า');
      total = (total + BigInt(group)) * 1_000_000n;
      group = 0;
      lastPlace = 6;
    } else {
      invalid(input, `"${token}" cannot appear inside a number.`, `"${token}" อยู่ในตัวเลขไม่ได้`);
    }
  }
  if (yi) invalid(input, 'ยี่ must be followed by สิบ.', 'ยี่ ต้องตามด้วย สิบ');
  flushUnits();
  const value = total + BigInt(group);
  if (value === 0n) invalid(input, 'no number words found.', 'ไม่พบตัวเลข');
  return value;
}

const BAHT_TEXT = /^(?:(?<baht>.+?)บาท)?(?:(?<whole>ถ้วน|ตรง)|(?<satang>.+?)สตางค์)?$/;

/** Reads Thai amount words into a bigint number of satang, exact at any size. */
export function parseBahtTextSatang(text: string): bigint {
  const compact = text.replace(/[\s\u00A0\u200B]+/g, '');
  const g = BAHT_TEXT.exec(compact)?.groups;
  const bahtWords = g?.['baht'];
  const satangWords = g?.['satang'];
  if (g === undefined || (bahtWords === undefined && satangWords === undefined)) {
    invalid(text, 'expected words ending in บาท, บาทถ้วน or สตางค์, e.g. หนึ่งร้อยบาทถ้วน.', 'ต้องลงท้ายด้วย บาท บาทถ้วน หรือ สตางค์ เช่น หนึ่งร้อยบาทถ้วน');
  }
  const baht = bahtWords === undefined ? 0n : parseThaiNumberWords(bahtWords, text);
  let satang = 0n;
  if (satangWords !== undefined) {
    satang = parseThaiNumberWords(satangWords, text);
    if (satang === 0n || satang > 99n) invalid(text, 'satang must be 1–99.', 'สตางค์ต้องอยู่ระหว่าง ๑–๙๙');
  }
  return baht * 100n + satang;
}

/**
 * Reads Thai amount words into baht as a number with satang as decimals (สิบบาทห้าสิบสตางค์ → 10.5).
 * Throws ThaiTextError `invalid_amount` when the amount is 2^53 satang or more, where a
 * number can no longer hold it exactly; use parseBahtTextSatang then.
 */
export function parseBahtText(text: string): number {
  const satang = parseBahtTextSatang(text);
  if (satang >= 2n ** 53n) {
    throw new ThaiTextError(
      'invalid_amount',
      text,
      `"${text}" is ${satang} satang, too large for an exact number; use parseBahtTextSatang.`,
      `"${text}" มีค่าเกินกว่าที่ตัวเลขแบบ number เก็บได้แม่นยำ ให้ใช้ parseBahtTextSatang`,
    );
  }
  return Number(satang) / 100;
}
