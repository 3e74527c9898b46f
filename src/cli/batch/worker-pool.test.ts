import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runWorkerPool } from './worker-pool.js';

const WORKER = `
import { parentPort, workerData, threadId } from 'node:worker_threads';
const prepared = { at: threadId, factor: workerData.factor };
parentPort.on('message', (n) => {
  if (n === 13) process.exit(3);
  if (n === 7) throw new Error('seven is bad');
  parentPort.postMessage({ n, value: n * prepared.factor, thread: prepared.at });
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
    await runWorkerPool<number, { n: number; value: number; thread: number }>({
      workerUrl: pathToFileURL(file),
      concurrency: 2,
      tasks,
      workerData: { factor: 10 },
      onResult: (task, result) => {
        results.set(task, result.value);
        threads.add(result.thread);
      },
      onCrash: (task) => {
        crashed.push(task);
      },
    });
    expect(crashed.sort((a, b) => a - b)).toEqual([7, 13]);
    expect([...results.keys()].sort((a, b) => a - b)).toEqual(tasks.filter((t) => t !== 7 && t !== 13));
    expect(results.get(20)).toBe(200);
    // two lanes, each replaced once per crash at most: never one worker per task
    expect(threads.size).toBeLessThanOrEqual(4);
  });
});
