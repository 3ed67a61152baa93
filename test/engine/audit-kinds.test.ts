/**
 * The four kinds of draft an independent audit of MODEL.md ran against the
 * engine, in the project's own versions: balances with expiry and staged
 * joins, a roll-out slower than the horizon with referrals, every mechanic at
 * once with effects that can go negative, and balances without expiry. Each
 * test states the hand-computed expectation (§8, §10, §11, §12, §5) it checks.
 */
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/draft/schema.js';
import { CUSTOMERS, draftFrom, oneRun, STAYERS } from './helpers.js';

/** Every draft here is run on this seed. */
const SEED = 11;

const head = (H: number): string => `
name: audit
currency: RUB
horizon_months: ${H}
gross_margin: 0.25
discount_rate_annual: 0.15
cost_of_capital_annual: 0.18
`;

describe('balances with expiry and staged joins (§8, §10, §12)', () => {
  const balances = (H: number): Draft =>
    draftFrom(`${head(H)}${STAYERS(900)}
participation: 0.7
enrolment: { months: 6 }
effects: { frequency_uplift: 0.1 }
mechanics:
  - type: points
    earn_per_currency: 0.01
    point_value: 1
    expiry_months: 6
    reward_cost_ratio: 0.6
    redemption: { threshold: 1000000000, monthly_propensity: 1 }
`);

  it('a lot issued in month t expires in month t + 6: over 12 months exactly what months 1–6 issued expires, whenever members joined', () => {
    // Join months come from stream B per customer and do not depend on H, so months 1–6 are the same in both runs.
    const twelve = oneRun(balances(12), SEED).metrics;
    const six = oneRun(balances(6), SEED).metrics;
    expect(six.pointsIssued).toBeGreaterThan(0);
    expect(six.pointsExpired).toBe(0);
    expect(twelve.pointsExpired).toBeCloseTo(six.pointsIssued, 6);
    expect(twelve.pointsForfeited).toBe(0);
    expect(twelve.pointsRedeemed).toBe(0);
    expect(twelve.pointsOutstanding).toBeCloseTo(twelve.pointsIssued - six.pointsIssued, 6);
    // ρ̂ = redeemed ÷ (redeemed + expired + forfeited) = 0: the points still held cost nothing and are no liability
    expect(twelve.effectiveRedemptionShare).toBe(0);
    expect(twelve.pointsCost).toBe(0);
    expect(twelve.pointsLiability).toBe(0);
    // members join spread over months 1–6: all of them have joined by month 12, 70 % of 900 within binomial noise
    expect(Math.abs(twelve.members - 630)).toBeLessThan(4 * Math.sqrt(900 * 0.7 * 0.3));
  });
});

describe('a roll-out slower than the horizon, with referrals (§8, §11, §12)', () => {
  const N = 2400, H = 12, M = 24, rate = 12;
  const rollout = (organic: number): Draft =>
    draftFrom(`${head(H)}${STAYERS(N)}
participation: 1
enrolment: { months: ${M} }
mechanics:
  - type: referral
    rate: ${rate}
    bonus_referrer: 100
    bonus_new: 0
    organic_share: ${organic}
`);

  it('members are those whose join month falls within H; every referred arrival within H counts, at rate × member-months', () => {
    const { metrics, out } = oneRun(rollout(0), SEED);
    // Jᵢ = 1 + ⌊M·wᵢ⌋ ≤ H ⇔ wᵢ < H/M: members ~ Binomial(N, ½)
    expect(Math.abs(metrics.members - N / 2)).toBeLessThan(4 * Math.sqrt(N / 4));
    // a member joined in month J refers Poisson(rate/12) in each of months J..H; those referred in month t arrive at t + 1,
    // so arrivals within H come from months J..H−1: E = N/M · Σ_{J=1..H} (H − J) · rate/12 = 2400/24 · 66 · 1 = 6,600
    const expected = (N / M) * (H * (H - 1)) / 2 * (rate / 12);
    expect(expected).toBe(6600);
    // Poisson count given the members, plus the members' own binomial spread (each adds ~ (H − J) arrivals)
    expect(Math.abs(metrics.referredCustomers - expected)).toBeLessThan(4 * Math.sqrt(expected + (N / 4) * 36));
    expect(out.monthlyReferred.reduce((a, b) => a + b, 0)).toBe(metrics.referredCustomers);
    // nobody refers before anyone has joined, and the month-1 members' referrals arrive from month 2
    expect(out.monthlyReferred[0]).toBe(0);
    // stayers: every referred arrival is still active at H
    expect(metrics.referredActiveAtHorizon).toBe(metrics.referredCustomers);
    // the referrer's bonus, 100, at most once per arrival, on first orders placed within H
    expect(metrics.referralBonuses % 100).toBe(0);
    expect(metrics.referralBonuses / 100).toBeLessThanOrEqual(metrics.referredCustomers);
    expect(metrics.programCost).toBe(metrics.referralBonuses + metrics.perMemberCosts + metrics.fixedCosts);
  });

  it('organic_share weights the arrivals\' spend and being active, not their count or their bonuses; churn KPIs stay the original base\'s', () => {
    const all = oneRun(rollout(0), SEED).metrics;
    const part = oneRun(rollout(0.25), SEED).metrics;
    expect(part.referredCustomers).toBe(all.referredCustomers);
    expect(part.referralBonuses).toBe(all.referralBonuses);
    expect(part.referralRevenue).toBeCloseTo(0.75 * all.referralRevenue, 6);
    expect(part.referredActiveAtHorizon).toBeCloseTo(0.75 * all.referredActiveAtHorizon, 9);
    // no effects and stayers: the original base loses nobody in either world
    expect(part.activeAtHorizonProgram).toBe(part.activeAtStart);
    expect(part.churnAnnualProgram).toBe(0);
    expect(part.churnAnnualBaseline).toBe(0);
  });
});

describe('every mechanic at once, with effects that can go negative (§4, §5, §8–11)', () => {
  const everything = (frequency: number, check: number, churn: number): Draft =>
    draftFrom(`${head(24)}${CUSTOMERS(1500)}
participation: 0.6
enrolment: { eligible_top_share: 0.8, selection: 0.3, months: 4 }
effects:
  frequency_uplift: ${frequency}
  check_uplift: ${check}
  churn_reduction: ${churn}
  ramp_months: 3
  by_spend: { light: 1.3, medium: 1, heavy: 0.5 }
mechanics:
  - type: points
    earn_per_currency: 0.01
    point_value: 1
    expiry_months: 12
    reward_cost_ratio: 0.8
    redemption: { threshold: 500, monthly_propensity: 0.5, pressure: 0.2 }
  - type: tiers
    review: quarterly
    push: 0.2
    levels:
      - { name: Silver, min_spend: 0 }
      - { name: Gold, min_spend: 150000, discount: 0.02, extra_payment_days: 15, benefit_cost_per_month: 500 }
  - type: rebate
    period: quarter
    brackets: [ { min_spend: 300000, rate: 0.01 } ]
  - type: fee
    monthly: 300
  - type: referral
    rate: 0.3
    bonus_referrer: 3000
    bonus_new: 1000
    organic_share: 0.3
costs: { launch: 500000, monthly: 50000, per_member_monthly: 40 }
`);

  it('§5\'s money identities hold in every run, whatever the sign of the effects', () => {
    for (const [f, c, d] of [[0.15, 0.05, 0.2], [-0.2, -0.1, -0.3], [0, 0, 0]] as const) {
      for (let run = 0; run < 3; run++) {
        const { metrics: m } = oneRun(everything(f, c, d), SEED, run);
        const rewards = m.discounts + m.rebates + m.pointsCost;
        expect(m.windfallCost + m.incrementalCost).toBeCloseTo(rewards, 4);
        expect(m.windfallCost).toBeGreaterThanOrEqual(0);
        expect(m.windfallCost).toBeLessThanOrEqual(rewards + 1e-6);
        expect(m.programCost).toBeCloseTo(
          rewards + m.benefits + m.perMemberCosts + m.fixedCosts + m.paymentTermsCost + m.referralBonuses, 4);
        expect(m.fixedCosts).toBe(500000 + 50000 * 24);
        expect(m.revenueProgram).toBeCloseTo(m.listSpendProgram - m.discounts, 4);
        expect(m.incrementalGrossProfit).toBeCloseTo(0.25 * (m.listSpendProgram - m.listSpendBaseline), 4);
        expect(m.netIncrementalProfit).toBeCloseTo(m.incrementalGrossProfit - m.programCost + m.feeIncome, 4);
        expect(m.roi).toBeCloseTo(m.netIncrementalProfit / m.programCost, 12);
        expect(m.pointsIssued - m.pointsRedeemed - m.pointsExpired - m.pointsForfeited).toBeCloseTo(m.pointsOutstanding, 3);
      }
    }
  });

  it('negative effects lose orders and keep fewer of the original customers; positive ones the reverse', () => {
    const worse = oneRun(everything(-0.2, -0.1, -0.3), SEED).metrics;
    const flat = oneRun(everything(0, 0, 0), SEED).metrics;
    const better = oneRun(everything(0.15, 0.05, 0.2), SEED).metrics;
    // program-world orders also carry the push, the goal gradient and the referred arrivals, the same in all three drafts:
    // the effects' sign orders them
    expect(worse.ordersProgram).toBeLessThan(flat.ordersProgram);
    expect(better.ordersProgram).toBeGreaterThan(flat.ordersProgram);
    // a negative churn reduction raises members' dropout hazard: fewer of the original base are active at H than without the program
    expect(worse.activeAtHorizonProgram).toBeLessThan(worse.activeAtHorizonBaseline);
    expect(better.activeAtHorizonProgram).toBeGreaterThan(better.activeAtHorizonBaseline);
    expect(worse.incrementalGrossProfit).toBeLessThan(better.incrementalGrossProfit);
    // the baseline world does not know the program: the same in every draft
    expect(worse.listSpendBaseline).toBe(better.listSpendBaseline);
    expect(worse.activeAtHorizonBaseline).toBe(better.activeAtHorizonBaseline);
  });
});

describe('balances without expiry, with staged joins and dropout (§10, §12)', () => {
  it('no lot ever expires; what leaves a balance is redeemed or forfeited by members who drop out', () => {
    const draft = draftFrom(`${head(36)}${CUSTOMERS(1200)}
participation: 0.8
enrolment: { months: 12 }
mechanics:
  - type: points
    earn_per_currency: 0.01
    point_value: 1
    reward_cost_ratio: 0.7
    redemption: { threshold: 800, monthly_propensity: 0.3 }
`);
    for (let run = 0; run < 3; run++) {
      const { metrics: m } = oneRun(draft, SEED, run);
      expect(m.pointsExpired).toBe(0);
      expect(m.pointsForfeited).toBeGreaterThan(0);
      expect(m.pointsRedeemed).toBeGreaterThan(0);
      expect(m.pointsIssued - m.pointsRedeemed - m.pointsForfeited).toBeCloseTo(m.pointsOutstanding, 3);
      const share = m.pointsRedeemed / (m.pointsRedeemed + m.pointsForfeited);
      expect(m.effectiveRedemptionShare).toBeCloseTo(share, 12);
      // cost: κ·v on what is redeemed plus the accrual κ·v·ρ̂·O at H; liability v·ρ̂·O
      expect(m.pointsCost).toBeCloseTo(0.7 * (m.pointsRedeemed + share * m.pointsOutstanding), 3);
      expect(m.pointsLiability).toBeCloseTo(share * m.pointsOutstanding, 3);
    }
  });
});
