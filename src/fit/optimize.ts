/**
 * Unconstrained minimisation for the maximum-likelihood fits (MODEL.md §6):
 * Nelder–Mead to get near the optimum from a rough start, then Newton steps
 * with a numerical gradient and Hessian (central differences) to finish and
 * to get the Hessian for standard errors. The fits work on log-parameters, so
 * the search is unconstrained.
 */

export interface OptimizeOptions {
  /** Nelder–Mead iterations (default 2000). */
  maxSimplexIterations?: number;
  /** Newton iterations (default 100). */
  maxNewtonIterations?: number;
  /** Converged when the gradient norm is below gradientTolerance × max(1, |f(x0)|) (default 1e-6). */
  gradientTolerance?: number;
  /**
   * Coordinates (log-parameters) that must stay below logLimit: a Gamma shape
   * that runs off towards infinity is a likelihood still rising along a ridge
   * to a limit the model can only approach (no heterogeneity at all), and the
   * search would crawl there for minutes (issue 29); it stops there instead.
   */
  runaway?: { indices: readonly number[]; logLimit: number };
}

export interface OptimizeResult {
  x: number[];
  value: number;
  iterations: number;
  evaluations: number;
  gradient: number[];
  gradientNorm: number;
  /** Hessian of f at x (numerical). */
  hessian: number[][];
  converged: boolean;
  /** How the search ended, in English (fit --json keeps it). */
  message: string;
  /** Why a search that did not converge stopped, as data for the reader's language; absent when it converged. */
  stop?: StopReason;
}

/**
 * Where a Gamma shape (r of the purchase rates, q of the spend levels) counts
 * as run away: at 10,000 its coefficient of variation is 1 %, customers alike
 * for every purpose of the model. Real histories fit shapes of 0.1 to 20.
 */
export const RUNAWAY_SHAPE = 1e4;

/** The Hessian could not be made positive definite; no Newton step lowered f; the iterations ran out; a parameter ran away (OptimizeOptions.runaway). */
export type StopReason = 'hessian' | 'noStep' | 'iterations' | 'runaway';

/** Nelder–Mead simplex (standard coefficients 1, 2, ½, ½). */
export function nelderMead(
  f: (x: number[]) => number,
  x0: number[],
  options: { maxIterations?: number; tolerance?: number; step?: number; stopAt?: (best: number[]) => boolean } = {},
): { x: number[]; value: number; iterations: number; evaluations: number; stopped?: boolean } {
  const n = x0.length;
  const maxIterations = options.maxIterations ?? 2000;
  const tol = options.tolerance ?? 1e-10;
  const step = options.step ?? 0.5;
  let evaluations = 0;
  const fx = (x: number[]): number => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  const simplex: number[][] = [x0.slice()];
  for (let i = 0; i < n; i++) {
    const p = x0.slice();
    p[i]! += step;
    simplex.push(p);
  }
  let values = simplex.map(fx);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
    const s = order.map((i) => simplex[i]!);
    const v = order.map((i) => values[i]!);
    simplex.splice(0, simplex.length, ...s);
    values = v;
    const spread = Math.abs(values[n]! - values[0]!);
    if (spread <= tol * (Math.abs(values[0]!) + tol)) break;
    if (options.stopAt?.(simplex[0]!)) return { x: simplex[0]!, value: values[0]!, iterations, evaluations, stopped: true };
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j]! += simplex[i]![j]! / n;
    const along = (t: number) => centroid.map((c, j) => c + t * (simplex[n]![j]! - c));
    const reflected = along(-1);
    const fr = fx(reflected);
    if (fr < values[0]!) {
      const expanded = along(-2);
      const fe = fx(expanded);
      if (fe < fr) {
        simplex[n] = expanded;
        values[n] = fe;
      } else {
        simplex[n] = reflected;
        values[n] = fr;
      }
    } else if (fr < values[n - 1]!) {
      simplex[n] = reflected;
      values[n] = fr;
    } else {
      const contracted = fr < values[n]! ? along(-0.5) : along(0.5);
      const fc = fx(contracted);
      if (fc < Math.min(fr, values[n]!)) {
        simplex[n] = contracted;
        values[n] = fc;
      } else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = simplex[i]!.map((x, j) => simplex[0]![j]! + 0.5 * (x - simplex[0]![j]!));
          values[i] = fx(simplex[i]!);
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i <= n; i++) if (values[i]! < values[best]!) best = i;
  return { x: simplex[best]!, value: values[best]!, iterations, evaluations };
}

/** Steps of the central differences: O(h²) truncation against rounding of order ε·|f|/h (gradient) and ε·|f|/h² (Hessian). */
const GRADIENT_STEP = 1e-5;
const HESSIAN_STEP = 1e-4;

/** Central-difference gradient. */
export function numericalGradient(f: (x: number[]) => number, x: number[], h = GRADIENT_STEP): number[] {
  return x.map((_, i) => {
    const up = x.slice();
    const down = x.slice();
    up[i]! += h;
    down[i]! -= h;
    return (f(up) - f(down)) / (2 * h);
  });
}

/** Central-difference Hessian (symmetric). */
export function numericalHessian(f: (x: number[]) => number, x: number[], h = HESSIAN_STEP): number[][] {
  const n = x.length;
  const f0 = f(x);
  const at = (di: number, si: number, dj: number, sj: number): number => {
    const p = x.slice();
    p[di]! += si * h;
    p[dj]! += sj * h;
    return f(p);
  };
  const H: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const up = x.slice();
    const down = x.slice();
    up[i]! += h;
    down[i]! -= h;
    H[i]![i] = (f(up) - 2 * f0 + f(down)) / (h * h);
    for (let j = 0; j < i; j++) {
      const v = (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * h * h);
      H[i]![j] = v;
      H[j]![i] = v;
    }
  }
  return H;
}

/** Cholesky factor L (A = L Lᵀ) of a symmetric matrix, or undefined when it is not positive definite. */
export function cholesky(A: number[][]): number[][] | undefined {
  const n = A.length;
  const L: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i]![j]!;
      for (let k = 0; k < j; k++) s -= L[i]![k]! * L[j]![k]!;
      if (i === j) {
        if (!(s > 0)) return undefined;
        L[i]![i] = Math.sqrt(s);
      } else {
        L[i]![j] = s / L[j]![j]!;
      }
    }
  }
  return L;
}

function choleskySolve(L: number[][], b: number[]): number[] {
  const n = b.length;
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= L[i]![k]! * y[k]!;
    y[i] = s / L[i]![i]!;
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= L[k]![i]! * x[k]!;
    x[i] = s / L[i]![i]!;
  }
  return x;
}

/** The inverse of a symmetric positive-definite matrix, or undefined when it is not positive definite. */
export function invertSpd(A: number[][]): number[][] | undefined {
  const L = cholesky(A);
  if (!L) return undefined;
  const n = A.length;
  const cols = Array.from({ length: n }, (_, j) => choleskySolve(L, Array.from({ length: n }, (_, i) => (i === j ? 1 : 0))));
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => cols[j]![i]!));
}

const norm = (v: number[]): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

/**
 * Minimises f from x0: Nelder–Mead, then damped Newton steps (the Hessian is
 * shifted towards the identity until it is positive definite; step halving
 * until f decreases). Reports whether the gradient got small.
 */
export function minimize(f: (x: number[]) => number, x0: number[], options: OptimizeOptions = {}): OptimizeResult {
  let evaluations = 0;
  const g = (x: number[]): number => {
    evaluations++;
    return f(x);
  };
  const runaway = options.runaway;
  const ranAway = (x: number[]): boolean => runaway !== undefined && runaway.indices.some((i) => x[i]! > runaway.logLimit);
  const nm = nelderMead(g, x0, { maxIterations: options.maxSimplexIterations ?? 2000, stopAt: ranAway });
  let x = nm.x;
  let value = nm.value;
  let iterations = nm.iterations;
  // scaled by the objective at the start, not at the current point, so a run-away objective cannot look converged
  const gtol = (options.gradientTolerance ?? 1e-6) * Math.max(1, Math.abs(g(x0)));
  let grad = numericalGradient(g, x);
  let converged = !nm.stopped && norm(grad) <= gtol;
  let message = converged ? 'converged (gradient small after Nelder–Mead)' : 'Newton did not start';
  let stop: StopReason = 'iterations';
  if (nm.stopped || ranAway(x)) {
    message = 'stopped early: a shape parameter ran off towards infinity (the data show no spread between customers for it to measure)';
    stop = 'runaway';
  }
  const maxNewton = options.maxNewtonIterations ?? 100;
  for (let k = 0; k < maxNewton && !converged && stop !== 'runaway'; k++) {
    iterations++;
    const H = numericalHessian(g, x);
    let L: number[][] | undefined;
    for (let shift = 0, tries = 0; tries < 30; tries++) {
      const Hs = H.map((row, i) => row.map((v, j) => (i === j ? v + shift : v)));
      L = cholesky(Hs);
      if (L) break;
      shift = shift === 0 ? 1e-6 * Math.max(1, ...H.map((r, i) => Math.abs(r[i]!))) : shift * 10;
    }
    if (!L) {
      message = 'Hessian could not be made positive definite';
      stop = 'hessian';
      break;
    }
    const dir = choleskySolve(L, grad.map((v) => -v));
    let t = 1;
    let moved = false;
    for (let h = 0; h < 40; h++) {
      const cand = x.map((xi, i) => xi + t * dir[i]!);
      const fc = g(cand);
      if (Number.isFinite(fc) && fc <= value) {
        x = cand;
        value = fc;
        moved = true;
        break;
      }
      t /= 2;
    }
    grad = numericalGradient(g, x);
    converged = norm(grad) <= gtol;
    if (!converged && ranAway(x)) {
      message = 'stopped early: a shape parameter ran off towards infinity (the data show no spread between customers for it to measure)';
      stop = 'runaway';
      break;
    }
    if (converged) message = `converged (gradient norm ${norm(grad).toExponential(2)})`;
    else if (!moved) {
      message = `stopped: no Newton step lowers the objective (gradient norm ${norm(grad).toExponential(2)})`;
      stop = 'noStep';
      break;
    }
  }
  if (!converged && message === 'Newton did not start') message = `not converged after ${iterations} iterations (gradient norm ${norm(grad).toExponential(2)})`;
  const hessian = numericalHessian(g, x);
  return { x, value, iterations, evaluations, gradient: grad, gradientNorm: norm(grad), hessian, converged, message, ...(converged ? {} : { stop }) };
}

/**
 * Standard errors of exp(θ) from the Hessian of the negative log-likelihood
 * in θ = log-parameters: cov(θ) = H⁻¹, and by the delta method
 * se(exp θᵢ) = exp(θᵢ)·√cov(θ)ᵢᵢ. NaN when H is not positive definite.
 */
export function standardErrorsFromLogHessian(theta: number[], hessian: number[][]): number[] {
  const cov = invertSpd(hessian);
  return theta.map((t, i) => (cov ? Math.exp(t) * Math.sqrt(cov[i]![i]!) : NaN));
}

/**
 * The asymptotic covariance of the log-parameters: the inverse Hessian of the
 * negative log-likelihood (or log-posterior) at the optimum; null when the
 * Hessian is not positive definite (the optimum is not a proper maximum).
 */
export function covarianceFromHessian(hessian: number[][]): number[][] | null {
  return invertSpd(hessian) ?? null;
}
