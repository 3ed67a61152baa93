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
import { covarianceFromHessian, minimize } from './optimize.js';
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
 * (the density of dying at τ after the last purchase), by adaptive Simpson
 * in v = ln(min(α, β) + τ), which spreads the peak at τ = tₓ; the integrand
 * is scaled by its value at tₓ (its maximum) so nothing underflows.
 */
export function logA0Integral(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  if (!(T > tx)) return -Infinity;
  const { r, alpha, s, beta } = p;
  const lo = Math.min(alpha, beta);
  const logF = (v: number): number => {
    const tau = Math.exp(v) - lo;
    return v - (r + x) * Math.log(alpha + tau) - (s + 1) * Math.log(beta + tau);
  };
  const a = Math.log(lo + tx);
  const b = Math.log(lo + T);
  const top = Math.max(logF(a), logF(b), logF((a + b) / 2));
  const f = (v: number): number => Math.exp(logF(v) - top);
  const integral = adaptiveSimpson(f, a, b, 1e-12);
  return Math.log(r + s + x) + top + Math.log(integral);
}

function adaptiveSimpson(f: (v: number) => number, a: number, b: number, relTol: number): number {
  const fa = f(a);
  const fb = f(b);
  const fm = f((a + b) / 2);
  const whole = ((b - a) / 6) * (fa + 4 * fm + fb);
  const tol = relTol * Math.max(Math.abs(whole), 1e-300);
  const step = (a: number, b: number, fa: number, fm: number, fb: number, whole: number, tol: number, depth: number): number => {
    const m = (a + b) / 2;
    const flm = f((a + m) / 2);
    const frm = f((m + b) / 2);
    const left = ((m - a) / 6) * (fa + 4 * flm + fm);
    const right = ((b - m) / 6) * (fm + 4 * frm + fb);
    if (depth <= 0 || Math.abs(left + right - whole) <= 15 * tol) return left + right + (left + right - whole) / 15;
    return step(a, m, fa, flm, fm, left, tol / 2, depth - 1) + step(m, b, fm, frm, fb, right, tol / 2, depth - 1);
  };
  return step(a, b, fa, fm, fb, whole, tol, 40);
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

const fromLog = (t: number[]): ParetoNbdParams => ({ r: Math.exp(t[0]!), alpha: Math.exp(t[1]!), s: Math.exp(t[2]!), beta: Math.exp(t[3]!) });

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
  const res = minimize(negLL, options.start ?? [0, scale - Math.log(4), 0, scale]);
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
    diagnostics: { converged: res.converged, iterations: res.iterations, evaluations: res.evaluations, gradientNorm: res.gradientNorm, message: res.message },
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
