/**
 * layout/font — the size factor of a face: how much smaller than its nominal size a face
 * must be drawn to match TH SarabunPSK points (spec section 8). Sarabun (Google) and
 * Laksaman (Debian) are TH Sarabun New scaled to 150.42 % per em, so they draw at
 * 1 / 1.5042 of the profile size; the TH Sarabun family draws at its nominal size.
 */

/** Glyph scale of Laksaman and Google Sarabun relative to TH Sarabun New (fonts-tlwg changelog, 2014-05-01). */
export const SARABUN_SCALE = 1.5042;

/** Size factor of faces drawn 150.42 % larger per em: 16 pt TH SarabunPSK = 10.64 pt Sarabun. */
export const LARGE_EM_SIZE_FACTOR = 1 / SARABUN_SCALE;

const LARGE_EM_FAMILIES = /^(sarabun|laksaman)\b/i;
const TH_SARABUN_FAMILIES = /^th ?sarabun/i;

/**
 * The size factor for a family name: 0.6648 for Sarabun and Laksaman, 1 for TH SarabunPSK,
 * TH Sarabun New, TH SarabunIT๙ and any other face (callers override it for faces we do not know).
 * @example sizeFactorForFamily('Sarabun') // 0.66480...
 */
export function sizeFactorForFamily(family: string): number {
  const name = family.trim();
  if (TH_SARABUN_FAMILIES.test(name)) return 1;
  if (LARGE_EM_FAMILIES.test(name)) return LARGE_EM_SIZE_FACTOR;
  return 1;
}
