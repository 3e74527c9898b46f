/**
 * compose — digit style of printed text: the one place compose turns stored text into runs.
 * Stored text keeps the digits the author typed; a letter prints Thai digits by default
 * (toThaiDigits leaves URLs and e-mail addresses alone), an Arabic-digit letter or table
 * prints Arabic digits, and spans marked `literal` keep exactly what was written.
 */
import type { TextSpan } from '../model/circular-types.js';
import { toArabicDigits, toThaiDigits } from '../thai/index.js';
import type { Run } from './tree.js';

export type Numerals = 'thai' | 'arabic';

/**
 * Print the digits of `text` in the given style.
 * @example printDigits('COVID-19 www.cdd.go.th', 'thai') // 'COVID-๑๙ www.cdd.go.th'
 */
export function printDigits(text: string, numerals: Numerals): string {
  return numerals === 'thai' ? toThaiDigits(text) : toArabicDigits(text);
}

/** One plain run with its digits printed, or none for empty text. */
export function textRuns(text: string, numerals: Numerals): Run[] {
  return text === '' ? [] : [{ text: printDigits(text, numerals) }];
}

/** One run of text that is already printed (digits decided), or none for empty text. */
export function printedRuns(text: string): Run[] {
  return text === '' ? [] : [{ text }];
}

/**
 * Inline spans → runs. Only `true` formatting flags are copied so the tree stays minimal;
 * empty spans are dropped because they would only give renderers empty runs to skip.
 */
export function spanRuns(spans: readonly TextSpan[], numerals: Numerals): Run[] {
  const runs: Run[] = [];
  for (const span of spans) {
    if (span.text === '') continue;
    runs.push({
      text: span.literal === true ? span.text : printDigits(span.text, numerals),
      ...(span.bold === true ? { bold: true } : {}),
      ...(span.italic === true ? { italic: true } : {}),
      ...(span.underline === true ? { underline: true } : {}),
    });
  }
  return runs;
}

/** The plain text of runs. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}
