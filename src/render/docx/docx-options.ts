/**
 * render/docx — the options of `renderDocxFromTree`.
 * Everything the tree does not say and the renderer needs: the style profile, the caller's
 * Garuda image, the font name to write, the fixed date for the core properties, and the
 * Thai proofing-language policy. All optional; defaults give a deterministic file.
 */
import type { StyleProfile } from '../../style/profile.js';

export interface DocxRenderOptions {
  /** Geometry and sizes; defaults to DEFAULT_STYLE_PROFILE (spec section 8). */
  readonly profile?: StyleProfile;
  /** The Garuda as PNG or JPEG bytes; drawn 3 cm high, centred, 1.5 cm from the top edge. */
  readonly emblem?: Uint8Array;
  /** Font family written into every run; defaults to `profile.font.family` (TH SarabunPSK). */
  readonly fontFamily?: string;
  /** Core-property created/modified date (ISO 8601); defaults to DEFAULT_DOCX_DATE. */
  readonly date?: string;
  /**
   * Write `w:lang w:bidi="th-TH"` on Thai runs. Off by default: WPS Writer misplaces ำ
   * wherever it is in effect (thai-docx-skill ADR 0038); it only helps Word proof Thai on
   * machines whose editing languages lack Thai.
   */
  readonly thaiProofingLanguage?: boolean;
  /**
   * Embed the bundled OFL Sarabun (regular and bold) and name it instead of TH SarabunPSK, so
   * the file looks the same on machines without the national fonts. Sizes are scaled to
   * Sarabun's larger glyphs and rounded to half-points (16 pt TH SarabunPSK → 10.5 pt Sarabun).
   */
  readonly embedFont?: boolean;
}

/** A fixed creation date so identical input gives identical bytes. */
export const DEFAULT_DOCX_DATE = '2000-01-01T00:00:00Z';
