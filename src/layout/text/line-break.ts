/**
 * layout/text — greedy line breaking over break units: each line takes as many units as fit
 * its measure (the first line has its own indent). A unit wider than a whole line is cut
 * between clusters and reported as overfull. Output: line ranges with break spaces trimmed.
 */
import type { BreakUnit } from './break-units.js';

export interface LineRange {
  /** First character of the line. */
  readonly start: number;
  /** End of the line's content, break spaces trimmed. */
  readonly end: number;
  /** The line ends at a newline or is the paragraph's last: not stretched by justification. */
  readonly hardEnd: boolean;
}

export interface LineBreakInput {
  readonly units: readonly BreakUnit[];
  /** Natural width of text[a, b), pt. */
  readonly width: (start: number, end: number) => number;
  /** Cluster starts in (start, end), ascending. */
  readonly clusterStarts: (start: number, end: number) => readonly number[];
  /** Measure of line n (0-based), pt. */
  readonly measure: (lineIndex: number) => number;
  /** Called for every unit that had to be cut. */
  readonly onOverfull: (start: number, end: number, measure: number) => void;
}

const EPSILON = 1e-6;

export function breakLines(input: LineBreakInput): LineRange[] {
  const { units, width, measure } = input;
  const lines: LineRange[] = [];
  let open: { start: number; end: number } | undefined;
  const close = (hardEnd: boolean): void => {
    if (open !== undefined) lines.push({ start: open.start, end: open.end, hardEnd });
    open = undefined;
  };
  for (const unit of units) {
    if (open !== undefined && width(open.start, unit.contentEnd) > measure(lines.length) + EPSILON) close(false);
    if (open === undefined) {
      let start = unit.start;
      const available = measure(lines.length);
      if (width(start, unit.contentEnd) > available + EPSILON) {
        input.onOverfull(unit.start, unit.contentEnd, available);
        // Cut between clusters: fill each line with as many whole clusters as fit (at least one).
        for (;;) {
          const lineMeasure = measure(lines.length);
          if (width(start, unit.contentEnd) <= lineMeasure + EPSILON) break;
          let cut = start;
          for (const boundary of input.clusterStarts(start, unit.contentEnd)) {
            if (width(start, boundary) > lineMeasure + EPSILON) break;
            cut = boundary;
          }
          if (cut === start) cut = input.clusterStarts(start, unit.contentEnd)[0] ?? unit.contentEnd;
          if (cut >= unit.contentEnd) break;
          lines.push({ start, end: cut, hardEnd: false });
          start = cut;
        }
      }
      open = { start, end: unit.contentEnd };
    } else {
      open.end = unit.contentEnd;
    }
    if (unit.forcedBreakAfter) close(true);
  }
  if (open !== undefined) close(true);
  const last = lines[lines.length - 1];
  if (last !== undefined && !last.hardEnd) lines[lines.length - 1] = { ...last, hardEnd: true };
  return lines;
}
