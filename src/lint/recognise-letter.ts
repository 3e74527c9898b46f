/**
 * lint — recognise the parts of a received letter in its lines (spec §1.3, แบบที่ 1): urgency and secrecy, ที่,
 * office and address, date, เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย, body (paragraphs and numbered items), closing,
 * signer and chain, owner unit, contacts, copies-to, footer, and what follows the letter (enclosures). The result
 * is the friendly input the model reads (so the model and the rules judge it exactly as a letter written in JSON),
 * with where each part was read. Lines that fit no part are reported, never dropped silently. Never throws.
 */
import { SECRECY_LEVELS, URGENCIES } from '../model/circular-types.js';
import { readLetterDateText } from '../model/date-input.js';
import { ACTING_RELATIONS } from '../model/signer.js';
import type { SourceLine, SourceLocation } from './source-lines.js';

/** The friendly input recognised, with the location of each part keyed by its path (`body.3`, `attachments.0`). */
export interface RecognisedLetter {
  readonly input: Record<string, unknown>;
  readonly origins: ReadonlyMap<string, SourceLocation>;
  /** Lines that fit no part of the letter. */
  readonly unrecognised: readonly SourceLine[];
}

const LABELS = {
  subject: /^เรื่อง\s*(.*)$/u,
  addressee: /^((?:กราบเรียน|เรียน|นมัสการ|ทูล|กราบทูล)\s*.*)$/u,
  references: /^(อ้างถึง|อ้างอิง)\s*(.*)$/u,
  attachments: /^(สิ่งที่ส่งมาด้วย|สิ่งที่แนบมาด้วย)\s*(.*)$/u,
} as const;

const MARKER = /^(\(?[๐-๙0-9]{1,2}(?:\.[๐-๙0-9]{1,2})*[.)])\s*(.*)$/u;
const CLOSINGS = /^(?:ขอแสดงความนับถือ(?:อย่างยิ่ง)?|ขอนมัสการด้วยความเคารพ|ขอแสดงความเคารพอย่างยิ่ง|ควรมิควรแล้วแต่จะโปรดเกล้าโปรดกระหม่อม|ควรมิควรแล้วแต่จะโปรด|ด้วยความเคารพ(?:อย่างยิ่ง)?)(?:\s*ขอเดชะ)?$/u;
const SIGNER_NAME = /^\((.+)\)$/u;
const CONTACT = /^(?:โทร|โทรศัพท์|โทรสาร|ไปรษณีย์อิเล็กทรอนิกส์|อีเมล|[Ee]-?[Mm]ail)/u;
const COPIES = /^สำเนาส่ง\s*(.*)$/u;
const FOOTER = /^[“"].*[”"]$/u;
const PAGE_NUMBER = /^-?\s*[๐-๙0-9]{1,3}\s*-?$/u;
const CONTINUATION_CUE = /^\/.+(?:\.\.\.|…)$/u;
const RELATION_END = new RegExp(`(?:${ACTING_RELATIONS.join('|')})$`, 'u');
const RELATION_START = new RegExp(`^(?:${ACTING_RELATIONS.join('|')})`, 'u');
const THAI = /[\u0E00-\u0E7F]/u;
const RELATION = new RegExp(ACTING_RELATIONS.join('|'), 'u');
const OWNER_START = /^(?:สำนักงาน|กลุ่มงาน|กลุ่ม|กอง|ฝ่าย|ส่วน|ศูนย์|งาน)/u;

/** How many lines from `start` form a position chain: each line ending with a relation word asks for the next. */
function chainLength(lines: readonly SourceLine[], start: number): number {
  let n = 1;
  while (start + n < lines.length && RELATION_END.test(lines[start + n - 1]?.text ?? '')) n += 1;
  return n;
}

function isDateLine(text: string): boolean {
  return readLetterDateText(text).ok;
}

/**
 * The date written on this line, or split over this line and the next (`๒๕` then `มีนาคม ๒๕๖๕`, as transcriptions
 * of a printed date sometimes have it), or after a short handwritten mark on a draft (`พ/ ตุลาคม ๒๕๖๓`).
 * Returns the date text and how many lines it took.
 */
function dateAt(lines: readonly SourceLine[], i: number): { readonly text: string; readonly lines: number } | undefined {
  const text = lines[i]?.text;
  if (text === undefined) return undefined;
  if (isDateLine(text)) return { text, lines: 1 };
  const next = lines[i + 1]?.text;
  if (/^[๐-๙0-9]{1,2}$/u.test(text) && next !== undefined && isDateLine(`${text} ${next}`)) return { text: `${text} ${next}`, lines: 2 };
  const mark = /^\S{1,3}\s+(.+)$/u.exec(text)?.[1];
  if (mark !== undefined && !/^[๐-๙0-9]/u.test(text) && isDateLine(mark)) return { text: mark, lines: 1 };
  return undefined;
}

/** Join a wrapped line: Thai to Thai without a space (lines break between words), otherwise with one. */
function joinWrapped(before: string, after: string): string {
  if (before === '') return after;
  const last = before[before.length - 1] ?? '';
  const first = after[0] ?? '';
  return THAI.test(last) && THAI.test(first) ? `${before}${after}` : `${before} ${after}`;
}

function isFurniture(line: SourceLine): boolean {
  return (PAGE_NUMBER.test(line.text) && line.text.length <= 8) || CONTINUATION_CUE.test(line.text);
}

/** A PDF line continuing the labelled line `head`: it starts where one of head's items (after the label) starts. */
function continuesAt(head: SourceLine | undefined, line: SourceLine): boolean {
  if (head?.stops === undefined || line.indent === undefined) return false;
  const indent = line.indent;
  return head.stops.slice(1).some((stop) => stop > 4 && Math.abs(stop - indent) <= 4);
}

type HeadPart = 'subject' | 'addressee' | 'references' | 'attachments';

/**
 * Recognise the parts of a letter.
 * @example recogniseLetter(readTextLines(text)).input.subject
 */
export function recogniseLetter(allLines: readonly SourceLine[]): RecognisedLetter {
  const lines: SourceLine[] = allLines.filter((line) => !isFurniture(line));
  const origins = new Map<string, SourceLocation>();
  const unrecognised: SourceLine[] = [];
  const at = (key: string, line: SourceLine): void => {
    if (!origins.has(key)) origins.set(key, { page: line.page, line: line.line });
  };
  const input: Record<string, unknown> = {};
  let i = 0;

  // Stamps and the ที่ line.
  for (; i < lines.length; i += 1) {
    const line = lines[i];
    if (line === undefined) break;
    const urgency = URGENCIES.find((u) => line.text === u);
    const secrecy = SECRECY_LEVELS.find((s) => line.text === s);
    if (urgency !== undefined && input['urgency'] === undefined) {
      input['urgency'] = urgency;
      at('urgency', line);
    } else if (secrecy !== undefined && input['secrecy'] === undefined) {
      input['secrecy'] = secrecy;
      at('secrecy', line);
    } else if (/^ที่\s*\S/u.test(line.text) || /^ฉบับที่\s*\S/u.test(line.text)) {
      input['number'] = line.text.replace(/^ที่\s*/u, '');
      at('number', line);
      i += 1;
      break;
    } else if (LABELS.subject.test(line.text) || dateAt(lines, i) !== undefined) {
      break;
    } else {
      unrecognised.push(line);
    }
  }

  // Office and address, up to the date.
  const office: string[] = [];
  const officeStart = i;
  for (; i < lines.length; i += 1) {
    const line = lines[i];
    if (line === undefined) break;
    const date = input['date'] === undefined ? dateAt(lines, i) : undefined;
    if (date !== undefined) {
      // The date usually closes the head; a transcription may put it before the office, which then follows.
      input['date'] = date.text;
      at('date', line);
      i += date.lines - 1;
      if (office.length > 0) {
        i += 1;
        break;
      }
      continue;
    }
    if (LABELS.subject.test(line.text)) break;
    if (office.length === 0) at('office', line);
    else at(`office.addressLines.${office.length - 1}`, line);
    office.push(line.text);
  }
  if (input['date'] === undefined && office.length > 0 && i >= lines.length) {
    // No date and no เรื่อง: what was taken for the office is the whole text; read it again as the rest.
    i = officeStart;
    office.length = 0;
  }
  if (office.length > 0) input['office'] = { name: office[0], addressLines: office.slice(1) };

  // เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย, with their continuation lines and numbered items.
  const references: string[] = [];
  const attachments: string[] = [];
  let part: HeadPart | undefined;
  let head: SourceLine | undefined;
  const append = (text: string): void => {
    const current = (key: string): string => {
      const value = input[key];
      return typeof value === 'string' ? value : '';
    };
    if (part === 'subject') input['subject'] = joinWrapped(current('subject'), text);
    else if (part === 'addressee') input['addressee'] = joinWrapped(current('addressee'), text);
    else if (part === 'references' || part === 'attachments') {
      const list = part === 'references' ? references : attachments;
      const last = list.length - 1;
      if (last < 0) list.push(text);
      else list[last] = text.startsWith('จำนวน') ? `${list[last] ?? ''} ${text}` : joinWrapped(list[last] ?? '', text);
    }
  };
  const item = (list: string[], key: 'references' | 'attachments', text: string, line: SourceLine): void => {
    const marked = MARKER.exec(text);
    const value = marked?.[2] ?? text;
    if (value === '') return;
    at(`${key}.${list.length}`, line);
    list.push(value);
  };
  for (; i < lines.length; i += 1) {
    const line = lines[i];
    if (line === undefined) break;
    const text = line.text;
    const subject = LABELS.subject.exec(text);
    const reference = LABELS.references.exec(text);
    const attachment = LABELS.attachments.exec(text);
    if (subject !== null && input['subject'] === undefined) {
      part = 'subject';
      head = line;
      input['subject'] = subject[1] ?? '';
      at('subject', line);
    } else if (part !== undefined && part !== 'addressee' && input['addressee'] === undefined && LABELS.addressee.test(text)) {
      part = 'addressee';
      head = line;
      input['addressee'] = text;
      at('addressee', line);
    } else if (reference !== null && part !== undefined) {
      part = 'references';
      head = line;
      at('referenceHeading', line);
      if (reference[1] !== 'อ้างถึง') input['referenceHeading'] = reference[1];
      item(references, 'references', reference[2] ?? '', line);
    } else if (attachment !== null && part !== undefined) {
      part = 'attachments';
      head = line;
      item(attachments, 'attachments', attachment[2] ?? '', line);
    } else if ((part === 'references' || part === 'attachments') && MARKER.test(text) && (line.indent === undefined || continuesAt(head, line))) {
      item(part === 'references' ? references : attachments, part, text, line);
    } else if (part === 'attachments' && /^จำนวน\s*[๐-๙0-9]/u.test(text)) {
      append(text);
    } else if (part !== undefined && continuesAt(head, line)) {
      append(text);
    } else if (part === undefined && input['subject'] === undefined) {
      unrecognised.push(line);
    } else {
      break;
    }
  }
  if (references.length > 0) input['references'] = references;
  if (attachments.length > 0) input['attachments'] = attachments;

  // Body, up to the closing (or, without one, the signer's name in brackets).
  type Block = string | { type: 'list'; items: { marker: string; text: string }[] };
  const body: Block[] = [];
  let lastWasItem = false;
  const bodyLine = (line: SourceLine): void => {
    const marked = MARKER.exec(line.text);
    const startsParagraph = line.indent === undefined || line.indent >= 40 || body.length === 0;
    if (!startsParagraph) {
      const last = body[body.length - 1];
      if (typeof last === 'string') body[body.length - 1] = joinWrapped(last, line.text);
      else if (last !== undefined) {
        const items = last.items;
        const lastItem = items[items.length - 1];
        if (lastItem !== undefined) lastItem.text = joinWrapped(lastItem.text, line.text);
      }
      return;
    }
    if (marked?.[1] !== undefined && (marked[2] ?? '') !== '') {
      const last = body[body.length - 1];
      if (lastWasItem && last !== undefined && typeof last !== 'string') {
        at(`body.${body.length - 1}.items.${last.items.length}`, line);
        last.items.push({ marker: marked[1], text: marked[2] ?? '' });
      } else {
        at(`body.${body.length}`, line);
        at(`body.${body.length}.items.0`, line);
        body.push({ type: 'list', items: [{ marker: marked[1], text: marked[2] ?? '' }] });
      }
      lastWasItem = true;
      return;
    }
    at(`body.${body.length}`, line);
    body.push(line.text);
    lastWasItem = false;
  };
  for (; i < lines.length; i += 1) {
    const line = lines[i];
    if (line === undefined) break;
    if (CLOSINGS.test(line.text) || SIGNER_NAME.test(line.text)) break;
    bodyLine(line);
  }
  if (body.length > 0) input['body'] = body;

  const closingLine = lines[i];
  if (closingLine !== undefined && CLOSINGS.test(closingLine.text)) {
    at('closing', closingLine);
    i += 1;
  }

  // Signer: the name in brackets, then the position lines (a relation word at a line's end asks for the next).
  for (; i < lines.length; i += 1) {
    const line = lines[i];
    if (line === undefined) break;
    const name = SIGNER_NAME.exec(line.text);
    if (name !== null) {
      at('signer', line);
      const positionLines: string[] = [];
      i += 1;
      const signatureIndent = line.indent;
      // A transcription may give the owner unit and contacts before the position lines (two columns read
      // across): the position lines are then the first with a relation word, and the owner block comes after.
      const relationAt = lines.slice(i, i + 8).findIndex((next) => RELATION.test(next.text));
      if (relationAt > 0 && OWNER_START.test(lines[i]?.text ?? '')) {
        const ownerBlock = lines.slice(i, i + relationAt);
        const chainEnd = i + relationAt + chainLength(lines, i + relationAt);
        const positions = lines.slice(i + relationAt, chainEnd);
        lines.splice(i, chainEnd - i, ...positions, ...ownerBlock);
      }
      for (; i < lines.length; i += 1) {
        const next = lines[i];
        if (next === undefined) break;
        const previous = positionLines[positionLines.length - 1];
        const wanted =
          positionLines.length === 0 ||
          (previous !== undefined && RELATION_END.test(previous)) ||
          RELATION_START.test(next.text) ||
          (signatureIndent !== undefined && next.indent !== undefined && next.indent > 100);
        if (!wanted || CONTACT.test(next.text) || COPIES.test(next.text)) break;
        positionLines.push(next.text);
      }
      input['signer'] = { name: name[1] ?? '', positionLines };
      break;
    }
    unrecognised.push(line);
  }

  // Owner unit, contacts, copies-to, footer; anything after them is an enclosure.
  const ownerLines: string[] = [];
  const contactLines: string[] = [];
  const copiesTo: string[] = [];
  const footerLines: string[] = [];
  const rest: SourceLine[] = [];
  let tail: 'owner' | 'contacts' | 'copies' | 'after' = 'owner';
  let lastPage = lines[i - 1]?.page;
  for (; i < lines.length; i += 1) {
    const line = lines[i];
    if (line === undefined) break;
    const copies = COPIES.exec(line.text);
    // What follows the letter (an enclosure) starts on a new page once the owner unit or footer has been read.
    const newPage = lastPage !== undefined && line.page !== lastPage && (contactLines.length > 0 || footerLines.length > 0);
    lastPage = line.page;
    if (tail === 'after' || newPage) {
      tail = 'after';
      rest.push(line);
    } else if (FOOTER.test(line.text)) {
      at(`footerLines.${footerLines.length}`, line);
      footerLines.push(line.text);
    } else if (copies !== null) {
      tail = 'copies';
      if ((copies[1] ?? '') !== '') {
        at(`copiesTo.${copiesTo.length}`, line);
        copiesTo.push(copies[1] ?? '');
      }
    } else if (CONTACT.test(line.text) && (tail === 'owner' || tail === 'contacts')) {
      at('ownerUnit.contacts', line);
      contactLines.push(line.text);
      tail = 'contacts';
    } else if (tail === 'owner') {
      at(ownerLines.length === 0 ? 'ownerUnit' : `ownerUnit.lines.${ownerLines.length}`, line);
      ownerLines.push(line.text);
    } else if (tail === 'copies' && (line.indent === undefined || line.indent > 20)) {
      at(`copiesTo.${copiesTo.length}`, line);
      copiesTo.push(line.text);
    } else {
      tail = 'after';
      rest.push(line);
    }
  }
  if (ownerLines.length > 0 || contactLines.length > 0) {
    input['ownerUnit'] = { lines: ownerLines.length > 0 ? ownerLines : ['-'], ...(contactLines.length > 0 ? { contacts: contactLines } : {}) };
  }
  if (copiesTo.length > 0) input['copiesTo'] = copiesTo;
  if (footerLines.length > 0) input['footerLines'] = footerLines;
  const [title, ...blocks] = rest;
  if (title !== undefined) {
    at('enclosures.0', title);
    blocks.forEach((line, b) => {
      at(`enclosures.0.blocks.${b}`, line);
    });
    input['enclosures'] = [{ title: [title.text], blocks: blocks.map((line) => line.text) }];
  }
  return { input, origins, unrecognised };
}
