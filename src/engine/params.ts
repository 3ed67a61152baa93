/**
 * The numbers one Monte Carlo run works with: a draft whose distributions
 * have all been drawn (MODEL.md §3), flattened into the shape the monthly
 * step reads. Mechanics a draft does not have become their neutral values
 * (no discount = rate 0, no tiers = one level with no extras), so the hot
 * loop has no branches on which mechanics exist.
 */
import type { Draft } from '../draft/schema.js';
import { OTHER_SEGMENT, segmentDraft } from '../draft/segment-draft.js';
import { rfmClassIndex } from '../history/rfm.js';
import type { SegmentRule } from './segment-members.js';

/** The one level of a program without tiers: reports name it in the reader's language (msg().draftNames.allMembersTier). */
export const ALL_MEMBERS_TIER = 'All members';

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

  // MODEL.md §8: who joins, and when.
  /** e: only the top e share of active customers by spend score is offered the program. */
  eligibleTopShare: number;
  /** ρ of the Gaussian copula between spend and the wish to join. */
  selection: number;
  /** M: joins spread evenly over months 1..M. */
  joinMonths: number;
  /** h = 12·s for synthetic customers (tier members start at the level their spend earns). */
  warmStart: boolean;

  // MODEL.md §9: effects over time, across customers, and by reward size.
  rampMonths: number;
  /** HL; Infinity when not set (no wear-off). */
  halfLifeMonths: number;
  longRunShare: number;
  /** Effect weights of the light, medium and heavy spend terciles. */
  bySpend: Float64Array;
  /** (ε/ε₀)^β per tier level: 1 everywhere when β = 0. */
  tierRewardFactor: Float64Array;

  // MODEL.md §10: simulated balances (a points `redemption` block).
  balances: boolean;
  threshold: number;
  propensity: number;
  pressure: number;
  postRewardLift: number;
  postRewardMonths: number;
  expiryMonths: number;

  // MODEL.md §10: bracket push and pull-forward.
  rebatePush: number;
  rebateReach: number;
  rebatePullForward: number;
  tierPush: number;
  tierReach: number;
  tierPullForward: number;

  // MODEL.md §11.
  feeMonthly: number;
  feeYearly: number;
  referralRate: number;
  bonusReferrer: number;
  bonusNew: number;
  organicShare: number;
  /** D_ℓ/365·r_a per tier level: the payment-terms cost per unit of net revenue. */
  tierPaymentTermsRate: Float64Array;

  // MODEL.md §14: points for actions, early payment, partner-funded rewards.
  /** Whether the draft has an `actions` mechanic: only then does the month step draw for actions. */
  actions: boolean;
  /** Whether the actions mechanic has `early_payment` (its monthly uniform is drawn even at share 0). */
  earlyPayment: boolean;
  earlyShare: number;
  /** D/365·r_a: the capital benefit per unit of net revenue paid D days early. */
  earlyRate: number;
  earlyPointsPerCurrency: number;
  /** Listed actions: monthly probability, points and value per action. */
  actionProbability: Float64Array;
  actionPoints: Float64Array;
  actionValue: Float64Array;
  /** f: partners' share of each point's reward cost (0: the program pays it all). */
  partnerShare: number;
  /** c: paid by partners per point redeemed. */
  partnerFee: number;
  // MODEL.md §13: segments (null without `segments`: the run is exactly the unsegmented one).
  segments: SegmentParams | null;
}

/**
 * MODEL.md §13, resolved once per run: which customers each segment holds and
 * the parameters its customers are stepped under. The last entry is "other"
 * (the customers no `where` matches, under the draft's own values). Segment
 * parameters carry no fixed costs (launch, monthly): those stay at the total.
 */
export interface SegmentParams {
  names: string[];
  invited: boolean[];
  /** [a, b] of `spend_top_share` per named segment (2 slots each; the "other" segment has none). */
  bands: Float64Array;
  /** Per named segment: its `where` on the customers' attributes (RFM class, column), null for a spend band. */
  rules: (SegmentRule | null)[];
  prms: ProgramParams[];
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
/** The parameters of a draft with no mechanics: its margin, rates, effects, costs and enrolment (compileParams). */
function baseParams(drawn: Draft, horizon: number, margin: number, annual: number): ProgramParams {
  return {
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
    tierNames: [ALL_MEMBERS_TIER],
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
    eligibleTopShare: drawn.enrolment.eligible_top_share,
    selection: n(drawn.enrolment.selection, 'enrolment.selection'),
    joinMonths: drawn.enrolment.months,
    warmStart: drawn.customers?.synthetic?.warm_start === true,
    rampMonths: drawn.effects.ramp_months,
    halfLifeMonths: drawn.effects.half_life_months ?? Infinity,
    longRunShare: clamp01(n(drawn.effects.long_run_share, 'effects.long_run_share')),
    bySpend: Float64Array.of(
      Math.max(0, n(drawn.effects.by_spend.light, 'effects.by_spend.light')),
      Math.max(0, n(drawn.effects.by_spend.medium, 'effects.by_spend.medium')),
      Math.max(0, n(drawn.effects.by_spend.heavy, 'effects.by_spend.heavy')),
    ),
    tierRewardFactor: Float64Array.of(1),
    balances: false,
    threshold: 0,
    propensity: 0,
    pressure: 0,
    postRewardLift: 0,
    postRewardMonths: 0,
    expiryMonths: Infinity,
    rebatePush: 0,
    rebateReach: 0,
    rebatePullForward: 0,
    tierPush: 0,
    tierReach: 0,
    tierPullForward: 0,
    feeMonthly: 0,
    feeYearly: 0,
    referralRate: 0,
    bonusReferrer: 0,
    bonusNew: 0,
    organicShare: 0,
    tierPaymentTermsRate: Float64Array.of(0),
    actions: false,
    earlyPayment: false,
    earlyShare: 0,
    earlyRate: 0,
    earlyPointsPerCurrency: 0,
    actionProbability: new Float64Array(0),
    actionPoints: new Float64Array(0),
    actionValue: new Float64Array(0),
    partnerShare: 0,
    partnerFee: 0,
    segments: null,
  };
}

/** One mechanic's fields into `p` (compileParams); for tiers, returns each level's extra payment days. */
function applyMechanic(p: ProgramParams, m: Draft['mechanics'][number], at: string, costOfCapital: number): number[] | null {
  let days: number[] | null = null;
  switch (m.type) {
    case 'discount':
      p.discount = n(m.rate, `${at}.rate`);
      break;
    case 'points':
      p.earnPerCurrency = n(m.earn_per_currency, `${at}.earn_per_currency`);
      p.pointValue = n(m.point_value, `${at}.point_value`);
      p.rewardCostRatio = n(m.reward_cost_ratio, `${at}.reward_cost_ratio`);
      // §14: partners pay the share f of each point's cost and c per point redeemed.
      p.partnerShare = m.partner_funded_share === undefined ? 0 : clamp01(n(m.partner_funded_share, `${at}.partner_funded_share`));
      p.partnerFee = m.partner_fee_per_point ?? 0;
      if (m.redemption) {
        // §10: balances replace redemption_rate and the lag; nothing is booked at issue.
        const r = m.redemption;
        p.balances = true;
        p.threshold = r.threshold;
        p.propensity = clamp01(n(r.monthly_propensity, `${at}.redemption.monthly_propensity`));
        p.pressure = Math.max(0, n(r.pressure, `${at}.redemption.pressure`));
        p.postRewardLift = atLeastMinusOne(n(r.post_reward_lift, `${at}.redemption.post_reward_lift`));
        p.postRewardMonths = r.post_reward_months;
        // No expiry field: the lots never expire (docs/model.md §10), not a default term.
        p.expiryMonths = m.expiry_months ?? Infinity;
      } else {
        p.redemptionRate = clamp01(n(m.redemption_rate, `${at}.redemption_rate`));
        p.redemptionLagMonths = m.redemption_lag_months;
      }
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
      days = L.map((l) => l.extra_payment_days);
      p.tierPush = Math.max(0, n(m.push, `${at}.push`));
      p.tierReach = m.reach;
      p.tierPullForward = clamp01(n(m.pull_forward, `${at}.pull_forward`));
      break;
    }
    case 'rebate':
      p.rebatePeriodMonths = PERIOD_MONTHS[m.period];
      p.bracketMinSpend = Float64Array.from(m.brackets, (b) => b.min_spend);
      p.bracketRate = Float64Array.from(m.brackets, (b, j) => n(b.rate, `${at}.brackets[${j}].rate`));
      p.rebatePush = Math.max(0, n(m.push, `${at}.push`));
      p.rebateReach = m.reach;
      p.rebatePullForward = clamp01(n(m.pull_forward, `${at}.pull_forward`));
      break;
    case 'fee':
      p.feeMonthly = n(m.monthly, `${at}.monthly`);
      p.feeYearly = n(m.yearly, `${at}.yearly`);
      break;
    case 'referral':
      p.referralRate = Math.max(0, n(m.rate, `${at}.rate`));
      p.bonusReferrer = n(m.bonus_referrer, `${at}.bonus_referrer`);
      p.bonusNew = n(m.bonus_new, `${at}.bonus_new`);
      p.organicShare = clamp01(n(m.organic_share, `${at}.organic_share`));
      break;
    case 'actions':
      // §14: early payment's benefit is priced at the cost of capital, as payment terms are (§11).
      p.actions = true;
      if (m.early_payment) {
        p.earlyPayment = true;
        p.earlyShare = clamp01(n(m.early_payment.share, `${at}.early_payment.share`));
        p.earlyRate = (m.early_payment.days * costOfCapital) / 365;
        p.earlyPointsPerCurrency = m.early_payment.points_per_currency;
      }
      p.actionProbability = Float64Array.from(m.list, (a, j) => clamp01(n(a.monthly_probability, `${at}.list[${j}].monthly_probability`)));
      p.actionPoints = Float64Array.from(m.list, (a) => a.points);
      p.actionValue = Float64Array.from(m.list, (a, j) => n(a.value, `${at}.list[${j}].value`));
      break;
  }
  return days;
}

export function compileParams(drawn: Draft, horizon = drawn.horizon_months): ProgramParams {
  const margin = drawn.roi_basis === 'revenue' ? 1 : n(drawn.gross_margin, 'gross_margin');
  const annual = n(drawn.discount_rate_annual, 'discount_rate_annual');
  const p = baseParams(drawn, horizon, margin, annual);
  const costOfCapital = drawn.cost_of_capital_annual === undefined ? annual : n(drawn.cost_of_capital_annual, 'cost_of_capital_annual');
  let extraPaymentDays: number[] = [0];
  drawn.mechanics.forEach((m, i) => {
    extraPaymentDays = applyMechanic(p, m, `mechanics[${i}]`, costOfCapital) ?? extraPaymentDays;
  });
  p.tierPaymentTermsRate = Float64Array.from(extraPaymentDays, (D) => (D * costOfCapital) / 365);
  p.tierRewardFactor = rewardFactors(drawn, p);
  if (drawn.segments) p.segments = compileSegments(drawn, horizon);
  return p;
}

/** MODEL.md §13: each segment's parameters, and "other"'s (the draft's own), without fixed costs. */
function compileSegments(drawn: Draft, horizon: number): SegmentParams {
  const segs = drawn.segments ?? [];
  const bands = new Float64Array(2 * segs.length);
  const prms: ProgramParams[] = [];
  const rules: (SegmentRule | null)[] = [];
  segs.forEach((seg, k) => {
    // an attribute rule's band stays empty: run.ts asks the rule instead
    const w = seg.where;
    const [a, b] = 'spend_top_share' in w ? w.spend_top_share : [0, 0];
    bands[2 * k] = a;
    bands[2 * k + 1] = b;
    // the rules reject unknown RFM classes, so every name has its index here
    rules.push('rfm' in w ? { kind: 'rfm', classes: w.rfm.map(rfmClassIndex) } : 'column' in w ? { kind: 'column', name: w.column.name, values: w.column.values } : null);
    prms.push(compileParams(segmentDraft(drawn, seg), horizon));
  });
  prms.push(compileParams({ ...drawn, segments: undefined }, horizon));
  for (const q of prms) {
    q.launchCost = 0;
    q.monthlyCost = 0;
  }
  return { names: [...segs.map((s) => s.name), OTHER_SEGMENT], invited: [...segs.map((s) => s.invite), true], bands, rules, prms };
}

/**
 * MODEL.md §9 reward response, per tier level: (ε/ε₀)^β with ε = δ + δℓ +
 * e·μℓ·v + r₁ (the lowest bracket's rate, reached or not: §12). β = 0 gives
 * exactly 1, so a draft without the field is untouched.
 */
function rewardFactors(drawn: Draft, p: ProgramParams): Float64Array {
  const levels = p.tierMinSpend.length;
  const out = new Float64Array(levels).fill(1);
  const beta = n(drawn.effects.reward_elasticity, 'effects.reward_elasticity');
  if (beta === 0) return out;
  const ref = drawn.effects.reference_reward_rate;
  if (ref === undefined || !(ref > 0)) throw new Error('internal: reward_elasticity needs a positive reference_reward_rate (the rules check it)');
  const lowestBracket = p.bracketRate.length > 0 ? p.bracketRate[0]! : 0;
  for (let l = 0; l < levels; l++) {
    const eps = p.discount + p.tierDiscount[l]! + p.earnPerCurrency * p.tierPointsMultiplier[l]! * p.pointValue + lowestBracket;
    out[l] = Math.pow(Math.max(0, eps) / ref, beta);
  }
  return out;
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
