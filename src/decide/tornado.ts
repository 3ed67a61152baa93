/**
 * `tornado`: which uncertain inputs matter, two ways.
 *
 * One at a time: every uncertain field (src/draft/paths.ts `uncertainFields`)
 * is held at its median, then one field at a time is moved to its P10 and its
 * P90; each case is a full simulation on the same seed (the customers'
 * randomness is common to all cases), and the inputs are ranked by the swing
 * of mean net incremental profit between P10 and P90.
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
import { meanAndSe } from '../engine/standard-error.js';
import { withBatch, type BatchOptions } from './batch.js';

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

/** The one-at-a-time swings and the rank correlations (2k + 2 simulations for k uncertain inputs). */
export async function tornadoDraft(draft: Draft, pop: Population, opts: BatchOptions): Promise<TornadoResult> {
  const fields = uncertainFields(draft);
  if (fields.length === 0) {
    throw new UserError(
      'this draft has no uncertain inputs: every numeric field is a fixed number, so there is nothing to rank.',
      'write the inputs you are unsure of as distributions, e.g. frequency_uplift: { triangular: { min: 0.02, mode: 0.08, max: 0.15 } }',
    );
  }
  return withBatch(pop, opts, 2 * fields.length + 2, async (batch) => {
    const medians: Record<string, number> = {};
    for (const f of fields) medians[f.path] = quantile(f.dist, 0.5);
    const meanNet = async (fixed: Record<string, number>): Promise<{ mean: number; se: number }> => {
      const result = await batch.run(draft, fixed);
      return meanAndSe(metricValues(result, 'netIncrementalProfit'), result.errorDesign);
    };

    const base = await meanNet(medians);
    const rows: Omit<TornadoInput, 'spearman'>[] = [];
    for (const f of fields) {
      const low = quantile(f.dist, LOW_Q);
      const high = quantile(f.dist, HIGH_Q);
      const netAtLow = (await meanNet({ ...medians, [f.path]: low })).mean;
      const netAtHigh = (await meanNet({ ...medians, [f.path]: high })).mean;
      rows.push({ path: f.path, low, median: medians[f.path]!, high, netAtLow, netAtHigh, swing: Math.abs(netAtHigh - netAtLow) });
    }

    const mc = await batch.run(draft);
    const net = metricValues(mc, 'netIncrementalProfit');
    const inputs = rows
      .map((r) => ({ ...r, spearman: spearman(Float64Array.from(mc.runs, (run) => run.inputs[r.path]!), net) }))
      .sort((a, b) => b.swing - a.swing);
    return { base, inputs, monteCarlo: meanAndSe(net, mc.errorDesign), runs: opts.runs, simulations: batch.simulations };
  });
}
