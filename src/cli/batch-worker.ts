/**
 * cli — the batch worker thread (built to dist/batch-worker.js): prepares the row renderer once
 * from workerData (program, templates, schemas, settings), then renders one RowTask per message
 * and answers with its RowOutcome. The pool gives a worker one task at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createRowRenderer, type BatchJob, type RowTask } from './batch/batch-task.js';

const port = parentPort;
if (port === null) throw new Error('batch-worker.js runs as a worker thread of `saraban batch`');
const renderRow = createRowRenderer(workerData as BatchJob);
port.on('message', (task: RowTask) => {
  void renderRow(task).then((outcome) => {
    port.postMessage(outcome);
  });
});
