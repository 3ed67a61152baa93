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
});
