import { describe, expect, it } from 'vitest';
import { frontier, gridValues, parseVary, planSweep, sweepDraft, type SweepResult } from '../../src/decide/sweep.js';
import { UserError } from '../../src/errors.js';
import { batchOpts, popOf, smallDraft } from './helpers.js';

const discountOnly = (effects: string) =>
  smallDraft(`
participation: 0.7
effects: ${effects}
mechanics:
  - type: discount
    rate: 0.03
costs: { launch: 50000, monthly: 5000, per_member_monthly: 2 }
`);

const nonIncreasing = (xs: number[]) => xs.every((x, i) => i === 0 || x <= xs[i - 1]!);

describe('sweep along the discount rate', () => {
  it('with zero effects, mean ROI never rises as the discount rises, and net profit falls', async () => {
    const d = discountOnly('{ frequency_uplift: 0, check_uplift: 0, churn_reduction: 0 }');
    const r = await sweepDraft(d, [parseVary('mechanics.discount.rate=0:0.2:0.04')], popOf(d), batchOpts(30));
    expect(r.axes[0]).toEqual([0, 0.04, 0.08, 0.12, 0.16, 0.2]);
    const roi = r.points.map((p) => p.roi.mean!);
    expect(nonIncreasing(roi)).toBe(true);
    const net = r.points.map((p) => p.netIncrementalProfit.mean!);
    for (let i = 1; i < net.length; i++) expect(net[i]!).toBeLessThan(net[i - 1]!);
  });

  it('with uncertain positive effects, mean ROI falls at every step (common random numbers across grid points)', async () => {
    const d = discountOnly('{ frequency_uplift: { pert: { min: 0.02, mode: 0.08, max: 0.2 } }, check_uplift: 0.03, churn_reduction: 0.05 }');
    const r = await sweepDraft(d, [parseVary('mechanics.discount.rate=1%:9%:2%')], popOf(d), batchOpts(30));
    const roi = r.points.map((p) => p.roi.mean!);
    for (let i = 1; i < roi.length; i++) expect(roi[i]!).toBeLessThan(roi[i - 1]!);
    expect(r.how[0]).toMatch(/set to each value/);
  });
});

describe('sweep of a distribution-valued field', () => {
  it('shifts the distribution so its mean is the swept value, and mean net profit rises with frequency uplift', async () => {
    const d = discountOnly('{ frequency_uplift: { triangular: { min: 0.02, mode: 0.05, max: 0.11 } } }');
    const plan = planSweep(d, [parseVary('effects.frequency_uplift=0.1:0.2:0.1')]);
    expect(plan.variants[0]!.draft.effects.frequency_uplift).toEqual({ triangular: { min: expect.closeTo(0.06, 12), mode: expect.closeTo(0.09, 12), max: expect.closeTo(0.15, 12) } });
    const r = await sweepDraft(d, [parseVary('effects.frequency_uplift=0:0.2:0.1')], popOf(d), batchOpts(30));
    expect(r.how[0]).toMatch(/shifted so that its mean is each value/);
    const net = r.points.map((p) => p.netIncrementalProfit.mean!);
    expect(net[1]!).toBeGreaterThan(net[0]!);
    expect(net[2]!).toBeGreaterThan(net[1]!);
  });
});

describe('sweep input checks', () => {
  const d = discountOnly('{ frequency_uplift: 0.05 }');
  it('a bad path is a UserError listing the numeric paths', () => {
    try {
      planSweep(d, [parseVary('mechanics.points.earn_per_currency=0:1:0.5')]);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).hint).toMatch(/mechanics\.discount\.rate/);
      expect((err as UserError).hint).toMatch(/effects\.frequency_uplift/);
    }
  });
  it('a misspelt path gets a "did you mean"', () => {
    expect(() => planSweep(d, [parseVary('effects.frequncy_uplift=0:0.1:0.05')])).toThrow(
      expect.objectContaining({ hint: expect.stringMatching(/^did you mean effects\.frequency_uplift\?/) }),
    );
  });
  it('a range that leaves the valid values is a UserError, before any simulation', () => {
    expect(() => planSweep(d, [parseVary('mechanics.discount.rate=0.5:1:0.25')])).toThrow(/makes the draft invalid/);
    expect(() => planSweep(d, [parseVary('participation=0.5:1.5:0.5')])).toThrow(UserError);
  });
  it('malformed --vary specs and steps that never reach TO are refused', () => {
    expect(() => parseVary('effects.frequency_uplift')).toThrow(/PATH=/);
    expect(() => parseVary('effects.frequency_uplift=0:1')).toThrow(/FROM:TO:STEP/);
    expect(() => parseVary('effects.frequency_uplift=0:x:1')).toThrow(/not a number/);
    expect(() => gridValues({ path: 'p', from: 0, to: 1, step: -0.1 })).toThrow(UserError);
    expect(() => gridValues({ path: 'p', from: 0, to: 1, step: 0 })).toThrow(UserError);
    expect(gridValues({ path: 'p', from: 0.3, to: 0.1, step: -0.1 })).toEqual([0.3, 0.2, 0.1]);
  });
});

describe('frontier', () => {
  it('marks the cells next to a sign change', () => {
    const point = (m: number) => ({ values: [], roi: s(m), netIncrementalProfit: s(m), programCost: s(1), npv: s(m), roiPositive: 0 });
    const s = (m: number) => ({ mean: m, se: 0, p5: m, p50: m, p95: m });
    // 2 × 3 grid:  -1 -1  1
    //              -1  1  1
    const r = { axes: [[0, 1], [0, 1, 2]], points: [-1, -1, 1, -1, 1, 1].map(point) } as unknown as SweepResult;
    expect(frontier(r)).toEqual([false, true, true, true, true, false]);
  });
});
