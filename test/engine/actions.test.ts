/**
 * MODEL.md §14 (points for actions, early payment, partner-funded rewards)
 * against hand-computed cases, and the promise that a draft without §14's
 * fields keeps every figure main gave before it (bit-identical).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../../src/engine/metrics.js';
import { syntheticPopulation } from '../../src/engine/population.js';
import { simulate } from '../../src/engine/simulate.js';
import { T } from '../../src/engine/totals.js';
import type { Draft } from '../../src/draft/schema.js';
import { CUSTOMERS, draftFrom, oneRun } from './helpers.js';

const head = (H: number): string => `
name: test
currency: RUB
horizon_months: ${H}
gross_margin: 0.25
discount_rate_annual: 0.15
`;

const sum = (xs: ArrayLike<number>): number => Array.from(xs).reduce((a, b) => a + b, 0);

describe('§14 actions', () => {
  const actions = (probability: number) =>
    draftFrom(`${head(12)}${CUSTOMERS(1500)}
participation: 0.7
effects: { frequency_uplift: 0.05 }
mechanics:
  - type: actions
    list:
      - { name: Online order, monthly_probability: ${probability}, points: 50, value: 300 }
  - type: points
    earn_per_currency: 0.01
    point_value: 1
    redemption_rate: 0.7
`);

  it('an action taken every month: value = value × active member-months exactly, its points = points × member-months, in pointsIssued', () => {
    const { metrics, out } = oneRun(actions(1));
    const memberMonths = out.totals[T.memberMonthsFromJoin]!;
    expect(memberMonths).toBeGreaterThan(5000);
    expect(metrics.actionValue).toBe(300 * memberMonths);
    expect(metrics.actionPoints).toBe(50 * memberMonths);
    // action points are points: issued beside the purchase points, and costed like them (ρ·v·κ at issue)
    const purchasePoints = 0.01 * (out.totals[T.memberSpendFromJoin]! - metrics.discounts);
    expect(metrics.pointsIssued).toBeCloseTo(purchasePoints + metrics.actionPoints, 4);
    expect(metrics.pointsCost).toBeCloseTo(0.7 * metrics.pointsIssued, 4);
  });

  it('with probability p: value ≈ p × value × active member-months (within 4 binomial s.d.)', () => {
    const p = 0.3;
    const { metrics, out } = oneRun(actions(p));
    const memberMonths = out.totals[T.memberMonthsFromJoin]!;
    const expected = p * 300 * memberMonths;
    const sd = 300 * Math.sqrt(memberMonths * p * (1 - p));
    expect(Math.abs(metrics.actionValue - expected)).toBeLessThan(4 * sd);
    expect(metrics.actionPoints).toBe((metrics.actionValue / 300) * 50);
  });

  it('benefits are income lines in N, never negative costs: programCost has no action line, N adds the value, the month series sum to it', () => {
    const { metrics, out } = oneRun(actions(0.5));
    expect(metrics.actionValue).toBeGreaterThan(0);
    expect(metrics.programCost).toBe(metrics.pointsCost + metrics.fixedCosts);
    expect(metrics.netIncrementalProfit).toBeCloseTo(metrics.incrementalGrossProfit - metrics.programCost + metrics.actionValue, 4);
    expect(sum(out.monthlyExtraIncome)).toBeCloseTo(metrics.actionValue, 4);
  });
});

describe('§14 windfall', () => {
  it('action points reward actions, not purchases: with points only for actions the windfall is 0, under redemption_rate and under balances', () => {
    for (const redemption of ['redemption_rate: 0.7', 'redemption: { threshold: 200, monthly_propensity: 0.5 }']) {
      const draft = draftFrom(`${head(12)}${CUSTOMERS(1000)}
participation: 0.7
effects: { frequency_uplift: 0.1 }
mechanics:
  - type: actions
    list:
      - { name: Online order, monthly_probability: 0.5, points: 50, value: 300 }
  - type: points
    earn_per_currency: 0
    point_value: 1
    ${redemption}
`);
      const { metrics } = oneRun(draft);
      expect(metrics.pointsCost).toBeGreaterThan(0);
      expect(metrics.windfallCost).toBe(0);
      expect(metrics.incrementalCost).toBe(metrics.pointsCost);
    }
  });
});

describe('§14 early payment', () => {
  const early = (share: number, discount = 0.05) =>
    draftFrom(`${head(12)}${CUSTOMERS(3000)}
cost_of_capital_annual: 0.18
participation: 0.7
mechanics:
  - type: discount
    rate: ${discount}
  - type: actions
    early_payment: { share: ${share}, days: 20, points_per_currency: 0.005 }
  - type: points
    earn_per_currency: 0.01
    point_value: 1
    redemption_rate: 0.7
`);

  it('share 1: benefit = members\' net revenue × D/365 × r_a, points = points_per_currency × net revenue', () => {
    const { metrics, out } = oneRun(early(1));
    const net = out.totals[T.memberSpendFromJoin]! - metrics.discounts;
    expect(net).toBeGreaterThan(0);
    expect(metrics.earlyPaymentBenefit / (net * (20 / 365) * 0.18)).toBeCloseTo(1, 10);
    expect(metrics.actionPoints / (0.005 * net)).toBeCloseTo(1, 10);
    expect(metrics.netIncrementalProfit).toBeCloseTo(metrics.incrementalGrossProfit - metrics.programCost + metrics.earlyPaymentBenefit, 4);
    expect(sum(out.monthlyExtraIncome)).toBeCloseTo(metrics.earlyPaymentBenefit, 4);
  });

  it('share s: benefit ≈ revenue × D/365 × r_a × s over runs (paid early in a share s of the active months)', () => {
    const s = 0.3;
    const ratios: number[] = [];
    for (let run = 0; run < 8; run++) {
      const { metrics, out } = oneRun(early(s), 7, run);
      const net = out.totals[T.memberSpendFromJoin]! - metrics.discounts;
      ratios.push(metrics.earlyPaymentBenefit / (net * (20 / 365) * 0.18 * s));
    }
    const mean = sum(ratios) / ratios.length;
    const se = Math.sqrt(ratios.reduce((a, r) => a + (r - mean) ** 2, 0) / (ratios.length - 1) / ratios.length);
    expect(Math.abs(mean - 1)).toBeLessThan(Math.max(4 * se, 0.01));
    expect(Math.abs(mean - 1)).toBeLessThan(0.05);
  });

  it('r_a defaults to discount_rate_annual, as for payment terms', () => {
    const draft = draftFrom(`${head(12)}${CUSTOMERS(1000)}
participation: 0.7
mechanics:
  - type: actions
    early_payment: { share: 1, days: 30 }
`);
    const { metrics, out } = oneRun(draft);
    const net = out.totals[T.memberSpendFromJoin]!;
    expect(metrics.earlyPaymentBenefit / (net * (30 / 365) * 0.15)).toBeCloseTo(1, 10);
    expect(metrics.actionPoints).toBe(0);
    expect(metrics.programCost).toBe(metrics.fixedCosts);
  });
});

describe('§14 partner-funded points', () => {
  const points = (f: number, c: number, balances: boolean) =>
    draftFrom(`${head(18)}${CUSTOMERS(1500)}
participation: 0.7
effects: { frequency_uplift: 0.1 }
mechanics:
  - type: points
    earn_per_currency: 0.01
    point_value: 1
    reward_cost_ratio: 0.8
    expiry_months: 12
${balances ? '    redemption: { threshold: 500, monthly_propensity: 0.5 }' : '    redemption_rate: 0.7\n    redemption_lag_months: 2'}
${f !== 0 || c !== 0 ? `    partner_funded_share: ${f}\n    partner_fee_per_point: ${c}` : ''}
`);

  for (const balances of [false, true]) {
    it(`${balances ? 'balances (§10)' : 'redemption_rate (§4.5)'}: points cost and liability × (1 − f); partner funding = f × cost + c × redeemed; N gains exactly that`, () => {
      const alone = oneRun(points(0, 0, balances)).metrics;
      const shared = oneRun(points(0.4, 0.05, balances)).metrics;
      // the partners' fields draw nothing: the same customers, orders and points on the same seed
      expect(shared.pointsIssued).toBe(alone.pointsIssued);
      expect(shared.pointsRedeemed).toBe(alone.pointsRedeemed);
      expect(alone.pointsRedeemed).toBeGreaterThan(0);
      expect(shared.pointsCost / alone.pointsCost).toBeCloseTo(0.6, 10);
      expect(shared.pointsLiability / alone.pointsLiability).toBeCloseTo(0.6, 10);
      expect(shared.windfallCost / alone.windfallCost).toBeCloseTo(0.6, 10);
      const funding = 0.4 * alone.pointsCost + 0.05 * alone.pointsRedeemed;
      expect(shared.partnerFunding / funding).toBeCloseTo(1, 10);
      expect(shared.partnerFeeIncome / (0.05 * alone.pointsRedeemed)).toBeCloseTo(1, 10);
      // the f part is cost the program no longer books; the c part is income, not a negative cost
      expect(shared.programCost).toBeCloseTo(alone.programCost - 0.4 * alone.pointsCost, 4);
      expect(shared.netIncrementalProfit - alone.netIncrementalProfit).toBeCloseTo(funding, 4);
      expect(alone.partnerFunding).toBe(0);
      expect(alone.partnerFeeIncome).toBe(0);
    });
  }
});

describe('a draft without §14 stays bit-identical to main at c3dde01', () => {
  // Figures written by main at c3dde01 (before §14) for the bundled v1 scenarios at 1,500 customers,
  // seed 42, 6 runs: every metric main had, every month's net profit and the tier mix, to the last bit.
  const fixture = JSON.parse(readFileSync(new URL('./fixtures/v1-main-c3dde01.json', import.meta.url), 'utf8')) as {
    drafts: { file: string; yaml: string; runs: { metrics: Record<string, number | string>; monthlyNet: (number | string)[]; tierMix: number[] }[] }[];
  };
  const dec = (x: number | string): number => (typeof x === 'number' ? x : Number(x));

  for (const d of fixture.drafts) {
    it(d.file, async () => {
      const draft = draftFrom(d.yaml);
      const result = await simulate(draft, syntheticPopulation(draft.customers!.synthetic!), { seed: 42, runs: 6, sampling: 'lhs', workers: 1 });
      expect(result.runs).toHaveLength(d.runs.length);
      d.runs.forEach((want, j) => {
        const got = result.runs[j]!;
        for (const [key, value] of Object.entries(want.metrics)) expect([key, got.metrics[key as keyof typeof got.metrics]]).toEqual([key, dec(value)]);
        expect(Array.from(got.monthlyNet)).toEqual(want.monthlyNet.map(dec));
        expect(Array.from(got.tierMix)).toEqual(want.tierMix);
        // the new metrics are present and 0
        for (const key of ['actionPoints', 'actionValue', 'earlyPaymentBenefit', 'partnerFeeIncome', 'partnerFunding'] as const) expect(got.metrics[key]).toBe(0);
      });
    });
  }

  it('the fixture covers every metric main had', () => {
    const keys = Object.keys(fixture.drafts[0]!.runs[0]!.metrics);
    expect(keys.length).toBe(METRIC_KEYS.length - 5);
  });
});
