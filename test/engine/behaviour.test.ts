/**
 * MODEL.md §8–11 (who joins and when, effects over time, balances, push,
 * fee, referral, payment terms) against closed forms and the §12 readings.
 * Populations are small and runs few: each test states the closed form it
 * checks and how much noise it allows.
 */
import { describe, expect, it } from 'vitest';
import { syntheticPopulation } from '../../src/engine/population.js';
import { simulate } from '../../src/engine/simulate.js';
import { summarizeSimulation } from '../../src/engine/summary.js';
import { T } from '../../src/engine/totals.js';
import type { Draft } from '../../src/draft/schema.js';
import { CUSTOMERS, draftFrom, oneRun, STAYERS } from './helpers.js';

const head = (H: number): string => `
name: test
currency: RUB
horizon_months: ${H}
gross_margin: 0.25
discount_rate_annual: 0.15
`;

/** Mean and standard error of a per-run quantity over runs 0..runs−1. */
function overRuns(draft: Draft, runs: number, f: (r: ReturnType<typeof oneRun>) => number): { mean: number; se: number } {
  const xs: number[] = [];
  for (let k = 0; k < runs; k++) xs.push(f(oneRun(draft, 7, k)));
  const mean = xs.reduce((a, b) => a + b, 0) / runs;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (runs - 1));
  return { mean, se: sd / Math.sqrt(runs) };
}

describe('§9 effects over time', () => {
  it('a ramp with wear-off adds Σ λ·f·g(s) extra orders on a population that never leaves', () => {
    // λ ≈ 1 for everyone (Gamma(10⁴, 10⁴)); g(s) = min(1, s/R)·(L + (1 − L)·2^(−max(0, s − R)/HL)).
    const H = 18, N = 1500, f = 0.3, R = 4, HL = 5, L = 0.4;
    const draft = draftFrom(`${head(H)}${STAYERS(N, '{ shape: 10000, rate: 10000 }')}
participation: 1
effects: { frequency_uplift: ${f}, ramp_months: ${R}, half_life_months: ${HL}, long_run_share: ${L} }
`);
    let sumG = 0;
    for (let s = 1; s <= H; s++) sumG += Math.min(1, s / R) * (L + (1 - L) * Math.pow(2, -Math.max(0, s - R) / HL));
    const expected = N * 1 * f * sumG;
    const extra = overRuns(draft, 6, (r) => r.metrics.ordersProgram - r.metrics.ordersBaseline);
    expect(Math.abs(extra.mean - expected)).toBeLessThan(4 * extra.se + 0.002 * expected);
    // teeth: the same effect at full size from month 1 gives clearly more
    expect(N * f * H - expected).toBeGreaterThan(20 * extra.se);
  });

  it('reward elasticity 0 changes nothing; elasticity 1 scales the effects linearly with the reward rate', () => {
    const body = (effects: string): Draft =>
      draftFrom(`${head(12)}${CUSTOMERS(800)}
participation: 0.6
effects: { ${effects} }
mechanics:
  - type: discount
    rate: 0.06
`);
    const plain = oneRun(body('frequency_uplift: 0.1, check_uplift: 0.05, churn_reduction: 0.2'));
    const zero = oneRun(body('frequency_uplift: 0.1, check_uplift: 0.05, churn_reduction: 0.2, reference_reward_rate: 0.02, reward_elasticity: 0'));
    expect(Array.from(zero.out.totals)).toEqual(Array.from(plain.out.totals));
    // reward 0.06 against a reference 0.03, β = 1: the effects are exactly doubled
    const doubled = oneRun(body('frequency_uplift: 0.1, check_uplift: 0.05, churn_reduction: 0.2, reference_reward_rate: 0.03, reward_elasticity: 1'));
    const twice = oneRun(body('frequency_uplift: 0.2, check_uplift: 0.1, churn_reduction: 0.4'));
    expect(Array.from(doubled.out.totals)).toEqual(Array.from(twice.out.totals));
    expect(doubled.metrics.incrementalGrossProfit).toBeGreaterThan(plain.metrics.incrementalGrossProfit);
  });
});

describe('§9 effects by spend tercile', () => {
  it('the tercile weights partition the customers: light-only + medium-only + heavy-only extra orders = all-weights extra orders', () => {
    const weights = (light: number, medium: number, heavy: number): ReturnType<typeof oneRun> =>
      oneRun(
        draftFrom(`${head(12)}${CUSTOMERS(900)}
participation: 0.6
effects: { frequency_uplift: 0.2, by_spend: { light: ${light}, medium: ${medium}, heavy: ${heavy} } }
`),
      );
    const extra = (r: ReturnType<typeof oneRun>) => r.metrics.ordersProgram - r.metrics.ordersBaseline;
    const light = weights(1, 0, 0), medium = weights(0, 1, 0), heavy = weights(0, 0, 1), all = weights(1, 1, 1);
    expect(extra(light) + extra(medium) + extra(heavy)).toBe(extra(all));
    expect(extra(light)).toBeGreaterThan(0);
    // the same relative uplift moves more money among heavy buyers: the terciles are by spend
    expect(heavy.metrics.incrementalGrossProfit).toBeGreaterThan(3 * light.metrics.incrementalGrossProfit);
    expect(weights(0, 0, 0).metrics.incrementalGrossProfit).toBe(0);
  });
});

describe('the hybrid scenario with a ramp', () => {
  it('no longer pays back in month 1', async () => {
    const { loadDraft } = await import('../../src/draft/load.js');
    const { draft } = await loadDraft(new URL('../../scenarios/wholesale-hybrid.yaml', import.meta.url).pathname);
    const payback = async (d: Draft) =>
      summarizeSimulation(await simulate(d, syntheticPopulation(d.customers!.synthetic!), { seed: 3, runs: 12, sampling: 'lhs', workers: 1 })).metrics.paybackMonth.p50;
    const before = (await payback(draft))!;
    const ramped = (await payback({ ...draft, effects: { ...draft.effects, ramp_months: 6 } } as Draft))!;
    expect(ramped).toBeGreaterThan(2);
    expect(ramped).toBeGreaterThan(before);
  }, 60000);
});

describe('§8 who joins and when', () => {
  it('eligible share and join months give the expected member-months', () => {
    // n_e = round(0.3·2000) = 600 eligible, half decide to join, J uniform on 1..6: E[months from J] = 12 − 3.5 + 1.
    const draft = draftFrom(`${head(12)}${STAYERS(2000)}
participation: 0.5
enrolment: { eligible_top_share: 0.3, months: 6 }
effects: { frequency_uplift: 0.1 }
`);
    const memberMonths = overRuns(draft, 8, (r) => r.out.totals[T.memberMonthsFromJoin]!);
    const expected = 600 * 0.5 * 9.5;
    expect(Math.abs(memberMonths.mean - expected)).toBeLessThan(4 * memberMonths.se + 0.01 * expected);
    const members = overRuns(draft, 8, (r) => r.metrics.members);
    expect(Math.abs(members.mean - 300)).toBeLessThan(4 * members.se + 3);
    // members by month sum to the member-months
    const one = oneRun(draft);
    expect(one.out.monthlyMembers.reduce((a, b) => a + b, 0)).toBe(one.out.totals[T.memberMonthsFromJoin]!);
    expect(one.out.monthlyMembers[0]!).toBeLessThan(one.out.monthlyMembers[6]!);
    // a key-account program: members are the heavy buyers, so the observed gap is large even with no selection
    expect(one.metrics.observedMemberGap).toBeGreaterThan(1);
  });

  it('selection 0: the observed member gap equals the causal uplift within noise; selection 0.6: clearly larger', () => {
    const draft = (rho: number): Draft =>
      draftFrom(`${head(12)}${CUSTOMERS(3000)}
participation: 0.4
enrolment: { selection: ${rho} }
effects: { frequency_uplift: 0.15, check_uplift: 0.05 }
`);
    const gap0 = overRuns(draft(0), 8, (r) => r.metrics.observedMemberGap - r.metrics.causalMemberUplift);
    expect(Math.abs(gap0.mean)).toBeLessThan(4 * gap0.se + 0.02);
    const causal = overRuns(draft(0), 4, (r) => r.metrics.causalMemberUplift).mean;
    expect(causal).toBeGreaterThan(0.15);
    const gap6 = overRuns(draft(0.6), 4, (r) => r.metrics.observedMemberGap - r.metrics.causalMemberUplift);
    expect(gap6.mean).toBeGreaterThan(0.5);
    // the expected share joining stays `participation` (§8)
    const joined = overRuns(draft(0.6), 4, (r) => r.metrics.members / 3000);
    expect(Math.abs(joined.mean - 0.4)).toBeLessThan(4 * joined.se + 0.01);
  });

  it('warm start places tier members at the level their spend earns from month 1', () => {
    const tiers = (warm: boolean): Draft =>
      draftFrom(`${head(6)}${STAYERS(1000, '{ shape: 0.8, rate: 2.0 }', warm)}
participation: 1
mechanics:
  - type: tiers
    review: quarterly
    levels:
      - { name: Base, min_spend: 0 }
      - { name: Gold, min_spend: 60000, discount: 0.05 }
`);
    const cold = oneRun(tiers(false));
    const warm = oneRun(tiers(true));
    // cold: nobody reaches Gold before the month-4 review; warm: the heavy buyers are Gold at once
    expect(cold.metrics.discounts).toBeLessThan(warm.metrics.discounts);
    expect(warm.out.tierMix[1]!).toBeGreaterThan(0);
  });
});

describe('§10 balances and push', () => {
  const points = (redemption: string, expiry = 24, H = 12): Draft =>
    draftFrom(`${head(H)}${STAYERS(600)}
participation: 1
effects: { frequency_uplift: 0.1 }
mechanics:
  - type: points
    earn_per_currency: 0.01
    point_value: 1
    expiry_months: ${expiry}
    reward_cost_ratio: 0.7
    redemption: ${redemption}
`);

  it('threshold 1 with propensity 1 redeems everything (share 1)', () => {
    const { metrics, out } = oneRun(points('{ threshold: 1, monthly_propensity: 1 }'));
    expect(metrics.effectiveRedemptionShare).toBe(1);
    expect(metrics.pointsExpired).toBe(0);
    expect(metrics.pointsForfeited).toBe(0);
    // what is not redeemed is the last fraction of a point per member
    expect(metrics.pointsIssued - metrics.pointsRedeemed - metrics.pointsOutstanding).toBeCloseTo(0, 4);
    expect(metrics.pointsOutstanding).toBeLessThan(600);
    expect(metrics.pointsCost).toBeCloseTo(0.7 * (metrics.pointsRedeemed + metrics.pointsOutstanding), 4);
    expect(out.monthlyRedeemed.reduce((a, b) => a + b, 0)).toBeCloseTo(metrics.pointsRedeemed, 4);
  });

  it('expiry 1 with an unreachable threshold expires everything but the last month\'s lot', () => {
    const { metrics } = oneRun(points('{ threshold: 1000000000, monthly_propensity: 1 }', 1));
    expect(metrics.pointsRedeemed).toBe(0);
    expect(metrics.effectiveRedemptionShare).toBe(0);
    expect(metrics.pointsCost).toBe(0);
    expect(metrics.pointsExpired + metrics.pointsOutstanding).toBeCloseTo(metrics.pointsIssued, 4);
    expect(metrics.pointsExpired).toBeGreaterThan(0.8 * metrics.pointsIssued);
  });

  it('without expiry_months no lot ever expires: on stayers with an unreachable threshold everything issued is outstanding at H', () => {
    const unreachable = '{ threshold: 1000000000, monthly_propensity: 1 }';
    const noExpiry = draftFrom(`${head(36)}${STAYERS(400)}
participation: 1
mechanics:
  - type: points
    earn_per_currency: 0.01
    point_value: 2
    reward_cost_ratio: 0.5
    redemption: ${unreachable}
`);
    const { metrics } = oneRun(noExpiry);
    expect(metrics.pointsIssued).toBeGreaterThan(0);
    expect(metrics.pointsExpired).toBe(0);
    expect(metrics.pointsForfeited).toBe(0);
    expect(metrics.pointsRedeemed).toBe(0);
    expect(metrics.pointsOutstanding).toBeCloseTo(metrics.pointsIssued, 6);
    // nothing left the balances: ρ̂ = 1, so cost v·κ·O = 2·0.5·issued and liability v·O = 2·issued
    expect(metrics.effectiveRedemptionShare).toBe(1);
    expect(metrics.pointsCost).toBeCloseTo(2 * 0.5 * metrics.pointsIssued, 6);
    expect(metrics.pointsLiability).toBeCloseTo(2 * metrics.pointsIssued, 6);
    expect(metrics.pointsBreakage).toBeCloseTo(0, 6);
  });

  it('expiry_months 24 over 36 months expires exactly the lots of months 1–12 (what a 12-month run issues)', () => {
    const unreachable = '{ threshold: 1000000000, monthly_propensity: 1 }';
    const expiring = oneRun(points(unreachable, 24, 36)).metrics;
    const firstYear = oneRun(points(unreachable, 24, 12)).metrics;
    // the same customers and the same stream B, month for month: months 1–12 issue the same points
    expect(expiring.pointsForfeited).toBe(0);
    expect(expiring.pointsExpired).toBeCloseTo(firstYear.pointsIssued, 6);
    expect(expiring.pointsOutstanding).toBeCloseTo(expiring.pointsIssued - firstYear.pointsIssued, 6);
    // ρ̂ = 0: the points still held cost nothing
    expect(expiring.effectiveRedemptionShare).toBe(0);
    expect(expiring.pointsCost).toBe(0);
  });

  it('the horizon accrual of points still held splits into windfall and incremental: check uplift 1 makes every member\'s twin share exactly ½', () => {
    // kP = kB and S_P = 2·S_B in every month: min(1, twin ÷ member) = ½ for discounts, redemptions and the accrual alike
    const draft = draftFrom(`${head(12)}${CUSTOMERS(600)}
participation: 1
effects: { check_uplift: 1 }
mechanics:
  - type: points
    earn_per_currency: 0.01
    point_value: 1
    reward_cost_ratio: 0.7
    redemption: { threshold: 300, monthly_propensity: 0.3 }
`);
    const { metrics } = oneRun(draft);
    expect(metrics.pointsRedeemed).toBeGreaterThan(0);
    expect(metrics.pointsOutstanding).toBeGreaterThan(0);
    const accrual = 0.7 * metrics.effectiveRedemptionShare * metrics.pointsOutstanding;
    expect(accrual).toBeGreaterThan(0.1 * metrics.pointsCost);
    expect(metrics.windfallCost).toBeCloseTo(0.5 * metrics.pointsCost, 6);
    expect(metrics.incrementalCost).toBeCloseTo(0.5 * metrics.pointsCost, 6);
  });

  it('members who drop out forfeit their balances, and ρ̂ books the outstanding at the horizon', () => {
    const draft = draftFrom(`${head(12)}${CUSTOMERS(800)}
participation: 1
mechanics:
  - type: points
    earn_per_currency: 0.01
    point_value: 1
    reward_cost_ratio: 0.7
    redemption: { threshold: 500, monthly_propensity: 0.5 }
`);
    const { metrics } = oneRun(draft);
    expect(metrics.pointsForfeited).toBeGreaterThan(0);
    const share = metrics.pointsRedeemed / (metrics.pointsRedeemed + metrics.pointsExpired + metrics.pointsForfeited);
    expect(metrics.effectiveRedemptionShare).toBeCloseTo(share, 12);
    expect(metrics.pointsLiability).toBeCloseTo(share * metrics.pointsOutstanding, 6);
    expect(metrics.pointsBreakage).toBeCloseTo(metrics.pointsIssued - metrics.pointsRedeemed - share * metrics.pointsOutstanding, 4);
  });

  it('goal-gradient pressure raises members\' orders, and tier push falls in the months before a review', () => {
    const withPressure = oneRun(points('{ threshold: 2000, monthly_propensity: 0.5, pressure: 0.5 }'));
    const without = oneRun(points('{ threshold: 2000, monthly_propensity: 0.5 }'));
    expect(withPressure.metrics.ordersProgram).toBeGreaterThan(without.metrics.ordersProgram);
    const tiers = oneRun(
      draftFrom(`${head(12)}${STAYERS(800)}
participation: 1
mechanics:
  - type: tiers
    review: quarterly
    push: 0.5
    reach: 0.5
    levels:
      - { name: Base, min_spend: 0 }
      - { name: Gold, min_spend: 40000 }
`),
    );
    expect(tiers.metrics.pushedOrders).toBeGreaterThan(0);
    tiers.out.monthlyPushed.forEach((x, m) => {
      const t = m + 1; // pushes in months 3, 6, 9 (month 12 is the horizon: no review after it)
      if (t % 3 !== 0 || t === 12) expect(x).toBe(0);
    });
  });

  it('pull_forward 1 leaves expected orders over a pushed month and the next unchanged while the rebate cost rises', () => {
    // Quarterly periods over 13 months: pushes in months 3, 6, 9, 12, each followed by its pulled month.
    const rebate = (push: number, pull: number): Draft =>
      draftFrom(`${head(13)}${STAYERS(1500)}
participation: 1
mechanics:
  - type: rebate
    period: quarter
    brackets: [ { min_spend: 30000, rate: 0.02 }, { min_spend: 90000, rate: 0.04 } ]
    push: ${push}
    reach: 0.9
    pull_forward: ${pull}
`);
    const moved = overRuns(rebate(0.5, 1), 8, (r) => r.metrics.ordersProgram - r.metrics.ordersBaseline);
    expect(Math.abs(moved.mean)).toBeLessThan(4 * moved.se + 1);
    const pushedOnly = overRuns(rebate(0.5, 0), 8, (r) => r.metrics.ordersProgram - r.metrics.ordersBaseline);
    expect(pushedOnly.mean).toBeGreaterThan(20 * moved.se + 50);
    const none = oneRun(rebate(0, 0));
    const loaded = oneRun(rebate(0.5, 1));
    expect(loaded.metrics.rebates).toBeGreaterThan(none.metrics.rebates);
    expect(loaded.metrics.pushedOrders).toBeGreaterThan(0);
    expect(loaded.out.monthlyPushed.reduce((a, b) => a + b, 0)).toBe(loaded.metrics.pushedOrders);
    expect(loaded.out.monthlyPushed[0]).toBe(0);
  });
});

describe('§11 fee, payment terms, referral', () => {
  it('fee income = monthly fee × member-months, plus the yearly fee × anniversaries reached; in N, not in cost', () => {
    // Joins over months 1..6 and a 24-month horizon: every member reaches membership months 1 and 13.
    const draft = draftFrom(`${head(24)}${STAYERS(800)}
participation: 0.5
enrolment: { months: 6 }
mechanics:
  - type: fee
    monthly: 100
    yearly: 1000
`);
    const { metrics, out } = oneRun(draft);
    const memberMonths = out.totals[T.memberMonthsFromJoin]!;
    expect(metrics.feeIncome).toBe(100 * memberMonths + 1000 * 2 * metrics.members);
    expect(metrics.programCost).toBe(metrics.fixedCosts);
    expect(metrics.netIncrementalProfit).toBe(metrics.incrementalGrossProfit - metrics.programCost + metrics.feeIncome);
    expect(out.monthlyFee.reduce((a, b) => a + b, 0)).toBeCloseTo(metrics.feeIncome, 6);
  });

  it('payment-terms cost = D/365 × r × members\' net revenue exactly', () => {
    const draft = draftFrom(`${head(12)}${CUSTOMERS(800)}
cost_of_capital_annual: 0.2
participation: 0.7
effects: { frequency_uplift: 0.05 }
mechanics:
  - type: discount
    rate: 0.05
  - type: tiers
    levels:
      - { name: All, min_spend: 0, extra_payment_days: 30 }
`);
    const { metrics, out } = oneRun(draft);
    const net = out.totals[T.memberSpendFromJoin]! - metrics.discounts;
    expect(metrics.paymentTermsCost).toBeCloseTo((30 / 365) * 0.2 * net, 6);
    expect(metrics.programCost).toBeCloseTo(metrics.discounts + metrics.paymentTermsCost, 4);
  });

  it('organic_share 1: referral revenue adds no incremental profit while the bonuses are still cost', () => {
    const draft = draftFrom(`${head(12)}${CUSTOMERS(800)}
participation: 1
mechanics:
  - type: referral
    rate: 1
    bonus_referrer: 100
    bonus_new: 50
    organic_share: 1
`);
    const { metrics } = oneRun(draft);
    expect(metrics.incrementalGrossProfit).toBe(0);
    expect(metrics.referralBonuses).toBeGreaterThan(0);
    expect(metrics.referralBonuses % 150).toBe(0);
    expect(metrics.programCost).toBe(metrics.referralBonuses);
    expect(metrics.netIncrementalProfit).toBe(-metrics.referralBonuses);
  });

  it('referredCustomers counts every arrival; only their spend and being active are weighted by 1 − organic_share; churn stays the original base\'s', () => {
    const referral = (organic: number): Draft =>
      draftFrom(`${head(12)}${CUSTOMERS(800)}
participation: 1
mechanics:
  - type: referral
    rate: 1
    bonus_referrer: 100
    bonus_new: 50
    organic_share: ${organic}
`);
    const all = oneRun(referral(0));
    const part = oneRun(referral(0.4));
    // the same arrivals (counts from stream B, each its own stream): the count does not depend on organic_share
    expect(all.metrics.referredCustomers).toBeGreaterThan(50);
    expect(part.metrics.referredCustomers).toBe(all.metrics.referredCustomers);
    expect(part.out.monthlyReferred.reduce((a, b) => a + b, 0)).toBe(all.metrics.referredCustomers);
    // bonuses on every referred customer whose first order falls within H: 150 each, at most one per arrival
    expect(part.metrics.referralBonuses).toBe(all.metrics.referralBonuses);
    expect(part.metrics.referralBonuses % 150).toBe(0);
    expect(part.metrics.referralBonuses / 150).toBeLessThanOrEqual(part.metrics.referredCustomers);
    // spend and being active at H: 0.6 of the same customers'
    expect(part.metrics.referralRevenue).toBeCloseTo(0.6 * all.metrics.referralRevenue, 6);
    expect(all.metrics.referredActiveAtHorizon).toBeGreaterThan(0);
    expect(part.metrics.referredActiveAtHorizon).toBeCloseTo(0.6 * all.metrics.referredActiveAtHorizon, 9);
    // no effects on members: the original base churns the same in both worlds, referred arrivals aside
    expect(part.metrics.activeAtHorizonProgram).toBe(part.metrics.activeAtHorizonBaseline);
    expect(part.metrics.churnAnnualProgram).toBe(part.metrics.churnAnnualBaseline);
  });

  it('a referred customer spends, month for month, what a synthetic customer does', () => {
    // No dropout: a customer's expected list spend over k months is k × the population's mean monthly spend.
    const H = 12, N = 1500;
    const draft = draftFrom(`${head(H)}${STAYERS(N)}
participation: 1
mechanics:
  - type: referral
    rate: 2
`);
    const ratio = overRuns(draft, 8, ({ metrics, out }) => {
      let referredMonths = 0;
      for (let t = 0; t < H; t++) referredMonths += out.monthlyReferred[t]! * (H - t);
      const perMonth = metrics.listSpendBaseline / (N * H);
      return metrics.referralRevenue / (referredMonths * perMonth);
    });
    expect(Math.abs(ratio.mean - 1)).toBeLessThan(4 * ratio.se + 0.01);
    expect(ratio.se).toBeLessThan(0.05);
  });
});

describe('reproducibility with every feature', () => {
  it('is bit-identical for 1 and 2 workers', async () => {
    const { loadDraft } = await import('../../src/draft/load.js');
    const { draft } = await loadDraft(new URL('../../bench/all-features.yaml', import.meta.url).pathname);
    const small = { ...draft, horizon_months: 12, customers: { synthetic: { ...draft.customers!.synthetic!, count: 400 } } } as Draft;
    const pop = syntheticPopulation(small.customers!.synthetic!);
    const a = await simulate(small, pop, { seed: 5, runs: 8, sampling: 'lhs', workers: 1 });
    const b = await simulate(small, pop, { seed: 5, runs: 8, sampling: 'lhs', workers: 2 });
    expect(JSON.stringify(summarizeSimulation(b))).toBe(JSON.stringify(summarizeSimulation(a)));
    // compare of a draft with itself: zero differences in every metric
    const { compareDrafts } = await import('../../src/decide/compare.js');
    const { METRIC_KEYS } = await import('../../src/engine/metrics.js');
    const c = await compareDrafts([{ file: 'a.yaml', draft: small }, { file: 'b.yaml', draft: small }], pop, { seed: 5, runs: 6, sampling: 'lhs', workers: 1 });
    expect(c.pairs[0]!.verdict).toBe('identical');
    for (const key of METRIC_KEYS) {
      const diff = c.pairs[0]!.meanDifference[key];
      if (diff !== null) expect(Math.abs(diff)).toBe(0);
    }
    const s = summarizeSimulation(a);
    for (const k of ['members', 'pointsRedeemed', 'pushedOrders', 'feeIncome', 'referredCustomers'] as const) {
      expect(s.monthly[k]).toHaveLength(12);
      expect(s.monthly[k].some((x) => x > 0)).toBe(true);
    }
  }, 60000);
});
