/**
 * cli — the batch worker thread (built to dist/batch-worker.js): prepares the row renderer once
 * from workerData (program, templates, schemas, settings), then renders one RowTask per message
 * and answers with its RowOutcome. The pool keeps two tasks at a worker, so one is ready while
 * the other's files are written.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createRowRenderer, type BatchJob } from './batch/batch-task.js';
import { servePoolTasks } from './batch/worker-pool.js';

const port = parentPort;
if (port === null) throw new Error('batch-worker.js runs as a worker thread of `saraban batch`');
const renderRow = createRowRenderer(workerData as BatchJob);
servePoolTasks(port, renderRow);
