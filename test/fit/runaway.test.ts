/**
 * Issue 29: a fit whose Gamma shape runs off towards infinity (customers who
 * all buy at the same rate; one customer) stops early and says why, instead
 * of crawling for minutes to r = 6.6 M or returning q = 6e14 without a word.
 * Real histories (CDNOW's published values) are held unchanged by
 * bg-nbd.test.ts, pareto-nbd.test.ts and gamma-gamma.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { fitBgNbd } from '../../src/fit/bg-nbd.js';
import { fitGammaGamma } from '../../src/fit/gamma-gamma.js';
import { fitParetoNbd } from '../../src/fit/pareto-nbd.js';
import { RUNAWAY_SHAPE } from '../../src/fit/optimize.js';
import { en } from '../../src/i18n/en.js';
import { stopText } from '../../src/fit/fit-history.js';

/** Customers who all buy every 2 months on the dot for 24 months, none lost: no spread in rate or dropout. */
function clockwork(n: number) {
  const x = new Float64Array(n).fill(11);
  const tx = new Float64Array(n).fill(22);
  const T = new Float64Array(n).fill(24);
  return { x, tx, T };
}

describe('a shape that runs away', () => {
  it('BG/NBD on identical customers stops at the limit, not converged, with the reason', () => {
    const f = fitBgNbd(clockwork(200));
    expect(f.diagnostics.converged).toBe(false);
    expect(f.diagnostics.stop).toBe('runaway');
    // stopped soon after the limit, not millions beyond it
    expect(f.params.r).toBeGreaterThan(RUNAWAY_SHAPE);
    expect(f.params.r).toBeLessThan(100 * RUNAWAY_SHAPE);
    expect(stopText(f.diagnostics, en.fit)).toMatch(/^stopped early: a shape parameter ran off towards infinity/);
  });

  it('Pareto/NBD on identical customers stops the same way', () => {
    const f = fitParetoNbd(clockwork(200));
    expect(f.diagnostics.stop).toBe('runaway');
    expect(f.params.r).toBeLessThan(100 * RUNAWAY_SHAPE);
  });

  it('Gamma-Gamma on one customer does not return q in the trillions', () => {
    const f = fitGammaGamma([5], [120]);
    expect(f.diagnostics.converged).toBe(false);
    expect(f.diagnostics.stop).toBe('runaway');
    expect(f.params.q).toBeLessThan(100 * RUNAWAY_SHAPE);
  });
});
