/**
 * cli/batch — a fixed pool of worker threads. Workers are started once and keep what they
 * prepared (fonts, compiled templates) for every task they run; results come back in
 * completion order through `onResult`. Each worker is sent a second task before it finishes
 * the first, so it never sits idle waiting for the next one while its files are written.
 * A worker that crashes is replaced; the tasks it held are run again one at a time, so the
 * task that crashed it is found and fails alone.
 */
import { Worker, type MessagePort } from 'node:worker_threads';

export interface PoolOptions<TTask, TResult> {
  readonly workerUrl: URL;
  readonly concurrency: number;
  readonly tasks: readonly TTask[];
  /** Data given to every worker once, at start (`workerData`). */
  readonly workerData?: unknown;
  /** Tasks a worker holds at once (default 2). */
  readonly tasksPerWorker?: number;
  readonly onResult: (task: TTask, result: TResult) => void | Promise<void>;
  readonly onCrash: (task: TTask, error: Error) => void | Promise<void>;
}

/** What the pool sends a worker, and what the worker answers. */
export interface PoolRequest<TTask> {
  readonly id: number;
  readonly task: TTask;
}
export interface PoolReply<TResult> {
  readonly id: number;
  readonly result: TResult;
}

/** The worker side: answers every request with the handler's result, tagged with its id. */
export function servePoolTasks(port: MessagePort, handler: (task: never) => Promise<unknown>): void {
  port.on('message', (request: PoolRequest<never>) => {
    void handler(request.task).then((result) => {
      port.postMessage({ id: request.id, result } satisfies PoolReply<unknown>);
    });
  });
}

/**
 * Each worker's old-generation heap, capped. A letter needs about 25 MB live; without a cap V8
 * lets every worker's heap grow to ~130 MB over a long batch (peak RSS 447 MB at 5,000 rows),
 * with it the process stays near 270 MB at any row count, at the same speed (measured). A row
 * that needed more would crash its worker and fail alone, reported as worker_crashed.
 */
const WORKER_HEAP_MB = 128;

type WorkerEvent<TResult> = { readonly kind: 'reply'; readonly reply: PoolReply<TResult> } | { readonly kind: 'crash'; readonly error: Error };

/** One worker and the events it has sent that nobody has taken yet. */
class WorkerChannel<TResult> {
  readonly worker: Worker;
  private readonly events: WorkerEvent<TResult>[] = [];
  private waiting: ((event: WorkerEvent<TResult>) => void) | undefined;

  constructor(url: URL, workerData: unknown) {
    this.worker = new Worker(url, { workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    this.worker.on('message', (reply: PoolReply<TResult>) => {
      this.push({ kind: 'reply', reply });
    });
    this.worker.on('error', (error) => {
      this.push({ kind: 'crash', error });
    });
    this.worker.on('exit', (code) => {
      this.push({ kind: 'crash', error: new Error(`worker exited with code ${String(code)}`) });
    });
  }

  private push(event: WorkerEvent<TResult>): void {
    const waiting = this.waiting;
    if (waiting === undefined) {
      this.events.push(event);
      return;
    }
    this.waiting = undefined;
    waiting(event);
  }

  next(): Promise<WorkerEvent<TResult>> {
    const event = this.events.shift();
    if (event !== undefined) return Promise.resolve(event);
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners();
    await this.worker.terminate();
  }
}

export async function runWorkerPool<TTask, TResult>(options: PoolOptions<TTask, TResult>): Promise<void> {
  const queue = [...options.tasks];
  const size = Math.max(1, Math.min(options.concurrency, queue.length));
  const depth = Math.max(1, options.tasksPerWorker ?? 2);
  let nextId = 0;

  const runLane = async (): Promise<void> => {
    let channel: WorkerChannel<TResult> | undefined;
    const pending = new Map<number, { readonly task: TTask; readonly retry: boolean }>();
    // Tasks a crashed worker held; each runs again alone.
    const retries: TTask[] = [];
    try {
      for (;;) {
        const retrying = retries.length > 0 || [...pending.values()].some((p) => p.retry);
        while (pending.size < (retrying ? 1 : depth)) {
          const retry = retries.shift();
          const task = retry ?? queue.shift();
          if (task === undefined) break;
          channel ??= new WorkerChannel<TResult>(options.workerUrl, options.workerData);
          const id = nextId++;
          pending.set(id, { task, retry: retry !== undefined });
          channel.worker.postMessage({ id, task } satisfies PoolRequest<TTask>);
          if (retry !== undefined) break;
        }
        if (pending.size === 0 || channel === undefined) return;
        const event = await channel.next();
        if (event.kind === 'reply') {
          const held = pending.get(event.reply.id);
          if (held === undefined) continue;
          pending.delete(event.reply.id);
          await options.onResult(held.task, event.reply.result);
          continue;
        }
        await channel.close();
        channel = undefined;
        const held = [...pending.values()];
        pending.clear();
        const only = held[0];
        if (held.length === 1 && only !== undefined) await options.onCrash(only.task, event.error);
        else retries.push(...held.map((h) => h.task));
      }
    } finally {
      await channel?.close();
    }
  };

  await Promise.all(Array.from({ length: size }, runLane));
}
