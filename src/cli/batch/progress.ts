/**
 * cli/batch — progress reporting: a redrawn bar with count, rate and ETA on a terminal,
 * plain lines (every 10 %) when output is piped, nothing with `--quiet`.
 * Written to standard error, so standard output stays clean for scripts.
 */

export interface ProgressReporter {
  tick(done: number, failed: number): void;
  finish(done: number, failed: number): void;
}

interface Stream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--';
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export function createProgress(total: number, stream: Stream, mode: 'auto' | 'quiet', now: () => number = () => performance.now()): ProgressReporter {
  const started = now();
  if (mode === 'quiet') return { tick: () => undefined, finish: () => undefined };
  const line = (done: number, failed: number): string => {
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
    return `${done}/${total} letters, ${failed} failed, ${rate.toFixed(1)}/s, ETA ${formatSeconds(eta)}`;
  };
  if (stream.isTTY === true) {
    const width = 24;
    return {
      tick(done, failed) {
        const filled = total === 0 ? width : Math.round((done / total) * width);
        stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${line(done, failed)}\u001b[K`);
      },
      finish(done, failed) {
        this.tick(done, failed);
        stream.write('\n');
      },
    };
  }
  let lastDecile = -1;
  return {
    tick(done, failed) {
      const decile = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        stream.write(`${line(done, failed)}\n`);
      }
    },
    finish(done, failed) {
      if (lastDecile !== 10) stream.write(`${line(done, failed)}\n`);
    },
  };
}
