import { describe, expect, it } from 'vitest';
import { solveBreakeven } from '../../src/decide/breakeven.js';
import { meanAndSe } from '../../src/engine/standard-error.js';
import { variant } from '../../src/decide/variant.js';
import { simulate } from '../../src/engine/simulate.js';
import { metricValues } from '../../src/engine/summary.js';
import { UserError } from '../../src/errors.js';
import { batchOpts, popOf, smallDraft } from './helpers.js';

const draft = smallDraft(`
participation: { uniform: { min: 0.5, max: 0.8 } }
effects: { frequency_uplift: 0.05, check_uplift: 0.01 }
mechanics:
  - type: discount
    rate: 0.04
costs: { launch: 50000, monthly: 5000, per_member_monthly: 1 }
`);

describe('solveBreakeven', () => {
  it('on effects.frequency_uplift: a separate simulate at the value shows mean net profit within 2 s.e. of zero', async () => {
    const opts = batchOpts(50, 5);
    const r = await solveBreakeven(draft, 'effects.frequency_uplift', popOf(draft), opts);
    expect(r.value).not.toBeNull();
    expect(r.value!).toBeGreaterThan(0.05); // the draft as written loses money; it needs more uplift
    expect(r.bracket[0]).toBeLessThanOrEqual(r.value!);
    expect(r.bracket[1]).toBeGreaterThanOrEqual(r.value!);
    expect(r.se!).toBeGreaterThan(0);
    const check = await simulate(variant(draft, 'effects.frequency_uplift', r.value!), popOf(draft), { seed: 5, runs: 50, sampling: 'lhs', workers: 1 });
    const { mean, se } = meanAndSe(metricValues(check, 'netIncrementalProfit'), check.errorDesign);
    expect(Math.abs(mean)).toBeLessThan(2 * se);
    expect(r.current.mean).toBeLessThan(0);
  });

  it('says there is no break-even value when the whole valid range loses money', async () => {
    // even with no launch cost the program loses money
    const r = await solveBreakeven(draft, 'costs.launch', popOf(draft), batchOpts(20));
    expect(r.value).toBeNull();
    expect(r.se).toBeNull();
    expect(r.sign).toBe('negative');
    expect(r.searched[0]).toBe(0);
  });

  it('solves a money field on an expanding bracket (monthly cost a profitable draft can bear)', async () => {
    const good = variant(draft, 'effects.frequency_uplift', 0.2);
    const r = await solveBreakeven(good, 'costs.monthly', popOf(good), batchOpts(20));
    expect(r.value).not.toBeNull();
    expect(r.value!).toBeGreaterThan(5000);
    // every evaluation uses the same customers: the mean falls linearly in the monthly cost (24 months each)
    const [e0, e1] = r.evaluations;
    expect((e1!.mean - e0!.mean) / (e1!.value - e0!.value)).toBeCloseTo(-24, 6);
  });

  it('refuses whole-number fields and unknown paths', async () => {
    await expect(solveBreakeven(draft, 'horizon_months', popOf(draft), batchOpts(5))).rejects.toThrow(/whole numbers/);
    await expect(solveBreakeven(draft, 'effects.nope', popOf(draft), batchOpts(5))).rejects.toThrow(UserError);
  });
});
