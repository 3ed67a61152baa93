import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/random/rng.js';
import {
  beta,
  expMinusLowerBound,
  gamma,
  lognormal,
  normal,
  pert,
  poisson,
  poissonInverse,
  triangular,
  uniform,
} from '../../src/random/distributions.js';
import { momentZ } from './stats.js';

const N = 200_000;

function draw(n: number, f: () => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = f();
  return out;
}

/** Both sample moments within 5 standard errors (a seeded run, so this either always passes or never). */
function expectMoments(xs: Float64Array, mean: number, variance: number, excessKurtosis: number): void {
  const z = momentZ(xs, mean, variance, excessKurtosis);
  expect(Math.abs(z.zMean), `mean z = ${z.zMean}`).toBeLessThan(5);
  expect(Math.abs(z.zVariance), `variance z = ${z.zVariance}`).toBeLessThan(5);
}

function betaExcessKurtosis(a: number, b: number): number {
  return (6 * ((a - b) ** 2 * (a + b + 1) - a * b * (a + b + 2))) / (a * b * (a + b + 2) * (a + b + 3));
}

describe('sampler moments (200k seeded draws, within 5 standard errors)', () => {
  it('normal', () => {
    const rng = new Rng(1, 1);
    expectMoments(draw(N, () => normal(rng)), 0, 1, 0);
  });

  it.each([0.05, 0.5, 1, 2.5, 6, 37.5])('gamma(shape %s, rate 2): mean shape/rate, variance shape/rate²', (shape) => {
    const rng = new Rng(2, shape * 1000);
    const rate = 2;
    expectMoments(draw(N, () => gamma(rng, shape, rate)), shape / rate, shape / rate ** 2, 6 / shape);
  });

  it('gamma with shape 0 is the point mass at 0', () => {
    expect(gamma(new Rng(1), 0, 3)).toBe(0);
  });

  it.each([
    [0.5, 0.5],
    [0.2, 3],
    [2, 5],
    [1, 1],
    [30, 7],
  ])('beta(%s, %s)', (a, b) => {
    const rng = new Rng(3, a * 100, b * 100);
    const mean = a / (a + b);
    const variance = (a * b) / ((a + b) ** 2 * (a + b + 1));
    expectMoments(draw(N, () => beta(rng, a, b)), mean, variance, betaExcessKurtosis(a, b));
  });

  it.each([0.3, 4, 9.9, 10, 50, 200, 5000])('poisson(%s): mean = variance = λ', (lambda) => {
    const rng = new Rng(4, lambda * 10);
    expectMoments(draw(N, () => poisson(rng, lambda)), lambda, lambda, 1 / lambda);
  });

  it.each([0.3, 4, 30, 31, 200])('poissonInverse(u, %s) with uniform u', (lambda) => {
    const rng = new Rng(5, lambda * 10);
    const e = Math.exp(-lambda);
    expectMoments(draw(N, () => poissonInverse(rng.next(), lambda, e)), lambda, lambda, 1 / lambda);
  });

  it('triangular(1, 2, 6)', () => {
    const rng = new Rng(6);
    const [a, c, b] = [1, 2, 6];
    expectMoments(
      draw(N, () => triangular(rng, a, c, b)),
      (a + b + c) / 3,
      (a * a + b * b + c * c - a * b - a * c - b * c) / 18,
      -0.6,
    );
  });

  it('pert(0, 3, 12): mean (min + 4·mode + max)/6', () => {
    const rng = new Rng(7);
    const alpha = 1 + (4 * 3) / 12;
    const betaP = 1 + (4 * 9) / 12;
    const variance = (144 * alpha * betaP) / ((alpha + betaP) ** 2 * (alpha + betaP + 1));
    expectMoments(draw(N, () => pert(rng, 0, 3, 12)), (0 + 4 * 3 + 12) / 6, variance, betaExcessKurtosis(alpha, betaP));
  });

  it('lognormal(mean 5, sd 2) has the mean and sd of the VALUE', () => {
    const rng = new Rng(8);
    const s2 = Math.log(1 + 4 / 25);
    const exKurt = Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 6;
    expectMoments(draw(N, () => lognormal(rng, 5, 2)), 5, 4, exKurt);
  });

  it('uniform(-2, 3)', () => {
    const rng = new Rng(9);
    expectMoments(draw(N, () => uniform(rng, -2, 3)), 0.5, 25 / 12, -1.2);
  });

  it('rejects impossible parameters with a clear message', () => {
    const rng = new Rng(1);
    expect(() => gamma(rng, -1, 1)).toThrow(/gamma shape/);
    expect(() => gamma(rng, 1, 0)).toThrow(/gamma rate/);
    expect(() => beta(rng, 0, 1)).toThrow(/beta a/);
    expect(() => poisson(rng, -1)).toThrow(/poisson mean/);
    expect(() => poisson(rng, Infinity)).toThrow(/poisson mean/);
    expect(() => lognormal(rng, -1, 1)).toThrow(/lognormal mean/);
    expect(() => triangular(rng, 3, 1, 2)).toThrow(/min ≤ mode ≤ max/);
  });
});

describe('determinism of samplers', () => {
  it('the same stream gives the same draws, including the cached normal spare', () => {
    const run = (): number[] => {
      const rng = new Rng(99, 1, 2, 3);
      return [normal(rng), gamma(rng, 0.7, 1), beta(rng, 2, 3), poisson(rng, 40), normal(rng), normal(rng)];
    };
    expect(run()).toEqual(run());
  });
});

describe('expMinusLowerBound (the engine skips Math.exp below it)', () => {
  it('never exceeds Math.exp(−x) as computed, for any double x', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => expMinusLowerBound(x) <= Math.exp(-x)),
      { numRuns: 20_000 },
    );
    // near 0 the Taylor sum is closest to e^(−x): only the 1e-12 margin keeps it below
    for (const x of [0, 1e-300, 5e-324, -5e-324, 1e-16, 1e-8, 1e-4, 0.03, 0.4, 1, 1.6, 2, -1e-8, -0.5, -40]) {
      expect(expMinusLowerBound(x), `x = ${x}`).toBeLessThanOrEqual(Math.exp(-x));
    }
  });

  it('is tight where the engine uses it (monthly rates and hazards up to 1), so it decides most months', () => {
    for (let x = 0; x <= 1; x += 1 / 64) {
      expect(Math.exp(-x) - expMinusLowerBound(x), `x = ${x}`).toBeLessThan((x ** 4) / 24 + 2e-12);
    }
  });

  it('a u below it inverts to 0 orders, as poissonInverse with the exact e^(−mean) does', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (mean, u) =>
        !(u < expMinusLowerBound(mean)) || poissonInverse(u, mean, Math.exp(-mean)) === 0,
      ),
      { numRuns: 20_000 },
    );
  });
});
