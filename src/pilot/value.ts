/**
 * Is a pilot worth running, and how large (issue 14 part 5)? The value of
 * information for the launch decision, by simulation under the draft's own
 * priors (its uncertain inputs, MODEL.md §3). Pure: the engine does the
 * simulating; the randomness comes from the seed.
 *
 * The decision: launch when the expected net incremental profit N (MODEL.md
 * §5) is positive; deciding now is worth max(0, E[N]).
 * - EVPI of an input X (partial expected value of perfect information):
 *   E_X[max(0, E[N | X])] − max(0, E[N]): what knowing X exactly before
 *   deciding would add. E[N | X] comes from the simulation's runs by a
 *   quadratic regression of each run's N on its drawn X (Strong & Oakley
 *   2013's regression estimator of partial EVPI; the regression also removes
 *   the customer-level noise inside each run, which no information resolves).
 * - EVSI of a pilot with n customers per group over m months: each run's
 *   true frequency and check effects f, c become a pilot's estimates
 *   f̂ = f·ḡ + se_f·ε₁, ĉ = c·ḡ + se_c·ε₂ (ḡ the ramp share the pilot sees,
 *   draft-effects.ts), the launch decision then follows E[N | f̂, ĉ],
 *   estimated by regressing N on (f̂, ĉ, f̂², ĉ², f̂ĉ) across runs (Strong,
 *   Oakley, Brennan & Breeze 2015, "Estimating the expected value of sample
 *   information using the probabilistic sensitivity analysis sample").
 *   EVSI = E[max(0, E[N | f̂, ĉ])] − max(0, E[N]). The same ε for every
 *   design, so bigger pilots differ from smaller ones only by less noise.
 * - The pilot's noise se_f, se_c: the CUPED standard errors analyze.ts would
 *   report, from the population's own customers: each of them simulated
 *   for m months before and m months during a pilot (MODEL.md §2 baseline),
 *   se_f = √(2·Var(k)(1 − ρ_k²)/n)/E[k] and se_c = √(2·Var(R − c̄k)(1 − ρ_R²)/n)/E[R]
 *   (k orders, R revenue, ρ the correlation with the pre period).
 * What is left out, and said so: a pilot of a few months says almost nothing
 * about churn (analyze.ts writes it centred on 0), so it is not counted as
 * learned; the pilot's own cost and the delay of the launch are not
 * subtracted (compare the value with them yourself).
 */
import type { Draft } from '../draft/schema.js';
import { uncertainFields } from '../draft/paths.js';
import type { Population } from '../engine/population.js';
import { drawLatent, HAZARD, LAMBDA, LATENT_SLOTS, NU } from '../engine/population.js';
import { simulate } from '../engine/simulate.js';
import { gamma, normal, poisson } from '../random/distributions.js';
import { Rng } from '../random/rng.js';
import { rampConversion } from './draft-effects.js';

export interface PilotDesign {
  perGroup: number;
  months: number;
}

/**
 * The pilots `pilot plan --value` weighs against the planned one: ¼×..4× its
 * customers per group (at least 10) over its months, and its customers over
 * 1 month and twice its months.
 */
export function valueDesigns(reference: PilotDesign): PilotDesign[] {
  const sizes = [...new Set([0.25, 0.5, 1, 2, 4].map((k) => Math.max(10, Math.round(k * reference.perGroup))))];
  const months = [...new Set([1, reference.months, 2 * reference.months])].sort((a, b) => a - b);
  return [
    ...sizes.map((perGroup) => ({ perGroup, months: reference.months })),
    ...months.filter((m) => m !== reference.months).map((m) => ({ perGroup: reference.perGroup, months: m })),
  ];
}

export interface ValueOptions {
  seed: number;
  runs: number;
  designs: PilotDesign[];
  /** Customers to simulate per run; they stand for the population's full size (default: all of them). */
  sample?: number;
  /** Customers drawn to work out a pilot's noise (default 20 000). */
  noiseCustomers?: number;
  signal?: AbortSignal;
}

export interface InputValue {
  input: string;
  value: number;
}

export interface PilotValue extends PilotDesign {
  value: number;
  /** The pilot's standard errors of the frequency and check effects (full-size, after the ramp). */
  seFrequency: number;
  seCheck: number;
}

export type ValueNote = 'fixedEffects' | 'noChurnLearning';

export interface ValueOfInformation {
  /** E[N] now, and the value of deciding now: max(0, E[N]). */
  expectedNet: number;
  decideNow: number;
  /** The launch decision now. */
  launchNow: boolean;
  /** EVPI of all inputs together (the ceiling no pilot can beat). */
  evpiTotal: number;
  /** EVPI per uncertain input, highest first. */
  evpi: InputValue[];
  pilots: PilotValue[];
  runs: number;
  /** What the figures leave out, as keys of the pilot catalog (the CLI words them; --json in English). */
  notes: ValueNote[];
}

/** Least squares fit of y on the columns (an intercept added); the fitted values. Ridge-free normal equations, tiny systems. */
export function fitted(columns: Float64Array[], y: ArrayLike<number>): Float64Array {
  const n = y.length;
  // standardise the columns so the normal equations are well conditioned
  const X = [new Float64Array(n).fill(1)];
  for (const c of columns) {
    let m = 0;
    for (let i = 0; i < n; i++) m += c[i]!;
    m /= n;
    let s = 0;
    for (let i = 0; i < n; i++) s += (c[i]! - m) ** 2;
    s = Math.sqrt(s / n);
    if (!(s > 0)) continue;
    X.push(Float64Array.from(c, (v) => (v - m) / s));
  }
  const p = X.length;
  const A = Array.from({ length: p }, (_, j) => Array.from({ length: p + 1 }, (_, k) => {
    let v = 0;
    if (k < p) for (let i = 0; i < n; i++) v += X[j]![i]! * X[k]![i]!;
    else for (let i = 0; i < n; i++) v += X[j]![i]! * y[i]!;
    return v;
  }));
  // Gauss–Jordan with partial pivoting
  for (let col = 0; col < p; col++) {
    let piv = col;
    for (let r = col + 1; r < p; r++) if (Math.abs(A[r]![col]!) > Math.abs(A[piv]![col]!)) piv = r;
    [A[col], A[piv]] = [A[piv]!, A[col]!];
    const d = A[col]![col]!;
    if (Math.abs(d) < 1e-12 * n) continue;
    for (let k = col; k <= p; k++) A[col]![k]! /= d;
    for (let r = 0; r < p; r++) {
      if (r === col) continue;
      const f = A[r]![col]!;
      if (f === 0) continue;
      for (let k = col; k <= p; k++) A[r]![k]! -= f * A[col]![k]!;
    }
  }
  const beta = A.map((row, j) => (Math.abs(row[j]!) > 0 ? row[p]! : 0));
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let v = 0;
    for (let j = 0; j < p; j++) v += beta[j]! * X[j]![i]!;
    out[i] = v;
  }
  return out;
}

const meanOf = (v: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]!;
  return s / v.length;
};

/** E[max(0, fitted)] − max(0, E[N]). */
function valueOf(fit: Float64Array, now: number): number {
  let s = 0;
  for (let i = 0; i < fit.length; i++) s += Math.max(0, fit[i]!);
  return Math.max(0, s / fit.length - now);
}

export interface PilotNoise {
  /** Per-customer variances and means over the pilot, and the correlations with the pre period. */
  ordersMean: number;
  ordersVar: number;
  ordersRho: number;
  revenueMean: number;
  /** Var(R − c̄k): the check estimate's linearised variance per customer. */
  checkVar: number;
  revenueRho: number;
}

/** The per-customer noise of a pilot of `months` months, from `customers` customers of the population (see the file comment). */
export function pilotNoise(pop: Population, months: number, customers: number, seed: number): PilotNoise {
  const rng = new Rng(seed, 14, 5);
  const latent = new Float64Array(LATENT_SLOTS);
  const M = Math.max(1, Math.round(months));
  const k0 = new Float64Array(customers);
  const k1 = new Float64Array(customers);
  const r0 = new Float64Array(customers);
  const r1 = new Float64Array(customers);
  for (let j = 0; j < customers; j++) {
    drawLatent(pop, j % pop.size, rng, latent);
    const lambda = latent[LAMBDA]!;
    const stay = Math.exp(-latent[HAZARD]!); // λ·p under the BG/NBD, μ under the Pareto/NBD (population.ts)
    let alive = true;
    for (let t = 0; t < 2 * M && alive; t++) {
      const k = poisson(rng, lambda);
      const spend = k > 0 ? gamma(rng, k * pop.p, latent[NU]!) : 0;
      if (t < M) {
        k0[j]! += k;
        r0[j]! += spend;
      } else {
        k1[j]! += k;
        r1[j]! += spend;
      }
      alive = rng.next() < stay;
    }
  }
  const corr = (x: Float64Array, y: Float64Array) => {
    const mx = meanOf(x);
    const my = meanOf(y);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < x.length; i++) {
      sxy += (x[i]! - mx) * (y[i]! - my);
      sxx += (x[i]! - mx) ** 2;
      syy += (y[i]! - my) ** 2;
    }
    return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
  };
  const variance = (v: Float64Array) => {
    const m = meanOf(v);
    let s = 0;
    for (let i = 0; i < v.length; i++) s += (v[i]! - m) ** 2;
    return s / (v.length - 1);
  };
  const ordersMean = meanOf(k1);
  const revenueMean = meanOf(r1);
  const check = revenueMean / ordersMean;
  const lin = Float64Array.from(r1, (r, i) => r - check * k1[i]!);
  return { ordersMean, ordersVar: variance(k1), ordersRho: corr(k0, k1), revenueMean, checkVar: variance(lin), revenueRho: corr(r0, r1) };
}

/** The CUPED standard errors of a pilot's frequency and check effects with n customers per group. */
export function pilotStandardErrors(noise: PilotNoise, perGroup: number): { frequency: number; check: number } {
  return {
    frequency: Math.sqrt((2 * noise.ordersVar * (1 - noise.ordersRho ** 2)) / perGroup) / noise.ordersMean,
    check: Math.sqrt((2 * noise.checkVar * (1 - noise.revenueRho ** 2)) / perGroup) / noise.revenueMean,
  };
}

/** EVPI per input and EVSI per pilot design (see the file comment). */
export async function valueOfInformation(draft: Draft, population: Population, o: ValueOptions): Promise<ValueOfInformation> {
  const pop: Population = o.sample !== undefined && o.sample < population.size ? { ...population, size: o.sample, scale: (population.scale * population.size) / o.sample } : population;
  const result = await simulate(draft, pop, { seed: o.seed, runs: o.runs, sampling: 'lhs', workers: 1, ...(o.signal ? { signal: o.signal } : {}) });
  const runs = result.runs;
  const n = runs.length;
  const N = Float64Array.from(runs, (r) => r.metrics.netIncrementalProfit);
  const expectedNet = meanOf(N);
  const now = Math.max(0, expectedNet);
  const inputs = uncertainFields(draft).map((f) => f.path);
  const column = (path: string) => Float64Array.from(runs, (r) => r.inputs[path] ?? 0);
  const quad = (x: Float64Array) => [x, Float64Array.from(x, (v) => v * v)];

  const evpi = inputs.map((input) => ({ input, value: valueOf(fitted(quad(column(input)), N), now) })).sort((a, b) => b.value - a.value);
  const evpiTotal = valueOf(fitted(inputs.flatMap((p) => quad(column(p))), N), now);

  const notes: ValueNote[] = [];
  const fPath = 'effects.frequency_uplift';
  const cPath = 'effects.check_uplift';
  const f = inputs.includes(fPath) ? column(fPath) : new Float64Array(n).fill(Number(draft.effects.frequency_uplift) || 0);
  const c = inputs.includes(cPath) ? column(cPath) : new Float64Array(n).fill(Number(draft.effects.check_uplift) || 0);
  if (!inputs.includes(fPath) && !inputs.includes(cPath)) notes.push('fixedEffects');
  const ramp = draft.effects.ramp_months;
  const noiseRng = new Rng(o.seed, 14, 6);
  const e1 = Float64Array.from({ length: n }, () => normal(noiseRng));
  const e2 = Float64Array.from({ length: n }, () => normal(noiseRng));
  const noiseByMonths = new Map<number, PilotNoise>();
  const pilots = o.designs.map((d): PilotValue => {
    let noise = noiseByMonths.get(d.months);
    if (!noise) {
      noise = pilotNoise(population, d.months, o.noiseCustomers ?? 20_000, o.seed);
      noiseByMonths.set(d.months, noise);
    }
    const se = pilotStandardErrors(noise, d.perGroup);
    const g = rampConversion(ramp, d.months)?.share ?? 1;
    const fHat = Float64Array.from(f, (v, i) => v * g + se.frequency * e1[i]!);
    const cHat = Float64Array.from(c, (v, i) => v * g + se.check * e2[i]!);
    const cross = Float64Array.from(fHat, (v, i) => v * cHat[i]!);
    const value = valueOf(fitted([...quad(fHat), ...quad(cHat), cross], N), now);
    return { ...d, value, seFrequency: se.frequency / g, seCheck: se.check / g };
  });
  notes.push('noChurnLearning');
  return { expectedNet, decideNow: now, launchNow: expectedNet > 0, evpiTotal, evpi, pilots, runs: n, notes };
}
