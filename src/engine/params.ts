/**
 * The numbers one Monte Carlo run works with: a draft whose distributions
 * have all been drawn (MODEL.md §3), flattened into the shape the monthly
 * step reads. Mechanics a draft does not have become their neutral values
 * (no discount = rate 0, no tiers = one level with no extras), so the hot
 * loop has no branches on which mechanics exist.
 */
import type { Draft } from '../draft/schema.js';

export interface ProgramParams {
  horizon: number;
  /** m of MODEL.md §5 (1 when roi_basis is revenue). */
  margin: number;
  /** Monthly discount rate r = (1 + annual)^(1/12) − 1. */
  monthlyRate: number;
  participation: number;
  frequencyUplift: number;
  checkUplift: number;
  churnReduction: number;
  /** δ: the discount mechanic's rate (0 without one). */
  discount: number;

  /** Points (all zero without the mechanic: e = 0 issues nothing). */
  earnPerCurrency: number;
  pointValue: number;
  redemptionRate: number;
  redemptionLagMonths: number;
  rewardCostRatio: number;

  /** Tiers: at least one level (a single neutral level without the mechanic). */
  tierNames: string[];
  reviewEveryMonths: number;
  tierMinSpend: Float64Array;
  tierDiscount: Float64Array;
  tierPointsMultiplier: Float64Array;
  tierFrequencyUplift: Float64Array;
  tierCheckUplift: Float64Array;
  tierChurnReduction: Float64Array;
  tierBenefitPerMonth: Float64Array;
  tierBenefitPerOrder: Float64Array;

  /** Rebate: period length and brackets (none: zero brackets). */
  rebatePeriodMonths: number;
  bracketMinSpend: Float64Array;
  bracketRate: Float64Array;

  launchCost: number;
  monthlyCost: number;
  perMemberMonthly: number;
}

const REVIEW_MONTHS = { monthly: 1, quarterly: 3, yearly: 12 } as const;
const PERIOD_MONTHS = { month: 1, quarter: 3, year: 12 } as const;

/** A drawn value: the caller has replaced every distribution by a number. */
function n(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`internal: ${path} was not drawn to a number (got ${JSON.stringify(value)})`);
  }
  return value;
}

/**
 * Flattens a drawn draft (every uncertain field already a number) into run
 * parameters. `horizon` overrides the draft's horizon_months (--horizon).
 */
export function compileParams(drawn: Draft, horizon = drawn.horizon_months): ProgramParams {
  const margin = drawn.roi_basis === 'revenue' ? 1 : n(drawn.gross_margin, 'gross_margin');
  const annual = n(drawn.discount_rate_annual, 'discount_rate_annual');
  const p: ProgramParams = {
    horizon,
    margin,
    monthlyRate: Math.pow(1 + annual, 1 / 12) - 1,
    participation: clamp01(n(drawn.participation, 'participation')),
    frequencyUplift: atLeastMinusOne(n(drawn.effects.frequency_uplift, 'effects.frequency_uplift')),
    checkUplift: atLeastMinusOne(n(drawn.effects.check_uplift, 'effects.check_uplift')),
    churnReduction: atMostOne(n(drawn.effects.churn_reduction, 'effects.churn_reduction')),
    discount: 0,
    earnPerCurrency: 0,
    pointValue: 0,
    redemptionRate: 0,
    redemptionLagMonths: 0,
    rewardCostRatio: 0,
    tierNames: ['All members'],
    reviewEveryMonths: 1,
    tierMinSpend: Float64Array.of(0),
    tierDiscount: Float64Array.of(0),
    tierPointsMultiplier: Float64Array.of(1),
    tierFrequencyUplift: Float64Array.of(0),
    tierCheckUplift: Float64Array.of(0),
    tierChurnReduction: Float64Array.of(0),
    tierBenefitPerMonth: Float64Array.of(0),
    tierBenefitPerOrder: Float64Array.of(0),
    rebatePeriodMonths: 3,
    bracketMinSpend: new Float64Array(0),
    bracketRate: new Float64Array(0),
    launchCost: n(drawn.costs.launch, 'costs.launch'),
    monthlyCost: n(drawn.costs.monthly, 'costs.monthly'),
    perMemberMonthly: n(drawn.costs.per_member_monthly, 'costs.per_member_monthly'),
  };
  drawn.mechanics.forEach((m, i) => {
    const at = `mechanics[${i}]`;
    switch (m.type) {
      case 'discount':
        p.discount = n(m.rate, `${at}.rate`);
        break;
      case 'points':
        p.earnPerCurrency = n(m.earn_per_currency, `${at}.earn_per_currency`);
        p.pointValue = n(m.point_value, `${at}.point_value`);
        p.redemptionRate = clamp01(n(m.redemption_rate, `${at}.redemption_rate`));
        p.redemptionLagMonths = m.redemption_lag_months;
        p.rewardCostRatio = n(m.reward_cost_ratio, `${at}.reward_cost_ratio`);
        break;
      case 'tiers': {
        const L = m.levels;
        p.tierNames = L.map((l) => l.name);
        p.reviewEveryMonths = REVIEW_MONTHS[m.review];
        p.tierMinSpend = Float64Array.from(L, (l) => l.min_spend);
        p.tierDiscount = Float64Array.from(L, (l, j) => n(l.discount, `${at}.levels[${j}].discount`));
        p.tierPointsMultiplier = Float64Array.from(L, (l, j) => n(l.points_multiplier, `${at}.levels[${j}].points_multiplier`));
        p.tierFrequencyUplift = Float64Array.from(L, (l, j) => atLeastMinusOne(n(l.frequency_uplift, `${at}.levels[${j}].frequency_uplift`)));
        p.tierCheckUplift = Float64Array.from(L, (l, j) => atLeastMinusOne(n(l.check_uplift, `${at}.levels[${j}].check_uplift`)));
        p.tierChurnReduction = Float64Array.from(L, (l, j) => atMostOne(n(l.churn_reduction, `${at}.levels[${j}].churn_reduction`)));
        p.tierBenefitPerMonth = Float64Array.from(L, (l, j) => n(l.benefit_cost_per_month, `${at}.levels[${j}].benefit_cost_per_month`));
        p.tierBenefitPerOrder = Float64Array.from(L, (l, j) => n(l.benefit_cost_per_order, `${at}.levels[${j}].benefit_cost_per_order`));
        break;
      }
      case 'rebate':
        p.rebatePeriodMonths = PERIOD_MONTHS[m.period];
        p.bracketMinSpend = Float64Array.from(m.brackets, (b) => b.min_spend);
        p.bracketRate = Float64Array.from(m.brackets, (b, j) => n(b.rate, `${at}.brackets[${j}].rate`));
        break;
    }
  });
  return p;
}

/** An uplift below −100 % would mean negative orders or spend. */
function atLeastMinusOne(x: number): number {
  return x < -1 ? -1 : x;
}

/** A churn reduction above 100 % would mean a negative hazard. */
function atMostOne(x: number): number {
  return x > 1 ? 1 : x;
}

/** Shares drawn from a distribution with tails (normal, triangular) can leave [0, 1]; a share cannot. */
function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
