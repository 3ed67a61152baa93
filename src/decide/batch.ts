/**
 * Many simulations in one command (compare, sweep, tornado, breakeven): the
 * options they share, one progress count across the whole batch, and a stop
 * on Ctrl-C that ends the batch rather than reporting half of it.
 *
 * Every simulation of a batch uses the same seed, so run i of each sees the
 * same customers and the same baseline, and an uncertain field with the same
 * path draws from the same uniforms (common random numbers, MODEL.md §2 and
 * src/engine/inputs.ts): differences between variants are theirs, not noise.
 *
 * The simulations of a batch share one pool of worker threads (same
 * population, same seed): a pool per simulation paid for thread start-up and
 * a cold JIT every time, 11–15 % extra CPU per simulation in sweep, tornado
 * and breakeven (issue 16).
 */
import type { Draft } from '../draft/schema.js';
import type { Sampling } from '../engine/inputs.js';
import type { Population } from '../engine/population.js';
import { RunPool } from '../engine/pool.js';
import { simulate, type SimulationResult } from '../engine/simulate.js';

export interface BatchOptions {
  seed: number;
  /** Runs per simulation (every simulation of a batch has the same number, so runs pair up). */
  runs: number;
  sampling: Sampling;
  workers: number;
  /** --horizon: overrides every draft's horizon_months. */
  horizon?: number;
  /** Runs done over the whole batch, and the batch's total (which may grow, e.g. in breakeven). */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /**
   * Worker threads to run on, started for this population and seed by the
   * caller, who closes them (a report shares one across its batches).
   * Without it a batch starts its own on first use and closes it when done.
   */
  pool?: RunPool;
}

/** A batch stopped by its signal (Ctrl-C) before it finished: there is nothing whole to report. */
export class BatchInterrupted extends Error {
  override readonly name = 'BatchInterrupted';
  constructor(
    readonly simulationsDone: number,
    readonly simulationsPlanned: number,
  ) {
    super(`interrupted after ${simulationsDone} of ${simulationsPlanned} simulations`);
  }
}

/** Runs simulations one after another, counting progress over all of them. */
export class Batch {
  private done = 0;
  private ownPool: RunPool | null = null;
  constructor(
    private readonly pop: Population,
    private readonly opts: BatchOptions,
    /** Simulations planned; `plan` may raise it. */
    private planned: number,
  ) {}

  /** Raises the planned count (an open-ended search such as breakeven's). */
  plan(simulations: number): void {
    this.planned = Math.max(this.planned, simulations);
  }

  get simulations(): number {
    return this.done;
  }

  /** One full simulation of a draft on the batch's seed; throws BatchInterrupted on Ctrl-C. */
  async run(draft: Draft, fixed?: Record<string, number>): Promise<SimulationResult> {
    const { opts } = this;
    if (this.done >= this.planned) this.planned = this.done + 1;
    const offset = this.done * opts.runs;
    let pool = opts.pool;
    if (!pool && opts.workers > 1) pool = this.ownPool ??= new RunPool(opts.workers, this.pop, opts.seed);
    const result = await simulate(draft, this.pop, {
      pool,
      seed: opts.seed,
      runs: opts.runs,
      sampling: opts.sampling,
      workers: opts.workers,
      horizon: opts.horizon,
      fixed,
      signal: opts.signal,
      onProgress: opts.onProgress ? (d) => opts.onProgress!(offset + d, this.planned * opts.runs) : undefined,
    });
    if (result.interrupted || result.runs.length < opts.runs) throw new BatchInterrupted(this.done, this.planned);
    this.done++;
    return result;
  }

  /** Stops the worker threads the batch started (not a pool it was given). */
  async close(): Promise<void> {
    const pool = this.ownPool;
    this.ownPool = null;
    await pool?.close();
  }
}

/** Runs `work` on a new batch and closes the batch's workers however it ends. */
export async function withBatch<T>(pop: Population, opts: BatchOptions, planned: number, work: (batch: Batch) => Promise<T>): Promise<T> {
  const batch = new Batch(pop, opts, planned);
  try {
    return await work(batch);
  } finally {
    await batch.close();
  }
}
