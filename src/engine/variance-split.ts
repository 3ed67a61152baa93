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
 * Why not run twice, with and without the draws, and compare variances: we
 * tried. Drawing different parameters changes how many uniforms each
 * customer's Gamma draws consume, so the two passes are not paired run by
 * run, and when calibration is a few per cent of the variance the difference
 * of two sampled variances is mostly noise (on the CDNOW history it came out
 * at 0 or negative). The regression uses one pass and the exact θ of each run.
 */
import { invertSpd } from '../fit/optimize.js';

export interface CalibrationShare {
  /** Share of the ROI variance explained by the drawn parameters (adjusted R²), 0..1. */
  share: number;
  /** The ROI's sd across the runs. */
  sd: number;
  /** Runs used (finite ROI). */
  runs: number;
}

/**
 * The adjusted R² of y on the rows of X (plus an intercept); rows with a
 * non-finite y are left out.
 */
export function calibrationShare(y: ArrayLike<number>, X: number[][]): CalibrationShare {
  const rows: number[][] = [];
  const ys: number[] = [];
  for (let i = 0; i < y.length; i++) {
    if (Number.isFinite(y[i]!)) {
      rows.push([1, ...X[i]!]);
      ys.push(y[i]!);
    }
  }
  const n = ys.length;
  const k = rows[0]?.length ?? 1;
  const mean = ys.reduce((s, v) => s + v, 0) / Math.max(1, n);
  const tss = ys.reduce((s, v) => s + (v - mean) ** 2, 0);
  const sd = n > 1 ? Math.sqrt(tss / (n - 1)) : NaN;
  if (n <= k + 1 || !(tss > 0)) return { share: 0, sd, runs: n };
  // normal equations, with the columns centred and scaled so the system is well conditioned
  const colMean = Array.from({ length: k }, (_, j) => (j === 0 ? 0 : rows.reduce((s, r) => s + r[j]!, 0) / n));
  const colSd = Array.from({ length: k }, (_, j) => (j === 0 ? 1 : Math.sqrt(rows.reduce((s, r) => s + (r[j]! - colMean[j]!) ** 2, 0) / n) || 1));
  const Z = rows.map((r) => r.map((v, j) => (j === 0 ? 1 : (v - colMean[j]!) / colSd[j]!)));
  const XtX = Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => Z.reduce((s, r) => s + r[a]! * r[b]!, 0)));
  const Xty = Array.from({ length: k }, (_, a) => Z.reduce((s, r, i) => s + r[a]! * ys[i]!, 0));
  const inv = invertSpd(XtX);
  if (!inv) return { share: 0, sd, runs: n };
  const beta = inv.map((row) => row.reduce((s, v, b) => s + v * Xty[b]!, 0));
  let rss = 0;
  for (let i = 0; i < n; i++) rss += (ys[i]! - Z[i]!.reduce((s, v, a) => s + v * beta[a]!, 0)) ** 2;
  const adjusted = 1 - (rss / (n - k)) / (tss / (n - 1));
  return { share: Math.min(1, Math.max(0, adjusted)), sd, runs: n };
}
