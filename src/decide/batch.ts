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
 *
 * Variants known together (compare's drafts, a sweep's grid, a tornado's
 * cases) go to `runAll`, which simulates them side by side: each customer's
 * baseline is stepped once per run for all of them (src/engine/run.ts), with
 * results bit-identical to one simulation per variant. A search that picks
 * its next variant from the last result (breakeven) runs them one by one.
 */
import type { Draft } from '../draft/schema.js';
import type { Sampling } from '../engine/inputs.js';
import type { Population } from '../engine/population.js';
import { RunPool } from '../engine/pool.js';
import { simulateVariants, type SimulationResult, type Variant } from '../engine/simulate.js';
import { errorDesignFor, MIN_BLOCKS, replicateBlockSize, type ErrorDesign } from '../engine/standard-error.js';

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
  /**
   * Simulate each variant of `runAll` alone instead of side by side: the
   * reference that the shared path is tested (bit-identical) and
   * benchmarked (bench/decide.js) against. Not a command-line option.
   */
  independent?: boolean;
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

/**
 * Runs per chunk when a batch stops on the precision of paired differences
 * (sweep, tornado): this many replicate blocks at a time, and at least
 * MIN_BLOCKS blocks before it may stop, so the standard error it stops on
 * (from the spread of block means) has some footing.
 */
export const PAIRED_CHUNK_BLOCKS = 5;

/**
 * How a batch that stops on paired precision lays out its runs: the replicate
 * blocks of a full --runs simulation, extended PAIRED_CHUNK_BLOCKS blocks at a
 * time, so a stop is a block-aligned prefix of the full run (bit-identical to
 * it), and the error design its paired standard errors use.
 */
export function pairedChunks(opts: BatchOptions): { blockSize: number; chunk: number; minRuns: number; design: ErrorDesign } {
  const blockSize = replicateBlockSize(opts.runs);
  return {
    blockSize,
    chunk: Math.min(opts.runs, blockSize * PAIRED_CHUNK_BLOCKS),
    minRuns: Math.min(opts.runs, blockSize * MIN_BLOCKS),
    design: errorDesignFor(opts.runs, opts.sampling),
  };
}

/** How one simulation of a batch may differ from the batch's defaults (optimize's rungs and confirmation). */
export interface RunOverrides {
  /** Runs of this simulation (default: the batch's --runs). */
  runs?: number;
  /** Seed of this simulation (default: the batch's; a fresh seed confirms a search's pick). */
  seed?: number;
  /**
   * Simulate runs [firstRun, runs) of a design in replicate blocks of
   * `blockSize` (a simulation extended chunk by chunk until its paired
   * differences are precise enough: the runs are those of one longer simulation).
   */
  firstRun?: number;
  blockSize?: number;
}

/** Runs simulations one after another, counting progress (in runs) over all of them. */
export class Batch {
  private done = 0;
  private ownPool: RunPool | null = null;
  private runsDone = 0;
  private monthsDone = 0;
  /** Runs planned over the whole batch; `plan`/`planRuns` may raise it. */
  private plannedRuns: number;
  constructor(
    private readonly pop: Population,
    private readonly opts: BatchOptions,
    /** Simulations planned (of --runs runs each); `plan` may raise it. */
    private planned: number,
  ) {
    this.plannedRuns = planned * opts.runs;
  }

  /** Raises the planned count (an open-ended search such as breakeven's). */
  plan(simulations: number): void {
    this.planned = Math.max(this.planned, simulations);
    this.plannedRuns = Math.max(this.plannedRuns, this.runsDone + (this.planned - this.done) * this.opts.runs);
  }

  /** Raises the planned number of runs still to do to at least `runs` (searches whose simulations differ in size). */
  planRuns(runs: number): void {
    this.plannedRuns = Math.max(this.plannedRuns, this.runsDone + runs);
  }

  get simulations(): number {
    return this.done;
  }

  /** Runs simulated so far over the whole batch. */
  get runs(): number {
    return this.runsDone;
  }

  /** Customer-months simulated so far over the whole batch (the work a search spent). */
  get customerMonths(): number {
    return this.monthsDone;
  }

  /** One full simulation of a draft on the batch's seed; throws BatchInterrupted on Ctrl-C. */
  async run(draft: Draft, fixed?: Record<string, number>, o: RunOverrides = {}): Promise<SimulationResult> {
    return (await this.runAll([{ draft, fixed }], o))[0]!;
  }

  /**
   * One simulation of each variant, all with the same overrides, side by side
   * (or one by one with `independent`); results in the variants' order.
   * Throws BatchInterrupted on Ctrl-C.
   */
  async runAll(variants: Variant[], o: RunOverrides = {}): Promise<SimulationResult[]> {
    const results: SimulationResult[] = new Array(variants.length);
    for (const group of this.opts.independent ? variants.map((_, v) => [v]) : sharingGroups(variants, this.opts.horizon)) {
      const out = await this.simulateGroup(group.map((v) => variants[v]!), o);
      group.forEach((v, k) => (results[v] = out[k]!));
    }
    return results;
  }

  /** Variants of one horizon, simulated together. */
  private async simulateGroup(variants: Variant[], o: RunOverrides): Promise<SimulationResult[]> {
    const { opts } = this;
    const end = o.runs ?? opts.runs;
    const runs = end - (o.firstRun ?? 0);
    const seed = o.seed ?? opts.seed;
    const V = variants.length;
    if (this.done + V > this.planned) this.planned = this.done + V;
    if (this.runsDone + runs * V > this.plannedRuns) this.plannedRuns = this.runsDone + runs * V;
    const offset = this.runsDone;
    // the batch's pool serves its own seed only; a simulation on another seed starts its own threads
    let pool = seed === opts.seed ? opts.pool : undefined;
    if (!pool && seed === opts.seed && opts.workers > 1) pool = this.ownPool ??= new RunPool(opts.workers, this.pop, opts.seed);
    const results = await simulateVariants(variants, this.pop, {
      pool,
      seed,
      runs: end,
      firstRun: o.firstRun,
      blockSize: o.blockSize,
      sampling: opts.sampling,
      workers: opts.workers,
      horizon: opts.horizon,
      signal: opts.signal,
      onProgress: opts.onProgress ? (d) => opts.onProgress!(offset + d, this.plannedRuns) : undefined,
    });
    if (results.some((r) => r.interrupted || r.runs.length < runs)) throw new BatchInterrupted(this.done, this.planned);
    this.done += V;
    this.runsDone += runs * V;
    for (const result of results) for (const r of result.runs) this.monthsDone += r.customerMonths;
    return results;
  }

  /** Stops the worker threads the batch started (not a pool it was given). */
  async close(): Promise<void> {
    const pool = this.ownPool;
    this.ownPool = null;
    await pool?.close();
  }
}

/**
 * Most variants simulated side by side. Each adds its own program worlds to a
 * run while the baseline is shared, so past a few dozen the saving hardly
 * grows, but a run (the unit of progress and, on one thread, of Ctrl-C) keeps
 * getting longer: a 25 × 25 sweep goes in groups.
 */
export const MAX_SHARED_VARIANTS = 64;

/**
 * Indices of the variants grouped by horizon, in first-seen order, in groups
 * of at most MAX_SHARED_VARIANTS. Variants of different horizons cannot
 * share a baseline (it is stepped over the horizon's months), so each horizon
 * is its own shared simulation; a different population cannot happen within
 * a batch (it has one).
 */
export function sharingGroups(variants: Variant[], horizon?: number): number[][] {
  const groups = new Map<number, number[]>();
  variants.forEach((x, v) => {
    const h = horizon ?? x.draft.horizon_months;
    const g = groups.get(h);
    if (g) g.push(v);
    else groups.set(h, [v]);
  });
  const out: number[][] = [];
  for (const g of groups.values()) for (let k = 0; k < g.length; k += MAX_SHARED_VARIANTS) out.push(g.slice(k, k + MAX_SHARED_VARIANTS));
  return out;
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
