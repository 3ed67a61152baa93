/**
 * What one run adds up, as slots of a Float64Array: the run loop writes into
 * it without allocating, and workers send it back as one transferable buffer.
 * Money is in the draft's currency, already scaled up when a sample stands
 * for a larger base.
 */
export const T = {
  /** Σ list spend S in the baseline world (no program). */
  listSpendBaseline: 0,
  /** Σ list spend S in the program world (members and non-members). */
  listSpendProgram: 1,
  /** Σ D = S·(δ + δℓ) (MODEL.md §4.4). */
  discounts: 2,
  rebates: 3,
  pointsIssued: 4,
  /** Σ ρ·v·κ·P, booked when issued (accrual basis, §4.5). */
  pointsCost: 5,
  /** Σ ρ·P: points expected to be redeemed, ever. */
  pointsRedeemed: 6,
  /** Σ (1 − ρ)·P. */
  pointsBreakage: 7,
  /** ρ·v·(points issued in the last lag months) of members active after H. */
  pointsLiability: 8,
  benefits: 9,
  perMemberCosts: 10,
  /** Reward costs (discounts, points, rebates) on purchases the baseline twin made anyway. */
  windfallCost: 11,
  members: 12,
  /** Customers active at month 0 (aᵢ = 1). */
  activeAtStart: 13,
  activeAtHorizonBaseline: 14,
  activeAtHorizonProgram: 15,
  ordersBaseline: 16,
  ordersProgram: 17,
  /** Customer-months spent active, the denominator of orders per active customer-month. */
  activeMonthsBaseline: 18,
  activeMonthsProgram: 19,
  /** Members' own list spend, in their baseline twin and in the program world. */
  memberListSpendBaseline: 20,
  memberListSpendProgram: 21,
  /** Customer-months actually stepped (work done, for the benchmark). */
  customerMonths: 22,
  // MODEL.md §8: the observed gap and the causal uplift (§12 definitions).
  /** Members' program-world list spend in their months from J. */
  memberSpendFromJoin: 23,
  /** Members' baseline twins' list spend in the months from J. */
  twinSpendFromJoin: 24,
  /** Members' program-world active months from J. */
  memberMonthsFromJoin: 25,
  /** Customers who had not joined by H: program-world list spend and active months. */
  nonMemberSpend: 26,
  nonMemberMonths: 27,
  // MODEL.md §10: balances (or the v1 readings of §12).
  pointsExpired: 28,
  pointsForfeited: 29,
  pointsOutstanding: 30,
  /** ρ̂ (ρ for a redemption_rate mechanic, 0 without points). Not scaled. */
  effectiveRedemptionShare: 31,
  /** Extra orders caused by bracket push (before pull-forward). */
  pushedOrders: 32,
  // MODEL.md §11.
  feeIncome: 33,
  /** Referred customers arriving within H, every one (organic ones too: the bonuses are paid on each). */
  referredCustomers: 34,
  /** Referred customers' list spend, weighted by 1 − organic_share. */
  referralRevenue: 35,
  referralBonuses: 36,
  paymentTermsCost: 37,
  /** Referred customers still active after H, weighted by 1 − organic_share (not in activeAtHorizonProgram). */
  referredActiveAtHorizon: 38,
  // MODEL.md §14.
  /** Points earned by actions and early payment (included in pointsIssued). */
  actionPoints: 39,
  /** Value to the company of the actions members took: income in N, not a negative cost. */
  actionValue: 40,
  /** Net revenue paid early × D/365 × r_a: income in N, not a negative cost. */
  earlyPaymentBenefit: 41,
  /** c × points redeemed, paid by partners: income in N. */
  partnerFeeIncome: 42,
  /** f × the points' whole cost + c × points redeemed: all that partners pay. */
  partnerFunding: 43,
} as const;

export type TotalKey = keyof typeof T;
export const TOTAL_SLOTS = 44;

/** One run's raw output: totals, monthly flows and the tier mix at the horizon. */
export interface RunOutput {
  totals: Float64Array;
  /** Gₜ: incremental gross profit in month t (index t − 1). */
  monthlyGross: Float64Array;
  /** Cₜ: program cost in month t without the launch cost. */
  monthlyCost: Float64Array;
  /** Members active after month H, by tier level. */
  tierMix: Float64Array;
  /** Fee income in month t (MODEL.md §11): program revenue, not a negative cost. */
  monthlyFee: Float64Array;
  /** Members (joined and active at the month's start) in month t. */
  monthlyMembers: Float64Array;
  /** Points redeemed in month t (balances; 0 for a redemption_rate mechanic). */
  monthlyRedeemed: Float64Array;
  /** Extra orders caused by bracket push in month t. */
  monthlyPushed: Float64Array;
  /** Referred customers arriving in month t (every one). */
  monthlyReferred: Float64Array;
  /** Action value, early-payment benefit and partners' fees in month t (MODEL.md §14): income in N like fee income. */
  monthlyExtraIncome: Float64Array;
  /** MODEL.md §13: a segmented program's totals per segment ("other" last), TOTAL_SLOTS each; absent without segments. */
  segmentTotals?: Float64Array;
}

/** The monthly arrays of a RunOutput, in the order the worker transport sends them. */
export const MONTHLY_KEYS = ['monthlyGross', 'monthlyCost', 'monthlyFee', 'monthlyMembers', 'monthlyRedeemed', 'monthlyPushed', 'monthlyReferred', 'monthlyExtraIncome'] as const;

export function newRunOutput(horizon: number, levels: number): RunOutput {
  return {
    totals: new Float64Array(TOTAL_SLOTS),
    monthlyGross: new Float64Array(horizon),
    monthlyCost: new Float64Array(horizon),
    tierMix: new Float64Array(levels),
    monthlyFee: new Float64Array(horizon),
    monthlyMembers: new Float64Array(horizon),
    monthlyRedeemed: new Float64Array(horizon),
    monthlyPushed: new Float64Array(horizon),
    monthlyReferred: new Float64Array(horizon),
    monthlyExtraIncome: new Float64Array(horizon),
  };
}
