/**
 * `compare`: several drafts on the same customers and the same random
 * numbers (MODEL.md §2, "Two worlds, same customers", carried across
 * drafts), side by side, and for each pair the paired-run view: in how many
 * runs A's net incremental profit beats B's, and the mean paired difference
 * with its Monte Carlo standard error. Pairing removes the noise both drafts
 * share (customers, baseline, common uncertain inputs), so a small standard
 * error of the difference is honest even when each draft's own spread is wide.
 *
 * Payback is the exception (MODEL.md §5): a run may never pay back, so the
 * pair's payback is compared as the two medians ("never" kept), not as a mean
 * over the runs where both happened to pay back, which would drop exactly the
 * runs where the drafts differ most.
 */
import type { Draft } from '../draft/schema.js';
import { METRIC_KEYS, nearestRank, type MetricKey } from '../engine/metrics.js';
import type { Population } from '../engine/population.js';
import type { SimulationResult } from '../engine/simulate.js';
import { meanAndSe, type ErrorDesign } from '../engine/standard-error.js';
import { summarizeSimulation, type SimulationSummary } from '../engine/summary.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { withBatch, type BatchOptions } from './batch.js';

export interface CompareInput {
  file: string;
  draft: Draft;
}

export interface ComparedDraft {
  file: string;
  name: string;
  currency: string;
  summary: SimulationSummary;
}

/** How two drafts' net incremental profit compare over the paired runs. */
export type Verdict = 'identical' | 'noise' | 'a' | 'b';

export interface PairComparison {
  /** Indices into `drafts`. */
  a: number;
  b: number;
  /** Share of paired runs in which A's net incremental profit is above B's. */
  pAOverB: number;
  /** Share of paired runs in which they are exactly equal. */
  pTie: number;
  /**
   * Mean over all runs of (A − B), per metric; runs where the metric is
   * undefined in either draft (ROI with no cost) are left out. paybackMonth is
   * null here: see `payback`.
   */
  meanDifference: Record<MetricKey, number | null>;
  /** Monte Carlo standard error of that mean, honest for the sampling (replicate blocks under LHS). */
  seDifference: Record<MetricKey, number | null>;
  /** Median payback month of A and of B (null: the median run never pays back), and A's minus B's when both do. */
  payback: { a: number | null; b: number | null; difference: number | null };
  /**
   * On net incremental profit: identical in every run; within noise
   * (|mean difference| < 2 standard errors); or A / B ahead.
   */
  verdict: Verdict;
}

export interface Comparison {
  drafts: ComparedDraft[];
  pairs: PairComparison[];
  runs: number;
}

/** The noise threshold of the verdict, in standard errors of the paired difference. */
export const NOISE_SE = 2;

/**
 * Drafts can be compared only in the same money and over the same months
 * (unless --horizon sets one horizon for all); a UserError names which differ.
 */
export function checkComparable(inputs: CompareInput[], horizonOverride?: number): void {
  const differ = (key: 'currency' | 'horizon_months'): string | undefined => {
    const first = inputs[0]!;
    const odd = inputs.filter((x) => x.draft[key] !== first.draft[key]);
    if (odd.length === 0) return undefined;
    return [first, ...odd].map((x) => `${x.file} ${key === 'currency' ? x.draft.currency : msg().decideErrors.horizonOf(x.draft.horizon_months)}`).join(', ');
  };
  const currency = differ('currency');
  if (currency) throw new UserError(msg().decideErrors.currencies(currency), msg().decideErrors.currenciesHint);
  const horizon = differ('horizon_months');
  if (horizon && horizonOverride === undefined) {
    throw new UserError(msg().decideErrors.horizons(horizon), msg().decideErrors.horizonsHint);
  }
}

/**
 * Files whose customers.synthetic block differs from the one the comparison
 * runs on (the first draft that has one). They are still compared on the
 * shared customers: the caller warns.
 */
export function populationMismatches(inputs: CompareInput[]): string[] {
  const shared = inputs.find((x) => x.draft.customers?.synthetic)?.draft.customers?.synthetic;
  if (!shared) return [];
  const key = JSON.stringify(shared);
  return inputs.filter((x) => x.draft.customers?.synthetic && JSON.stringify(x.draft.customers.synthetic) !== key).map((x) => x.file);
}

/** The lower median of per-run payback months with +Infinity for "never": a whole month, or null when the median run never pays back (MODEL.md §12). */
function medianOrNever(values: Float64Array): number | null {
  const p = nearestRank(Float64Array.from(values).sort(), 0.5);
  return Number.isFinite(p) ? p : null;
}

/**
 * Paired comparison of two simulations' per-run metrics (runs are paired by
 * index; both laid out as `design` says, for the standard errors).
 */
export function comparePair(
  a: number,
  b: number,
  runsA: { metrics: Record<MetricKey, number> }[],
  runsB: { metrics: Record<MetricKey, number> }[],
  design: ErrorDesign,
): PairComparison {
  const n = Math.min(runsA.length, runsB.length);
  const meanDifference = {} as Record<MetricKey, number | null>;
  const seDifference = {} as Record<MetricKey, number | null>;
  const diff = new Float64Array(n);
  for (const key of METRIC_KEYS) {
    if (key === 'paybackMonth') {
      meanDifference[key] = null;
      seDifference[key] = null;
      continue;
    }
    for (let i = 0; i < n; i++) diff[i] = runsA[i]!.metrics[key] - runsB[i]!.metrics[key];
    const s = meanAndSe(diff, design);
    meanDifference[key] = Number.isFinite(s.mean) ? s.mean : null;
    seDifference[key] = Number.isFinite(s.se) ? s.se : null;
  }
  const paybackOf = (runs: { metrics: Record<MetricKey, number> }[]) => medianOrNever(Float64Array.from(runs.slice(0, n), (r) => r.metrics.paybackMonth));
  const pa = paybackOf(runsA);
  const pb = paybackOf(runsB);
  const payback = { a: pa, b: pb, difference: pa !== null && pb !== null ? pa - pb : null };
  let over = 0;
  let tie = 0;
  let allEqual = true;
  for (let i = 0; i < n; i++) {
    const x = runsA[i]!.metrics.netIncrementalProfit;
    const y = runsB[i]!.metrics.netIncrementalProfit;
    if (x > y) over++;
    if (x === y) tie++;
    else allEqual = false;
  }
  const m = meanDifference.netIncrementalProfit ?? 0;
  const se = seDifference.netIncrementalProfit ?? 0;
  const verdict: Verdict = allEqual ? 'identical' : Math.abs(m) < NOISE_SE * se ? 'noise' : m > 0 ? 'a' : 'b';
  return { a, b, pAOverB: n > 0 ? over / n : NaN, pTie: n > 0 ? tie / n : NaN, meanDifference, seDifference, payback, verdict };
}

/**
 * Simulates every draft on one population with one seed and compares them
 * side by side and pairwise. Horizons and currencies must agree
 * ({@link checkComparable}).
 */
export async function compareDrafts(inputs: CompareInput[], pop: Population, opts: BatchOptions): Promise<Comparison> {
  if (inputs.length === 0) throw new UserError(msg().decideErrors.compareNone);
  checkComparable(inputs, opts.horizon);
  // side by side: each customer's baseline stepped once per run for all the drafts
  const results: SimulationResult[] = await withBatch(pop, opts, inputs.length, (batch) => batch.runAll(inputs.map((x) => ({ draft: x.draft }))));
  const drafts = inputs.map((x, i) => ({ file: x.file, name: x.draft.name, currency: x.draft.currency, summary: summarizeSimulation(results[i]!) }));
  const pairs: PairComparison[] = [];
  for (let a = 0; a < inputs.length; a++) {
    for (let b = a + 1; b < inputs.length; b++) pairs.push(comparePair(a, b, results[a]!.runs, results[b]!.runs, results[a]!.errorDesign));
  }
  return { drafts, pairs, runs: opts.runs };
}

/** The draft with the highest mean net incremental profit, and whether it is clearly ahead of every other. */
export function bestDraft(c: Comparison): { index: number; clear: boolean; tiedWith: number[] } {
  let index = 0;
  c.drafts.forEach((d, i) => {
    if ((d.summary.metrics.netIncrementalProfit.mean ?? -Infinity) > (c.drafts[index]!.summary.metrics.netIncrementalProfit.mean ?? -Infinity)) index = i;
  });
  const tiedWith: number[] = [];
  for (const p of c.pairs) {
    if (p.a !== index && p.b !== index) continue;
    const other = p.a === index ? p.b : p.a;
    if (p.verdict === 'noise' || p.verdict === 'identical') tiedWith.push(other);
  }
  return { index, clear: tiedWith.length === 0, tiedWith };
}
