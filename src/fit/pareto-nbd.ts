/**
 * The Pareto/NBD model of Schmittlein, Morrison & Colombo (1987), "Counting
 * Your Customers: Who Are They and What Will They Do Next?", Management
 * Science 33(1): while alive, a customer buys as a Poisson process with rate
 * λ ~ Gamma(r, α); their lifetime is exponential with rate μ ~ Gamma(s, β),
 * independent of the purchases. Unlike the BG/NBD, a customer can die at any
 * time, not only right after a purchase, which matters for B2B accounts that
 * go quiet between orders. The likelihood and the expectations follow
 * Fader & Hardie (2005), "A Note on Deriving the Pareto/NBD Model and Related
 * Expressions" (their eq. 19–22), in logs so that large x and T stay finite.
 */
import { logGamma } from '../random/special.js';
import type { Diagnostics } from './bg-nbd.js';
import { compress, weightedLogLikelihood, type TransactionData } from './compress.js';
import { covarianceFromHessian, minimize, RUNAWAY_SHAPE } from './optimize.js';
import { hyp2f1 } from './special.js';

export interface ParetoNbdParams {
  r: number;
  alpha: number;
  s: number;
  beta: number;
}

export interface ParetoNbdFit {
  params: ParetoNbdParams;
  logLikelihood: number;
  se: ParetoNbdParams;
  /** Covariance of the log-parameters (ln r, ln α, ln s, ln β): the inverse Hessian; null when it is not positive definite. */
  logCovariance: number[][] | null;
  customers: number;
  diagnostics: Diagnostics;
}

/** Above this ₂F₁ argument the series needs too many terms (z → 1 when α and β are far apart); the integral is used instead. */
const SERIES_MAX_Z = 0.9;

/**
 * ln A₀ of Fader & Hardie (2005, eq. 19–20): the probability mass of dying
 * between tₓ and T, written for both orders of α and β with the larger one
 * in the denominators so the ₂F₁ argument lies in [0, 1).
 * A₀ = F(z₁)/(m+tₓ)^(r+s+x) − F(z₂)/(m+T)^(r+s+x), m = max(α, β),
 * F(z) = ₂F₁(r+s+x, t; r+s+x+1; z), zₖ = |α−β|/(m+·), t = s+1 if α ≥ β else r+x.
 * −∞ when tₓ = T (the two terms cancel). When z₁ is close to 1 (a fit
 * wandering to β ≫ α, as on histories that show no dropout) the series would
 * need millions of terms; A₀ is then the integral it stands for (logA0Integral).
 */
function logA0(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  const m = Math.max(p.alpha, p.beta);
  return Math.abs(p.alpha - p.beta) / (m + tx) > SERIES_MAX_Z ? logA0Integral(p, x, tx, T) : logA0Series(p, x, tx, T);
}

/** ln A₀ by the ₂F₁ series (see logA0). */
export function logA0Series(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const m = Math.max(alpha, beta);
  const d = Math.abs(alpha - beta);
  const t = alpha >= beta ? s + 1 : r + x;
  const rsx = r + s + x;
  const first = Math.log(hyp2f1(rsx, t, rsx + 1, d / (m + tx))) - rsx * Math.log(m + tx);
  const second = Math.log(hyp2f1(rsx, t, rsx + 1, d / (m + T))) - rsx * Math.log(m + T);
  // first ≥ second because tₓ ≤ T; log(e^first − e^second) without overflow.
  const diff = second - first;
  return diff >= 0 ? -Infinity : first + Math.log1p(-Math.exp(diff));
}

/**
 * ln A₀ from its definition, (r+s+x)·∫ from tₓ to T of (α+τ)^−(r+x) (β+τ)^−(s+1) dτ
 * (the density of dying at τ after the last purchase), by quadrature
 * in v = ln(min(α, β) + τ), which spreads the peak at τ = tₓ (adaptive
 * Gauss–Kronrod, below).
 *
 * The integrand is written relative to its value at tₓ with log1p/expm1, so
 * it keeps full relative precision when s and β are both huge (a fit on a
 * history with homogeneous dropout walks along s/β = const towards s → ∞).
 * Computed naively, (s+1)·ln(β+τ) of order 10⁵ carries absolute noise above
 * the tolerance of the adaptive Simpson rule used before, its bisection never met
 * it, and one likelihood took seconds and then minutes (issue 13: `fit --model
 * pareto-nbd --annual-churn` on the bundled 1C export never finished).
 */
export function logA0Integral(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  if (!(T > tx)) return -Infinity;
  const { r, alpha, s, beta } = p;
  const lo = Math.min(alpha, beta);
  const base = lo + tx;
  // ln of the integrand in v, minus its value at v₀ = ln(lo + tₓ): u = v − v₀, τ − tₓ = base·(eᵘ − 1)
  const logRel = (u: number): number => {
    const d = base * Math.expm1(u);
    return u - (r + x) * Math.log1p(d / (alpha + tx)) - (s + 1) * Math.log1p(d / (beta + tx));
  };
  const b = Math.log((lo + T) / base);
  const top = Math.max(0, logRel(b), logRel(b / 2));
  const f = (u: number): number => Math.exp(logRel(u) - top);
  const integral = adaptiveQuadrature(f, 0, b, 1e-12);
  const logAtTx = Math.log(base) - (r + x) * Math.log(alpha + tx) - (s + 1) * Math.log(beta + tx);
  return Math.log(r + s + x) + logAtTx + top + Math.log(integral);
}

/** Gauss–Kronrod 7–15 nodes on [−1, 1] (QUADPACK qk15): the Kronrod abscissae, the odd ones shared with the 7-point Gauss rule. */
const GK_X = [0.991455371120812639, 0.949107912342758525, 0.864864423359769073, 0.741531185599394440, 0.586087235467691130, 0.405845151377397167, 0.207784955007898468, 0];
const GK_WK = [0.022935322010529225, 0.063092092629978553, 0.104790010322250184, 0.140653259715525919, 0.169004726639267903, 0.190350578064785410, 0.204432940075298892, 0.209482141084727828];
/** The 7-point Gauss weights of GK_X[1], [3], [5], [7]. */
const GK_WG = [0.129484966168869693, 0.279705391489276668, 0.381830050505118945, 0.417959183673469388];

/** Intervals one integral may split into; past it the estimate stands (never reached on these smooth integrands). */
const QUADRATURE_BUDGET = 200;

/** One Gauss–Kronrod 15-point estimate on [a, b] and its error against the embedded 7-point Gauss rule. */
function kronrod(f: (v: number) => number, a: number, b: number): { value: number; error: number } {
  const c = (a + b) / 2;
  const h = (b - a) / 2;
  let k = GK_WK[7]! * f(c);
  let g = GK_WG[3]! * f(c);
  for (let j = 0; j < 7; j++) {
    const fs = f(c - h * GK_X[j]!) + f(c + h * GK_X[j]!);
    k += GK_WK[j]! * fs;
    if (j % 2 === 1) g += GK_WG[(j - 1) / 2]! * fs;
  }
  return { value: h * k, error: Math.abs(h * (k - g)) };
}

/**
 * Globally adaptive Gauss–Kronrod (the interval with the largest error is
 * halved until the total error is below relTol of the total): a smooth
 * integrand takes a few dozen evaluations where adaptive Simpson took
 * thousands, which is what the likelihood of a long ridge walk needs.
 */
function adaptiveQuadrature(f: (v: number) => number, a: number, b: number, relTol: number): number {
  const parts = [{ a, b, ...kronrod(f, a, b) }];
  for (let n = 1; n < QUADRATURE_BUDGET; n++) {
    let value = 0;
    let error = 0;
    let worst = 0;
    for (let i = 0; i < parts.length; i++) {
      value += parts[i]!.value;
      error += parts[i]!.error;
      if (parts[i]!.error > parts[worst]!.error) worst = i;
    }
    if (error <= relTol * Math.abs(value)) break;
    const w = parts[worst]!;
    const m = (w.a + w.b) / 2;
    parts.splice(worst, 1, { a: w.a, b: m, ...kronrod(f, w.a, m) }, { a: m, b: w.b, ...kronrod(f, m, w.b) });
  }
  return parts.reduce((sum, p) => sum + p.value, 0);
}

/**
 * One customer's log-likelihood (Fader & Hardie 2005, eq. 22):
 * L = Γ(r+x)αʳβˢ/Γ(r) · [1/((α+T)^(r+x)(β+T)ˢ) + s/(r+s+x) · A₀].
 */
export function paretoNbdCustomerLogLikelihood(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const common = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
  const aliveAtT = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const diedBefore = Math.log(s) - Math.log(r + s + x) + logA0(p, x, tx, T);
  const m = Math.max(aliveAtT, diedBefore);
  return common + m + Math.log(Math.exp(aliveAtT - m) + Math.exp(diedBefore - m));
}

/** The sample log-likelihood, Σᵢ ln Lᵢ. */
export function paretoNbdLogLikelihood(p: ParetoNbdParams, data: TransactionData): number {
  let ll = 0;
  for (let i = 0; i < data.x.length; i++) ll += paretoNbdCustomerLogLikelihood(p, data.x[i]!, data.tx[i]!, data.T[i]!);
  return ll;
}

/**
 * The largest dropout shape s the fits consider. As s → ∞ with s/β held, the
 * dropout rates μ become the same for everyone (their coefficient of
 * variation is 1/√s: 3 % at 1000) and the likelihood flattens along that
 * ridge; histories whose quiet customers look alike (the bundled 1C export)
 * send the search there without end, and the ₂F₁ argument tends to 1, the
 * slow path of logA0. Beyond the bound the likelihood is taken as flat (s is
 * clamped), so the search stops, the fit reports the flat direction (no
 * positive-definite Hessian: dropout not identified) and the churn paths take over.
 */
export const PARETO_SHAPE_MAX = 1000;
export const LOG_PARETO_SHAPE_MAX = Math.log(PARETO_SHAPE_MAX);

/** ln s clamped to the bound (see PARETO_SHAPE_MAX). */
export const boundedLogShape = (t: number): number => Math.min(t, LOG_PARETO_SHAPE_MAX);

const fromLog = (t: number[]): ParetoNbdParams => ({ r: Math.exp(t[0]!), alpha: Math.exp(t[1]!), s: Math.exp(boundedLogShape(t[2]!)), beta: Math.exp(t[3]!) });

export interface ParetoNbdFitOptions {
  /** An extra log-prior density on the log-parameters (ln r, ln α, ln s, ln β), added to the log-likelihood (a MAP fit). */
  logPrior?: (theta: number[]) => number;
  /** Where the search starts (log-parameters), e.g. the maximum-likelihood fit when refitting with a prior. */
  start?: number[];
}

/**
 * Maximum-likelihood (or, with a prior, maximum a posteriori) fit on
 * log-parameters. Reproduces the published CDNOW values (r 0.553, α 10.58,
 * s 0.606, β 11.67, LL −9595.0 in weeks): see test/fit/pareto-nbd.test.ts.
 */
export function fitParetoNbd(data: TransactionData, options: ParetoNbdFitOptions = {}): ParetoNbdFit {
  const n = data.x.length;
  if (n === 0) throw new RangeError('Pareto/NBD fit needs at least one customer');
  const c = compress(data);
  let meanT = 0;
  for (let i = 0; i < n; i++) meanT += data.T[i]! / n;
  const logPrior = options.logPrior;
  const negLL = (t: number[]): number => {
    const ll = weightedLogLikelihood(c, fromLog(t), paretoNbdCustomerLogLikelihood);
    return -(ll + (logPrior ? logPrior(t) : 0));
  };
  const scale = Math.log(Math.max(meanT, 1e-6));
  const res = minimize(negLL, options.start ?? [0, scale - Math.log(4), 0, scale], { runaway: { indices: [0], logLimit: Math.log(RUNAWAY_SHAPE) } });
  // a search that ran past the bound reports s at it (the likelihood is flat beyond)
  res.x[2] = boundedLogShape(res.x[2]!);
  const params = fromLog(res.x);
  const cov = covarianceFromHessian(res.hessian);
  const se = res.x.map((t, i) => (cov ? Math.exp(t) * Math.sqrt(cov[i]![i]!) : NaN));
  return {
    params,
    // the data's log-likelihood, without the prior of a MAP fit
    logLikelihood: logPrior ? weightedLogLikelihood(c, params, paretoNbdCustomerLogLikelihood) : -res.value,
    se: { r: se[0]!, alpha: se[1]!, s: se[2]!, beta: se[3]! },
    logCovariance: cov,
    customers: n,
    diagnostics: { converged: res.converged, iterations: res.iterations, evaluations: res.evaluations, gradientNorm: res.gradientNorm, message: res.message, ...(res.stop ? { stop: res.stop } : {}) },
  };
}

/**
 * P(alive at T | x, tₓ, T) (Fader & Hardie 2005, eq. 18):
 * 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)ˢ · A₀).
 */
export function paretoPAlive(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const logRatio = Math.log(s) - Math.log(r + s + x) + (r + x) * Math.log(alpha + T) + s * Math.log(beta + T) + logA0(p, x, tx, T);
  return 1 / (1 + Math.exp(logRatio));
}

/**
 * (1 − (b/(b+t))^(s−1)) / (s−1), with its limit ln((b+t)/b) at s = 1 (the
 * expression is continuous there; evaluating it literally would divide 0 by 0).
 */
function lifetimeIntegral(s: number, b: number, t: number): number {
  const l = Math.log((b + t) / b);
  const e = s - 1;
  if (Math.abs(e * l) < 1e-8) return l * (1 - (e * l) / 2);
  return -Math.expm1(-e * l) / e;
}

/** E[X(t)]: expected purchases in (0, t] of a new customer, rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)]. */
export function paretoExpectedTransactions(p: ParetoNbdParams, t: number): number {
  return ((p.r * p.beta) / p.alpha) * lifetimeIntegral(p.s, p.beta, t);
}

/**
 * E[Y(t) | x, tₓ, T]: expected purchases in the next t (Fader & Hardie 2005, eq. 21):
 * (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)] · P(alive).
 */
export function paretoConditionalExpectedTransactions(p: ParetoNbdParams, t: number, x: number, tx: number, T: number): number {
  return (((p.r + x) * (p.beta + T)) / (p.alpha + T)) * lifetimeIntegral(p.s, p.beta + T, t) * paretoPAlive(p, x, tx, T);
}
