/**
 * From one run's totals to the quantities people decide on (MODEL.md §5), and
 * from many runs to their mean, Monte Carlo standard error and P5/P50/P95.
 */
import type { ProgramParams } from './params.js';
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
] as const;

export type MetricKey = (typeof METRIC_KEYS)[number];
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
  const net = fee !== 0 ? gross - programCost + fee : gross - programCost;

  // NPV: Σ (Gₜ − Cₜ)/(1 + r)ᵗ − launch; payback: first month the cumulative undiscounted N reaches 0.
  let npv = -prm.launchCost;
  let cumulative = -prm.launchCost;
  let payback = Infinity;
  let discount = 1;
  for (let m = 0; m < H; m++) {
    const flow = monthlyNet(out, m);
    discount /= 1 + prm.monthlyRate;
    npv += flow * discount;
    cumulative += flow;
    if (payback === Infinity && cumulative >= 0) payback = m + 1;
  }

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
  };
}

/** Nₜ = Gₜ − Cₜ + Fₜ of month index m (fee income is program revenue, MODEL.md §11). */
export function monthlyNet(out: RunOutput, m: number): number {
  const fee = out.monthlyFee[m]!;
  const flow = out.monthlyGross[m]! - out.monthlyCost[m]!;
  return fee !== 0 ? flow + fee : flow;
}

/** Mean, its Monte Carlo standard error, and the 5th, 50th and 95th percentiles. */
export interface Summary {
  mean: number | null;
  se: number | null;
  p5: number | null;
  p50: number | null;
  p95: number | null;
  /** Runs in which the quantity was undefined (e.g. ROI with zero cost) or never reached (payback). */
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
  if (a === b) return a; // also keeps ±Infinity from turning into NaN
  return a + (h - lo) * (b - a);
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * Summary of one quantity over runs. NaN values (undefined in a run) are left
 * out of every statistic and counted; +Infinity (never, e.g. no payback) stays
 * in the percentiles, which then read "never" (null), and makes the mean null.
 */
export function summarize(values: ArrayLike<number>): Summary {
  const kept: number[] = [];
  let undefinedRuns = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) undefinedRuns++;
    else kept.push(v);
  }
  const n = kept.length;
  const sorted = Float64Array.from(kept).sort();
  let mean = NaN;
  let se = NaN;
  if (n > 0 && kept.every(Number.isFinite)) {
    let sum = 0;
    for (const v of kept) sum += v;
    mean = sum / n;
    if (n > 1) {
      let ss = 0;
      for (const v of kept) ss += (v - mean) * (v - mean);
      se = Math.sqrt(ss / (n - 1) / n);
    } else se = 0;
  }
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

/** Share of runs in which `values[i] > 0` (NaN runs count as not). */
export function shareAbove0(values: ArrayLike<number>): number {
  let k = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > 0) k++;
  return values.length > 0 ? k / values.length : NaN;
}
