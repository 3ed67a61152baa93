import { describe, expect, it } from 'vitest';
import { lintDraft, MAX_RULES } from '../../src/draft/lint.js';
import { draftSchema, type Draft } from '../../src/draft/schema.js';

const draft = (over: Record<string, unknown> = {}): Draft =>
  draftSchema.parse({ name: 'T', currency: 'RUB', horizon_months: 12, gross_margin: 0.25, costs: { monthly: 1000 }, ...over });
const lint = (over: Record<string, unknown> = {}) => lintDraft(draft(over)).map((i) => i.path.join('.'));
const points = (over: Record<string, unknown> = {}) => ({ type: 'points', earn_per_currency: 0.01, point_value: 1, redemption_rate: 0.7, ...over });

describe('lintDraft', () => {
  it('is silent on a plain draft with running costs, and every warning has a hint', () => {
    expect(lint()).toEqual([]);
    const all = lintDraft(
      draft({
        roi_basis: 'revenue',
        costs: {},
        mechanics: [points({ expiry_months: 3, reward: { form: 'cash', recipient: 'employee' } })],
      }),
    );
    expect(all).toHaveLength(4);
    for (const w of all) {
      expect(w.severity).toBe('warning');
      expect(w.hint).toMatch(/\w/);
    }
  });

  it('counts mechanics, levels and brackets against MAX_RULES', () => {
    const levels = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `L${i}`, min_spend: i * 1000 }));
    const mech = (n: number) => [{ type: 'discount', rate: 0.01 }, { type: 'tiers', levels: levels(n) }];
    expect(lint({ mechanics: mech(MAX_RULES - 2) })).toEqual([]);
    expect(lint({ mechanics: mech(MAX_RULES - 1) })).toEqual(['mechanics']);
  });

  it('warns on points expiring in under 6 months, not at 6', () => {
    expect(lint({ mechanics: [points({ redemption_lag_months: 0, expiry_months: 5 })] })).toEqual(['mechanics.0.expiry_months']);
    expect(lint({ mechanics: [points({ redemption_lag_months: 0, expiry_months: 6 })] })).toEqual([]);
  });

  it('warns when the top level total discount reaches the gross margin, by typical values', () => {
    const mech = (top: unknown) => [
      { type: 'discount', rate: { pert: { min: 0.05, mode: 0.1, max: 0.3 } } },
      { type: 'tiers', levels: [{ name: 'A', min_spend: 0 }, { name: 'Top', min_spend: 100, discount: top }] },
    ];
    expect(lint({ mechanics: mech(0.14) })).toEqual([]);
    expect(lint({ mechanics: mech(0.15) })).toEqual(['mechanics.1.levels.1.discount']);
    const [w] = lintDraft(draft({ mechanics: mech(0.2) }));
    expect(w?.message).toBe(
      'the top level (Top) gets 30% off list price (10% discount + 20% level discount), at or above the 25% gross margin: every sale to it loses money',
    );
    // a level with no discount of its own: the discount mechanic is what to change
    expect(lint({ gross_margin: 0.1, mechanics: mech(0) })).toEqual(['mechanics.0.rate']);
    expect(lint({ gross_margin: 0.05, mechanics: [{ type: 'discount', rate: 0.05 }] })).toEqual(['mechanics.0.rate']);
  });

  it('warns on rewards to client employees, naming cash', () => {
    const [cash] = lintDraft(draft({ mechanics: [points({ reward: { form: 'cash', recipient: 'employee' } })] }));
    expect(cash?.path).toEqual(['mechanics', 0, 'reward']);
    expect(cash?.message).toMatch(/cash to client employees/);
    const rebate = { type: 'rebate', brackets: [{ min_spend: 0, rate: 0.01 }], reward: { form: 'goods', recipient: 'employee' } };
    expect(lintDraft(draft({ mechanics: [rebate] }))[0]?.message).toMatch(/\(goods\) go to client employees/);
    expect(lint({ mechanics: [points({ reward: { form: 'cash', recipient: 'company' } })] })).toEqual([]);
  });

  it('warns on discretionary tier qualification', () => {
    const tiers = { type: 'tiers', qualification: 'discretionary', levels: [{ name: 'A', min_spend: 0 }] };
    expect(lint({ mechanics: [tiers] })).toEqual(['mechanics.0.qualification']);
  });

  it('warns when neither monthly nor per-member running costs are budgeted', () => {
    expect(lint({ costs: { launch: 100 } })).toEqual(['costs.monthly']);
    expect(lint({ costs: { per_member_monthly: 5 } })).toEqual([]);
    expect(lint({ costs: { monthly: { uniform: { min: 0, max: 10 } } } })).toEqual([]);
  });

  it('warns that a revenue ROI overstates the return', () => {
    expect(lint({ roi_basis: 'revenue' })).toEqual(['roi_basis']);
  });

  it('warns when a rebate push mostly moves orders in time (pull_forward from 0.8, with a push)', () => {
    const rebate = (over: Record<string, unknown>) => ({ type: 'rebate', brackets: [{ min_spend: 1000, rate: 0.02 }], ...over });
    expect(lint({ mechanics: [rebate({ push: 0.3, pull_forward: 0.8 })] })).toEqual(['mechanics.0.pull_forward']);
    expect(lint({ mechanics: [rebate({ push: 0.3, pull_forward: { uniform: { min: 0.7, max: 0.9 } } })] })).toEqual(['mechanics.0.pull_forward']);
    expect(lint({ mechanics: [rebate({ push: 0.3, pull_forward: 0.79 })] })).toEqual([]);
    // no push: nothing is pulled forward
    expect(lint({ mechanics: [rebate({ pull_forward: 1 })] })).toEqual([]);
    // tiers push the same way, but the warning is about a bonus bought by loading
    expect(lint({ mechanics: [{ type: 'tiers', levels: [{ name: 'A', min_spend: 0 }], push: 0.3, pull_forward: 1 }] })).toEqual([]);
  });

  it('warns when the median member cannot reach the redemption threshold before points expire', () => {
    // order value nearly fixed at p·γ/q = 5 × 20 = 100 (q, γ large), λ ~ Gamma(2, 4) with median 0.419588:
    // the median customer spends 41.9588 a month, earns 0.419588 points at 0.01 and holds at most
    // 12 months of them, 5.035 points, before the oldest lots expire
    const customers = {
      synthetic: {
        count: 100,
        orders_per_month: { gamma: { shape: 2, rate: 4 } },
        dropout_per_order: { beta: { a: 1, b: 10 } },
        order_value: { gamma_gamma: { p: 5, q: 1e4, gamma: 1e4 * 20 } },
      },
    };
    const redeeming = (threshold: number) =>
      points({ redemption_rate: undefined, expiry_months: 12, redemption: { threshold, monthly_propensity: 0.5 } });
    expect(lint({ customers, mechanics: [redeeming(5)] })).toEqual([]);
    expect(lint({ customers, mechanics: [redeeming(5.1)] })).toEqual(['mechanics.0.redemption.threshold']);
    const [w] = lintDraft(draft({ customers, mechanics: [redeeming(10)] }));
    expect(w?.message).toMatch(/needs 24 months to reach the 10-point threshold, but points expire after 12/);
    expect(w?.hint).toMatch(/at most 5 points/);
    // a 10 % discount cuts the net revenue points are earned on: 4.53 points in 12 months
    expect(lint({ customers, mechanics: [{ type: 'discount', rate: 0.1 }, redeeming(4.6)] })).toEqual(['mechanics.1.redemption.threshold']);
    // offered to the top half only, the median member is the 75th percentile customer
    expect(lint({ customers, enrolment: { eligible_top_share: 0.5 }, mechanics: [redeeming(6)] })).toEqual([]);
    // no synthetic customers (a history at run time): nothing to judge by
    expect(lint({ mechanics: [redeeming(1e9)] })).toEqual([]);
  });

  it('warns when members pay a fee for no costed benefit', () => {
    const fee = { type: 'fee', monthly: 3000 };
    expect(lint({ mechanics: [fee] })).toEqual(['mechanics.0']);
    const club = { type: 'tiers', levels: [{ name: 'Member', min_spend: 0, benefit_cost_per_month: 800 }] };
    expect(lint({ mechanics: [fee, club] })).toEqual([]);
    expect(lint({ mechanics: [{ type: 'discount', rate: 0.02 }] })).toEqual([]);
  });
});
