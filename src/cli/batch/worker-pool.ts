/**
 * cli/batch — a fixed pool of worker threads that each take one task at a time.
 * Workers are started once and keep what they prepared (fonts, compiled templates) for
 * every task they run; results come back in completion order through `onResult`.
 * A worker that crashes fails only the task it was running; the pool starts a new one.
 */
import { Worker } from 'node:worker_threads';

export interface PoolOptions<TTask, TResult> {
  readonly workerUrl: URL;
  readonly concurrency: number;
  readonly tasks: readonly TTask[];
  /** Data given to every worker once, at start (`workerData`). */
  readonly workerData?: unknown;
  readonly onResult: (task: TTask, result: TResult) => void | Promise<void>;
  readonly onCrash: (task: TTask, error: Error) => void | Promise<void>;
}

export async function runWorkerPool<TTask, TResult>(options: PoolOptions<TTask, TResult>): Promise<void> {
  const queue = [...options.tasks];
  const size = Math.max(1, Math.min(options.concurrency, queue.length));

  const runLane = async (): Promise<void> => {
    let worker: Worker | undefined;
    try {
      for (let task = queue.shift(); task !== undefined; task = queue.shift()) {
        worker ??= new Worker(options.workerUrl, { workerData: options.workerData });
        const current: Worker = worker;
        const outcome = await new Promise<{ ok: true; result: TResult } | { ok: false; error: Error }>((resolve) => {
          const onMessage = (result: TResult): void => {
            cleanup();
            resolve({ ok: true, result });
          };
          const onError = (error: Error): void => {
            cleanup();
            resolve({ ok: false, error });
          };
          const onExit = (code: number): void => {
            cleanup();
            resolve({ ok: false, error: new Error(`worker exited with code ${code}`) });
          };
          const cleanup = (): void => {
            current.off('message', onMessage);
            current.off('error', onError);
            current.off('exit', onExit);
          };
          current.on('message', onMessage);
          current.on('error', onError);
          current.on('exit', onExit);
          current.postMessage(task);
        });
        if (outcome.ok) {
          await options.onResult(task, outcome.result);
        } else {
          await current.terminate();
          worker = undefined;
          await options.onCrash(task, outcome.error);
        }
      }
    } finally {
      await worker?.terminate();
    }
  };

  await Promise.all(Array.from({ length: size }, runLane));
}
