/**
 * thai — amounts of money in Thai words, บาท/สตางค์ (leaf module).
 * All arithmetic is on a bigint count of satang, so amounts are exact far beyond 10^15.
 * Reading rules: 10 สิบ, 20 ยี่สิบ, a units 1 after any higher non-zero digit is เอ็ด,
 * and that rule runs across ล้าน groups (1,000,001 → หนึ่งล้านเอ็ด).
 */
import { toArabicDigits } from './thai-digits.js';
import { ThaiTextError } from './thai-text-error.js';

const DIGIT_WORDS = ['ศูนย์', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'] as const;
const PLACE_WORDS = ['', 'สิบ', 'ร้อย', 'พัน', 'หมื่น', 'แสน'] as const;
const MILLION = 1_000_000n;

function invalidAmount(input: string, en: string, th: string): never {
  throw new ThaiTextError('invalid_amount', input, `Invalid amount ${input}: ${en}`, `จำนวนเงิน ${input} ไม่ถูกต้อง: ${th}`);
}

/** Reads 1–999,999 with the units digit 1 as เอ็ด when `afterHigher` or the group has tens or more. */
function readGroup(n: number, afterHigher: boolean): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - 48;
    const place = digits.length - 1 - i;
    if (d === 0) continue;
    if (place === 1) {
      out += d === 1 ? 'สิบ' : d === 2 ? 'ยี่สิบ' : `${DIGIT_WORDS[d] ?? ''}สิบ`;
    } else if (place === 0) {
      out += d === 1 && (afterHigher || n > 9) ? 'เอ็ด' : (DIGIT_WORDS[d] ?? '');
    } else {
      out += `${DIGIT_WORDS[d] ?? ''}${PLACE_WORDS[place] ?? ''}`;
    }
  }
  return out;
}

/** Thai words for a positive integer (no unit), e.g. 1000001n → หนึ่งล้านเอ็ด. */
export function thaiNumberWords(n: bigint): string {
  if (n < 0n) return `ลบ${thaiNumberWords(-n)}`;
  if (n === 0n) return 'ศูนย์';
  return readPositive(n, false);
}

function readPositive(n: bigint, afterHigher: boolean): string {
  if (n < MILLION) return readGroup(Number(n), afterHigher);
  const high = n / MILLION;
  const low = n % MILLION;
  return `${readPositive(high, afterHigher)}ล้าน${low === 0n ? '' : readGroup(Number(low), true)}`;
}

/** Rounds a non-negative decimal written as integer and fraction digits to satang, half up. */
function decimalToSatang(intDigits: string, fracDigits: string): bigint {
  const padded = `${fracDigits}000`;
  const roundUp = padded.charCodeAt(2) >= 53; // third decimal >= '5'
  return BigInt(intDigits === '' ? '0' : intDigits) * 100n + BigInt(padded.slice(0, 2)) + (roundUp ? 1n : 0n);
}

/** Splits the shortest decimal form of a finite non-negative number, expanding any exponent. */
function numberToDecimalParts(n: number): [string, string] {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!m) return ['0', ''];
  const digits = (m[1] ?? '') + (m[2] ?? '');
  const point = (m[1] ?? '').length + Number(m[3] ?? '0');
  if (point <= 0) return ['0', '0'.repeat(-point) + digits];
  if (point >= digits.length) return [digits + '0'.repeat(point - digits.length), ''];
  return [digits.slice(0, point), digits.slice(point)];
}

const AMOUNT_TEXT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$|^\.(\d+)$/;

/**
 * Converts an amount to a count of satang.
 * - bigint: whole baht.
 * - number: rounded to satang half up on its shortest decimal form (String(n)), so 1.005 → 1.01 baht;
 *   numbers above 2^53 / 100 are not exact, pass a string or bigint instead.
 * - string: Thai or Arabic digits with optional comma grouping and decimals, rounded the same way.
 * Negative, NaN, Infinity and unreadable text throw ThaiTextError `invalid_amount`.
 */
export function amountToSatang(amount: number | bigint | string): bigint {
  if (typeof amount === 'bigint') {
    if (amount < 0n) invalidAmount(String(amount), 'the amount must not be negative.', 'จำนวนเงินต้องไม่ติดลบ');
    return amount * 100n;
  }
  if (typeof amount === 'number') {
    if (!Number.isFinite(amount)) invalidAmount(String(amount), 'the amount must be a finite number.', 'จำนวนเงินต้องเป็นตัวเลขที่มีค่าจำกัด');
    if (amount < 0) invalidAmount(String(amount), 'the amount must not be negative.', 'จำนวนเงินต้องไม่ติดลบ');
    const [intPart, fracPart] = numberToDecimalParts(amount);
    return decimalToSatang(intPart, fracPart);
  }
  const text = toArabicDigits(amount.trim());
  const m = AMOUNT_TEXT.exec(text);
  if (!m) {
    invalidAmount(
      `"${amount}"`,
      'write the amount in digits with optional comma thousands separators and decimals, e.g. 4,477,560,000 or 1500.50.',
      'ให้เขียนจำนวนเงินเป็นตัวเลข คั่นหลักพันด้วยจุลภาคได้ และมีทศนิยมได้ เช่น ๔,๔๗๗,๕๖๐,๐๐๐ หรือ 1500.50',
    );
  }
  const [intPart, fracPart = ''] = text.replace(/,/g, '').split('.');
  return decimalToSatang(intPart ?? '0', fracPart);
}

/** Thai words for an amount given in satang: หนึ่งร้อยบาทถ้วน, ห้าสิบสตางค์, ศูนย์บาทถ้วน. */
export function satangText(satang: bigint): string {
  if (satang < 0n) invalidAmount(String(satang), 'the amount must not be negative.', 'จำนวนเงินต้องไม่ติดลบ');
  const baht = satang / 100n;
  const rest = Number(satang % 100n);
  if (baht === 0n && rest === 0) return 'ศูนย์บาทถ้วน';
  const bahtPart = baht === 0n ? '' : `${readPositive(baht, false)}บาท`;
  return rest === 0 ? `${bahtPart}ถ้วน` : `${bahtPart}${readGroup(rest, false)}สตางค์`;
}

/**
 * An amount in Thai words as written in letters, e.g. 4477560000 →
 * สี่พันสี่ร้อยเจ็ดสิบเจ็ดล้านห้าแสนหกหมื่นบาทถ้วน; 0.5 → ห้าสิบสตางค์; 0 → ศูนย์บาทถ้วน.
 * Numbers are rounded to satang half up on their shortest decimal form (1.005 → หนึ่งบาทหนึ่งสตางค์);
 * pass a string or bigint for amounts above 2^53 / 100 to keep them exact.
 * Convention: a units 1 after any higher non-zero digit is เอ็ด, also across ล้าน:
 * 101 → หนึ่งร้อยเอ็ด, 1,000,001 → หนึ่งล้านเอ็ด, 1,000,001,000,000 → หนึ่งล้านเอ็ดล้าน.
 * Satang are read on their own, so 1.01 → หนึ่งบาทหนึ่งสตางค์.
 * Throws ThaiTextError `invalid_amount` for negative, NaN, Infinity or unreadable text.
 */
export function bahtText(amount: number | bigint | string): string {
  return satangText(amountToSatang(amount));
}
