import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runWorkerPool } from './worker-pool.js';

const WORKER = `
import { parentPort, workerData, threadId } from 'node:worker_threads';
const prepared = { at: threadId, factor: workerData.factor };
let held = 0;
parentPort.on('message', ({ id, task: n }) => {
  held++;
  const heldNow = held;
  if (n === 13) process.exit(3);
  if (n === 7) throw new Error('seven is bad');
  // Answer later, so that the next task arrives while this one is still held.
  setTimeout(() => {
    held--;
    parentPort.postMessage({ id, result: { n, value: n * prepared.factor, thread: prepared.at, heldNow } });
  }, 1 + (n % 3));
});
`;

describe('worker pool', () => {
  it('runs every task once across the workers, survives crashes, and prepares each worker once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'saraban-pool-'));
    const file = join(dir, 'worker.mjs');
    await writeFile(file, WORKER);
    const results = new Map<number, number>();
    const threads = new Set<number>();
    const crashed: number[] = [];
    const tasks = Array.from({ length: 20 }, (_, i) => i + 1);
    const heldCounts = new Set<number>();
    await runWorkerPool<number, { n: number; value: number; thread: number; heldNow: number }>({
      workerUrl: pathToFileURL(file),
      concurrency: 2,
      tasks,
      workerData: { factor: 10 },
      onResult: (task, result) => {
        results.set(task, result.value);
        threads.add(result.thread);
        heldCounts.add(result.heldNow);
      },
      onCrash: (task) => {
        crashed.push(task);
      },
    });
    expect(crashed.sort((a, b) => a - b)).toEqual([7, 13]);
    expect([...results.keys()].sort((a, b) => a - b)).toEqual(tasks.filter((t) => t !== 7 && t !== 13));
    expect(results.get(20)).toBe(200);
    // a worker holds two tasks at once, never more
    expect([...heldCounts].sort()).toEqual([1, 2]);
    // two lanes; a crash replaces its worker, and the tasks it held are retried on a new one
    // (each alone), so a few workers at most: never one worker per task
    expect(threads.size).toBeLessThanOrEqual(6);
  });
});
