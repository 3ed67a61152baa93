/**
 * From one run's totals to the quantities people decide on (MODEL.md §5), and
 * from many runs to their mean, Monte Carlo standard error and P5/P50/P95.
 */
import type { ProgramParams } from './params.js';
import { meanAndSe, type ErrorDesign } from './standard-error.js';
import { T, type RunOutput } from './totals.js';

/** The metric keys of CLI.md's `simulate --json` (these names stay), plus a few more. */
export const METRIC_KEYS = [
  'listSpendBaseline',
  'listSpendProgram',
  'revenueBaseline',
  'revenueProgram',
  'incrementalRevenue',
  'discounts',
  'rebates',
  'pointsIssued',
  'pointsRedeemed',
  'pointsBreakage',
  'pointsCost',
  'pointsLiability',
  'benefits',
  'perMemberCosts',
  'fixedCosts',
  'programCost',
  'windfallCost',
  'incrementalCost',
  'incrementalGrossProfit',
  'netIncrementalProfit',
  'roi',
  'npv',
  'paybackMonth',
  'members',
  'costPerMember',
  'activeAtStart',
  'activeAtHorizonBaseline',
  'activeAtHorizonProgram',
  'churnAnnualBaseline',
  'churnAnnualProgram',
  'ordersBaseline',
  'ordersProgram',
  'ordersPerActiveMonthBaseline',
  'ordersPerActiveMonthProgram',
  'averageCheckBaseline',
  'averageCheckProgram',
  // MODEL.md §8–11 (CLI.md): each present, 0 where the draft has no such part.
  'observedMemberGap',
  'causalMemberUplift',
  'pointsExpired',
  'pointsForfeited',
  'pointsOutstanding',
  'effectiveRedemptionShare',
  'pushedOrders',
  'feeIncome',
  'referredCustomers',
  'referralRevenue',
  'referralBonuses',
  'paymentTermsCost',
  // MODEL.md §12: referred arrivals on their own line, outside the original base's active and churn KPIs.
  'referredActiveAtHorizon',
  // MODEL.md §14: actions, early payment and partner funding (0 where the draft has none).
  'actionPoints',
  'actionValue',
  'earlyPaymentBenefit',
  'partnerFeeIncome',
  'partnerFunding',
] as const;

export type MetricKey = (typeof METRIC_KEYS)[number];

/**
 * MODEL.md §13: the metrics `bySegment` reports per segment: customers
 * (active at the start), members and every money metric that adds across
 * segments, plus the segment's ROI. A segment's program cost, net profit and
 * ROI are before the fixed costs (launch, monthly), which stay at the total:
 * Σ segments' programCost + fixedCosts = the total's, Σ net − fixedCosts = the total's.
 * NPV and payback need a segment's monthly flows and are reported at the total only.
 */
export const SEGMENT_METRIC_KEYS = [
  'activeAtStart',
  'members',
  'listSpendBaseline',
  'listSpendProgram',
  'revenueBaseline',
  'revenueProgram',
  'incrementalRevenue',
  'discounts',
  'rebates',
  'pointsCost',
  'pointsLiability',
  'benefits',
  'perMemberCosts',
  'paymentTermsCost',
  'referralBonuses',
  'programCost',
  'windfallCost',
  'incrementalCost',
  'incrementalGrossProfit',
  'feeIncome',
  'referralRevenue',
  // §14: the income lines and what partners pay add up over segments like fee income
  'actionValue',
  'earlyPaymentBenefit',
  'partnerFeeIncome',
  'partnerFunding',
  'netIncrementalProfit',
  'roi',
] as const satisfies readonly MetricKey[];

export type SegmentMetricKey = (typeof SEGMENT_METRIC_KEYS)[number];

/**
 * MODEL.md §13: one segment's metrics in one run, from its totals (a slice of
 * `segmentTotals`) and its parameters (which carry no fixed costs).
 */
export function segmentRunMetrics(totals: Float64Array, prm: ProgramParams): Record<SegmentMetricKey, number> {
  const H = prm.horizon;
  // runMetrics reads the monthly flows only for NPV and payback, which a segment does not report
  const zeros = new Float64Array(H);
  const all = runMetrics({ totals, monthlyGross: zeros, monthlyCost: zeros, monthlyFee: zeros, monthlyMembers: zeros, monthlyRedeemed: zeros, monthlyPushed: zeros, monthlyReferred: zeros, monthlyExtraIncome: zeros, tierMix: zeros }, prm);
  const out = {} as Record<SegmentMetricKey, number>;
  for (const k of SEGMENT_METRIC_KEYS) out[k] = all[k];
  return out;
}
export type RunMetrics = Record<MetricKey, number>;

/**
 * MODEL.md §5 for one run. Undefined quantities are NaN: ROI when the program
 * costs nothing, an average check with no orders. A payback that never comes
 * within the horizon is +Infinity.
 */
export function runMetrics(out: RunOutput, prm: ProgramParams): RunMetrics {
  const t = out.totals;
  const H = prm.horizon;
  const fixedCosts = prm.launchCost + prm.monthlyCost * H;
  const rewards = t[T.discounts]! + t[T.rebates]! + t[T.pointsCost]!;
  // §12: payment terms and referral bonuses are program cost; fee income is not a negative cost.
  let programCost = rewards + t[T.benefits]! + t[T.perMemberCosts]! + fixedCosts;
  if (t[T.paymentTermsCost]! !== 0) programCost += t[T.paymentTermsCost]!;
  if (t[T.referralBonuses]! !== 0) programCost += t[T.referralBonuses]!;
  const listB = t[T.listSpendBaseline]!;
  const listP = t[T.listSpendProgram]!;
  const gross = prm.margin * (listP - listB);
  const fee = t[T.feeIncome]!;
  // Fee income counts in full in N (§11), not scaled by margin or roi_basis.
  let net = fee !== 0 ? gross - programCost + fee : gross - programCost;
  // §14: the actions' value, the early-payment benefit and partners' fees are income lines like fee income.
  const extra = t[T.actionValue]! + t[T.earlyPaymentBenefit]! + t[T.partnerFeeIncome]!;
  if (extra !== 0) net += extra;

  // NPV: Σ (Gₜ − Cₜ)/(1 + r)ᵗ − launch.
  let npv = -prm.launchCost;
  let discount = 1;
  const monthlyNet = new Float64Array(H);
  for (let m = 0; m < H; m++) {
    const flow = netOfMonth(out, m);
    monthlyNet[m] = flow;
    discount /= 1 + prm.monthlyRate;
    npv += flow * discount;
  }
  const payback = paybackMonth(monthlyNet, prm.launchCost);

  const activeStart = t[T.activeAtStart]!;
  const annualChurn = (activeEnd: number): number =>
    activeStart > 0 ? 1 - Math.pow(activeEnd / activeStart, 12 / H) : NaN;
  const ratio = (a: number, b: number): number => (b > 0 ? a / b : NaN);

  return {
    listSpendBaseline: listB,
    listSpendProgram: listP,
    revenueBaseline: listB,
    revenueProgram: listP - t[T.discounts]!,
    incrementalRevenue: listP - t[T.discounts]! - listB,
    discounts: t[T.discounts]!,
    rebates: t[T.rebates]!,
    pointsIssued: t[T.pointsIssued]!,
    pointsRedeemed: t[T.pointsRedeemed]!,
    pointsBreakage: t[T.pointsBreakage]!,
    pointsCost: t[T.pointsCost]!,
    pointsLiability: t[T.pointsLiability]!,
    benefits: t[T.benefits]!,
    perMemberCosts: t[T.perMemberCosts]!,
    fixedCosts,
    programCost,
    windfallCost: t[T.windfallCost]!,
    incrementalCost: rewards - t[T.windfallCost]!,
    incrementalGrossProfit: gross,
    netIncrementalProfit: net,
    roi: programCost > 0 ? net / programCost : NaN,
    npv,
    paybackMonth: payback,
    members: t[T.members]!,
    costPerMember: ratio(programCost, t[T.members]!),
    activeAtStart: activeStart,
    activeAtHorizonBaseline: t[T.activeAtHorizonBaseline]!,
    activeAtHorizonProgram: t[T.activeAtHorizonProgram]!,
    churnAnnualBaseline: annualChurn(t[T.activeAtHorizonBaseline]!),
    churnAnnualProgram: annualChurn(t[T.activeAtHorizonProgram]!),
    ordersBaseline: t[T.ordersBaseline]!,
    ordersProgram: t[T.ordersProgram]!,
    ordersPerActiveMonthBaseline: ratio(t[T.ordersBaseline]!, t[T.activeMonthsBaseline]!),
    ordersPerActiveMonthProgram: ratio(t[T.ordersProgram]!, t[T.activeMonthsProgram]!),
    averageCheckBaseline: ratio(listB, t[T.ordersBaseline]!),
    averageCheckProgram: ratio(listP, t[T.ordersProgram]!),
    observedMemberGap: ratio(ratio(t[T.memberSpendFromJoin]!, t[T.memberMonthsFromJoin]!), ratio(t[T.nonMemberSpend]!, t[T.nonMemberMonths]!)) - 1,
    causalMemberUplift: ratio(t[T.memberSpendFromJoin]!, t[T.twinSpendFromJoin]!) - 1,
    pointsExpired: t[T.pointsExpired]!,
    pointsForfeited: t[T.pointsForfeited]!,
    pointsOutstanding: t[T.pointsOutstanding]!,
    effectiveRedemptionShare: t[T.effectiveRedemptionShare]!,
    pushedOrders: t[T.pushedOrders]!,
    feeIncome: fee,
    referredCustomers: t[T.referredCustomers]!,
    referralRevenue: t[T.referralRevenue]!,
    referralBonuses: t[T.referralBonuses]!,
    paymentTermsCost: t[T.paymentTermsCost]!,
    referredActiveAtHorizon: t[T.referredActiveAtHorizon]!,
    actionPoints: t[T.actionPoints]!,
    actionValue: t[T.actionValue]!,
    earlyPaymentBenefit: t[T.earlyPaymentBenefit]!,
    partnerFeeIncome: t[T.partnerFeeIncome]!,
    partnerFunding: t[T.partnerFunding]!,
  };
}

/**
 * Nₜ = Gₜ − Cₜ + Fₜ + Aₜ of month index m: fee income (MODEL.md §11) and the
 * §14 income lines (actions' value, early-payment benefit, partners' fees)
 * are program revenue, not negative costs.
 */
export function netOfMonth(out: RunOutput, m: number): number {
  const fee = out.monthlyFee[m]!;
  const flow = out.monthlyGross[m]! - out.monthlyCost[m]!;
  const withFee = fee !== 0 ? flow + fee : flow;
  const extra = out.monthlyExtraIncome[m]!;
  return extra !== 0 ? withFee + extra : withFee;
}

/**
 * MODEL.md §5: the first month t (1-based) from which the cumulative
 * undiscounted net profit, launch cost included at month 0, stays ≥ 0 through
 * the horizon; +Infinity ("never") when it is below 0 at the horizon.
 *
 * Read backwards from the horizon, because the first month the cumulative
 * touches 0 is not a payback when a later cost (a quarter's rebates, a
 * redemption wave) takes it below 0 again.
 *
 * @example
 * paybackMonth([50, 50, -80, 100], 60) // cumulative −10, 40, −40, 60 → month 4
 */
export function paybackMonth(monthlyNet: ArrayLike<number>, launchCost: number): number {
  const H = monthlyNet.length;
  let cumulative = -launchCost;
  let lastNegative = -1; // last month index with a negative cumulative (−1: none in 1..H)
  for (let m = 0; m < H; m++) {
    cumulative += monthlyNet[m]!;
    if (cumulative < 0) lastNegative = m;
  }
  if (H === 0 || lastNegative === H - 1) return Infinity;
  return lastNegative + 2;
}

/** Mean, its Monte Carlo standard error, and the 5th, 50th and 95th percentiles. */
export interface Summary {
  mean: number | null;
  se: number | null;
  p5: number | null;
  p50: number | null;
  p95: number | null;
  /** Runs in which the quantity was undefined (e.g. ROI with zero cost) or never reached (payback): not in the mean. */
  undefinedRuns?: number;
}

/** Percentile by linear interpolation between order statistics (type 7, as R and numpy default). */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  // on an order statistic, or between equal ones, no arithmetic: 0·∞ and ∞ − ∞ would turn "never" into NaN
  if (a === b || h === lo) return a;
  return a + (h - lo) * (b - a);
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * Summary of one quantity over runs (in run order, so that the standard error
 * can follow the replicate blocks of `design`; default: independent runs).
 * NaN values (undefined in a run) are left out of every statistic and
 * counted. +Infinity (never) is left out of the mean and its s.e., which are
 * then over the runs where it happened, and stays in the percentiles, which
 * read "never" (null) where they fall on it. The payback month is summarised
 * by {@link summarizePayback} instead (MODEL.md §12).
 */
export function summarize(values: ArrayLike<number>, design: ErrorDesign = { method: 'iid' }): Summary {
  const kept: number[] = [];
  let undefinedRuns = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) undefinedRuns++;
    else kept.push(v);
  }
  const sorted = Float64Array.from(kept).sort();
  const { mean, se } = meanAndSe(values, design);
  const infinite = kept.length - kept.filter(Number.isFinite).length;
  const s: Summary = {
    mean: finiteOrNull(mean),
    se: finiteOrNull(se),
    p5: finiteOrNull(percentile(sorted, 0.05)),
    p50: finiteOrNull(percentile(sorted, 0.5)),
    p95: finiteOrNull(percentile(sorted, 0.95)),
  };
  if (undefinedRuns + infinite > 0) s.undefinedRuns = undefinedRuns + infinite;
  return s;
}

/**
 * The payback month over runs, read one way (MODEL.md §12): percentiles over
 * all runs as whole months, "never" (+Infinity) included and shown as null;
 * the share of runs that never pay back within the horizon; and the mean over
 * the runs that do, kept apart as `meanIfPaysBack` so that no "mean" beside
 * the unconditional percentiles is a mean over some runs only (`mean` and `se`
 * are null).
 */
export interface PaybackSummary extends Summary {
  /** Share of runs that never pay back within the horizon. */
  neverShare: number | null;
  /** Mean payback month over the runs that pay back (conditional on paying back); null when none does. */
  meanIfPaysBack: number | null;
}

/**
 * The q-quantile by nearest rank, the ⌈n·q⌉-th smallest value: an order
 * statistic, so a payback month stays a whole month and "never" stays never
 * rather than turning 26.5 or ∞; the median of an even count is the lower one.
 *
 * @example
 * nearestRank(Float64Array.of(25, 28, Infinity, Infinity), 0.5) // 28
 */
export function nearestRank(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  return n === 0 ? NaN : sorted[Math.max(0, Math.ceil(n * q) - 1)]!;
}

/** {@link PaybackSummary} of per-run payback months (+Infinity: never). */
export function summarizePayback(values: ArrayLike<number>): PaybackSummary {
  const sorted = Float64Array.from(values).sort();
  let paid = 0;
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (Number.isFinite(sorted[i]!)) {
      paid++;
      sum += sorted[i]!;
    }
  }
  const n = sorted.length;
  const s: PaybackSummary = {
    mean: null,
    se: null,
    p5: finiteOrNull(nearestRank(sorted, 0.05)),
    p50: finiteOrNull(nearestRank(sorted, 0.5)),
    p95: finiteOrNull(nearestRank(sorted, 0.95)),
    neverShare: n > 0 ? (n - paid) / n : null,
    meanIfPaysBack: paid > 0 ? sum / paid : null,
  };
  if (n - paid > 0) s.undefinedRuns = n - paid;
  return s;
}

/** Share of the runs with a defined value in which `values[i] > 0`. */
export function shareAbove0(values: ArrayLike<number>): number {
  // runs where the value is undefined (ROI with a program cost of 0) are left out, as in the value's other
  // statistics; none defined: NaN (null in --json, a dash in tables), never a confident 0 %
  let k = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    n++;
    if (v > 0) k++;
  }
  return n > 0 ? k / n : NaN;
}
