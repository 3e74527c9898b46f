/**
 * layout/page — one formatted paragraph → lines of glyph runs, as Word sets it: the first line
 * starts at indentLeft + firstLine, the others at indentLeft; a tab advances to the next tab
 * stop after the pen (left, centre or right aligned; Word's default stops every 36 pt when none
 * is left) and draws its leader as a dotted rule; text between tabs is broken by the Thai text
 * engine, so a wrapped segment continues at indentLeft. Alignment applies to the text after the
 * line's last tab. x is from the left margin; y = 0 on each line's baseline.
 */
import type { DiagnosticPath } from '../../diagnostics/diagnostic.js';
import type { FormattedParagraph, InlineRun, TabStop, TextRun } from '../../format/formatted-document.js';
import type { GlyphRun, RuleItem } from '../frame.js';
import type { EngineRun, LaidOutLine, TextAlign } from '../text/text-engine.js';
import type { LayoutContext } from './layout-context.js';

/** Word's default tab interval (`w:defaultTabStop` 720 twips). */
const DEFAULT_TAB = 36;

export interface SetLine {
  /** Glyph runs with x from the left margin, y = 0 on the baseline. */
  readonly runs: readonly GlyphRun[];
  /** Leader dots, x from the left margin, y = 0 on the baseline. */
  readonly leaders: readonly RuleItem[];
  readonly text: string;
}

type Piece = { readonly kind: 'text'; readonly runs: EngineRun[] } | { readonly kind: 'tab'; readonly size: number };

function engineRun(run: TextRun): EngineRun {
  return { text: run.text, bold: run.bold, italic: run.italic, underline: run.underline, size: run.size, color: run.color };
}

/** Text between tabs; a line break becomes a newline inside the text (the engine's hard line end). */
function pieces(runs: readonly InlineRun[], pageNumber: string): Piece[] {
  const out: Piece[] = [];
  let current: EngineRun[] = [];
  const flush = (): void => {
    if (current.length > 0) out.push({ kind: 'text', runs: current });
    current = [];
  };
  for (const run of runs) {
    switch (run.kind) {
      case 'text':
        current.push(engineRun(run));
        break;
      case 'break':
        current.push({ text: '\n' });
        break;
      case 'pageNumber':
        current.push({ text: pageNumber, bold: false, italic: false, underline: false, size: run.size, color: run.color });
        break;
      case 'tab':
        flush();
        out.push({ kind: 'tab', size: run.size });
        break;
    }
  }
  flush();
  return out;
}

interface OpenLine {
  runs: GlyphRun[];
  leaders: RuleItem[];
  text: string;
}

function nextStop(tabs: readonly TabStop[], x: number): TabStop {
  const found = tabs.find((stop) => stop.position > x + 0.01);
  return found ?? { position: (Math.floor(x / DEFAULT_TAB + 1e-6) + 1) * DEFAULT_TAB, align: 'left', leader: 'none' };
}

/** A row of round dots from x1 to x2 on the baseline (Word's dot leader). */
function leaderDots(x1: number, x2: number, size: number, color: string): RuleItem | undefined {
  const pitch = size * 0.25;
  const start = Math.ceil((x1 + pitch / 2) / pitch) * pitch;
  if (x2 - start < pitch) return undefined;
  return { kind: 'rule', x1: start, y1: 0, x2, y2: 0, width: Math.max(0.6, size * 0.06), color, dash: [0, pitch], cap: 'round' };
}

/**
 * Lines of a paragraph at the column width `ctx.width`; diagnostics under the paragraph's path.
 * `pageNumber` replaces page-number fields.
 */
export function setParagraph(ctx: LayoutContext, paragraph: FormattedParagraph, path: DiagnosticPath, pageNumber = ''): SetLine[] {
  const { props } = paragraph;
  const right = ctx.width - props.indentRight;
  const size = ctx.fontSize;
  const color = '#000000';
  const parts = pieces(paragraph.runs, pageNumber);
  const lastText = parts.reduce((at, part, k) => (part.kind === 'text' ? k : at), -1);
  const lines: OpenLine[] = [{ runs: [], leaders: [], text: '' }];
  let x = props.indentLeft + props.firstLine;
  let pendingTab: { stop: TabStop; from: number; size: number } | undefined;

  const place = (part: Extract<Piece, { kind: 'text' }>, k: number): void => {
    let start = x;
    if (pendingTab) {
      const { stop } = pendingTab;
      const width = stop.align === 'left' ? 0 : ctx.engine.measure(part.runs, size);
      start = stop.align === 'left' ? stop.position : Math.max(x, stop.position - (stop.align === 'right' ? width : width / 2));
      addLeader(pendingTab, start);
      pendingTab = undefined;
    }
    const align: TextAlign = k === lastText && parts.every((p, j) => j <= k || p.kind !== 'tab') ? props.align : 'left';
    const laid = ctx.engine.layoutParagraph({
      runs: part.runs,
      size,
      width: Math.max(1, right),
      firstLineIndent: start,
      restIndent: props.indentLeft,
      align,
      color,
    });
    for (const d of laid.diagnostics) ctx.diagnostics.push({ ...d, path: [...path, ...d.path] });
    laid.lines.forEach((line: LaidOutLine, n) => {
      if (n > 0) lines.push({ runs: [], leaders: [], text: '' });
      const open = lines[lines.length - 1];
      if (open === undefined) return;
      open.runs.push(...line.runs);
      open.text += line.text;
      x = (n === 0 ? start : props.indentLeft) + line.naturalWidth;
    });
  };

  const addLeader = (tab: { stop: TabStop; from: number; size: number }, to: number): void => {
    if (tab.stop.leader === 'none') return;
    const dots = leaderDots(tab.from, to, tab.size, color);
    if (dots) lines[lines.length - 1]?.leaders.push(dots);
  };

  parts.forEach((part, k) => {
    if (part.kind === 'text') {
      place(part, k);
      return;
    }
    if (pendingTab) {
      // Two tabs in a row: the first one's leader runs to its stop.
      addLeader(pendingTab, pendingTab.stop.position);
      x = pendingTab.stop.position;
    }
    pendingTab = { stop: nextStop(props.tabs, x), from: x, size: part.size };
  });
  if (pendingTab) addLeader(pendingTab, pendingTab.stop.position);
  return lines.map((line) => ({ runs: line.runs, leaders: line.leaders, text: line.text }));
}
