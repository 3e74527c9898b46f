/**
 * format — what every format module shares: the profile, the text measure, the width of the
 * current text column, the diagnostics, and small constructors for runs and paragraph
 * properties whose defaults are Word's (left aligned, no indents, no keeps) at the profile's
 * exact line pitch.
 */
import type { Run } from '../compose/tree.js';
import type { Diagnostic, DiagnosticPath } from '../diagnostics/diagnostic.js';
import type { StyleProfile } from '../style/profile.js';
import type { InlineRun, ParagraphProperties, TabRun, TextRun } from './formatted-document.js';
import type { MeasureRun, TextMeasure } from './measure/text-measure.js';

export interface FormatContext {
  readonly profile: StyleProfile;
  readonly measure: TextMeasure;
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

export interface RunStyle {
  readonly size?: number;
  readonly bold?: boolean;
  /** Colour of every run (stamps), overriding the tree's. */
  readonly color?: string;
}

/** Tree runs → text runs at the body size unless `style` says otherwise. */
export function textRuns(ctx: FormatContext, runs: readonly Run[], style: RunStyle = {}): TextRun[] {
  const { profile } = ctx;
  return runs
    .filter((run) => run.text !== '')
    .map((run) => ({
      kind: 'text',
      text: run.text,
      size: style.size ?? profile.font.size,
      bold: style.bold ?? run.bold === true,
      italic: run.italic === true,
      underline: run.underline === true,
      color: style.color ?? (run.color === 'red' ? profile.urgency.color : profile.colors.text),
    }));
}

export function plainText(ctx: FormatContext, text: string, style: RunStyle = {}): TextRun[] {
  return textRuns(ctx, [{ text }], style);
}

export function tab(ctx: FormatContext, size = ctx.profile.font.size): TabRun {
  return { kind: 'tab', size };
}

/** Width of text runs set on one line (tabs and breaks ignored). */
export function widthOf(ctx: FormatContext, runs: readonly (InlineRun | Run)[], size = ctx.profile.font.size): number {
  let total = 0;
  for (const run of runs) {
    if ('kind' in run && run.kind !== 'text') continue;
    const measured: MeasureRun = { text: run.text, ...(run.bold === true ? { bold: true } : {}) };
    const runSize = 'kind' in run ? run.size : size;
    total += ctx.measure.width([measured], runSize);
  }
  return total;
}

export function spaceWidth(ctx: FormatContext, size = ctx.profile.font.size): number {
  return ctx.measure.width([{ text: ' ' }], size);
}

/** Paragraph properties: Word's defaults at the pitch of `size` text, then `props`. */
export function paragraphProps(ctx: FormatContext, props: Partial<ParagraphProperties> = {}, size = ctx.profile.font.size): ParagraphProperties {
  return {
    align: 'left',
    indentLeft: 0,
    indentRight: 0,
    firstLine: 0,
    tabs: [],
    spaceBefore: 0,
    lineHeight: pitchOf(ctx.profile, size),
    baseline: baselineOf(ctx.profile, size),
    keepNext: false,
    keepLines: false,
    widowControl: false,
    pageBreakBefore: false,
    ...props,
  };
}

export function formatDiagnostic(code: string, path: DiagnosticPath, message: string, messageTh: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic {
  return { code, severity, stage: 'format', path, message, messageTh };
}
