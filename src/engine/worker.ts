/**
 * A worker thread's side of RunPool: it holds the population and seed, runs
 * the tasks it is sent, and sends each run's output back by task index.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Population } from './population.js';
import { executeTask, type RunTask } from './simulate.js';
import { MONTHLY_KEYS } from './totals.js';
import type { WorkerReply } from './pool.js';

const { pop, seed } = workerData as { pop: Population; seed: number };

parentPort!.on('message', (batch: { index: number; task: RunTask }[]) => {
  try {
    const replies: WorkerReply[] = [];
    const buffers: ArrayBuffer[] = [];
    for (const { index, task } of batch) {
      const outs = executeTask(pop, seed, task);
      replies.push({ index, outs });
      for (const out of outs) {
        buffers.push(out.totals.buffer as ArrayBuffer, out.tierMix.buffer as ArrayBuffer);
        for (const k of MONTHLY_KEYS) buffers.push(out[k].buffer as ArrayBuffer);
      }
    }
    parentPort!.postMessage(replies, buffers);
  } catch (err) {
    parentPort!.postMessage({ error: (err as Error).stack ?? String(err) });
  }
});
