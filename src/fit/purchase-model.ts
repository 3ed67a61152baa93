/**
 * The two purchase-and-dropout models behind one interface: BG/NBD (dropout
 * right after a purchase, FHL 2005) and Pareto/NBD (dropout at any time,
 * SMC 1987). Both have a purchase rate λ ~ Gamma(r, α) and two dropout
 * parameters ((a, b) or (s, β)); fit-history.ts picks one, the engine draws
 * from it, and the helpers here answer the questions both must answer:
 * P(alive), expected purchases, annual churn, and whether dropout is
 * identified by the data.
 */
import {
  type BgNbdFit,
  type BgNbdParams,
  conditionalExpectedTransactions,
  expectedTransactions,
  fitBgNbd,
  pAlive,
} from './bg-nbd.js';
import type { Compressed, TransactionData } from './compress.js';
import {
  fitParetoNbd,
  paretoConditionalExpectedTransactions,
  paretoExpectedTransactions,
  type ParetoNbdFit,
  type ParetoNbdParams,
  paretoPAlive,
} from './pareto-nbd.js';
import { hyp2f1 } from './special.js';

export type PurchaseModel = 'bg-nbd' | 'pareto-nbd';
export const PURCHASE_MODELS: readonly PurchaseModel[] = ['bg-nbd', 'pareto-nbd'];

export type PurchaseFit = (({ model: 'bg-nbd' } & BgNbdFit) | ({ model: 'pareto-nbd' } & ParetoNbdFit)) & { churnDraw?: ChurnDraw };

/**
 * How a fit whose churn the user stated (churn-prior.ts) is drawn per run:
 * in the coordinates of that fit, the data's three free ones φ (ln r, ln α,
 * and ln(a + b) or ln s) and the new-customer churn g, mapped to the
 * log-parameters by `logParamsAtChurn`, so every draw keeps the churn it drew
 * from the user's range. A linear draw of the four log-parameters instead
 * wanders along the ridge the short history leaves (the Pareto/NBD s, β),
 * where the churn falls far from what the user said.
 */
export interface ChurnDraw {
  /** φ at the fit and its covariance (a zero row: ln s pinned at its bound). */
  phi: number[];
  phiCovariance: number[][];
  /** The new-customer annual churn at the fit and its sd (the user's sd on today's active customers' churn, through dG/dg). */
  g: number;
  gSd: number;
  /** Months per year in the fit's time unit. */
  year: number;
  /** The user's churn of today's active customers (mean and sd): what each run draws and then holds. */
  target: number;
  targetSd: number;
}
export type PurchaseParams = { model: 'bg-nbd'; params: BgNbdParams } | { model: 'pareto-nbd'; params: ParetoNbdParams };

/** Parameter names in the order of the log-parameter vector (and of logCovariance). */
export const PARAM_KEYS = { 'bg-nbd': ['r', 'alpha', 'a', 'b'], 'pareto-nbd': ['r', 'alpha', 's', 'beta'] } as const;
/** The two parameters that describe dropout: the ones a short history cannot pin down. */
export const DROPOUT_KEYS = { 'bg-nbd': ['a', 'b'], 'pareto-nbd': ['s', 'beta'] } as const;

export const MODEL_TITLE: Record<PurchaseModel, string> = {
  'bg-nbd': 'BG/NBD (Fader, Hardie & Lee 2005)',
  'pareto-nbd': 'Pareto/NBD (Schmittlein, Morrison & Colombo 1987)',
};

/** The parameters as a plain record, in PARAM_KEYS order. */
export function paramValues(p: PurchaseParams): Record<string, number> {
  return { ...p.params } as unknown as Record<string, number>;
}

/** Log-parameters, in PARAM_KEYS order. */
export function toLog(p: PurchaseParams): number[] {
  const v = paramValues(p);
  return PARAM_KEYS[p.model].map((k) => Math.log(v[k]!));
}

/** The parameters from log-parameters, in PARAM_KEYS order. */
export function fromLog(model: PurchaseModel, theta: ArrayLike<number>): PurchaseParams {
  const e = (i: number) => Math.exp(theta[i]!);
  return model === 'bg-nbd'
    ? { model, params: { r: e(0), alpha: e(1), a: e(2), b: e(3) } }
    : { model, params: { r: e(0), alpha: e(1), s: e(2), beta: e(3) } };
}

export function purchaseParams(f: PurchaseFit): PurchaseParams {
  return f.model === 'bg-nbd' ? { model: 'bg-nbd', params: f.params } : { model: 'pareto-nbd', params: f.params };
}

/** P(alive at T | x, tₓ, T). */
export function aliveProbability(p: PurchaseParams, x: number, tx: number, T: number): number {
  return p.model === 'bg-nbd' ? pAlive(p.params, x, tx, T) : paretoPAlive(p.params, x, tx, T);
}

/** E[Y(t) | x, tₓ, T]: expected purchases in the next t. */
export function conditionalExpected(p: PurchaseParams, t: number, x: number, tx: number, T: number): number {
  return p.model === 'bg-nbd' ? conditionalExpectedTransactions(p.params, t, x, tx, T) : paretoConditionalExpectedTransactions(p.params, t, x, tx, T);
}

/** E[X(t)]: expected repeat purchases in (0, t] of a customer who has just made their first purchase. */
export function unconditionalExpected(p: PurchaseParams, t: number): number {
  return p.model === 'bg-nbd' ? expectedTransactions(p.params, t) : paretoExpectedTransactions(p.params, t);
}

/**
 * The share of active customers who drop out within `year` (a year in the
 * fit's time unit), for a customer drawn from the population:
 * - Pareto/NBD: 1 − E[e^(−μ·year)] = 1 − (β/(β+year))ˢ;
 * - BG/NBD: dropout after each of N ~ Poisson(λ·year) purchases, so
 *   1 − E[(1−p)^N] = 1 − E[e^(−λp·year)] = 1 − (α/(α+year))ʳ ₂F₁(r, b; a+b; year/(α+year))
 *   (the Beta integral of (1 + p·year/α)^(−r), by Euler's integral and Pfaff's transformation).
 * This is what `--annual-churn` states and what the engine's e^(−λp) per month gives.
 */
export function annualChurn(p: PurchaseParams, year: number): number {
  if (p.model === 'pareto-nbd') return -Math.expm1(p.params.s * Math.log(p.params.beta / (p.params.beta + year)));
  const { r, alpha, a, b } = p.params;
  return 1 - Math.exp(r * Math.log(alpha / (alpha + year))) * hyp2f1(r, b, a + b, year / (alpha + year));
}

/**
 * The share of today's active customers who drop out within the next `year`:
 * Σᵢ P(aliveᵢ)·(1 − E[survive a year | historyᵢ]) / Σᵢ P(aliveᵢ), with each
 * customer's posterior given alive (BG/NBD: λ ~ Gamma(r+x, α+T),
 * p ~ Beta(a, b+x), so annualChurn with those parameters; Pareto/NBD:
 * μ ~ Gamma(s, β+T)). This is what `--annual-churn` states ("churn of
 * active customers per year") and what simulate reports as the baseline
 * annual churn over a 12-month horizon; it is lower than annualChurn of a
 * new customer because the customers still active are the loyal ones.
 */
export function baseChurn(p: PurchaseParams, c: Compressed, year: number): number {
  let alive = 0;
  let lost = 0;
  for (let i = 0; i < c.x.length; i++) {
    const x = c.x[i]!;
    const T = c.T[i]!;
    const pa = c.w[i]! * aliveProbability(p, x, c.tx[i]!, T);
    const churn =
      p.model === 'bg-nbd'
        ? annualChurn({ model: 'bg-nbd', params: { r: p.params.r + x, alpha: p.params.alpha + T, a: p.params.a, b: p.params.b + x } }, year)
        : annualChurn({ model: 'pareto-nbd', params: { ...p.params, beta: p.params.beta + T } }, year);
    alive += pa;
    lost += pa * churn;
  }
  return alive > 0 ? lost / alive : NaN;
}

/** What the user knows about churn (`--annual-churn 0.15±0.05`). */
export interface ChurnPrior {
  mean: number;
  sd: number;
}

/**
 * The weakly informative prior on the dropout log-parameters that a penalised
 * fit adds: independent normals with sd 2 (a factor of e² ≈ 7 either way) around
 * a = 1, b = 3 (a quarter of customers lost per purchase, on average) or s = 1,
 * β = 3 years (a mean lifetime of about three years). It only decides where the
 * data are silent; it keeps a non-identified fit from running off to a = 10⁻³
 * or b = 10⁷. The centre is a convention, which is why a non-identified fit
 * is not simulated without the user's own --annual-churn.
 */
export const WEAK_PRIOR_SD = 2;
export function weakPriorCentre(model: PurchaseModel, year: number): [number, number] {
  return model === 'bg-nbd' ? [Math.log(1), Math.log(3)] : [Math.log(1), Math.log(3 * year)];
}

const logNormalDensity = (x: number, mean: number, sd: number): number => -0.5 * ((x - mean) / sd) ** 2 - Math.log(sd);

/**
 * The log-prior of a penalised (MAP) fit on the log-parameters: the weak
 * prior on the dropout parameters, for a history that cannot identify them
 * and no stated churn (a stated churn is held instead, churn-prior.ts).
 */
export function logPrior(model: PurchaseModel, year: number): (theta: number[]) => number {
  const [c2, c3] = weakPriorCentre(model, year);
  return (theta) => logNormalDensity(theta[2]!, c2, WEAK_PRIOR_SD) + logNormalDensity(theta[3]!, c3, WEAK_PRIOR_SD);
}

/** Fits one model (ML, or MAP with a prior). */
export function fitPurchaseModel(model: PurchaseModel, data: TransactionData, prior?: (theta: number[]) => number, start?: number[]): PurchaseFit {
  const options = { ...(prior ? { logPrior: prior } : {}), ...(start ? { start } : {}) };
  return model === 'bg-nbd' ? { model, ...fitBgNbd(data, options) } : { model, ...fitParetoNbd(data, options) };
}

/**
 * Whether the data identify dropout: the fit converged, its Hessian is
 * positive definite, and both dropout parameters have a standard error below
 * the estimate. (On the one-year Online Retail history the BG/NBD gives
 * a = 0.0034 ± 0.011: the likelihood is nearly flat along a ridge.)
 */
export function dropoutIdentified(f: PurchaseFit): boolean {
  if (!f.diagnostics.converged || !f.logCovariance) return false;
  const p = paramValues(purchaseParams(f));
  const se = f.se as unknown as Record<string, number>;
  return DROPOUT_KEYS[f.model].every((k) => se[k]! < p[k]!);
}

/**
 * The standard deviation of the implied annual churn under the fit's
 * log-scale covariance (delta method, gradient by central differences).
 */
export function churnSd(f: PurchaseFit, churnOf: (p: PurchaseParams) => number): number {
  if (!f.logCovariance) return NaN;
  const theta = toLog(purchaseParams(f));
  const h = 1e-5;
  const grad = theta.map((_, i) => {
    const up = theta.slice();
    const down = theta.slice();
    up[i]! += h;
    down[i]! -= h;
    return (churnOf(fromLog(f.model, up)) - churnOf(fromLog(f.model, down))) / (2 * h);
  });
  let v = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) v += grad[i]! * f.logCovariance[i]![j]! * grad[j]!;
  return Math.sqrt(Math.max(0, v));
}
