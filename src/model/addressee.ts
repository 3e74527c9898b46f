/**
 * model — the addressee (คำขึ้นต้น + position) and its rank in ภาคผนวก ๒ (spec §3).
 * A string is read as the position, with a leading salutation word (เรียน, กราบเรียน, นมัสการ)
 * taken as an explicit salutation. The rank is inferred: one of the 14 high offices → high-office,
 * a royal or monk title → that row, anything else → general. Salutation and closing follow the rank unless given.
 */
import { z } from 'zod';
import { ADDRESSEE_RANKS } from './addressee-ranks.js';
import type { Addressee, AddresseeRank, MemoAddressee, Recipient } from './circular-types.js';
import { MEMO_UNUSED_REASONS, notInMemo } from './memo-fields.js';
import { HIGH_OFFICES, salutationFor } from './reference-data.js';
import { inputObject, requiredText } from './schema-kit.js';

/** Title prefixes of royal and monastic ranks, most specific first. */
const TITLE_RANKS: readonly (readonly [prefix: string, rank: AddresseeRank])[] = [
  ['พระบาทสมเด็จพระเจ้าอยู่หัว', 'king'],
  ['พระบาทสมเด็จพระ', 'king'],
  ['สมเด็จพระบรมโอรสาธิราช', 'crown-heir'],
  ['สมเด็จพระบรมราชกุมารี', 'crown-heir'],
  ['สมเด็จพระนางเจ้า', 'queen'],
  ['สมเด็จพระบรมราชินี', 'queen'],
  ['สมเด็จพระราชินี', 'queen'],
  ['สมเด็จพระเจ้าลูกเธอ เจ้าฟ้า', 'chaofa'],
  ['สมเด็จพระเจ้าลูกเธอ', 'chaofa'],
  ['สมเด็จเจ้าฟ้า', 'chaofa'],
  ['เจ้าฟ้า', 'chaofa'],
  ['พระเจ้าวรวงศ์เธอ', 'phra-ong-chao'],
  ['พระวรวงศ์เธอ', 'phra-ong-chao'],
  ['พระองค์เจ้า', 'phra-ong-chao'],
  ['หม่อมเจ้า', 'mom-chao'],
  ['สมเด็จพระสังฆราชเจ้า', 'supreme-patriarch-royal'],
  ['สมเด็จพระสังฆราช', 'supreme-patriarch'],
  ['รองสมเด็จพระราชาคณะ', 'somdet-phra-ratchakhana'],
  ['สมเด็จพระราชาคณะ', 'somdet-phra-ratchakhana'],
  ['พระราชาคณะ', 'phra-ratchakhana'],
  ['พระภิกษุ', 'monk'],
  ['พระครู', 'monk'],
  ['พระอธิการ', 'monk'],
  ['พระอาจารย์', 'monk'],
  ['เจ้าอาวาส', 'monk'],
  ['เจ้าคณะ', 'monk'],
  ['ท่านเจ้าอาวาส', 'monk'],
];

/** The current title of ผู้ตรวจการแผ่นดินของรัฐสภา (spec §3.3 item 14) is accepted as the same office. */
const HIGH_OFFICE_PREFIXES: readonly string[] = [...HIGH_OFFICES, 'ผู้ตรวจการแผ่นดิน'];

/** Salutation words a user may leave at the front of the addressee text. */
const LEADING_SALUTATIONS: readonly string[] = ['กราบเรียน', 'เรียน', 'นมัสการ'];

/**
 * The rank of an addressee written as a position or title.
 * @example inferAddresseeRank('นายกรัฐมนตรี') // 'high-office'
 * @example inferAddresseeRank('รองนายกรัฐมนตรี') // 'general'
 */
export function inferAddresseeRank(text: string): AddresseeRank {
  const position = text.trim().replace(/^\(|\)$/gu, '');
  for (const [prefix, rank] of TITLE_RANKS) {
    if (position.startsWith(prefix)) return rank;
  }
  if (HIGH_OFFICE_PREFIXES.some((office) => position.startsWith(office))) return 'high-office';
  return 'general';
}

/** Split `เรียน ผู้ว่าราชการจังหวัดขอนแก่น` into the salutation word and the position. */
export function splitLeadingSalutation(text: string): { readonly salutation?: string; readonly text: string } {
  const trimmed = text.trim();
  for (const word of LEADING_SALUTATIONS) {
    if (trimmed.startsWith(`${word} `)) return { salutation: word, text: trimmed.slice(word.length).trim() };
  }
  return { text: trimmed };
}

function buildAddressee(text: string, rank?: AddresseeRank, salutation?: string, closing?: string): Addressee {
  const split = splitLeadingSalutation(text);
  const finalRank = rank ?? inferAddresseeRank(split.text);
  const row = salutationFor(finalRank);
  return {
    text: split.text,
    rank: finalRank,
    salutation: salutation ?? split.salutation ?? row.salutation,
    closing: closing ?? row.closing,
  };
}

const addresseeObject = inputObject({
  text: requiredText,
  rank: z.enum(ADDRESSEE_RANKS).optional(),
  salutation: requiredText.optional(),
  closing: requiredText.optional(),
}).transform((a): Addressee => buildAddressee(a.text, a.rank, a.salutation, a.closing));

const recipientInput = z.union([
  requiredText.transform((text): Recipient => {
    const position = splitLeadingSalutation(text).text;
    return { text: position, rank: inferAddresseeRank(position) };
  }),
  inputObject({ text: requiredText, rank: z.enum(ADDRESSEE_RANKS).optional() }).transform(
    (r): Recipient => ({ text: r.text, rank: r.rank ?? inferAddresseeRank(r.text) }),
  ),
]);

/** `a และ b`, `a b และ c`: several addressees on the one salutation line. */
export function joinRecipients(texts: readonly string[]): string {
  if (texts.length <= 1) return texts.join('');
  return `${texts.slice(0, -1).join(' ')} และ${texts[texts.length - 1] ?? ''}`;
}

/** Several addressees: the salutation and closing of the highest rank among them (ภาคผนวก ๒ order). */
function severalAddressees(recipients: readonly Recipient[]): Addressee {
  const highest = ADDRESSEE_RANKS.find((rank) => recipients.some((r) => r.rank === rank)) ?? 'general';
  const row = salutationFor(highest);
  return {
    text: joinRecipients(recipients.map((r) => r.text)),
    rank: highest,
    salutation: row.salutation,
    closing: row.closing,
    ...(recipients.length > 1 ? { recipients } : {}),
  };
}

/** `"ผู้ว่าราชการจังหวัดทุกจังหวัด"`, `{ text, rank?, salutation?, closing? }`, or a list of several addressees (strings or `{ text, rank? }`). */
export const AddresseeInputSchema = z.union([
  requiredText.transform((text): Addressee => buildAddressee(text)),
  addresseeObject,
  z.array(recipientInput).min(1).transform(severalAddressees),
]);

function memoAddressee(addressee: Addressee): MemoAddressee {
  return { text: addressee.text, rank: addressee.rank, salutation: addressee.salutation };
}

const memoAddresseeObject = inputObject({
  text: requiredText,
  rank: z.enum(ADDRESSEE_RANKS).optional(),
  salutation: requiredText.optional(),
  closing: notInMemo(['addressee', 'closing'], MEMO_UNUSED_REASONS.closing),
}).transform((a): MemoAddressee => memoAddressee(buildAddressee(a.text, a.rank, a.salutation)));

/** The addressee of a memo: as for a letter, but a memo has no คำลงท้าย, so a `closing` is dropped with a warning. */
export const MemoAddresseeInputSchema = z.union([
  requiredText.transform((text): MemoAddressee => memoAddressee(buildAddressee(text))),
  memoAddresseeObject,
]);
