/**
 * Many runs of one draft: run-level sampling, the runs spread over worker
 * threads, early stopping on precision, progress and cancellation.
 *
 * Reproducibility: run i depends only on (seed, i), its inputs and the
 * population; results are gathered by run index, so any number of workers
 * gives bit-identical results.
 */
import type { Draft } from '../draft/schema.js';
import { drawRunInputs, type RunInputs, type Sampling } from './inputs.js';
import { netOfMonth, runMetrics, segmentRunMetrics, type RunMetrics, type SegmentMetricKey } from './metrics.js';
import type { Population } from './population.js';
import { RunPool } from './pool.js';
import { errorDesignFor, meanAndSe, MIN_BLOCKS, replicateBlockSize, type ErrorDesign } from './standard-error.js';
import { populationForRun } from './parameter-uncertainty.js';
import { runTask, type RunTask } from './task.js';
import { T, TOTAL_SLOTS, type RunOutput } from './totals.js';

export type { RunTask } from './task.js';

export interface SimulateOptions {
  seed: number;
  runs: number;
  sampling: Sampling;
  workers: number;
  /**
   * Stop once the standard error of mean net incremental profit is below this
   * share of its absolute mean, checked at block boundaries from MIN_BLOCKS
   * blocks on.
   */
  precision?: number;
  horizon?: number;
  /** Uncertain fields held at fixed values (sweeps, tornado, breakeven). */
  fixed?: Record<string, number>;
  /**
   * Simulate runs [firstRun, runs) only (default 0): a batch that stops on
   * the precision of paired differences extends a simulation chunk by chunk.
   * With `blockSize` the design's blocks do not depend on `runs`, so the runs
   * are those of one longer simulation with that block size.
   */
  firstRun?: number;
  /** Replicate Latin hypercube block size (default: replicateBlockSize(runs)). */
  blockSize?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /**
   * Worker threads started for this population and seed, to use instead of
   * starting (and stopping) a pool of `workers` threads for this simulation
   * alone; the caller closes it.
   */
  pool?: RunPool;
}

/** One run, as kept after it is done: O(horizon), never O(customers). */
export interface RunResult {
  run: number;
  metrics: RunMetrics;
  inputs: Record<string, number>;
  /** Nₜ = Gₜ − Cₜ per month (launch not included; it falls at month 0). */
  monthlyNet: Float64Array;
  /** Launch cost of this run (month 0), for the cumulative cash flow. */
  launchCost: number;
  tierMix: Float64Array;
  customerMonths: number;
  /** MODEL.md §8–11 by month: members, points redeemed, pushed orders, fee income, referred arrivals. */
  monthlyMembers: Float64Array;
  monthlyRedeemed: Float64Array;
  monthlyPushed: Float64Array;
  monthlyFee: Float64Array;
  monthlyReferred: Float64Array;
  /** MODEL.md §13: each segment's metrics in this run ("other" last); absent without segments. */
  segments?: Record<SegmentMetricKey, number>[];
}

export interface SimulationResult {
  runs: RunResult[];
  /** Runs asked for; `runs.length` may be fewer (precision reached, or interrupted). */
  runsRequested: number;
  interrupted: boolean;
  precisionReached: boolean;
  tierNames: string[];
  horizon: number;
  /** How the runs were laid out, for an honest standard error (src/engine/standard-error.ts). */
  errorDesign: ErrorDesign;
  /** MODEL.md §13: the segments' names ("other" last) and whether each is invited; absent without segments. */
  segments?: { name: string; invited: boolean }[];
}


/** Executes one task on this thread (used directly with 1 worker, and by the pool's calling thread): one output per variant. */
export function executeTask(pop: Population, seed: number, task: RunTask, scratch?: RunOutput[]): RunOutput[] {
  return runTask(pop.kind === 'history' ? populationForRun(pop, seed, task.run) : pop, seed, task, scratch);
}

/** What one variant of a shared simulation is: a draft, and the uncertain fields it holds fixed. */
export interface Variant {
  draft: Draft;
  fixed?: Record<string, number>;
}

function toResult(task: { run: number; inputs: RunInputs }, out: RunOutput): RunResult {
  const H = out.monthlyGross.length;
  const net = new Float64Array(H);
  for (let t = 0; t < H; t++) net[t] = netOfMonth(out, t);
  return {
    run: task.run,
    metrics: runMetrics(out, task.inputs.params),
    inputs: task.inputs.values,
    monthlyNet: net,
    launchCost: task.inputs.params.launchCost,
    tierMix: Float64Array.from(out.tierMix),
    customerMonths: out.totals[T.customerMonths]!,
    monthlyMembers: Float64Array.from(out.monthlyMembers),
    monthlyRedeemed: Float64Array.from(out.monthlyRedeemed),
    monthlyPushed: Float64Array.from(out.monthlyPushed),
    monthlyFee: Float64Array.from(out.monthlyFee),
    monthlyReferred: Float64Array.from(out.monthlyReferred),
    ...segmentResults(out, task.inputs),
  };
}

/** §13: each segment's metrics of this run, read now (the output may be scratch reused by the next run). */
function segmentResults(out: RunOutput, inputs: RunInputs): Pick<RunResult, 'segments'> {
  const sp = inputs.params.segments;
  if (!sp || !out.segmentTotals) return {};
  return { segments: sp.prms.map((q, k) => segmentRunMetrics(out.segmentTotals!.subarray(k * TOTAL_SLOTS, (k + 1) * TOTAL_SLOTS), q)) };
}

/** Relative standard error of the mean of net incremental profit over the runs so far (runs in order). */
function relativeError(runs: RunResult[], design: ErrorDesign): number {
  const { mean, se } = meanAndSe(Float64Array.from(runs, (r) => r.metrics.netIncrementalProfit), design);
  if (!Number.isFinite(se)) return Infinity;
  return mean === 0 ? (se === 0 ? 0 : Infinity) : se / Math.abs(mean);
}

/** Runs a draft over a population (MODEL.md §2–5). */
export async function simulate(draft: Draft, pop: Population, opts: SimulateOptions): Promise<SimulationResult> {
  return (await simulateVariants([{ draft, fixed: opts.fixed }], pop, opts))[0]!;
}

/**
 * Runs several variants over one population and seed together, each result
 * bit-identical to `simulate` of that variant alone (src/engine/run.ts): run i
 * of every variant sees the same customers and the same baseline, so each
 * customer's baseline is stepped once per run for all of them. The variants
 * must share the horizon (the baseline is stepped over it); the population
 * and seed are one by construction. `opts.fixed` is ignored (each variant has
 * its own); `opts.precision` needs a single variant (it stops on that
 * variant's own error); progress counts runs of every variant.
 */
export async function simulateVariants(variants: Variant[], pop: Population, opts: SimulateOptions): Promise<SimulationResult[]> {
  const V = variants.length;
  if (V === 0) return [];
  if (opts.precision !== undefined && V > 1) throw new Error('simulateVariants: --precision stops one simulation on its own error; run the variants one by one');
  // Replicate Latin hypercube blocks always, not only under --precision: one
  // hypercube over all runs has no honest standard error (standard-error.ts).
  const blockSize = opts.blockSize ?? replicateBlockSize(opts.runs);
  const errorDesign: ErrorDesign = opts.blockSize !== undefined && opts.sampling === 'lhs' ? { method: 'blocks', blockSize } : errorDesignFor(opts.runs, opts.sampling);
  const first = opts.firstRun ?? 0;
  const inputsOf = variants.map((x) => drawRunInputs(x.draft, { seed: opts.seed, runs: opts.runs, sampling: opts.sampling, blockSize, horizon: opts.horizon, fixed: x.fixed }, first, opts.runs));
  const horizons = variants.map((x, v) => inputsOf[v]![0]?.params.horizon ?? opts.horizon ?? x.draft.horizon_months);
  if (horizons.some((h) => h !== horizons[0])) throw new Error('simulateVariants: the variants of one shared simulation must have one horizon');
  const results: RunResult[][] = variants.map(() => []);
  let done = 0; // runs finished (each of every variant)
  let interrupted = false;
  let precisionReached = false;

  if (opts.pool && !opts.pool.serves(pop, opts.seed)) throw new Error('simulate: the pool given was started for another population or seed');
  const ownPool = !opts.pool && opts.workers > 1 ? new RunPool(opts.workers, pop, opts.seed) : null;
  const pool = opts.pool ?? ownPool;
  const keep = (task: RunTask, outs: RunOutput[]): void => {
    outs.forEach((out, v) => results[v]!.push(toResult({ run: task.run, inputs: task.inputs[v]! }, out)));
    done++;
  };
  try {
    let scratch: RunOutput[] | undefined;
    // Without --precision all runs go to the workers at once (no idle wait at block ends).
    const total = opts.runs - first;
    const step = opts.precision !== undefined ? blockSize : Math.max(1, total);
    for (let start = first; start < opts.runs; start += step) {
      const tasks: RunTask[] = [];
      for (let run = start; run < Math.min(opts.runs, start + step); run++) tasks.push({ run, inputs: inputsOf.map((xs) => xs[run - first]!) });
      if (pool) {
        const before = done;
        const outs = await pool.runAll(tasks, (n) => opts.onProgress?.((before + n) * V, total * V), opts.signal);
        outs.forEach((out, k) => {
          if (out) keep(tasks[k]!, out);
        });
        if (outs.some((o) => o === null)) interrupted = true;
      } else {
        for (const task of tasks) {
          if (opts.signal?.aborted) {
            interrupted = true;
            break;
          }
          scratch = executeTask(pop, opts.seed, task, scratch);
          keep(task, scratch);
          opts.onProgress?.(done * V, total * V);
          // let Ctrl-C (a signal event) through between runs (after each run of several variants: each is longer)
          if (V > 1 || done % 8 === 0) await new Promise((r) => setImmediate(r));
        }
      }
      if (interrupted) break;
      if (opts.precision !== undefined && done >= MIN_BLOCKS * blockSize && relativeError(results[0]!, errorDesign) < opts.precision) {
        precisionReached = true;
        break;
      }
    }
  } finally {
    await ownPool?.close();
  }
  return results.map((runs, v) => {
    // With interruption, keep the completed prefix only, so the runs are always 0..n−1.
    runs.sort((a, b) => a.run - b.run);
    let prefix = 0;
    while (prefix < runs.length && runs[prefix]!.run === first + prefix) prefix++;
    runs.length = prefix;
    const tierNames = inputsOf[v]![0]?.params.tierNames ?? [];
    const sp = inputsOf[v]![0]?.params.segments;
    const segments = sp ? { segments: sp.names.map((name, k) => ({ name, invited: sp.invited[k]! })) } : {};
    return { runs, runsRequested: opts.runs, interrupted, precisionReached, tierNames, horizon: horizons[v]!, errorDesign, ...segments };
  });
}
