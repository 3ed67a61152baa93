/**
 * The BG/NBD model of Fader, Hardie & Lee (2005), "Counting Your Customers
 * the Easy Way", Marketing Science 24(2): while active, a customer buys as a
 * Poisson process with rate λ ~ Gamma(r, α); after each purchase they drop
 * out with probability p ~ Beta(a, b). MODEL.md §1 (the posteriors the
 * engine draws from) and §6 (the fit).
 */
import { logBeta, logGamma } from '../random/special.js';
import { compress, weightedLogLikelihood, type TransactionData } from './compress.js';
import { covarianceFromHessian, minimize, RUNAWAY_SHAPE, type OptimizeResult, type StopReason } from './optimize.js';
import { hyp2f1 } from './special.js';

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** The per-customer inputs: repeat purchases x, time of the last one tₓ, time observed T. */
export type BgNbdData = TransactionData;

export interface Diagnostics {
  converged: boolean;
  iterations: number;
  evaluations: number;
  gradientNorm: number;
  message: string;
  /** Why it stopped short (fit/optimize.ts); absent when it converged. */
  stop?: StopReason;
}

export interface BgNbdFit {
  params: BgNbdParams;
  logLikelihood: number;
  se: BgNbdParams;
  /** Covariance of the log-parameters (ln r, ln α, ln a, ln b): the inverse Hessian; null when it is not positive definite. */
  logCovariance: number[][] | null;
  customers: number;
  diagnostics: Diagnostics;
}

export interface BgNbdFitOptions {
  /** An extra log-prior density on the log-parameters (ln r, ln α, ln a, ln b), added to the log-likelihood (a MAP fit). */
  logPrior?: (theta: number[]) => number;
  /** Where the search starts (log-parameters), e.g. the maximum-likelihood fit when refitting with a prior. */
  start?: number[];
}

/**
 * One customer's log-likelihood (FHL 2005, eq. 6), written with log Γ and a
 * log-sum-exp so that it stays finite for large x and T:
 * L = B(a, b+x)/B(a, b) · Γ(r+x)αʳ/(Γ(r)(α+T)^(r+x))
 *   + [x>0] B(a+1, b+x−1)/B(a, b) · Γ(r+x)αʳ/(Γ(r)(α+tₓ)^(r+x)).
 */
export function bgnbdCustomerLogLikelihood(p: BgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const common = logGamma(r + x) - logGamma(r) + r * Math.log(alpha);
  const first = logBeta(a, b + x) - logBeta(a, b) - (r + x) * Math.log(alpha + T);
  if (x === 0) return common + first;
  const second = logBeta(a + 1, b + x - 1) - logBeta(a, b) - (r + x) * Math.log(alpha + tx);
  const m = Math.max(first, second);
  return common + m + Math.log(Math.exp(first - m) + Math.exp(second - m));
}

/** The sample log-likelihood, Σᵢ ln Lᵢ. */
export function bgnbdLogLikelihood(p: BgNbdParams, data: BgNbdData): number {
  let ll = 0;
  for (let i = 0; i < data.x.length; i++) ll += bgnbdCustomerLogLikelihood(p, data.x[i]!, data.tx[i]!, data.T[i]!);
  return ll;
}

const fromLog = (t: number[]): BgNbdParams => ({ r: Math.exp(t[0]!), alpha: Math.exp(t[1]!), a: Math.exp(t[2]!), b: Math.exp(t[3]!) });

/**
 * Maximum-likelihood fit on log-parameters (MODEL.md §6). Reproduces the
 * published CDNOW values (r 0.243, α 4.414, a 0.793, b 2.426, LL −9582.4 in
 * weeks) — see test/fit/bg-nbd.test.ts.
 */
export function fitBgNbd(data: BgNbdData, options: BgNbdFitOptions = {}): BgNbdFit {
  const n = data.x.length;
  if (n === 0) throw new RangeError('BG/NBD fit needs at least one customer');
  const c = compress(data);
  let meanT = 0;
  for (let i = 0; i < n; i++) meanT += data.T[i]! / n;
  const logPrior = options.logPrior;
  const negLL = (t: number[]): number => -(weightedLogLikelihood(c, fromLog(t), bgnbdCustomerLogLikelihood) + (logPrior ? logPrior(t) : 0));
  const start = [0, Math.log(Math.max(meanT, 1e-6) / 4), 0, 0];
  const res: OptimizeResult = minimize(negLL, options.start ?? start, { runaway: { indices: [0], logLimit: Math.log(RUNAWAY_SHAPE) } });
  const params = fromLog(res.x);
  const cov = covarianceFromHessian(res.hessian);
  const se = res.x.map((t, i) => (cov ? Math.exp(t) * Math.sqrt(cov[i]![i]!) : NaN));
  return {
    params,
    // the data's log-likelihood, without the prior of a MAP fit
    logLikelihood: logPrior ? weightedLogLikelihood(c, params, bgnbdCustomerLogLikelihood) : -res.value,
    se: { r: se[0]!, alpha: se[1]!, a: se[2]!, b: se[3]! },
    logCovariance: cov,
    customers: n,
    diagnostics: { converged: res.converged, iterations: res.iterations, evaluations: res.evaluations, gradientNorm: res.gradientNorm, message: res.message, ...(res.stop ? { stop: res.stop } : {}) },
  };
}

/**
 * P(alive | x, tₓ, T) (FHL 2005 eq. 11, closed form): 1 when x = 0, else
 * 1 / (1 + a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x)).
 */
export function pAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const logRatio = Math.log(p.a) - Math.log(p.b + x - 1) + (p.r + x) * (Math.log(p.alpha + T) - Math.log(p.alpha + tx));
  return 1 / (1 + Math.exp(logRatio));
}

/**
 * E[X(t)]: expected purchases in (0, t] of a customer who has just made their
 * first purchase (FHL 2005 eq. 7):
 * (a+b−1)/(a−1) · [1 − (α/(α+t))ʳ ₂F₁(r, b; a+b−1; t/(α+t))].
 */
export function expectedTransactions(p: BgNbdParams, t: number): number {
  const { r, alpha, a, b } = p;
  const z = t / (alpha + t);
  return ((a + b - 1) / (a - 1)) * (1 - Math.exp(r * Math.log(alpha / (alpha + t))) * hyp2f1(r, b, a + b - 1, z));
}

/**
 * E[Y(t) | x, tₓ, T]: expected purchases in the next t of a customer with
 * history (x, tₓ, T) (FHL 2005 eq. 10):
 * (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
 * / (1 + [x>0] a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x)).
 */
export function conditionalExpectedTransactions(p: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const z = t / (alpha + T + t);
  const front = ((a + b + x - 1) / (a - 1)) * (1 - Math.exp((r + x) * Math.log((alpha + T) / (alpha + T + t))) * hyp2f1(r + x, b + x, a + b + x - 1, z));
  return front * pAlive(p, x, tx, T);
}
