/**
 * rules — the final signing authority of a letter (spec §5): the last position of the acting
 * chain, or the signer's own position when the signer signs in their own right.
 * `รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัดฉะเชิงเทรา` → ผู้ว่าราชการจังหวัดฉะเชิงเทรา.
 */
import type { DiagnosticPath } from '../diagnostics/diagnostic.js';
import type { Signer } from '../model/circular-types.js';

export interface FinalAuthority {
  readonly position: string;
  readonly path: DiagnosticPath;
}

export function finalAuthority(signer: Signer): FinalAuthority {
  const last = signer.chain.length - 1;
  const link = signer.chain[last];
  if (link !== undefined) return { position: link.position, path: ['signer', 'chain', last, 'position'] };
  return { position: signer.position, path: ['signer', 'position'] };
}

/** Spaces removed and NFC-normalised, for comparing positions and office names. */
export function compact(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u200b]+/gu, '');
}
