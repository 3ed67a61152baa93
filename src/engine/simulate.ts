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
import { monthlyNet, runMetrics, type RunMetrics } from './metrics.js';
import type { Population } from './population.js';
import { RunPool } from './pool.js';
import { simulateRun } from './run.js';
import { newRunOutput, T, type RunOutput } from './totals.js';

export interface SimulateOptions {
  seed: number;
  runs: number;
  sampling: Sampling;
  workers: number;
  /** Stop once the standard error of mean net incremental profit is below this share of its absolute mean. */
  precision?: number;
  horizon?: number;
  /** Uncertain fields held at fixed values (sweeps, tornado, breakeven). */
  fixed?: Record<string, number>;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
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
}

export interface SimulationResult {
  runs: RunResult[];
  /** Runs asked for; `runs.length` may be fewer (precision reached, or interrupted). */
  runsRequested: number;
  interrupted: boolean;
  precisionReached: boolean;
  tierNames: string[];
  horizon: number;
}

/** Size of the Latin hypercube blocks when stopping early on precision. */
export const PRECISION_BLOCK = 100;

/** The part of a run that crosses a thread boundary. */
export interface RunTask {
  run: number;
  inputs: RunInputs;
}

/** Executes one task on this thread (used directly with 1 worker, and inside each worker). */
export function executeTask(pop: Population, seed: number, task: RunTask, scratch?: RunOutput): RunOutput {
  const p = task.inputs.params;
  const out = scratch && scratch.monthlyGross.length === p.horizon && scratch.tierMix.length === p.tierMinSpend.length
    ? scratch
    : newRunOutput(p.horizon, p.tierMinSpend.length);
  simulateRun(pop, p, seed, task.run, out);
  return out;
}

function toResult(task: RunTask, out: RunOutput): RunResult {
  const H = out.monthlyGross.length;
  const net = new Float64Array(H);
  for (let t = 0; t < H; t++) net[t] = monthlyNet(out, t);
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
  };
}

/** Relative standard error of the mean of net incremental profit over the runs so far. */
function relativeError(runs: RunResult[]): number {
  const n = runs.length;
  if (n < 2) return Infinity;
  let sum = 0;
  for (const r of runs) sum += r.metrics.netIncrementalProfit;
  const mean = sum / n;
  let ss = 0;
  for (const r of runs) ss += (r.metrics.netIncrementalProfit - mean) ** 2;
  const se = Math.sqrt(ss / (n - 1) / n);
  return mean === 0 ? (se === 0 ? 0 : Infinity) : se / Math.abs(mean);
}

/** Runs a draft over a population (MODEL.md §2–5). */
export async function simulate(draft: Draft, pop: Population, opts: SimulateOptions): Promise<SimulationResult> {
  const blockSize = opts.precision !== undefined ? Math.min(PRECISION_BLOCK, opts.runs) : opts.runs;
  const design = { seed: opts.seed, runs: opts.runs, sampling: opts.sampling, blockSize, horizon: opts.horizon, fixed: opts.fixed };
  const allInputs = drawRunInputs(draft, design);
  const horizon = allInputs[0]?.params.horizon ?? opts.horizon ?? draft.horizon_months;
  const tierNames = allInputs[0]?.params.tierNames ?? [];
  const results: RunResult[] = [];
  let interrupted = false;
  let precisionReached = false;

  const pool = opts.workers > 1 ? new RunPool(opts.workers, pop, opts.seed) : null;
  try {
    let scratch: RunOutput | undefined;
    for (let start = 0; start < opts.runs; start += blockSize) {
      const tasks: RunTask[] = [];
      for (let run = start; run < Math.min(opts.runs, start + blockSize); run++) tasks.push({ run, inputs: allInputs[run]! });
      if (pool) {
        const outs = await pool.runAll(tasks, (done) => opts.onProgress?.(results.length + done, opts.runs), opts.signal);
        outs.forEach((out, k) => {
          if (out) results.push(toResult(tasks[k]!, out));
        });
        if (outs.some((o) => o === null)) interrupted = true;
      } else {
        for (const task of tasks) {
          if (opts.signal?.aborted) {
            interrupted = true;
            break;
          }
          scratch = executeTask(pop, opts.seed, task, scratch);
          results.push(toResult(task, scratch));
          opts.onProgress?.(results.length, opts.runs);
          // let Ctrl-C (a signal event) through between runs
          if (results.length % 8 === 0) await new Promise((r) => setImmediate(r));
        }
      }
      if (interrupted) break;
      if (opts.precision !== undefined && results.length >= 2 * blockSize && relativeError(results) < opts.precision) {
        precisionReached = true;
        break;
      }
    }
  } finally {
    await pool?.close();
  }
  // With interruption, keep the completed prefix only, so the runs are always 0..n−1.
  results.sort((a, b) => a.run - b.run);
  let prefix = 0;
  while (prefix < results.length && results[prefix]!.run === prefix) prefix++;
  results.length = prefix;
  return { runs: results, runsRequested: opts.runs, interrupted, precisionReached, tierNames, horizon };
}
