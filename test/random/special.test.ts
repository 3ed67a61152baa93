import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  logBeta,
  logGamma,
  normalCdf,
  normalQuantile,
  regularizedBeta,
  regularizedGammaP,
  regularizedGammaQ,
} from '../../src/random/special.js';

function logFactorial(n: number): number {
  let s = 0;
  for (let i = 2; i <= n; i++) s += Math.log(i);
  return s;
}

/**
 * The Poisson CDF by a route independent of the continued fractions: pmf
 * ratios p(j)/p(j−1) = λ/j from the mode outwards, unnormalised (so nothing
 * underflows), then divided by the total.
 */
function poissonCdfBySumming(k: number, lambda: number): number {
  const mode = Math.floor(lambda);
  let below = 0;
  let total = 0;
  let w = 1;
  for (let j = mode; j >= 0 && w > 1e-30; j--) {
    total += w;
    if (j <= k) below += w;
    w *= j / lambda;
  }
  w = 1;
  for (let j = mode + 1; w > 1e-30; j++) {
    w *= lambda / j;
    total += w;
    if (j <= k) below += w;
  }
  return below / total;
}

describe('logGamma', () => {
  it('equals ln((n − 1)!) at integers and ln √π at ½', () => {
    for (const n of [1, 2, 3, 5, 10, 30, 171]) {
      expect(logGamma(n)).toBeCloseTo(logFactorial(n - 1), 11);
    }
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(1e6)).toBeCloseTo((1e6 - 0.5) * Math.log(1e6) - 1e6 + 0.5 * Math.log(2 * Math.PI) + 1 / 12e6, 6);
  });

  it('satisfies Γ(x + 1) = xΓ(x)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e4, noNaN: true }), (x) => {
        expect(logGamma(x + 1) - logGamma(x) - Math.log(x)).toBeCloseTo(0, 9);
      }),
    );
  });

  it('logBeta(a, b) = ln(Γ(a)Γ(b)/Γ(a + b)); B(1, b) = 1/b', () => {
    expect(logBeta(1, 4)).toBeCloseTo(-Math.log(4), 14);
    expect(logBeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 14);
  });
});

describe('regularized incomplete gamma', () => {
  it('P(1, x) = 1 − e^−x and P(½, x) = erf(√x)', () => {
    for (const x of [1e-8, 0.1, 1, 2, 7, 30]) {
      expect(regularizedGammaP(1, x)).toBeCloseTo(-Math.expm1(-x), 14);
    }
    // erf(1) = 0.8427007929497149 (Abramowitz & Stegun table 7.1).
    expect(regularizedGammaP(0.5, 1)).toBeCloseTo(0.8427007929497149, 14);
  });

  it('Q(k + 1, λ) equals the Poisson CDF P(K ≤ k), including for large λ', () => {
    for (const [k, lambda] of [
      [0, 0.5],
      [3, 4],
      [40, 50],
      [9_900, 10_000],
      [100_300, 100_000],
    ] as const) {
      expect(regularizedGammaQ(k + 1, lambda)).toBeCloseTo(poissonCdfBySumming(k, lambda), 12);
    }
  }, 20_000);

  it('P + Q = 1 and P rises in x', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 5e4, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        (a, x, y) => {
          expect(regularizedGammaP(a, x) + regularizedGammaQ(a, x)).toBeCloseTo(1, 12);
          const [lo, hi] = x < y ? [x, y] : [y, x];
          expect(regularizedGammaP(a, lo)).toBeLessThanOrEqual(regularizedGammaP(a, hi) + 1e-14);
        },
      ),
    );
  });
});

describe('regularized incomplete beta', () => {
  it('has the closed forms I_x(1, 1) = x, I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b, I_½(a, a) = ½', () => {
    for (const x of [0.001, 0.2, 0.5, 0.9, 0.999]) {
      expect(regularizedBeta(x, 1, 1)).toBeCloseTo(x, 14);
      expect(regularizedBeta(x, 3.5, 1)).toBeCloseTo(x ** 3.5, 14);
      expect(regularizedBeta(x, 1, 0.3)).toBeCloseTo(1 - (1 - x) ** 0.3, 14);
    }
    // ln B(a, a) cancels terms of size a·ln a, so the absolute error grows like 1e-16·a·ln a.
    for (const a of [0.1, 1, 7]) expect(regularizedBeta(0.5, a, a)).toBeCloseTo(0.5, 14);
    expect(regularizedBeta(0.5, 300, 300)).toBeCloseTo(0.5, 12);
    // I_x(½, ½) = (2/π) asin √x, the arcsine law.
    expect(regularizedBeta(0.3, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(Math.sqrt(0.3)), 13);
  });

  it('is symmetric: I_x(a, b) = 1 − I_(1−x)(b, a)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1 - 1e-3, noNaN: true }),
        fc.double({ min: 0.05, max: 500, noNaN: true }),
        fc.double({ min: 0.05, max: 500, noNaN: true }),
        (x, a, b) => {
          expect(regularizedBeta(x, a, b)).toBeCloseTo(1 - regularizedBeta(1 - x, b, a), 11);
        },
      ),
    );
  });
});

describe('normal CDF and quantile', () => {
  it('matches published percentage points', () => {
    // Abramowitz & Stegun 26.2: z(0.975) = 1.959963984540054, z(0.999) = 3.090232306167814.
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167814, 13);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 15);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
  });

  it('round-trips Φ(Φ⁻¹(p)) = p to 1e-14 relative, deep into both tails', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1 - 1e-16, noNaN: true }), (p) => {
        const back = normalCdf(normalQuantile(p));
        const tail = Math.min(p, 1 - p);
        expect(Math.abs(back - p)).toBeLessThanOrEqual(1e-13 * tail + 1e-16);
      }),
    );
  });
});
