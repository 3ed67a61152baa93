import { describe, expect, it } from 'vitest';
import { covariance, maximize } from '../../src/pilot/newton.js';
import { pilotPanel } from '../../src/pilot/panel.js';
import { calibrate, fitShape, orderDesign, orderLogLikelihood, orderModel } from '../../src/pilot/effect-models.js';
import { rampGrid, rampPrior, rampShape } from '../../src/pilot/ramp-fit.js';
import { syntheticPilot } from './synthetic.js';

describe('the pilot panel (months of the model)', () => {
  it('cuts a customer into exposure, checks, last month and orders per pilot month', () => {
    // pilot days 300..389 (3 blocks of 30); first purchase on day 245, repeats 280 and 330, 331 (two days), 385
    const c = { id: 'a', days: [245, 280, 330, 331, 385], net: [100, 50, 20, -5, 40], purchase: [1, 1, 1, 1, 1] };
    const other = { id: 'b', days: [400], net: [10], purchase: [1] };
    const rows = [
      { id: 'a', group: 'treatment' as const, stratum: 's' },
      { id: 'b', group: 'control' as const, stratum: 's' },
      { id: 'z', group: 'control' as const, stratum: 's' },
    ];
    const p = pilotPanel(
      new Map([
        ['a', c],
        ['b', other],
      ]),
      rows,
      300,
      389,
    );
    expect(p.n).toBe(1);
    expect(p.notInHistory).toBe(1);
    expect(p.noPurchaseBefore).toBe(1);
    expect(p.months).toBe(3);
    expect(p.preRepeats[0]).toBe(1);
    expect(p.preExposure[0]).toBeCloseTo(55 / 30, 12);
    expect(p.preLast[0]).toBeCloseTo(35 / 30, 12);
    // born in block floor(−55/30) = −2: two block ends before the start
    expect(p.preChecks[0]).toBe(2);
    expect(p.lastBlock[0]).toBe(2);
    expect(Array.from(p.pilotOrders)).toEqual([0, 2, 1]);
    // the −5 day counts as an order but not as an order value
    expect(Array.from(p.pilotValueOrders)).toEqual([0, 1, 1]);
    expect(Array.from(p.pilotValue)).toEqual([0, 20, 40]);
  });
});

describe('maximum likelihood by BHHH steps', () => {
  it('finds a Poisson mean and its standard error √(λ/n)', () => {
    const k = [3, 5, 2, 4, 6, 1, 4, 3];
    const n = k.length;
    const mean = k.reduce((a, b) => a + b, 0) / n;
    // θ = ln λ; ℓᵢ = kᵢθ − e^θ
    const ml = maximize((t, scores) => {
      const lambda = Math.exp(t[0]!);
      let ll = 0;
      let g = 0;
      let b = 0;
      for (const ki of k) {
        ll += ki * t[0]! - lambda;
        g += ki - lambda;
        if (scores) b += (ki - lambda) ** 2;
      }
      return { ll, grad: Float64Array.of(g), bhhh: Float64Array.of(b) };
    }, [0]);
    expect(ml.converged).toBe(true);
    expect(Math.exp(ml.theta[0]!)).toBeCloseTo(mean, 3);
    // se of ln λ = 1/√(nλ)
    expect(Math.sqrt(ml.cov![0]![0]!)).toBeCloseTo(1 / Math.sqrt(n * mean), 4);
  });
});

describe('the effects on the model scale', () => {
  it('recovers a strong frequency, check and churn effect of a generated pilot within 3 s.e.', () => {
    const truth = { f: 0.3, c: 0.1, d: 0.5 };
    const g = syntheticPilot(11, { customers: 4000, frequencyUplift: truth.f, checkUplift: truth.c, churnReduction: truth.d, historyMonths: 9, pilotMonths: 4 });
    const panel = pilotPanel(g.customers, g.rows, g.start, g.end);
    const om = orderModel(panel, calibrate(panel));
    const fit = fitShape(om, rampShape(0, panel.months));
    expect(fit.converged).toBe(true);
    expect(Math.abs(fit.frequency.estimate - truth.f)).toBeLessThan(3 * fit.frequency.se);
    expect(Math.abs(fit.check.estimate - truth.c)).toBeLessThan(3 * fit.check.se);
    expect(Math.abs(fit.churn.estimate - truth.d)).toBeLessThan(3 * fit.churn.se);
    // and the standard errors are of a size that can tell these effects from 0
    expect(fit.frequency.se).toBeLessThan(0.06);
    expect(fit.churn.se).toBeLessThan(0.4);
    // the standard errors come from the scores' outer product: the observed information (the differenced Hessian) agrees
    const P = panel.months;
    const hessian = covariance(orderLogLikelihood(om, orderDesign(P, rampShape(0, P))), fit.orders.theta, fit.orders.at);
    for (const [k, se] of [[P + 1, fit.frequency.se], [P + 2, fit.churn.se]] as const) {
      const ratio = se / Math.sqrt(hessian[k]![k]!);
      expect(ratio, `θ[${k}]`).toBeGreaterThan(0.85);
      expect(ratio, `θ[${k}]`).toBeLessThan(1.15);
    }
  }, 120_000);

  it('the ramp grid and shape follow MODEL.md §9', () => {
    expect(rampGrid(6)).toEqual([0, 2, 3, 4, 5, 6]);
    expect(rampGrid(6, 4, true)).toEqual([0, 2, 3, 4, 5, 6, 9, 12]);
    expect(rampGrid(3, 4)).toEqual([0, 2, 3]);
    expect(rampGrid(3, 4, true)).toEqual([0, 2, 3, 4, 5, 6]);
    expect(rampGrid(3, 1)).toEqual([0, 2, 3]);
    expect(rampShape(4, 6)).toEqual([0.25, 0.5, 0.75, 1, 1, 1]);
    expect(rampShape(0, 3)).toEqual([1, 1, 1]);
  });

  it('ramps longer than the pilot look alike inside it, so together they get the prior weight of one', () => {
    const grid = rampGrid(6, 4, true);
    const alike = grid.filter((R) => R >= 6).length;
    expect(grid.map((R) => rampPrior(R, 6, alike))).toEqual([1, 1, 1, 1, 1, 1 / 3, 1 / 3, 1 / 3]);
    // before the tail joins, a ramp as long as the pilot is one ramp among the others
    expect(rampGrid(6).map((R) => rampPrior(R, 6, 1))).toEqual([1, 1, 1, 1, 1, 1]);
  });
});
