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
} as const;

export type TotalKey = keyof typeof T;
export const TOTAL_SLOTS = 23;

/** One run's raw output: totals, monthly flows and the tier mix at the horizon. */
export interface RunOutput {
  totals: Float64Array;
  /** Gₜ: incremental gross profit in month t (index t − 1). */
  monthlyGross: Float64Array;
  /** Cₜ: program cost in month t without the launch cost. */
  monthlyCost: Float64Array;
  /** Members active after month H, by tier level. */
  tierMix: Float64Array;
}

export function newRunOutput(horizon: number, levels: number): RunOutput {
  return {
    totals: new Float64Array(TOTAL_SLOTS),
    monthlyGross: new Float64Array(horizon),
    monthlyCost: new Float64Array(horizon),
    tierMix: new Float64Array(levels),
  };
}
