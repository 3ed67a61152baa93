/**
 * How much of the ROI's spread comes from calibration (issue 13, part 2).
 *
 * By the law of total variance Var(ROI) = Var(E[ROI | θ]) + E[Var(ROI | θ)],
 * the calibration's share is Var(E[ROI | θ]) / Var(ROI), θ being the
 * population parameters a run drew. Each run's θ is known (it comes from its
 * own stream, parameter-uncertainty.ts), so we regress ROI on θ across the
 * runs by least squares; θ varies over its asymptotic normal, narrow enough
 * that E[ROI | θ] is close to linear, and the share is the adjusted R²
 * (floored at 0).
 *
 * Two shares, because ROI across runs is often heavy-tailed: with a real
 * history a handful of runs in which a few customers draw huge order values
 * (Gamma-Gamma with a small q) can carry most of the variance. The plain R²
 * is then the share of a variance those runs dominate, and it says little
 * about the P5–P95 interval a reader looks at (on a three-month CDNOW export:
 * 9 % of the variance, while the interval widens by a quarter). So we also
 * regress the runs' normal scores (Φ⁻¹ of the mid-rank), which keep the order
 * of the runs and drop the size of the tails: that share s is the one of the
 * interval's body, and if calibration adds an independent part to a roughly
 * normal body, the P5–P95 with it is 1/√(1 − s) times the width without
 * (measured on CDNOW: 1.27 implied vs 1.25 from a second pass, seed 7).
 *
 * Why not run twice, with and without the draws, and compare: we tried.
 * Drawing different parameters changes how many uniforms each customer's
 * Gamma draws consume, so the two passes are not paired run by run, and when
 * calibration is a few per cent the difference of two sampled widths is
 * mostly noise (on the full CDNOW history it came out at 0 or negative). The
 * regression uses one pass and the exact θ of each run.
 */
import { invertSpd } from '../fit/optimize.js';
import { normalQuantile } from '../random/special.js';

export interface CalibrationShare {
  /** Share of the ROI variance explained by the drawn parameters (adjusted R²), 0..1. */
  share: number;
  /** Share of the ROI's spread: the adjusted R² of the runs' normal scores on the parameters, 0..1. */
  spreadShare: number;
  /** 1/√(1 − spreadShare): how many times wider the P5–P95 is than with the parameters fixed. */
  widening: number;
  /** The ROI's sd across the runs. */
  sd: number;
  /** Runs used (finite ROI). */
  runs: number;
}

/**
 * The calibration's shares of ROI (y, one per run) given each run's drawn
 * parameters (the rows of X); runs with a non-finite y are left out.
 */
export function calibrationShare(y: ArrayLike<number>, X: number[][]): CalibrationShare {
  const keep: number[] = [];
  for (let i = 0; i < y.length; i++) if (Number.isFinite(y[i]!)) keep.push(i);
  const ys = keep.map((i) => y[i]!);
  const rows = keep.map((i) => X[i]!);
  const n = ys.length;
  const mean = ys.reduce((s, v) => s + v, 0) / Math.max(1, n);
  const sd = n > 1 ? Math.sqrt(ys.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1)) : NaN;
  const spreadShare = adjustedR2(normalScores(ys), rows);
  return { share: adjustedR2(ys, rows), spreadShare, widening: 1 / Math.sqrt(1 - Math.min(spreadShare, 0.99)), sd, runs: n };
}

/** Φ⁻¹((rank − ½)/n) of each value, tied values sharing their mean rank. */
export function normalScores(values: number[]): number[] {
  const n = values.length;
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const scores = new Array<number>(n);
  for (let lo = 0; lo < n; ) {
    let hi = lo + 1;
    while (hi < n && values[order[hi]!] === values[order[lo]!]) hi++;
    const z = normalQuantile(((lo + hi) / 2) / n); // mid-rank of the tie block, minus ½, over n
    for (let k = lo; k < hi; k++) scores[order[k]!] = z;
    lo = hi;
  }
  return scores;
}

/** The adjusted R² of y on the rows of X plus an intercept, floored at 0. */
function adjustedR2(y: number[], X: number[][]): number {
  const rows = X.map((r) => [1, ...r]);
  const ys = y;
  const n = ys.length;
  const k = rows[0]?.length ?? 1;
  const mean = ys.reduce((s, v) => s + v, 0) / Math.max(1, n);
  const tss = ys.reduce((s, v) => s + (v - mean) ** 2, 0);
  if (n <= k + 1 || !(tss > 0)) return 0;
  // normal equations, with the columns centred and scaled so the system is well conditioned
  const colMean = Array.from({ length: k }, (_, j) => (j === 0 ? 0 : rows.reduce((s, r) => s + r[j]!, 0) / n));
  const colSd = Array.from({ length: k }, (_, j) => (j === 0 ? 1 : Math.sqrt(rows.reduce((s, r) => s + (r[j]! - colMean[j]!) ** 2, 0) / n) || 1));
  const Z = rows.map((r) => r.map((v, j) => (j === 0 ? 1 : (v - colMean[j]!) / colSd[j]!)));
  const XtX = Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => Z.reduce((s, r) => s + r[a]! * r[b]!, 0)));
  const Xty = Array.from({ length: k }, (_, a) => Z.reduce((s, r, i) => s + r[a]! * ys[i]!, 0));
  const inv = invertSpd(XtX);
  if (!inv) return 0;
  const beta = inv.map((row) => row.reduce((s, v, b) => s + v * Xty[b]!, 0));
  let rss = 0;
  for (let i = 0; i < n; i++) rss += (ys[i]! - Z[i]!.reduce((s, v, a) => s + v * beta[a]!, 0)) ** 2;
  const adjusted = 1 - (rss / (n - k)) / (tss / (n - 1));
  return Math.min(1, Math.max(0, adjusted));
}
