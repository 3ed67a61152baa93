/**
 * Many simulations in one command (compare, sweep, tornado, breakeven): the
 * options they share, one progress count across the whole batch, and a stop
 * on Ctrl-C that ends the batch rather than reporting half of it.
 *
 * Every simulation of a batch uses the same seed, so run i of each sees the
 * same customers and the same baseline, and an uncertain field with the same
 * path draws from the same uniforms (common random numbers, MODEL.md §2 and
 * src/engine/inputs.ts): differences between variants are theirs, not noise.
 */
import type { Draft } from '../draft/schema.js';
import type { Sampling } from '../engine/inputs.js';
import type { Population } from '../engine/population.js';
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
}

/**
 * Runs per extension when a batch stops on the precision of paired
 * differences (sweep, tornado); at least two blocks run before it may stop,
 * so the standard error it stops on has some footing.
 */
export const PAIRED_BLOCK = 25;

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

/** How one simulation of a batch may differ from the batch's defaults (optimize's rungs and confirmation). */
export interface RunOverrides {
  /** Runs of this simulation (default: the batch's --runs). */
  runs?: number;
  /** Seed of this simulation (default: the batch's; a fresh seed confirms a search's pick). */
  seed?: number;
  /**
   * Simulate runs [firstRun, runs) of a design in Latin hypercube blocks of
   * `blockSize` (a simulation extended block by block until its paired
   * differences are precise enough: the runs are those of one longer simulation).
   */
  firstRun?: number;
  blockSize?: number;
}

/** Runs simulations one after another, counting progress (in runs) over all of them. */
export class Batch {
  private done = 0;
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
    const { opts } = this;
    const end = o.runs ?? opts.runs;
    const runs = end - (o.firstRun ?? 0);
    if (this.done >= this.planned) this.planned = this.done + 1;
    if (this.runsDone + runs > this.plannedRuns) this.plannedRuns = this.runsDone + runs;
    const offset = this.runsDone;
    const result = await simulate(draft, this.pop, {
      seed: o.seed ?? opts.seed,
      runs: end,
      firstRun: o.firstRun,
      blockSize: o.blockSize,
      sampling: opts.sampling,
      workers: opts.workers,
      horizon: opts.horizon,
      fixed,
      signal: opts.signal,
      onProgress: opts.onProgress ? (d) => opts.onProgress!(offset + d, this.plannedRuns) : undefined,
    });
    if (result.interrupted || result.runs.length < runs) throw new BatchInterrupted(this.done, this.planned);
    this.done++;
    this.runsDone += runs;
    for (const r of result.runs) this.monthsDone += r.customerMonths;
    return result;
  }
}

/** Mean and Monte Carlo standard error of a sample (NaN values left out). */
export function meanSe(values: ArrayLike<number>): { mean: number; se: number; n: number } {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i]!)) continue;
    n++;
    sum += values[i]!;
  }
  const mean = n > 0 ? sum / n : NaN;
  let ss = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) ss += (values[i]! - mean) ** 2;
  return { mean, se: n > 1 ? Math.sqrt(ss / (n - 1) / n) : n === 1 ? 0 : NaN, n };
}
