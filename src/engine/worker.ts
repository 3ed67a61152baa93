/**
 * A worker thread's side of RunPool: it holds the population and seed, runs
 * the tasks it is sent, and sends each run's output back by task index.
 *
 * The outputs are copied into the reply, not transferred (issue 26). They are
 * a few arrays of `horizon` numbers, so the copy costs microseconds; but the
 * first ArrayBuffer ever detached (what a transfer does to the sender's)
 * invalidates a V8 protector on which the month loop's optimised code relies,
 * and the worker then threw away stepMember, simulateRunShared and drawLatent
 * and ran in slower tiers until they were compiled again: the optimised month
 * loop is about 16 times as fast as the unoptimised one, so each such
 * recompile costs the worker tenths of a CPU-second.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply } from './pool.js';
import type { Population } from './population.js';
import { runTask, type RunTask } from './task.js';

const { pop, seed } = workerData as { pop: Population; seed: number };
// a history population draws each run's parameters from the fit's uncertainty
// (fit/*); a synthetic one needs none of those modules, so the worker loads them only for history
const forRun = pop.kind === 'history' ? (await import('./parameter-uncertainty.js')).populationForRun : null;

parentPort!.on('message', (batch: { index: number; task: RunTask }[]) => {
  try {
    const replies: WorkerReply[] = batch.map(({ index, task }) => ({ index, outs: runTask(forRun && pop.kind === 'history' ? forRun(pop, seed, task.run) : pop, seed, task) }));
    parentPort!.postMessage(replies);
  } catch (err) {
    parentPort!.postMessage({ error: (err as Error).stack ?? String(err) });
  }
});
