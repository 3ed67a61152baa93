/**
 * A pool of threads for Monte Carlo runs: the calling thread and size − 1
 * worker threads. Tasks are handed out a few at a time to whichever worker is
 * free, and one at a time to the calling thread; results come back by task
 * index, so scheduling never changes the answer. On abort the workers are
 * terminated at once (a run takes milliseconds, but a user pressing Ctrl-C
 * should not wait for even one).
 *
 * Why the calling thread works too (issue 26): it only waited, while every
 * thread (isolate) pays on its own for its start, its copy of the population
 * and V8's compiling of the month loop; with a worker per core, 2 workers
 * cost 7–11 % more CPU than 1 for the same runs.
 */
import { Worker } from 'node:worker_threads';
import type { Population } from './population.js';
// a cycle (simulate.ts starts pools), used only when runs are executed
import { executeTask } from './simulate.js';
import type { RunTask } from './task.js';
import type { RunOutput } from './totals.js';

/** Runs per message: enough to amortise messaging, few enough to balance load. */
const CHUNK = 4;
/** Messages a worker has in hand at once: it starts the next while the calling thread, busy with a run of its own, has not yet read the last. */
const IN_FLIGHT = 2;

/**
 * The worker script. Under the test runner this module is TypeScript source,
 * which a worker thread cannot load on Node 20, so it uses the built copy
 * (`npm test` builds first).
 */
function workerUrl(): URL {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return new URL('../../dist/engine/worker.js', here);
  return new URL('./worker.js', here);
}

/** A task's outputs, one per variant, by task index. */
export interface WorkerReply {
  index: number;
  outs: RunOutput[];
}

export class RunPool {
  private readonly workers: Worker[] = [];
  private failure: Error | null = null;
  private closed = false;

  /** `size` threads in all: this one and size − 1 workers. */
  constructor(
    size: number,
    private readonly pop: Population,
    private readonly seed: number,
  ) {
    for (let i = 1; i < size; i++) {
      const w = new Worker(workerUrl(), { workerData: { pop, seed } });
      w.on('error', (err) => {
        this.failure = err;
      });
      this.workers.push(w);
    }
  }

  /** Runs every task; resolves with one output per variant for each task, null for tasks not finished when aborted. */
  runAll(tasks: RunTask[], onDone: (done: number) => void, signal?: AbortSignal): Promise<(RunOutput[] | null)[]> {
    const outputs: (RunOutput[] | null)[] = new Array(tasks.length).fill(null);
    let next = 0;
    let done = 0;
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = (err?: Error): void => {
        if (settled) return;
        settled = true;
        for (const w of this.workers) w.removeAllListeners('message').removeAllListeners('exit');
        signal?.removeEventListener('abort', onAbort);
        if (err) reject(err);
        else resolve(outputs);
      };
      const onAbort = (): void => {
        void this.close();
        finish();
      };
      if (signal?.aborted) return onAbort();
      if (this.closed && tasks.length > 0) return finish(new Error('the worker pool is closed'));
      signal?.addEventListener('abort', onAbort);
      const record = (index: number, outs: RunOutput[]): void => {
        outputs[index] = outs;
        done++;
      };

      const feed = (w: Worker): void => {
        if (next >= tasks.length) return;
        const batch = [];
        for (let k = 0; k < CHUNK && next < tasks.length; k++, next++) batch.push({ index: next, task: tasks[next] });
        w.postMessage(batch);
      };
      for (const w of this.workers) {
        w.on('message', (replies: WorkerReply[] | { error: string }) => {
          if (!Array.isArray(replies)) return finish(new Error(`worker failed: ${replies.error}`));
          for (const r of replies) record(r.index, r.outs);
          onDone(done);
          if (done === tasks.length) finish();
          else feed(w);
        });
        w.on('exit', () => {
          if (!settled && done < tasks.length) finish(this.failure ?? new Error('a worker thread stopped unexpectedly'));
        });
        for (let k = 0; k < IN_FLIGHT; k++) feed(w);
      }
      if (tasks.length === 0) return finish();

      // This thread takes one task at a time, and between tasks lets the
      // workers' replies (and Ctrl-C) through. Its outputs are fresh arrays:
      // they are kept until every task is done.
      const own = async (): Promise<void> => {
        while (!settled && next < tasks.length) {
          const index = next++;
          record(index, executeTask(this.pop, this.seed, tasks[index]!));
          onDone(done);
          if (done === tasks.length) return finish();
          await new Promise((r) => setImmediate(r));
        }
      };
      own().catch((err: unknown) => finish(err as Error));
    });
  }

  /** Whether this pool's workers hold this population and seed (a pool is reused only for them). */
  serves(pop: Population, seed: number): boolean {
    return pop === this.pop && seed === this.seed;
  }

  async close(): Promise<void> {
    this.closed = true;
    const ws = this.workers.splice(0);
    await Promise.all(ws.map((w) => w.terminate()));
  }
}
