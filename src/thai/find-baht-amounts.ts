/**
 * thai — finds amounts of money in free text for the validator (leaf module).
 * Finds a number followed by บาท or ล้านบาท (๑๕,๐๐๐ บาท, ๕ ล้านบาท) and, when the
 * amount is followed by words in parentheses, reads those too, so a caller can check
 * ๔,๔๗๗,๕๖๐,๐๐๐ บาท (สี่พันสี่ร้อยเจ็ดสิบเจ็ดล้านห้าแสนหกหมื่นบาทถ้วน). Never throws.
 */
import { amountToSatang } from './baht-text.js';
import { parseBahtTextSatang } from './parse-baht-text.js';
import { isThaiTextError } from './thai-text-error.js';
import type { ThaiTextProblem } from './find-thai-dates.js';
import { DIGIT, NUMBER_START } from './scan-patterns.js';

export interface BahtAmountMatch {
  readonly index: number;
  /** Length of the whole match, including any words in parentheses. */
  readonly length: number;
  readonly text: string;
  /** The digits as written, e.g. ๔,๔๗๗,๕๖๐,๐๐๐ (without the unit). */
  readonly amountText: string;
  /** Amount in baht (×1,000,000 for ล้านบาท); exact below 2^53 satang. */
  readonly amount: number;
  /** The same amount in satang, exact at any size. */
  readonly satang: bigint;
  /** The words inside the parentheses after the amount, if any. */
  readonly wordsText?: string;
  /** The words' amount in baht, when they could be read. */
  readonly wordsAmount?: number;
  readonly wordsSatang?: bigint;
  /** Why the words could not be read. */
  readonly wordsError?: ThaiTextProblem;
}

const AMOUNT_PATTERN = new RegExp(
  String.raw`${NUMBER_START}(?<number>${DIGIT}{1,3}(?:,${DIGIT}{3})+|${DIGIT}+)(?:\.(?<fraction>${DIGIT}{1,2}))?(?![0-9๐-๙,])\s{0,3}(?<unit>ล้านบาท|บาท)(?:\s{0,3}\(\s*(?<words>[^()\n]{1,300}?(?:บาท|ถ้วน|สตางค์))\s*\))?`,
  'g',
);

export function findBahtAmounts(text: string): BahtAmountMatch[] {
  const results: BahtAmountMatch[] = [];
  for (const m of text.matchAll(AMOUNT_PATTERN)) {
    const g = m.groups ?? {};
    const number = g['number'] ?? '';
    const fraction = g['fraction'];
    const amountText = fraction === undefined ? number : `${number}.${fraction}`;
    const millions = g['unit'] === 'ล้านบาท';
    const satang = amountToSatang(amountText) * (millions ? 1_000_000n : 1n);
    const base = { index: m.index, length: m[0].length, text: m[0], amountText, amount: Number(satang) / 100, satang };
    const words = g['words'];
    if (words === undefined) {
      results.push(base);
      continue;
    }
    try {
      const wordsSatang = parseBahtTextSatang(words);
      results.push({ ...base, wordsText: words, wordsSatang, wordsAmount: Number(wordsSatang) / 100 });
    } catch (e) {
      if (!isThaiTextError(e)) throw e;
      results.push({ ...base, wordsText: words, wordsError: { code: e.code, message: e.message, messageTh: e.messageTh } });
    }
  }
  return results;
}
