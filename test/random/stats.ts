/**
 * Test helpers: sample moments with standard errors, the Kolmogorov–Smirnov
 * statistic against an exact CDF and a chi-square goodness-of-fit statistic.
 * Not a test file itself (no `.test.` in the name).
 */
import { regularizedGammaQ } from '../../src/random/special.js';

export interface Moments {
  mean: number;
  variance: number;
}

export function moments(xs: ArrayLike<number>): Moments {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += xs[i]!;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (xs[i]! - mean) ** 2;
  return { mean, variance: ss / (n - 1) };
}

/**
 * How many standard errors the sample mean and variance lie from the true
 * values; `excessKurtosis` of the true distribution sets the variance's error.
 */
export function momentZ(
  xs: ArrayLike<number>,
  trueMean: number,
  trueVariance: number,
  excessKurtosis: number,
): { zMean: number; zVariance: number } {
  const n = xs.length;
  const m = moments(xs);
  return {
    zMean: (m.mean - trueMean) / Math.sqrt(trueVariance / n),
    zVariance: (m.variance - trueVariance) / (trueVariance * Math.sqrt((2 + excessKurtosis) / n)),
  };
}

/** The KS statistic D = sup |F_n(x) − F(x)| of a sample against a continuous CDF. */
export function ksStatistic(xs: ArrayLike<number>, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(xs).sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]!);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

/** The asymptotic KS p-value P(D_n > d) (Kolmogorov's series with Stephens' small-n correction). */
export function ksPValue(d: number, n: number): number {
  const sq = Math.sqrt(n);
  const t = (sq + 0.12 + 0.11 / sq) * d;
  let p = 0;
  for (let j = 1; j < 100; j++) p += 2 * (-1) ** (j - 1) * Math.exp(-2 * j * j * t * t);
  return Math.min(1, Math.max(0, p));
}

/**
 * Chi-square test of integer samples against a pmf, pooling the tails so
 * every cell expects at least 5; returns the statistic, its degrees of
 * freedom and the upper-tail p-value.
 */
export function chiSquareDiscrete(
  xs: ArrayLike<number>,
  pmf: (k: number) => number,
  support: { min: number; max: number },
): { statistic: number; df: number; pValue: number } {
  const n = xs.length;
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) counts.set(xs[i]!, (counts.get(xs[i]!) ?? 0) + 1);
  const cells: { expected: number; observed: number }[] = [];
  let expectedAcc = 0;
  let observedAcc = 0;
  let massBelow = 0;
  let observedBelow = 0;
  for (let k = support.min; k <= support.max; k++) {
    const p = pmf(k);
    massBelow += p;
    observedBelow += counts.get(k) ?? 0;
    expectedAcc += n * p;
    observedAcc += counts.get(k) ?? 0;
    if (expectedAcc >= 5) {
      cells.push({ expected: expectedAcc, observed: observedAcc });
      expectedAcc = 0;
      observedAcc = 0;
    }
  }
  // Everything above the last full cell (including values beyond support.max) goes in one tail cell.
  const tailExpected = expectedAcc + n * (1 - massBelow);
  const tailObserved = observedAcc + (n - observedBelow);
  if (tailExpected >= 5 || cells.length === 0) cells.push({ expected: tailExpected, observed: tailObserved });
  else {
    const last = cells[cells.length - 1]!;
    last.expected += tailExpected;
    last.observed += tailObserved;
  }
  let statistic = 0;
  for (const c of cells) statistic += (c.observed - c.expected) ** 2 / c.expected;
  const df = cells.length - 1;
  return { statistic, df, pValue: regularizedGammaQ(df / 2, statistic / 2) };
}
