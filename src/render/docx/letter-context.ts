/**
 * render/docx — the values every block builder shares, derived once from the profile.
 * Lengths in pt (converted to twips only where a `docx` option is built). The line pitch is
 * fixed: `exact` at the profile's pitch scaled to the text size (see `lineSpacing`).
 */
import { LineRuleType } from 'docx';
import { measureWidth, ptToTwip, type StyleProfile } from '../../style/profile.js';
import type { DocxFace } from './font-face.js';
import { hexColor, type RunStyle } from './text-runs.js';

export interface LetterContext {
  readonly profile: StyleProfile;
  /** Width of the text column, pt. */
  readonly textWidth: number;
  /** Body text style. */
  readonly body: RunStyle;
}

export function letterContext(profile: StyleProfile, face: DocxFace, thaiProofingLanguage: boolean): LetterContext {
  return {
    profile,
    textWidth: measureWidth(profile),
    body: {
      face,
      sizePt: profile.font.size,
      color: hexColor(profile.colors.text),
      red: hexColor(profile.urgency.color),
      thaiProofingLanguage,
    },
  };
}

/**
 * Exact line pitch (20.8 pt for 16 pt text, scaled for other sizes). Exact rather than
 * atLeast: 20.8 pt is the box Word itself gives TH SarabunPSK at single spacing, so no mark
 * is clipped that single spacing would show, while LibreOffice (which derives 18.24 pt from
 * the typo metrics) and our PDF get the same pitch and break pages at the same lines.
 */
export function lineSpacing(ctx: LetterContext, sizePt: number, beforePt = 0): { before: number; after: number; line: number; lineRule: typeof LineRuleType.EXACT } {
  const pitch = (ctx.profile.font.linePitch * sizePt) / ctx.profile.font.size;
  return { before: ptToTwip(beforePt), after: 0, line: ptToTwip(pitch), lineRule: LineRuleType.EXACT };
}

export function twip(pt: number): number {
  return ptToTwip(pt);
}
