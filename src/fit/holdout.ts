/**
 * The calibration/holdout check (MODEL.md §6; FHL 2005 figure 4): fitted on
 * the calibration period, the purchase model (BG/NBD or Pareto/NBD) predicts each customer's repeat
 * purchases in the holdout from their calibration history; the check sets
 * the sum of those predictions beside the actual purchases, in total and by
 * calibration frequency x = 0, 1, …, 6, 7+.
 */
import { conditionalExpected, type PurchaseParams } from './purchase-model.js';

export interface HoldoutBucket {
  /** '0'…'6', '7+'. */
  frequency: string;
  customers: number;
  /** Sums over the bucket's customers. */
  predicted: number;
  actual: number;
  /** Per customer. */
  predictedMean: number;
  actualMean: number;
}

export interface HoldoutCheck {
  /** Holdout length in the summary's unit. */
  length: number;
  predicted: number;
  actual: number;
  /**
   * Σ over the frequency buckets of |predicted − actual|, over the actual
   * total: how far the conditional-expectation chart is off; `--model auto`
   * picks the model with the smaller one.
   */
  error: number;
  byFrequency: HoldoutBucket[];
}

export interface HoldoutData {
  x: ArrayLike<number>;
  tx: ArrayLike<number>;
  T: ArrayLike<number>;
  holdoutX: ArrayLike<number>;
  holdoutT: ArrayLike<number>;
}

const TOP = 7;

export function holdoutCheck(params: PurchaseParams, s: HoldoutData): HoldoutCheck {
  const buckets = Array.from({ length: TOP + 1 }, (_, k) => ({ frequency: k === TOP ? `${TOP}+` : String(k), customers: 0, predicted: 0, actual: 0 }));
  let predicted = 0;
  let actual = 0;
  for (let i = 0; i < s.x.length; i++) {
    const e = conditionalExpected(params, s.holdoutT[i]!, s.x[i]!, s.tx[i]!, s.T[i]!);
    const b = buckets[Math.min(TOP, s.x[i]!)]!;
    b.customers++;
    b.predicted += e;
    b.actual += s.holdoutX[i]!;
    predicted += e;
    actual += s.holdoutX[i]!;
  }
  return {
    error: actual > 0 ? buckets.reduce((e, b) => e + Math.abs(b.predicted - b.actual), 0) / actual : NaN,
    length: s.holdoutT.length > 0 ? s.holdoutT[0]! : 0,
    predicted,
    actual,
    byFrequency: buckets.map((b) => ({ ...b, predictedMean: b.customers ? b.predicted / b.customers : 0, actualMean: b.customers ? b.actual / b.customers : 0 })),
  };
}
