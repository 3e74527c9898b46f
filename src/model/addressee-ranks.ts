/**
 * model — the rank keys of ภาคผนวก ๒ (spec §3) as a runtime list.
 * circular-types.ts declares AddresseeRank as a type only; this list is checked against it in both
 * directions at compile time, so a rank added to the contract cannot be forgotten here.
 */
import type { AddresseeRank } from './circular-types.js';

export const ADDRESSEE_RANKS = [
  'king',
  'queen',
  'crown-heir',
  'chaofa',
  'phra-ong-chao',
  'mom-chao',
  'supreme-patriarch-royal',
  'supreme-patriarch',
  'somdet-phra-ratchakhana',
  'phra-ratchakhana',
  'monk',
  'high-office',
  'general',
] as const satisfies readonly AddresseeRank[];

type Missing = Exclude<AddresseeRank, (typeof ADDRESSEE_RANKS)[number]>;
/** Compile-time proof that every AddresseeRank is listed (fails to compile otherwise). */
export const ADDRESSEE_RANKS_COMPLETE: [Missing] extends [never] ? true : never = true;

export function isAddresseeRank(value: string): value is AddresseeRank {
  return (ADDRESSEE_RANKS as readonly string[]).includes(value);
}
