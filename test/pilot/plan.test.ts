import { describe, expect, it } from 'vitest';
import type { CustomerDays } from '../../src/pilot/periods.js';
import { detectableDelta, planPilot, sampleSize, zFactor } from '../../src/pilot/plan.js';

const D = 20_000; // the history's last day
const customer = (id: string, days: number[]): CustomerDays => ({ id, days: Int32Array.from(days), net: Float64Array.from(days, () => 100), purchase: new Uint8Array(days.length).fill(1) });

/**
 * 100 customers, all with a first purchase at D − 80. A one-month pilot is
 * round(365.25/12) = 30 days: the window is [D − 29, D], the covariate window
 * [D − 59, D − 30]. Orders (x in the covariate window, y in the window):
 *   40 × (2, 2), 40 × (0, 0), 10 × (2, 0), 10 × (0, 2).
 */
function handWorked(): CustomerDays[] {
  const cs: CustomerDays[] = [];
  const add = (count: number, x: number, y: number) => {
    for (let i = 0; i < count; i++) {
      cs.push(customer(`c${cs.length}`, [D - 80, ...(x ? [D - 50, D - 45] : []), ...(y ? [D - 20, D - 10] : [])]));
    }
  };
  add(40, 2, 2);
  add(40, 0, 0);
  add(10, 2, 0);
  add(10, 0, 2);
  return cs;
}

describe('planPilot', () => {
  it('matches the textbook two-sample formula on a hand-worked case', () => {
    // y: mean 1, every customer 1 away from it → sample variance 100/99 = 1.010101.
    // Δ = 10 % × 1 = 0.1; z_0.975 = 1.959964, z_0.8 = 0.841621, (sum)² = 2.801585² = 7.848880.
    // n = 2 × 7.848880 × 1.010101 / 0.1² = 1585.63 → 1586 per group.
    // CUPED: cov(x, y) = (40 + 40 − 10 − 10)/99, var x = 100/99 → ρ = 0.6, ρ² = 0.36;
    // n = 1585.63 × (1 − 0.36) = 1014.80 → 1015 per group.
    const p = planPilot(handWorked(), { firstDay: D - 100, lastDay: D }, { metric: 'orders', months: 1, mde: 0.1, alpha: 0.05, power: 0.8 });
    expect(zFactor(0.05, 0.8)).toBeCloseTo(7.84888, 5);
    expect(p.baselineMean).toBe(1);
    expect(p.baselineSd).toBeCloseTo(Math.sqrt(100 / 99), 12);
    expect(p.correlation).toBeCloseTo(0.6, 12);
    expect(p.varianceReduction).toBeCloseTo(0.36, 12);
    expect(p.perGroup).toBe(1586);
    expect(p.perGroupCuped).toBe(1015);
    expect(p.customers).toBe(100);
    expect(p.window).toEqual({ from: D - 29, to: D });
    expect(p.covariateWindow).toEqual({ from: D - 59, to: D - 30 });
  });

  it('with --group-size gives the effect that size detects, the inverse of the sample size', () => {
    const base = { metric: 'orders' as const, months: 1, mde: 0.1, alpha: 0.05, power: 0.8 };
    const at = (n: number) => planPilot(handWorked(), { firstDay: D - 100, lastDay: D }, { ...base, groupSize: n });
    expect(at(1586).mde).toBeLessThanOrEqual(0.1);
    expect(at(1585).mde).toBeGreaterThan(0.1);
    expect(at(1015).mdeCuped).toBeLessThanOrEqual(0.1);
    expect(at(1014).mdeCuped).toBeGreaterThan(0.1);
    // the detectable effect halves when the group size quadruples
    expect(at(400).mde / at(1600).mde).toBeCloseTo(2, 12);
  });

  it('sampleSize and detectableDelta are inverse', () => {
    const n = sampleSize(4, 0.5, 0.05, 0.9);
    expect(detectableDelta(4, n, 0.05, 0.9)).toBeLessThanOrEqual(0.5);
    expect(detectableDelta(4, n - 1, 0.05, 0.9)).toBeGreaterThan(0.5);
  });

  it('measures revenue and activity too, and has no CUPED without a full previous window', () => {
    const cs = handWorked();
    const rev = planPilot(cs, { firstDay: D - 100, lastDay: D }, { metric: 'revenue', months: 1, mde: 0.1, alpha: 0.05, power: 0.8 });
    expect(rev.baselineMean).toBe(100); // 2 purchase days of 100 for half the customers
    const active = planPilot(cs, { firstDay: D - 100, lastDay: D }, { metric: 'active', months: 1, mde: 0.1, alpha: 0.05, power: 0.8 });
    expect(active.baselineMean).toBe(0.5);
    const short = planPilot(cs, { firstDay: D - 40, lastDay: D }, { metric: 'orders', months: 1, mde: 0.1, alpha: 0.05, power: 0.8 });
    expect(short.covariateWindow).toBeNull();
    expect(short.perGroupCuped).toBe(short.perGroup);
  });

  it('applies the eligibility filters and refuses a history shorter than the pilot', () => {
    const cs = [...handWorked(), customer('big', [D - 300, D - 5])];
    cs[cs.length - 1] = { ...cs[cs.length - 1]!, net: Float64Array.from([1e6, 10]) };
    const o = { metric: 'orders' as const, months: 1, mde: 0.1, alpha: 0.05, power: 0.8 };
    // judged as of D − 30: customers with x = 2 spent 300 in the year and last bought at D − 45; the others 100 at D − 80
    expect(planPilot(cs, { firstDay: D - 400, lastDay: D }, { ...o, eligibility: { minRevenue: 150 } }).customers).toBe(51);
    expect(planPilot(cs, { firstDay: D - 400, lastDay: D }, { ...o, eligibility: { activeWithinDays: 20 } }).customers).toBe(50);
    expect(() => planPilot(cs, { firstDay: D - 400, lastDay: D }, { ...o, eligibility: { minRevenue: 1000 } })).toThrow(/only 1 eligible/);
    expect(() => planPilot(handWorked(), { firstDay: D - 20, lastDay: D }, { metric: 'orders', months: 1, mde: 0.1, alpha: 0.05, power: 0.8 })).toThrow(/not longer than one pilot window/);
  });
});
