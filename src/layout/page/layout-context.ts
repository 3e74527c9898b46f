/**
 * layout/page — what every block builder shares: the profile, the text engine, the text
 * column of the current section and the fixed line pitch. Vertical metrics come from the
 * profile (linePitch, baseline) scaled by size, never from the face, so pages break the same
 * with any TH Sarabun-compatible font. Diagnostics of all builders collect here.
 */
import type { Run } from '../../compose/tree.js';
import type { Diagnostic, DiagnosticPath } from '../../diagnostics/diagnostic.js';
import type { StyleProfile } from '../../style/profile.js';
import type { GlyphRun } from '../frame.js';
import type { LaidOutLine, ParagraphSpec, TextEngine } from '../text/text-engine.js';

/** What the page layout needs of the text engine (the fonts stay between the engine and render/pdf). */
export type LayoutTextEngine = Pick<TextEngine, 'layoutParagraph' | 'measure'>;

export interface LayoutContext {
  readonly profile: StyleProfile;
  readonly engine: LayoutTextEngine;
  /** x of the left margin, pt. */
  readonly left: number;
  /** Width of the text column of the current section, pt. */
  readonly width: number;
  readonly diagnostics: Diagnostic[];
}

/** Line pitch for text of `size` (TH SarabunPSK points): the profile's pitch, scaled. */
export function pitchOf(profile: StyleProfile, size: number): number {
  return (profile.font.linePitch * size) / profile.font.size;
}

/** Distance from a line box's top to its baseline for text of `size`. */
export function baselineOf(profile: StyleProfile, size: number): number {
  return (profile.font.baseline * size) / profile.font.size;
}

/** Set a paragraph with the engine; its diagnostics are filed under the block's path. */
export function setParagraph(ctx: LayoutContext, spec: Omit<ParagraphSpec, 'color' | 'size'> & { readonly size?: number; readonly color?: string }, path: DiagnosticPath): readonly LaidOutLine[] {
  const laid = ctx.engine.layoutParagraph({
    ...spec,
    width: Math.max(1, spec.width),
    size: spec.size ?? ctx.profile.font.size,
    color: spec.color ?? ctx.profile.colors.text,
  });
  for (const d of laid.diagnostics) ctx.diagnostics.push({ ...d, path: [...path, ...d.path] });
  return laid.lines;
}

/** Width of the runs set on one line at body size. */
export function measureRuns(ctx: LayoutContext, runs: readonly Run[], size = ctx.profile.font.size): number {
  return ctx.engine.measure(runs, size);
}

/** Move a line's runs from the line's own origin to (x, baseline y) on the page. */
export function placeRuns(runs: readonly GlyphRun[], x: number, y: number): GlyphRun[] {
  return runs.map((run) => ({ ...run, x: run.x + x, y: run.y + y }));
}

export function withBold(runs: readonly Run[]): Run[] {
  return runs.map((run) => ({ ...run, bold: true }));
}
