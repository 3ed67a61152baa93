/**
 * Real customers as the simulation's population (MODEL.md §1, "From a
 * customer history"): each customer keeps their own (x, tₓ, T, z̄, h) and the
 * fitted purchase-model (BG/NBD or Pareto/NBD) and Gamma-Gamma parameters,
 * from which every run draws their alive state and latent rates afresh. Time
 * is in months, the engine's step.
 */
import type { GammaGammaParams } from '../fit/gamma-gamma.js';
import { aliveProbability, type PurchaseParams } from '../fit/purchase-model.js';
import type { HistorySummary } from '../history/summarize.js';
import { Rng } from '../random/rng.js';
import type { HistoryPopulation, ParameterUncertainty } from './population.js';

export interface HistoryPopulationInput {
  summary: HistorySummary;
  purchase: PurchaseParams;
  gammaGamma: GammaGammaParams;
  /** The fits' asymptotic normal for per-run parameter draws; null or absent: fixed parameters. */
  uncertainty?: ParameterUncertainty | null;
  /** Month-of-year multipliers by simulated month (seasonForSimulation); null or absent: none. */
  season?: Float64Array | null;
  /** docs/model.md §13: per-customer RFM classes and attribute columns, index i for summary customer i; absent: none. */
  attributes?: CustomerAttributes | null;
}

/** Per-customer attributes segments select on (docs/model.md §13), aligned with the summary's customers. */
export interface CustomerAttributes {
  /** Index into RFM_SEGMENTS of history/profile.ts (NO_ATTRIBUTE: none). */
  rfmClass?: Uint8Array;
  /** Columns: name, distinct values, and per customer the index of its value (−1: none). */
  columns: { name: string; values: string[]; codes: Int32Array }[];
}

export interface SampleInfo {
  /** Customers in the history. */
  from: number;
  /** Customers simulated. */
  size: number;
  /** Number of strata with at least one customer. */
  strata: number;
}

/**
 * Strata for sampling: repeat-purchase frequency (0, 1, 2–3, 4–7, 8+) crossed
 * with the last 12 months' spend (none, or quartiles of those who spent). In
 * B2B bases a few large accounts carry most revenue; stratifying on spend
 * keeps them in the sample in their true proportion instead of by luck.
 */
function strataOf(summary: HistorySummary): Int32Array {
  const n = summary.ids.length;
  const spenders = Array.from(summary.h12).filter((h) => h > 0).sort((a, b) => a - b);
  const q = [0.25, 0.5, 0.75].map((p) => spenders[Math.floor(p * (spenders.length - 1))] ?? 0);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = summary.x[i]!;
    const f = x === 0 ? 0 : x === 1 ? 1 : x <= 3 ? 2 : x <= 7 ? 3 : 4;
    const h = summary.h12[i]!;
    const s = h <= 0 ? 0 : h <= q[0]! ? 1 : h <= q[1]! ? 2 : h <= q[2]! ? 3 : 4;
    out[i] = f * 5 + s;
  }
  return out;
}

/**
 * A stratified random sample of `size` customer indices with proportional
 * allocation (largest remainders), so the sample is self-weighting: every
 * customer stands for from/size customers and one scale factor suffices.
 * Seeded, and sorted so the population order is stable.
 */
export function stratifiedSample(summary: HistorySummary, size: number, seed: number): { indices: Int32Array; strata: number } {
  const n = summary.ids.length;
  const strata = strataOf(summary);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const g = groups.get(strata[i]!);
    if (g) g.push(i);
    else groups.set(strata[i]!, [i]);
  }
  const keys = [...groups.keys()].sort((a, b) => a - b);
  const exact = keys.map((k) => (groups.get(k)!.length * size) / n);
  const alloc = exact.map(Math.floor);
  let left = size - alloc.reduce((a, b) => a + b, 0);
  const order = keys.map((_, j) => j).sort((a, b) => exact[b]! - alloc[b]! - (exact[a]! - alloc[a]!) || a - b);
  for (let j = 0; left > 0; j = (j + 1) % order.length, left--) alloc[order[j]!]!++;

  const rng = new Rng(seed, 0x5a4d504c); // 'SAMPLE'
  const chosen: number[] = [];
  keys.forEach((k, j) => {
    const members = groups.get(k)!.slice();
    // partial Fisher-Yates: the first alloc[j] entries are a uniform sample without replacement
    for (let t = 0; t < alloc[j]!; t++) {
      const r = t + Math.floor(rng.next() * (members.length - t));
      [members[t], members[r]] = [members[r]!, members[t]!];
      chosen.push(members[t]!);
    }
  });
  chosen.sort((a, b) => a - b);
  return { indices: Int32Array.from(chosen), strata: keys.length };
}

/** The purchase parameters in the population's fields (the other model's two are 0 and unused). */
export function modelParams(p: PurchaseParams): { r: number; alpha: number; a: number; b: number; s: number; beta: number } {
  return p.model === 'bg-nbd'
    ? { r: p.params.r, alpha: p.params.alpha, a: p.params.a, b: p.params.b, s: 0, beta: 0 }
    : { r: p.params.r, alpha: p.params.alpha, a: 0, b: 0, s: p.params.s, beta: p.params.beta };
}

/**
 * The engine's population for real customers. With `sample`, a stratified
 * sample of that many customers whose totals are scaled up to the whole base.
 */
export function historyPopulation(input: HistoryPopulationInput, options: { sample?: number; seed?: number } = {}): { population: HistoryPopulation; sample?: SampleInfo } {
  const { summary, purchase, gammaGamma } = input;
  if (summary.unit !== 'month') throw new Error('internal: the engine steps in months; summarise the history in months');
  const total = summary.ids.length;
  const useSample = options.sample !== undefined && options.sample < total;
  const picked = useSample ? stratifiedSample(summary, options.sample!, options.seed ?? 0) : null;
  const idx = picked ? picked.indices : Int32Array.from({ length: total }, (_, i) => i);
  const n = idx.length;
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  const zbar = new Float64Array(n);
  const alive = new Float64Array(n);
  const h12 = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const i = idx[j]!;
    x[j] = summary.x[i]!;
    tx[j] = summary.tx[i]!;
    T[j] = summary.T[i]!;
    // A customer whose repeat days net to nothing or less (returns) carries no
    // order-value evidence: their ν is drawn from the prior, as for x = 0.
    zbar[j] = summary.zbar[i]! > 0 ? summary.zbar[i]! : 0;
    alive[j] = aliveProbability(purchase, summary.x[i]!, summary.tx[i]!, summary.T[i]!);
    h12[j] = Math.max(0, summary.h12[i]!);
  }
  const population: HistoryPopulation = {
    kind: 'history',
    model: purchase.model,
    size: n,
    scale: total / n,
    ...modelParams(purchase),
    p: gammaGamma.p,
    q: gammaGamma.q,
    gamma: gammaGamma.gamma,
    uncertainty: input.uncertainty ?? null,
    x,
    tx,
    T,
    zbar,
    pAlive: alive,
    h12,
    season: input.season ?? null,
    ...pickAttributes(input.attributes ?? null, idx),
  };
  return { population, sample: picked ? { from: total, size: n, strata: picked.strata } : undefined };
}

/** The attributes of the simulated customers `idx`, as the population's flat fields (none without attributes). */
function pickAttributes(a: CustomerAttributes | null, idx: Int32Array): Partial<HistoryPopulation> {
  if (!a) return {};
  const n = idx.length;
  const out: Partial<HistoryPopulation> = {};
  if (a.rfmClass) out.rfmClass = Uint8Array.from(idx, (i) => a.rfmClass![i]!);
  if (a.columns.length > 0) {
    const codes = new Int32Array(a.columns.length * n);
    a.columns.forEach((col, c) => {
      for (let j = 0; j < n; j++) codes[c * n + j] = col.codes[idx[j]!]!;
    });
    out.attributeNames = a.columns.map((col) => col.name);
    out.attributeValues = a.columns.map((col) => col.values);
    out.attributeCodes = codes;
  }
  return out;
}
