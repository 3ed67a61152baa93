/**
 * Goodness of fit of the samplers against exact CDFs (Kolmogorov–Smirnov for
 * the continuous ones, chi-square for Poisson), quantile ∘ CDF round trips,
 * and the exactness and monotonicity of poissonInverse. Seeded, so a pass is
 * reproducible; thresholds are p > 1e-4, so a sampler off by a few percent
 * anywhere in its distribution fails.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng } from '../../src/random/rng.js';
import {
  beta,
  betaFromMeanSd,
  distributionIssue,
  distributionMean,
  gamma,
  logGamma,
  lognormal,
  normal,
  normalCdf,
  pert,
  poisson,
  poissonInverse,
  quantile,
  regularizedBeta,
  regularizedGammaP,
  regularizedGammaQ,
  triangular,
} from '../../src/random/distributions.js';
import type { Uncertain } from '../../src/draft/schema.js';
import { chiSquareDiscrete, ksPValue, ksStatistic } from './stats.js';

const N = 50_000;

function sample(n: number, f: () => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = f();
  return out;
}

function expectFits(xs: Float64Array, cdf: (x: number) => number): void {
  const d = ksStatistic(xs, cdf);
  const p = ksPValue(d, xs.length);
  expect(p, `KS D = ${d}, p = ${p}`).toBeGreaterThan(1e-4);
}

const poissonPmf = (lambda: number) => (k: number) => Math.exp(-lambda + k * Math.log(lambda) - logGamma(k + 1));

describe('Kolmogorov–Smirnov against the exact CDF', () => {
  it.each([0.5, 1, 6, 37.5])('gamma(shape %s, rate 3)', (shape) => {
    const rng = new Rng(21, shape * 10);
    expectFits(
      sample(N, () => gamma(rng, shape, 3)),
      (x) => regularizedGammaP(shape, 3 * x),
    );
  });

  it.each([
    [0.5, 0.5],
    [0.3, 2],
    [2, 5],
    [40, 12],
  ])('beta(%s, %s)', (a, b) => {
    const rng = new Rng(22, a * 10, b * 10);
    expectFits(
      sample(N, () => beta(rng, a, b)),
      (x) => regularizedBeta(x, a, b),
    );
  });

  it('normal', () => {
    const rng = new Rng(23);
    expectFits(sample(N, () => normal(rng)), normalCdf);
  });

  it('lognormal(mean 5, sd 2)', () => {
    const rng = new Rng(24);
    const s2 = Math.log(1 + 4 / 25);
    expectFits(
      sample(N, () => lognormal(rng, 5, 2)),
      (x) => normalCdf((Math.log(x) - (Math.log(5) - s2 / 2)) / Math.sqrt(s2)),
    );
  });

  it('triangular(1, 2, 6) and pert(0, 3, 12)', () => {
    const rng = new Rng(25);
    expectFits(
      sample(N, () => triangular(rng, 1, 2, 6)),
      (x) => (x < 2 ? (x - 1) ** 2 / (5 * 1) : 1 - (6 - x) ** 2 / (5 * 4)),
    );
    expectFits(
      sample(N, () => pert(rng, 0, 3, 12)),
      (x) => regularizedBeta(x / 12, 2, 4),
    );
  });

  it('would catch a rate/scale mix-up and a wrong small-shape boost (the test has power)', () => {
    const rng = new Rng(26);
    const asScale = sample(N, () => gamma(rng, 6, 1) * 3); // Gamma(6) with scale 3, not rate 3
    expect(ksPValue(ksStatistic(asScale, (x) => regularizedGammaP(6, 3 * x)), N)).toBeLessThan(1e-10);
    const wrongBoost = sample(N, () => gamma(rng, 1.5, 1) * rng.nextOpen() ** 0.5); // U^shape, not U^(1/shape)
    expect(ksPValue(ksStatistic(wrongBoost, (x) => regularizedGammaP(0.5, x)), N)).toBeLessThan(1e-10);
  });
});

describe('Poisson chi-square', () => {
  it.each([0.3, 4, 50, 200])('poisson(rng, %s)', (lambda) => {
    const rng = new Rng(31, lambda * 10);
    const xs = sample(N, () => poisson(rng, lambda));
    const chi = chiSquareDiscrete(xs, poissonPmf(lambda), { min: 0, max: Math.ceil(lambda + 10 * Math.sqrt(lambda) + 10) });
    expect(chi.pValue, `chi² = ${chi.statistic} on ${chi.df} df`).toBeGreaterThan(1e-4);
  });

  it.each([0.3, 4, 50, 200])('poissonInverse(u, %s) with uniform u', (lambda) => {
    const rng = new Rng(32, lambda * 10);
    const e = Math.exp(-lambda);
    const xs = sample(N, () => poissonInverse(rng.next(), lambda, e));
    const chi = chiSquareDiscrete(xs, poissonPmf(lambda), { min: 0, max: Math.ceil(lambda + 10 * Math.sqrt(lambda) + 10) });
    expect(chi.pValue, `chi² = ${chi.statistic} on ${chi.df} df`).toBeGreaterThan(1e-4);
  });

  it('would catch a Poisson off by 3% in its mean', () => {
    const rng = new Rng(33);
    const xs = sample(N, () => poisson(rng, 51.5));
    expect(chiSquareDiscrete(xs, poissonPmf(50), { min: 0, max: 150 }).pValue).toBeLessThan(1e-6);
  });
});

describe('poissonInverse', () => {
  /** The smallest k with P(K ≤ k) ≥ u, from the incomplete gamma one k at a time: the definition. */
  function quantileByDefinition(u: number, lambda: number): number {
    let k = 0;
    while (regularizedGammaQ(k + 1, lambda) < u) k++;
    return k;
  }

  it('is the exact inverse CDF on both sides of the method switch at mean 30', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1 - 2 ** -32, noNaN: true }), fc.double({ min: 0, max: 400, noNaN: true }), (u, lambda) => {
        const k = poissonInverse(u, lambda, Math.exp(-lambda));
        const expected = quantileByDefinition(u, lambda);
        // The CDF sums agree to ~1e-14; only a u that close to a CDF step could tell them apart.
        if (k !== expected) {
          expect(Math.abs(regularizedGammaQ(Math.min(k, expected) + 1, lambda) - u)).toBeLessThan(1e-12);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never decreases when the mean rises, for a fixed u (common random numbers)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1 - 2 ** -32, noNaN: true }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (u, lambda, uplift) => {
          const higher = lambda * (1 + uplift);
          expect(poissonInverse(u, higher, Math.exp(-higher))).toBeGreaterThanOrEqual(
            poissonInverse(u, lambda, Math.exp(-lambda)),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is monotone along a fine grid of means through the switch at 30', () => {
    for (const u of [1e-9, 0.01, 0.3, 0.5, 0.77, 0.999, 1 - 2 ** -32]) {
      let last = 0;
      for (let lambda = 25; lambda <= 40; lambda += 0.01) {
        const k = poissonInverse(u, lambda, Math.exp(-lambda));
        expect(k).toBeGreaterThanOrEqual(last);
        last = k;
      }
    }
  });

  it('gives 0 for mean 0 or u = 0', () => {
    expect(poissonInverse(0.999, 0, 1)).toBe(0);
    expect(poissonInverse(0, 5, Math.exp(-5))).toBe(0);
    expect(poissonInverse(0, 500, Math.exp(-500))).toBe(0);
  });
});

/** The exact CDF of each run-level distribution, for the round trips. */
function cdfOf(dist: Exclude<Uncertain, number>): (x: number) => number {
  if ('normal' in dist) return (x) => normalCdf((x - dist.normal.mean) / dist.normal.sd);
  if ('lognormal' in dist) {
    const { mean, sd } = dist.lognormal;
    const s2 = Math.log(1 + (sd / mean) ** 2);
    return (x) => normalCdf((Math.log(x) - Math.log(mean) + s2 / 2) / Math.sqrt(s2));
  }
  if ('uniform' in dist) return (x) => (x - dist.uniform.min) / (dist.uniform.max - dist.uniform.min);
  if ('triangular' in dist) {
    const { min, mode, max } = dist.triangular;
    return (x) => (x < mode ? (x - min) ** 2 / ((max - min) * (mode - min)) : 1 - (max - x) ** 2 / ((max - min) * (max - mode)));
  }
  if ('pert' in dist) {
    const { min, mode, max } = dist.pert;
    const r = max - min;
    return (x) => regularizedBeta((x - min) / r, 1 + (4 * (mode - min)) / r, 1 + (4 * (max - mode)) / r);
  }
  if ('beta' in dist) {
    const { a, b } = 'a' in dist.beta ? dist.beta : betaFromMeanSd(dist.beta.mean, dist.beta.sd);
    return (x) => regularizedBeta(x, a, b);
  }
  return (x) => regularizedGammaP(dist.gamma.shape, dist.gamma.rate * x);
}

const DISTS: Exclude<Uncertain, number>[] = [
  { normal: { mean: 0.05, sd: 0.02 } },
  { lognormal: { mean: 150, sd: 60 } },
  { uniform: { min: -1, max: 4 } },
  { triangular: { min: 0.01, mode: 0.03, max: 0.1 } },
  { triangular: { min: 0, mode: 0, max: 1 } },
  { pert: { min: 0.01, mode: 0.03, max: 0.1 } },
  { pert: { min: 5, mode: 10, max: 10 } },
  { beta: { a: 0.4, b: 0.7 } },
  { beta: { a: 2, b: 30 } },
  { beta: { mean: 0.3, sd: 0.1 } },
  { beta: { mean: 0.02, sd: 0.0005 } },
  { gamma: { shape: 0.5, rate: 2 } },
  { gamma: { shape: 37.5, rate: 0.1 } },
  { gamma: { shape: 0.05, rate: 1 } },
];

describe('quantile (run-level, MODEL.md §3)', () => {
  it.each(DISTS.map((d) => [JSON.stringify(d), d] as const))('CDF(quantile(u)) = u for %s', (_, dist) => {
    const cdf = cdfOf(dist);
    for (const u of [1e-9, 1e-4, 0.01, 0.2, 0.5, 0.8, 0.99, 0.9999, 1 - 1e-9]) {
      expect(Math.abs(cdf(quantile(dist, u)) - u), `u = ${u}`).toBeLessThan(1e-11);
    }
  });

  it('rises with u for every distribution', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DISTS),
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        (dist, u, v) => {
          const [lo, hi] = u < v ? [u, v] : [v, u];
          // Newton stops at a relative step of 1e-15, so two u a hair apart may swap in the last digits.
          const qHi = quantile(dist, hi);
          expect(quantile(dist, lo)).toBeLessThanOrEqual(qHi + 1e-13 * Math.abs(qHi));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('follows a gamma with a tiny shape deep into its lower tail, down to underflow', () => {
    // P(a, x) ≈ x^a / Γ(a + 1) there, so x = (u·Γ(a + 1))^(1/a).
    const x = quantile({ gamma: { shape: 0.02, rate: 1 } }, 1e-4);
    expect(Math.log(x)).toBeCloseTo((Math.log(1e-4) + logGamma(1.02)) / 0.02, 10);
    expect(regularizedGammaP(0.02, x)).toBeCloseTo(1e-4, 15);
    // At u = 1e-9 the quantile is about 1e-450, below the smallest double: 0.
    expect(quantile({ gamma: { shape: 0.02, rate: 1 } }, 1e-9)).toBe(0);
    expect(quantile({ beta: { a: 0.01, b: 2 } }, 1e-6)).toBe(0);
  });

  it('returns a plain number as is', () => {
    expect(quantile(0.35, 0.9)).toBe(0.35);
    expect(distributionMean(12)).toBe(12);
  });

  it('has the published normal percentage point', () => {
    // z(0.975) = 1.959963984540054 (Abramowitz & Stegun 26.2).
    expect(quantile({ normal: { mean: 10, sd: 2 } }, 0.975)).toBeCloseTo(10 + 2 * 1.959963984540054, 12);
  });

  it('distributionMean equals ∫₀¹ quantile(u) du for every distribution', () => {
    const n = 20_000;
    for (const dist of DISTS) {
      // Midpoint rule on u: the quantile's integral is the mean (tails are light enough at these parameters).
      let sum = 0;
      for (let i = 0; i < n; i++) sum += quantile(dist, (i + 0.5) / n);
      const numeric = sum / n;
      const mean = distributionMean(dist);
      expect(Math.abs(numeric - mean), JSON.stringify(dist)).toBeLessThan(2e-3 * Math.abs(mean) + 1e-9);
    }
  });

  it('PERT has mean (min + 4·mode + max)/6', () => {
    const dist = { pert: { min: 2, mode: 3, max: 11 } };
    expect(distributionMean(dist)).toBeCloseTo((2 + 12 + 11) / 6, 14);
    // And the quantile agrees: the Beta(1 + 4·1/9, 1 + 4·8/9) mean, scaled.
    const a = 1 + 4 / 9;
    const b = 1 + 32 / 9;
    expect(2 + 9 * (a / (a + b))).toBeCloseTo((2 + 12 + 11) / 6, 14);
  });

  it('beta by mean and sd: n = m(1 − m)/s² − 1, a = m·n, b = (1 − m)·n, and the quantiles have that mean and sd', () => {
    const { a, b } = betaFromMeanSd(0.3, 0.1);
    expect(a).toBeCloseTo(0.3 * 20, 12);
    expect(b).toBeCloseTo(0.7 * 20, 12);
    const n = 20_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const x = quantile({ beta: { mean: 0.3, sd: 0.1 } }, (i + 0.5) / n);
      s += x;
      s2 += x * x;
    }
    expect(s / n).toBeCloseTo(0.3, 5);
    expect(Math.sqrt(s2 / n - (s / n) ** 2)).toBeCloseTo(0.1, 4);
  });

  it('rejects a beta mean/sd no beta can have, with a message that names the limit', () => {
    const bad = { beta: { mean: 0.5, sd: 0.5 } };
    expect(() => quantile(bad, 0.5)).toThrow(/no beta distribution has mean 0.5 and sd 0.5.*below √\(m\(1 − m\)\) = 0.5000/);
    expect(() => distributionMean(bad)).toThrow(/no beta distribution/);
    expect(distributionIssue(bad)).toMatch(/no beta distribution/);
    expect(distributionIssue({ beta: { mean: 0.5, sd: 0.49 } })).toBeUndefined();
    expect(() => quantile({ beta: { mean: 1.2, sd: 0.1 } }, 0.5)).toThrow(/strictly between 0 and 1/);
  });

  it('rejects other impossible parameters with a clear message', () => {
    expect(distributionIssue({ triangular: { min: 3, mode: 1, max: 5 } })).toMatch(/min ≤ mode ≤ max/);
    expect(distributionIssue({ pert: { min: 0, mode: 6, max: 5 } })).toMatch(/pert/);
    expect(distributionIssue({ uniform: { min: 2, max: 1 } })).toMatch(/uniform/);
    expect(distributionIssue({ normal: { mean: 0, sd: -1 } })).toMatch(/sd/);
    expect(distributionIssue({ lognormal: { mean: -5, sd: 1 } })).toMatch(/lognormal: the mean must be positive/);
    expect(distributionIssue({ gamma: { shape: 0, rate: 1 } })).toMatch(/gamma: shape and rate must be positive/);
    expect(distributionIssue({ beta: { a: -1, b: 2 } })).toMatch(/a and b must be positive/);
    expect(distributionIssue(5)).toBeUndefined();
  });

  it('treats zero spread as the fixed value', () => {
    expect(quantile({ normal: { mean: 3, sd: 0 } }, 0.1)).toBe(3);
    expect(quantile({ lognormal: { mean: 3, sd: 0 } }, 0.9)).toBe(3);
    expect(quantile({ pert: { min: 4, mode: 4, max: 4 } }, 0.9)).toBe(4);
    expect(quantile({ triangular: { min: 4, mode: 4, max: 4 } }, 0.9)).toBe(4);
  });
});
