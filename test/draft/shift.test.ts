/**
 * shiftDistribution (sweep, breakeven, the what-if levers): the mean moves to
 * the value and the spread stays. The spread is checked on the quantiles: the
 * P10–P90 distance of every shifted distribution equals the original's where
 * the family allows it (location families), and the sd is kept exactly where
 * the draft wrote one.
 */
import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../src/draft/schema.js';
import { shiftDistribution } from '../../src/draft/shift.js';
import { distributionMean, quantile } from '../../src/random/distributions.js';

const spread = (d: Distribution): number => quantile(d, 0.9) - quantile(d, 0.1);

describe('shiftDistribution', () => {
  const location: Distribution[] = [
    { triangular: { min: 0, mode: 0.05, max: 0.12 } },
    { pert: { min: 0, mode: 0.05, max: 0.12 } },
    { uniform: { min: 0.02, max: 0.08 } },
    { normal: { mean: 0.05, sd: 0.01 } },
  ];
  it.each(location)('moves %j to mean 0.07 and keeps its P10–P90 spread', (d) => {
    const s = shiftDistribution(d, 0.07);
    expect(distributionMean(s)).toBeCloseTo(0.07, 12);
    expect(spread(s)).toBeCloseTo(spread(d), 12);
  });

  it('keeps the sd exactly as written for a beta by mean and sd, a lognormal and a normal', () => {
    expect(shiftDistribution({ beta: { mean: 0.6, sd: 0.1 } }, 0.5)).toEqual({ beta: { mean: 0.5, sd: 0.1 } });
    expect(shiftDistribution({ lognormal: { mean: 2, sd: 0.3 } }, 3)).toEqual({ lognormal: { mean: 3, sd: 0.3 } });
    expect(shiftDistribution({ normal: { mean: 2, sd: 0.3 } }, 3)).toEqual({ normal: { mean: 3, sd: 0.3 } });
  });

  it("keeps a beta by a and b, and a gamma, at their sd with the new mean", () => {
    const b = shiftDistribution({ beta: { a: 2, b: 6 } }, 0.3) as { beta: { mean: number; sd: number } };
    expect(b.beta.mean).toBe(0.3);
    expect(b.beta.sd).toBeCloseTo(Math.sqrt((2 * 6) / (8 ** 2 * 9)), 15);
    const g = shiftDistribution({ gamma: { shape: 4, rate: 2 } }, 3) as { gamma: { shape: number; rate: number } };
    expect(g.gamma.shape / g.gamma.rate).toBeCloseTo(3, 12);
    expect(Math.sqrt(g.gamma.shape) / g.gamma.rate).toBeCloseTo(1, 12);
  });
});
