/**
 * Churn the user knows, for histories too short to measure it (issue 13,
 * part 1). When the data do not identify dropout, a soft prior on churn is not
 * enough: on the one-year Online Retail file both purchase models explain
 * every silent customer as a slow buyer, and their likelihood falls by
 * about 185 log-units between an annual churn of 1 % and of 20 %, so even a
 * firm prior of 20 % ± 5 % would be overruled by what is really a modelling
 * artefact of the short window (a one-year history cannot tell "slow" from
 * "gone"). So for a non-identified fit the stated churn is taken as given:
 *
 * - the fit maximises the likelihood over the other three coordinates with
 *   the annual churn g of a new customer held fixed (r, α and the dropout
 *   concentration a + b for the BG/NBD, whose mean dropout a/(a+b) is solved
 *   for; r, α, s for the Pareto/NBD, whose β is solved for);
 * - g is chosen so that the churn of today's active customers (baseChurn,
 *   what the user states and simulate reports) equals the stated mean: g is
 *   first set from the maximum-likelihood r, α, then corrected once more at
 *   the fitted ones (both by bisection on g, which costs one pass over the
 *   customers per step, not a refit);
 * - the covariance of the log-parameters combines the data's (for those three)
 *   with the stated sd for the churn (through dG/dg and the Jacobian of the
 *   map), so every Monte Carlo run draws a churn from the user's range.
 *
 * The fit then says the prior decided 100 % of the churn. A fit the data do
 * identify holds the stated churn the same way (issue 23): a penalised fit
 * let an 8.5 % history turn a stated 20 % ± 5 %
 * into 9.8 %, which is not what the user said; fit-history.ts reports the
 * history's own churn beside it instead.
 */
import type { TransactionData } from './compress.js';
import { compress, weightedLogLikelihood } from './compress.js';
import { bgnbdCustomerLogLikelihood } from './bg-nbd.js';
import { covarianceFromHessian, minimize, numericalHessian } from './optimize.js';
import { boundedLogShape, LOG_PARETO_SHAPE_MAX, paretoNbdCustomerLogLikelihood } from './pareto-nbd.js';
import { annualChurn, type ChurnPrior, fromLog, type PurchaseFit, type PurchaseModel, type PurchaseParams, purchaseParams, toLog } from './purchase-model.js';

/**
 * The log-parameters with annual churn `g` and the three free coordinates
 * φ = (ln r, ln α, η), η = ln(a+b) (BG/NBD) or ln s (Pareto/NBD); null when
 * no parameters with that churn exist (g above what dropout at every
 * purchase gives).
 */
export function logParamsAtChurn(model: PurchaseModel, phi: number[], g: number, year: number): number[] | null {
  const [lr, la, eta] = phi as [number, number, number];
  if (!(g > 0 && g < 1)) return null;
  if (model === 'pareto-nbd') {
    // 1 − (β/(β+Y))ˢ = g  ⇔  β = Y·c/(1−c), c = (1−g)^(1/s); s stays within its bound (pareto-nbd.ts)
    const ls = boundedLogShape(eta);
    const c = Math.exp(Math.log1p(-g) / Math.exp(ls));
    return c > 0 && c < 1 ? [lr, la, ls, Math.log((year * c) / (1 - c))] : null;
  }
  const n = Math.exp(eta);
  const churnAt = (logit: number): number => {
    const pbar = 1 / (1 + Math.exp(-logit));
    return annualChurn({ model, params: { r: Math.exp(lr), alpha: Math.exp(la), a: pbar * n, b: (1 - pbar) * n } }, year);
  };
  let lo = -40;
  let hi = 40;
  if (!(churnAt(lo) < g && churnAt(hi) > g)) return null;
  // churn rises with the mean dropout a/(a+b) at a fixed concentration: bisection on its logit
  for (let k = 0; k < 80 && hi - lo > 1e-13; k++) {
    const mid = (lo + hi) / 2;
    if (churnAt(mid) < g) lo = mid;
    else hi = mid;
  }
  const pbar = 1 / (1 + Math.exp(-(lo + hi) / 2));
  return [lr, la, Math.log(pbar * n), Math.log((1 - pbar) * n)];
}

/** The free coordinates φ of log-parameters θ (see logParamsAtChurn). */
function freeCoordinates(model: PurchaseModel, theta: number[]): number[] {
  return model === 'pareto-nbd' ? [theta[0]!, theta[1]!, theta[2]!] : [theta[0]!, theta[1]!, Math.log(Math.exp(theta[2]!) + Math.exp(theta[3]!))];
}

/** The g (new-customer churn) at which today's active customers churn `target`, with φ held; NaN when none in (0, 1). */
function solveG(model: PurchaseModel, phi: number[], target: number, year: number, churnOf: (p: PurchaseParams) => number): number {
  const G = (g: number): number => {
    const theta = logParamsAtChurn(model, phi, g, year);
    return theta ? churnOf(fromLog(model, theta)) : NaN;
  };
  let lo = 1e-9;
  let hi = 1 - 1e-9;
  for (let k = 0; k < 60; k++) {
    const mid = (lo + hi) / 2;
    const v = G(mid);
    if (!(v < target)) hi = mid;
    else lo = mid;
  }
  const g = (lo + hi) / 2;
  return Math.abs(G(g) - target) < 1e-6 ? g : NaN;
}

/** How close to the shape bound (in ln s) a search must end to count as pinned there. */
const PIN_MARGIN = 1e-2;

/** The covariance of φ with ln s pinned: the inverse Hessian in (ln r, ln α), and zeros for ln s. */
function pinnedCovariance(negLL: (phi: number[]) => number, phi: number[]): number[][] | null {
  const c2 = covarianceFromHessian(numericalHessian((rAlpha) => negLL([rAlpha[0]!, rAlpha[1]!, phi[2]!]), phi.slice(0, 2)));
  return c2 && [[...c2[0]!, 0], [...c2[1]!, 0], [0, 0, 0]];
}

/**
 * No parameters near the fit reach the stated churn: the model and churn as
 * data, so the fit's error can name them in the reader's language.
 */
export class ChurnUnreachable extends RangeError {
  override readonly name = 'ChurnUnreachable';
  constructor(
    readonly model: PurchaseModel,
    readonly churn: number,
  ) {
    super(`no ${model} parameters near the fit give today's active customers an annual churn of ${churn}`);
  }
}

/**
 * The fit with the churn of today's active customers taken from the user
 * (see the file comment); `start` is the maximum-likelihood fit, whose r, α
 * and concentration start the search.
 */
export function fitAtChurn(
  model: PurchaseModel,
  data: TransactionData,
  year: number,
  churn: ChurnPrior,
  start: PurchaseFit,
  churnOf: (p: PurchaseParams) => number,
): PurchaseFit {
  const c = compress(data);
  const customerLL = model === 'bg-nbd' ? bgnbdCustomerLogLikelihood : paretoNbdCustomerLogLikelihood;
  const phi0 = freeCoordinates(model, toLog(purchaseParams(start)));
  const g0 = solveG(model, phi0, churn.mean, year, churnOf);
  if (!Number.isFinite(g0)) throw new ChurnUnreachable(model, churn.mean);
  const negLL = (phi: number[]): number => {
    const theta = logParamsAtChurn(model, phi, g0, year);
    return theta ? -weightedLogLikelihood(c, fromLog(model, theta).params as never, customerLL as never) : Infinity;
  };
  const res = minimize(negLL, phi0);
  const g = solveG(model, res.x, churn.mean, year, churnOf);
  if (!Number.isFinite(g)) throw new ChurnUnreachable(model, churn.mean);
  const theta = logParamsAtChurn(model, res.x, g, year)!;
  // A Pareto/NBD search that ends at the shape bound (dropout homogeneous, the likelihood flat in ln s beyond it):
  // s is pinned there with no variance, and r, α keep the data's covariance from the Hessian over those two alone.
  const pinned = model === 'pareto-nbd' && res.x[2]! >= LOG_PARETO_SHAPE_MAX - PIN_MARGIN;
  if (pinned) res.x[2] = LOG_PARETO_SHAPE_MAX;
  const covPhi = pinned ? pinnedCovariance(negLL, res.x) : covarianceFromHessian(res.hessian);
  // dG/dg at the fit: the user's sd is on G, the map's coordinate is g
  const dg = Math.min(1e-5, g / 10, (1 - g) / 10);
  const Gof = (gg: number) => churnOf(fromLog(model, logParamsAtChurn(model, res.x, gg, year)!));
  const slope = (Gof(g + dg) - Gof(g - dg)) / (2 * dg);
  const sdG = churn.sd / slope;
  let cov: number[][] | null = null;
  if (covPhi && slope > 0) {
    // J = ∂θ/∂(φ, g) by central differences; cov θ = J · diag(cov φ, sd_g²) · Jᵀ
    const at = [...res.x, g];
    const h = [1e-5, 1e-5, 1e-5, dg];
    const J = theta.map(() => new Array<number>(4).fill(0));
    let ok = true;
    for (let j = 0; j < 4 && ok; j++) {
      const up = at.slice();
      const down = at.slice();
      up[j]! += h[j]!;
      down[j]! -= h[j]!;
      const tu = logParamsAtChurn(model, up.slice(0, 3), up[3]!, year);
      const td = logParamsAtChurn(model, down.slice(0, 3), down[3]!, year);
      if (!tu || !td) ok = false;
      else for (let i = 0; i < 4; i++) J[i]![j] = (tu[i]! - td[i]!) / (2 * h[j]!);
    }
    if (ok) {
      const S = [...covPhi.map((row) => [...row, 0]), [0, 0, 0, sdG ** 2]];
      cov = theta.map((_, i) =>
        theta.map((_, k) => {
          let v = 0;
          for (let a = 0; a < 4; a++) for (let b = 0; b < 4; b++) v += J[i]![a]! * S[a]![b]! * J[k]![b]!;
          return v;
        }),
      );
    }
  }
  const p = fromLog(model, theta);
  const se = theta.map((t, i) => (cov ? Math.exp(t) * Math.sqrt(cov[i]![i]!) : NaN));
  const seRecord = model === 'bg-nbd' ? { r: se[0]!, alpha: se[1]!, a: se[2]!, b: se[3]! } : { r: se[0]!, alpha: se[1]!, s: se[2]!, beta: se[3]! };
  const diagnostics = { converged: res.converged, iterations: res.iterations, evaluations: res.evaluations, gradientNorm: res.gradientNorm, message: res.message, ...(res.stop ? { stop: res.stop } : {}) };
  return {
    model,
    params: p.params,
    logLikelihood: weightedLogLikelihood(c, p.params as never, customerLL as never),
    se: seRecord,
    logCovariance: cov,
    customers: data.x.length,
    diagnostics,
    // per-run draws stay on the stated churn: drawn in (φ, g), not linearly in θ (parameter-uncertainty.ts)
    ...(cov && covPhi ? { churnDraw: { phi: res.x.slice(), phiCovariance: covPhi, g, gSd: sdG, year, target: churn.mean, targetSd: churn.sd } } : {}),
  } as PurchaseFit;
}
