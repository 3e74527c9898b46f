/**
 * rules — where the letter's text cites its own references and attachments.
 * `ตามหนังสือที่อ้างถึง`, `ที่อ้างถึง ๒`, `รายละเอียดตามสิ่งที่ส่งมาด้วย ๑ - ๒`, `สิ่งที่ส่งมาด้วย ๑ – ๓ หรือ ๒`,
 * `ตามแบบที่ส่งมาด้วย`. A citation without numbers cites them all; numbers may be Thai or Arabic,
 * listed with , และ หรือ, or given as ranges with - – ถึง.
 */
import type { DiagnosticPath } from '../diagnostics/diagnostic.js';
import { toArabicDigits } from '../thai/index.js';
import { pathAt, type TextPiece } from './text-fields.js';

export interface Citation {
  /** 1-based item numbers cited; undefined when the text cites without a number. */
  readonly numbers?: readonly number[];
  /** The citation as written. */
  readonly text: string;
  readonly path: DiagnosticPath;
}

const NUMBER = '[0-9๐-๙]{1,2}(?![0-9๐-๙])';
const SEPARATOR = '\\s*(?:,|และ|หรือ|-|–|—|ถึง)\\s*';
const NUMBER_LIST = `(${NUMBER}(?:${SEPARATOR}${NUMBER})*)`;
/** A number followed by a Thai month or a dot-item marker is not an item number. */
const NOT_AFTER = '(?!\\s*(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)|\\.[0-9๐-๙])';

/** `ที่อ้างถึง` with or without numbers, or a bare `อ้างถึง ๒`; the verb อ้างถึง alone (ไม่ได้อ้างถึง…) is no citation. */
const REFERENCE_CITATION = new RegExp(`ที่อ้างถึง(?:\\s*${NUMBER_LIST}${NOT_AFTER})?|อ้างถึง\\s*${NUMBER_LIST}${NOT_AFTER}`, 'gu');
const ATTACHMENT_CITATION = new RegExp(
  `(?:สิ่ง|แบบ|เอกสาร)?ที่ส่งมา(?:ด้วย|พร้อมนี้|พร้อมหนังสือนี้)(?:\\s*(?:ที่\\s*)?${NUMBER_LIST}${NOT_AFTER})?`,
  'gu',
);

/** `๑ - ๓ หรือ ๕` → [1, 2, 3, 5]. */
export function expandNumberList(list: string): readonly number[] {
  const text = toArabicDigits(list);
  const out: number[] = [];
  const tokens = text.split(/\s*(,|และ|หรือ|-|–|—|ถึง)\s*/u);
  let pendingRange = false;
  for (const token of tokens) {
    if (token === '-' || token === '–' || token === '—' || token === 'ถึง') {
      pendingRange = true;
      continue;
    }
    const n = Number(token);
    if (!Number.isInteger(n) || token === '' || token === ',' || token === 'และ' || token === 'หรือ') {
      pendingRange = false;
      continue;
    }
    const previous = out[out.length - 1];
    if (pendingRange && previous !== undefined && n > previous && n - previous < 100) {
      for (let k = previous + 1; k <= n; k += 1) out.push(k);
    } else out.push(n);
    pendingRange = false;
  }
  return [...new Set(out)];
}

function findCitations(pieces: readonly TextPiece[], pattern: RegExp): readonly Citation[] {
  const out: Citation[] = [];
  for (const piece of pieces) {
    for (const match of piece.text.matchAll(pattern)) {
      const list = match[1] ?? match[2];
      out.push({
        text: match[0].trim(),
        path: pathAt(piece, match.index),
        ...(list === undefined ? {} : { numbers: expandNumberList(list) }),
      });
    }
  }
  return out;
}

/** Citations of the อ้างถึง references (`ตามหนังสือที่อ้างถึง`, `ที่อ้างถึง ๒`). */
export function referenceCitations(pieces: readonly TextPiece[]): readonly Citation[] {
  return findCitations(pieces, REFERENCE_CITATION);
}

/** Citations of the สิ่งที่ส่งมาด้วย attachments. */
export function attachmentCitations(pieces: readonly TextPiece[]): readonly Citation[] {
  return findCitations(pieces, ATTACHMENT_CITATION);
}
