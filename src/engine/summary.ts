/**
 * What a simulation reports (MODEL.md §5, CLI.md `simulate --json`): every
 * metric's mean, standard error (honest for the sampling: replicate blocks
 * under Latin hypercube) and P5/P50/P95 over the runs, P(ROI > 0),
 * P(NPV > 0), how often payback never comes, the mean monthly flows and the
 * cumulative net profit band.
 */
import { METRIC_KEYS, SEGMENT_METRIC_KEYS, percentile, shareAbove0, summarize, summarizePayback, type MetricKey, type PaybackSummary, type SegmentMetricKey, type Summary } from './metrics.js';
import type { SimulationResult } from './simulate.js';
import { blockCount } from './standard-error.js';

export interface SimulationSummary {
  runs: number;
  /** Every metric's summary; the payback month's is read one way (MODEL.md §12: median month, never share). */
  metrics: Record<MetricKey, Summary> & { paybackMonth: PaybackSummary };
  /** P(ROI > 0), P(NPV > 0); the share of runs that pay back within the horizon and of those that never do (MODEL.md §12). */
  probabilities: { roiPositive: number; npvPositive: number; paybackWithinHorizon: number; paybackNeverShare: number };
  /** How the standard errors were estimated: replicate Latin hypercube blocks, or independent runs. */
  standardError: { method: 'blocks' | 'iid'; blocks: number; blockSize: number | null };
  monthly: {
    /** Mean Nₜ per month, t = 1..H (launch cost not included: it falls at month 0). */
    netIncrementalProfit: number[];
    /** Cumulative undiscounted net profit including the launch cost, by month: mean and P5/P50/P95 across runs. */
    cumulativeNetMean: number[];
    cumulativeNetP5: number[];
    cumulativeNetP50: number[];
    cumulativeNetP95: number[];
    /** Mean members (joined and active at the month's start) per month (MODEL.md §8). */
    members: number[];
    /** Mean points redeemed per month (§10 balances). */
    pointsRedeemed: number[];
    /** Mean extra orders caused by bracket push per month, before pull-forward (§10). */
    pushedOrders: number[];
    /** Mean fee income per month (§11). */
    feeIncome: number[];
    /** Mean referred customers arriving per month, every arrival (§12). */
    referredCustomers: number[];
  };
  /** Mean members active after month H per tier level, and their share. */
  tierMix: { name: string; members: number; share: number }[];
  /** Mean and range of every uncertain input as drawn. */
  inputs: Record<string, Summary>;
  /**
   * MODEL.md §13: per segment ("other" last), customers (activeAtStart), members and
   * every money metric over the runs; program cost, net profit and ROI before
   * the fixed costs, which `metrics.fixedCosts` states at the total. Absent without segments.
   */
  bySegment?: { name: string; invited: boolean; metrics: Record<SegmentMetricKey, Summary> }[];
}

/** A metric's values over runs, in run order. */
export function metricValues(result: SimulationResult, key: MetricKey): Float64Array {
  return Float64Array.from(result.runs, (r) => r.metrics[key]);
}

export function summarizeSimulation(result: SimulationResult): SimulationSummary {
  const runs = result.runs;
  const H = result.horizon;
  const design = result.errorDesign;
  const summaries = {} as Record<MetricKey, Summary>;
  for (const key of METRIC_KEYS) summaries[key] = key === 'paybackMonth' ? summarizePayback(metricValues(result, key)) : summarize(metricValues(result, key), design);
  const metrics = summaries as SimulationSummary['metrics']; // paybackMonth's is a PaybackSummary, set just above

  const n = runs.length;
  const netMean = new Array<number>(H).fill(0);
  const cumulative = Array.from({ length: H }, () => new Float64Array(n));
  runs.forEach((r, i) => {
    let cum = -r.launchCost; // month 0
    for (let t = 0; t < H; t++) {
      netMean[t]! += r.monthlyNet[t]! / n;
      cum += r.monthlyNet[t]!;
      cumulative[t]![i] = cum;
    }
  });
  const band = (q: number): number[] => cumulative.map((col) => percentile(Float64Array.from(col).sort(), q));
  const cumulativeNetMean = cumulative.map((col) => (n > 0 ? col.reduce((a, b) => a + b, 0) / n : NaN));

  const meanByMonth = (pick: (r: (typeof runs)[number]) => Float64Array): number[] => {
    const mean = new Array<number>(H).fill(0);
    for (const r of runs) {
      const a = pick(r);
      for (let t = 0; t < H; t++) mean[t]! += a[t]! / n;
    }
    return mean;
  };

  const levels = result.tierNames.length;
  const tierMeans = new Array<number>(levels).fill(0);
  for (const r of runs) for (let l = 0; l < levels; l++) tierMeans[l]! += (r.tierMix[l] ?? 0) / Math.max(1, n);
  const tierTotal = tierMeans.reduce((a, b) => a + b, 0);

  const inputKeys = n > 0 ? Object.keys(runs[0]!.inputs) : [];
  const inputs: Record<string, Summary> = {};
  for (const k of inputKeys) inputs[k] = summarize(Float64Array.from(runs, (r) => r.inputs[k]!), design);
  const paidBack = runs.filter((r) => Number.isFinite(r.metrics.paybackMonth)).length;

  return {
    runs: n,
    metrics,
    probabilities: {
      roiPositive: shareAbove0(metricValues(result, 'roi')),
      npvPositive: shareAbove0(metricValues(result, 'npv')),
      paybackWithinHorizon: n > 0 ? paidBack / n : NaN,
      paybackNeverShare: n > 0 ? (n - paidBack) / n : NaN,
    },
    standardError: {
      method: design.method,
      blocks: blockCount(n, design),
      blockSize: design.method === 'blocks' ? design.blockSize! : null,
    },
    monthly: {
      netIncrementalProfit: netMean,
      cumulativeNetMean,
      cumulativeNetP5: band(0.05),
      cumulativeNetP50: band(0.5),
      cumulativeNetP95: band(0.95),
      members: meanByMonth((r) => r.monthlyMembers),
      pointsRedeemed: meanByMonth((r) => r.monthlyRedeemed),
      pushedOrders: meanByMonth((r) => r.monthlyPushed),
      feeIncome: meanByMonth((r) => r.monthlyFee),
      referredCustomers: meanByMonth((r) => r.monthlyReferred),
    },
    tierMix: result.tierNames.map((name, l) => ({ name, members: tierMeans[l]!, share: tierTotal > 0 ? tierMeans[l]! / tierTotal : 0 })),
    inputs,
    ...(result.segments ? { bySegment: summarizeSegments(result) } : {}),
  };
}

/** §13: each segment's metrics summarised over the runs like the totals'. */
function summarizeSegments(result: SimulationResult): NonNullable<SimulationSummary['bySegment']> {
  return (result.segments ?? []).map(({ name, invited }, k) => {
    const metrics = {} as Record<SegmentMetricKey, Summary>;
    for (const key of SEGMENT_METRIC_KEYS) metrics[key] = summarize(Float64Array.from(result.runs, (r) => r.segments?.[k]?.[key] ?? NaN), result.errorDesign);
    return { name, invited, metrics };
  });
}
