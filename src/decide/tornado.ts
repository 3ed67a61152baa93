/**
 * `tornado`: which uncertain inputs matter, two ways.
 *
 * One at a time: every uncertain field (src/draft/paths.ts `uncertainFields`)
 * is held at its median, then one field at a time is moved to its P10 and its
 * P90; each case is a full simulation on the same seed (the customers'
 * randomness is common to all cases), and the inputs are ranked by the swing
 * of mean net incremental profit between P10 and P90.
 *
 * With a precision, the swings stop on their own precision instead of all
 * running --runs: P10 and P90 of each input are extended chunk by chunk (a
 * prefix of the full run's replicate blocks) until the paired standard error
 * of its swing is at most `precision` × the largest swing — common random
 * numbers make a difference far more precise than either level, so an input
 * whose swing is already clear stops early.
 *
 * Global: one ordinary Monte Carlo of the draft, every input drawn, and the
 * Spearman rank correlation of each input with net incremental profit over
 * the runs (what spreadsheet risk tools show as their "tornado" of
 * correlations). It sees interactions and the inputs' joint spread, which the
 * one-at-a-time view does not.
 */
import type { Draft } from '../draft/schema.js';
import { uncertainFields } from '../draft/paths.js';
import type { Population } from '../engine/population.js';
import { metricValues } from '../engine/summary.js';
import { quantile } from '../random/distributions.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { meanAndSe } from '../engine/standard-error.js';
import { pairedChunks, withBatch, type BatchOptions } from './batch.js';
import type { RunResult, SimulationResult } from '../engine/simulate.js';

export const LOW_Q = 0.1;
export const HIGH_Q = 0.9;

export interface TornadoInput {
  path: string;
  /** The input's P10, P50 and P90. */
  low: number;
  median: number;
  high: number;
  /** Mean net incremental profit with this input at its P10 / P90, the others at their medians. */
  netAtLow: number;
  netAtHigh: number;
  /** |netAtHigh − netAtLow|. */
  swing: number;
  /** Standard error of the swing from the paired runs (P10 and P90 on the same runs). */
  seSwing: number;
  /** Runs of each of the two cases (fewer than --runs when the swing stopped on its precision). */
  runs: number;
  /** Spearman rank correlation of the input with net incremental profit in the ordinary Monte Carlo (null if it does not vary). */
  spearman: number | null;
}

export interface TornadoResult {
  /** Mean net incremental profit (and its s.e.) with every input at its median. */
  base: { mean: number; se: number };
  /** Ranked by swing, largest first. */
  inputs: TornadoInput[];
  /** Mean net incremental profit of the ordinary Monte Carlo (every input drawn). */
  monteCarlo: { mean: number; se: number };
  runs: number;
  simulations: number;
  /** The precision the swings stopped on (share of the largest swing), if any. */
  precision?: number;
  /** Runs simulated over the whole tornado. */
  totalRuns: number;
}

export interface TornadoOptions {
  /** Stop each swing once its paired s.e. is at most this share of the largest swing. */
  precision?: number;
}

/** Ranks with ties given their average rank (1-based). */
export function ranks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const r = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]!] === values[order[i]!]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) r[order[k]!] = avg;
    i = j + 1;
  }
  return r;
}

/** Spearman's rank correlation: Pearson's on the ranks (ties averaged); null when either side is constant. */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = Math.min(x.length, y.length);
  if (n < 2) return null;
  const rx = ranks(Array.from({ length: n }, (_, i) => x[i]!));
  const ry = ranks(Array.from({ length: n }, (_, i) => y[i]!));
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const a = rx[i]! - mean;
    const b = ry[i]! - mean;
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

/** The one-at-a-time swings and the rank correlations (2k + 2 simulations for k uncertain inputs, more in chunks with a precision). */
export async function tornadoDraft(draft: Draft, pop: Population, opts: BatchOptions, o: TornadoOptions = {}): Promise<TornadoResult> {
  const fields = uncertainFields(draft);
  if (fields.length === 0) {
    throw new UserError(msg().decideErrors.noUncertain, msg().decideErrors.noUncertainHint);
  }
  return withBatch(pop, opts, 2 * fields.length + 2, async (batch) => {
    const medians: Record<string, number> = {};
    for (const f of fields) medians[f.path] = quantile(f.dist, 0.5);
    const net = (runs: RunResult[]) => Float64Array.from(runs, (r) => r.metrics.netIncrementalProfit);
    const R = opts.runs;
    const plan = pairedChunks(opts);
    const chunk = o.precision === undefined ? R : plan.chunk;
    const cases = fields.map((f) => {
      const low = quantile(f.dist, LOW_Q);
      const high = quantile(f.dist, HIGH_Q);
      return { f, low, high, fixedLow: { ...medians, [f.path]: low }, fixedHigh: { ...medians, [f.path]: high }, lowRuns: [] as RunResult[], highRuns: [] as RunResult[], done: false };
    });
    type Case = (typeof cases)[number];
    const caseVariants = (cs: Case[]) => cs.flatMap((c) => [{ draft, fixed: c.fixedLow }, { draft, fixed: c.fixedHigh }]);
    const keepCases = (cs: Case[], results: SimulationResult[]) => {
      cs.forEach((c, k) => {
        c.lowRuns.push(...results[2 * k]!.runs);
        c.highRuns.push(...results[2 * k + 1]!.runs);
      });
    };
    // All simulations side by side (one baseline per customer and run). Without a precision each is
    // an ordinary full simulation, so all go at once; with one, the medians' and the ordinary Monte
    // Carlo's go first and the cases follow chunk by chunk until their swings are precise enough.
    const baseAndMc = [{ draft, fixed: medians }, { draft }];
    let baseResult: SimulationResult;
    let mc: SimulationResult;
    if (o.precision === undefined) {
      const all = await batch.runAll([...baseAndMc, ...caseVariants(cases)]);
      [baseResult, mc] = [all[0]!, all[1]!];
      keepCases(cases, all.slice(2));
    } else {
      [baseResult, mc] = (await batch.runAll(baseAndMc)) as [SimulationResult, SimulationResult];
    }
    const base = meanAndSe(metricValues(baseResult, 'netIncrementalProfit'), baseResult.errorDesign);
    const design = o.precision === undefined ? baseResult.errorDesign : plan.design;
    // the swing and its paired s.e., by the engine's honest s.e. for the sampling used
    const swingOf = (c: Case) => {
      const d = Float64Array.from(c.highRuns, (r, i) => r.metrics.netIncrementalProfit - c.lowRuns[i]!.metrics.netIncrementalProfit);
      const s = meanAndSe(d, design);
      return { swing: Math.abs(s.mean), se: s.se };
    };
    for (let from = 0; o.precision !== undefined && from < R && cases.some((c) => !c.done); from += chunk) {
      const to = Math.min(R, from + chunk);
      const open = cases.filter((c) => !c.done);
      keepCases(open, await batch.runAll(caseVariants(open), { firstRun: from, runs: to, blockSize: plan.blockSize }));
      if (to < plan.minRuns) continue;
      const largest = Math.max(...cases.map((c) => swingOf(c).swing));
      for (const c of cases) if (swingOf(c).se <= o.precision * largest) c.done = true;
    }
    const rows: Omit<TornadoInput, 'spearman'>[] = cases.map((c) => {
      const netAtLow = meanAndSe(net(c.lowRuns), design).mean;
      const netAtHigh = meanAndSe(net(c.highRuns), design).mean;
      return { path: c.f.path, low: c.low, median: medians[c.f.path]!, high: c.high, netAtLow, netAtHigh, swing: Math.abs(netAtHigh - netAtLow), seSwing: swingOf(c).se, runs: c.lowRuns.length };
    });

    const mcNet = metricValues(mc, 'netIncrementalProfit');
    const inputs = rows
      .map((r) => ({ ...r, spearman: spearman(Float64Array.from(mc.runs, (run) => run.inputs[r.path]!), mcNet) }))
      .sort((a, b) => b.swing - a.swing);
    return {
      base,
      inputs,
      monteCarlo: meanAndSe(mcNet, mc.errorDesign),
      runs: opts.runs,
      simulations: batch.simulations,
      totalRuns: batch.runs,
      ...(o.precision !== undefined ? { precision: o.precision } : {}),
    };
  });
}
