/**
 * Month-of-year multipliers of purchase frequency (issue 13, part 4): B2B
 * demand is seasonal (quarter ends, the year-end), and the purchase models
 * are flat. The engine multiplies each customer's purchase rate by s(month)
 * of the calendar month it simulates (MODEL.md §1 as built, docs/model.md).
 *
 * Estimate. Repeat purchases (after a customer's first day, up to the
 * calibration end) are counted by calendar month of the history, O_c. Their
 * exposure is not a plain count of customer-months: a cohort loses customers
 * as it ages, and a history's late months are older than its early ones, so
 * a plain rate would read dropout as a season (December always comes later
 * than January in a history that starts in January). Each customer's time at
 * risk (first purchase to the calibration end) is weighted instead by the
 * fitted model's expected repeat purchases at that age, E[X(t)] of the purchase
 * model (purchase-model.ts): E_c is what the flat model expects in month c, and
 * O_c / E_c is the season. The E_c are scaled so ΣE = ΣO.
 *
 * By calendar month m, R_m = Σ O_c / Σ E_c over the history's years. Each
 * month must appear at least twice (two years, in practice), or there is no
 * telling a season from a one-off, and the multipliers stay flat with the
 * reason said. Monthly counts vary more than Poisson (customers differ, and
 * years differ): a quasi-Poisson dispersion φ = Pearson χ² / (cells − 12)
 * (at least 1) widens the sampling variance φ·O_m / E_m².
 *
 * Shrinkage (empirical Bayes, Poisson–Gamma): s_m ~ Gamma(k, k), mean 1 and
 * variance τ² = 1/k estimated by moments (the spread of the R_m less their
 * mean sampling variance, 0 when the spread is all noise); the posterior is
 * Gamma(k + O_m/φ, k + E_m/φ). Thin data pull towards 1; with τ² = 0 the
 * multipliers are exactly 1 and the engine is bit-identical to no
 * seasonality. The posterior means are rescaled to mean 1 (a year keeps its
 * purchases), their sds with them.
 */
import { monthIndex } from './format.js';
import type { History } from './read.js';
import { countRepeatPurchasesIn } from './repeat-purchases.js';

export interface Seasonality {
  /** Multipliers by calendar month, January first; mean 1. All exactly 1 when not estimated or not above the noise. */
  multipliers: number[];
  /** Their standard errors (posterior sds); 0 when not estimated. */
  se: number[];
  /** Times each calendar month appears in the history (months at least half covered). */
  observations: number[];
  /** Repeat purchases by calendar month, and what the flat model expects there (scaled to the same total). */
  orders: number[];
  expected: number[];
  /** Quasi-Poisson dispersion of the monthly counts (≥ 1); NaN when not estimated. */
  dispersion: number;
  /** The between-month variance of the prior, τ² (0: no season above the noise); NaN when not estimated. */
  priorVariance: number;
  /** Whether the history could say anything (every month at least MIN_OBSERVATIONS times). */
  estimated: boolean;
  /** Why the multipliers are flat; null when they are not. */
  flat: FlatCause | null;
}

/**
 * Why a history gives flat multipliers: too short (some calendar months,
 * `missing`, January = 0, appear fewer than MIN_OBSERVATIONS times in its
 * `months`), no repeat purchases at all, or no season above the noise.
 */
export type FlatCause = { cause: 'too-short'; months: number; missing: number[] } | { cause: 'no-repeats' } | { cause: 'noise' };

/** Each calendar month must appear this often. */
export const MIN_OBSERVATIONS = 2;

const flat = (cause: FlatCause, observations: number[], orders: number[], expected: number[]): Seasonality => ({
  multipliers: new Array<number>(12).fill(1),
  se: new Array<number>(12).fill(0),
  observations,
  orders,
  expected,
  dispersion: NaN,
  priorVariance: NaN,
  estimated: false,
  flat: cause,
});

/** Whether the multipliers change anything (some multiplier is not exactly 1). */
export function isSeasonal(s: Seasonality | null | undefined): s is Seasonality {
  return !!s && s.multipliers.some((v) => v !== 1);
}

/** The first day (day number) of month index `m` (years × 12 + month). */
const firstDayOfMonth = (m: number): number => Date.UTC(Math.floor(m / 12), m % 12, 1) / 86_400_000;

/**
 * Estimates the multipliers (see the file comment). `expectedByAge(t)` is the
 * flat model's expected repeat purchases of a new customer in (0, t], t in
 * units of `unitDays` days; `calibrationEndDay` ends the counting.
 */
export function estimateSeasonality(history: History, calibrationEndDay: number, unitDays: number, expectedByAge: (t: number) => number): Seasonality {
  const first = monthIndex(history.firstDay);
  const cells = monthIndex(calibrationEndDay) - first + 1;
  const O = new Float64Array(cells);
  const E = new Float64Array(cells);
  const starts = Array.from({ length: cells + 1 }, (_, c) => firstDayOfMonth(first + c));
  // Customers grouped by first purchase day: the expected counts depend on nothing else.
  const cohorts = countRepeatPurchasesIn(history.store, calibrationEndDay, calibrationEndDay, O, (d) => monthIndex(d) - first);
  for (const [d0, n] of cohorts) {
    let before = 0;
    for (let c = monthIndex(d0) - first; c < cells; c++) {
      const hi = Math.min(starts[c + 1]!, calibrationEndDay) - d0;
      const cum = hi > 0 ? expectedByAge(hi / unitDays) : 0;
      E[c]! += n * (cum - before);
      before = cum;
    }
  }
  const byMonth = (values: Float64Array) => {
    const out = new Array<number>(12).fill(0);
    for (let c = 0; c < cells; c++) out[(first + c) % 12]! += values[c]!;
    return out;
  };
  const observations = new Array<number>(12).fill(0);
  for (let c = 0; c < cells; c++) {
    const covered = Math.min(starts[c + 1]!, calibrationEndDay + 1) - Math.max(starts[c]!, history.firstDay);
    if (E[c]! > 0 && covered >= (starts[c + 1]! - starts[c]!) / 2) observations[(first + c) % 12]!++;
  }
  const totalO = O.reduce((a, b) => a + b, 0);
  const totalE = E.reduce((a, b) => a + b, 0);
  if (totalE > 0) for (let c = 0; c < cells; c++) E[c]! *= totalO / totalE;
  const Om = byMonth(O);
  const Em = byMonth(E);
  const thin = observations.map((n, m) => (n < MIN_OBSERVATIONS ? m : -1)).filter((m) => m >= 0);
  if (thin.length > 0 || !(totalO > 0)) {
    return flat(totalO > 0 ? { cause: 'too-short', months: cells, missing: thin } : { cause: 'no-repeats' }, observations, Om, Em);
  }
  const R = Om.map((o, m) => o / Em[m]!);
  // Quasi-Poisson dispersion: the cells against their month's rate
  let chi2 = 0;
  let used = 0;
  for (let c = 0; c < cells; c++) {
    const mu = R[(first + c) % 12]! * E[c]!;
    if (mu > 0) {
      chi2 += (O[c]! - mu) ** 2 / mu;
      used++;
    }
  }
  const dispersion = used > 12 ? Math.max(1, chi2 / (used - 12)) : 1;
  const mean = R.reduce((a, b) => a + b, 0) / 12;
  const spread = R.reduce((a, r) => a + (r - mean) ** 2, 0) / 11;
  const noise = Om.reduce((a, o, m) => a + (dispersion * Math.max(o, 1)) / Em[m]! ** 2, 0) / 12;
  const priorVariance = Math.max(0, spread - noise);
  if (priorVariance === 0) {
    return {
      ...flat({ cause: 'noise' }, observations, Om, Em),
      estimated: true,
      dispersion,
      priorVariance,
      se: Om.map((o, m) => Math.sqrt(dispersion * Math.max(o, 1)) / Em[m]!),
    };
  }
  const k = 1 / priorVariance;
  const post = Om.map((o, m) => ({ a: k + o / dispersion, b: k + Em[m]! / dispersion }));
  const scale = post.reduce((s, p) => s + p.a / p.b, 0) / 12;
  return {
    multipliers: post.map((p) => p.a / p.b / scale),
    se: post.map((p) => Math.sqrt(p.a) / p.b / scale),
    observations,
    orders: Om,
    expected: Em,
    dispersion,
    priorVariance,
    estimated: true,
    flat: null,
  };
}

/**
 * The multipliers for the engine's months: entry (t − 1) mod 12 is simulated
 * month t's, month 1 being the calendar month after `lastDay` (the history's
 * calibration end). Null when flat (the engine then multiplies by nothing).
 */
export function seasonForSimulation(s: Seasonality | null | undefined, lastDay: number): Float64Array | null {
  if (!isSeasonal(s)) return null;
  const start = (monthIndex(lastDay) + 1) % 12;
  return Float64Array.from({ length: 12 }, (_, k) => s.multipliers[(start + k) % 12]!);
}

/**
 * Cumulative deseasonalised ("operational") time in days from `fromDay`, for
 * each day up to `toDay`: a day of calendar month m counts s_m·(365.25/12)/days(m)
 * days, so a calendar month is worth s_m average months and a year a year.
 * Purchases that are a Poisson process with rate λ·s(month) in calendar time
 * are one with rate λ in this time, which is where the purchase models' fit holds.
 */
export function operationalClock(s: Seasonality, fromDay: number, toDay: number): Float64Array {
  const out = new Float64Array(toDay - fromDay + 1);
  const avgMonth = 365.25 / 12;
  let t = 0;
  for (let d = fromDay; d <= toDay; d++) {
    out[d - fromDay] = t;
    const m = monthIndex(d);
    t += (s.multipliers[m % 12]! * avgMonth) / (firstDayOfMonth(m + 1) - firstDayOfMonth(m));
  }
  return out;
}
