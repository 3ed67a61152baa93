/**
 * The fit's diagnostics people can see (issue 13 part 6), gathered for the
 * terminal, `fit --html` and the report: the tracking chart (tracking.ts),
 * the conditional expectation by calibration frequency (the holdout check,
 * holdout.ts), the P(alive) histogram, and the Gamma-Gamma check: mean
 * order value by frequency beside their correlation, because Gamma-Gamma
 * assumes a customer's order values do not depend on how often they buy.
 * Pure: the fit and, when there is one, the history in; numbers out.
 */
import type { History } from '../history/read.js';
import { UNIT_DAYS } from '../history/summarize.js';
import { CORRELATION_LIMIT, type HistoryFit } from './fit-history.js';
import { usableForGammaGamma } from './gamma-gamma.js';
import type { HoldoutCheck } from './holdout.js';
import { purchaseParams } from './purchase-model.js';
import { type Tracking, trackingCurve } from './tracking.js';

export interface ValueBucket {
  /** '1'…'6', '7+': repeat purchases in the calibration. */
  frequency: string;
  customers: number;
  /** Mean over the bucket's customers of their mean repeat order value z̄. */
  meanValue: number;
}

export interface FitDiagnostics {
  /** null for a summary input: it has no dates to count weeks by. */
  tracking: Tracking | null;
  /** null when the calibration runs to the end of the data (no holdout to compare with). */
  holdout: HoldoutCheck | null;
  /** Customers in ten P(alive) bins [0, 0.1), …, [0.9, 1]. */
  pAliveHistogram: number[];
  /** Gamma-Gamma customers (x > 0, z̄ > 0) by frequency. */
  valueByFrequency: ValueBucket[];
  correlation: number;
  /** |correlation| above correlationLimit (CORRELATION_LIMIT): the independence Gamma-Gamma assumes is doubtful. */
  correlationMaterial: boolean;
  correlationLimit: number;
}

const TOP = 7;

export function valueByFrequency(x: ArrayLike<number>, zbar: ArrayLike<number>): ValueBucket[] {
  const sums = new Float64Array(TOP);
  const counts = new Float64Array(TOP);
  for (let i = 0; i < x.length; i++) {
    if (!usableForGammaGamma(x[i]!, zbar[i]!)) continue;
    const k = Math.min(TOP, x[i]!) - 1;
    sums[k]! += zbar[i]!;
    counts[k]!++;
  }
  return Array.from({ length: TOP }, (_, k) => ({
    frequency: k === TOP - 1 ? `${TOP}+` : String(k + 1),
    customers: counts[k]!,
    meanValue: counts[k]! > 0 ? sums[k]! / counts[k]! : NaN,
  }));
}

/** The diagnostics of a fit; pass the history it came from for the tracking chart. */
export function fitDiagnostics(f: HistoryFit, history?: Pick<History, 'customers' | 'firstDay' | 'lastDay'>): FitDiagnostics {
  const s = f.summary;
  return {
    tracking: history
      ? trackingCurve(purchaseParams(f.purchase), { customers: history.customers, firstDay: history.firstDay, lastDay: history.lastDay, calibrationEndDay: s.calibrationEndDay, unitDays: UNIT_DAYS[s.unit] })
      : null,
    holdout: f.holdout,
    pAliveHistogram: f.pAliveHistogram,
    valueByFrequency: valueByFrequency(s.x, s.zbar),
    correlation: f.frequencyValueCorrelation,
    correlationMaterial: Math.abs(f.frequencyValueCorrelation) > CORRELATION_LIMIT,
    correlationLimit: CORRELATION_LIMIT,
  };
}
