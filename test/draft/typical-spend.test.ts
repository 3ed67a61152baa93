import { describe, expect, it } from 'vitest';
import { spendScoreQuantile } from '../../src/draft/typical-spend.js';
import { gamma } from '../../src/random/distributions.js';
import { Rng } from '../../src/random/rng.js';

const synthetic = (r: number, alpha: number, p: number, q: number, g: number) => ({
  count: 10,
  orders_per_month: { gamma: { shape: r, rate: alpha } },
  dropout_per_order: { beta: { a: 1, b: 1 } },
  order_value: { gamma_gamma: { p, q, gamma: g } },
  warm_start: false,
});

describe('spendScoreQuantile', () => {
  it('matches the empirical quantile of λ·p/ν from the priors', () => {
    const s = synthetic(0.8, 2, 6, 4, 15000);
    const rng = new Rng(11);
    const n = 200_000;
    const draws = Float64Array.from({ length: n }, () => (gamma(rng, 0.8, 2) * 6) / gamma(rng, 4, 15000)).sort();
    for (const u of [0.25, 0.5, 0.85]) {
      const empirical = draws[Math.floor(u * n)]!;
      expect(spendScoreQuantile(s, u) / empirical).toBeCloseTo(1, 1);
    }
  });

  it('with a near-degenerate order value it is the λ quantile times the order value', () => {
    // q and γ huge with γ/q fixed: ν is almost constant at q/γ, so s ≈ λ·p·γ/q
    const s = synthetic(2, 4, 5, 1e4, 1e4 * 100);
    // median of Gamma(2, 4) is 0.41959...
    expect(spendScoreQuantile(s, 0.5)).toBeCloseTo(0.419588 * 5 * 100, -1);
  });

  it('is NaN outside (0, 1)', () => {
    expect(spendScoreQuantile(synthetic(1, 1, 1, 1, 1), 1)).toBeNaN();
  });
});
