/**
 * The Gamma-Gamma model of spend per transaction (Fader & Hardie 2013, "The
 * Gamma-Gamma Model of Monetary Value"; Fader, Hardie & Lee 2005b): a
 * customer's order values are Gamma(p, ν), with ν ~ Gamma(q, γ) across
 * customers. It is fitted on the customers with repeat purchases, from their
 * number x and mean value z̄ of repeat purchases (MODEL.md §1, §6).
 */
import { logGamma } from '../random/special.js';
import type { Diagnostics } from './bg-nbd.js';
import { covarianceFromHessian, minimize, RUNAWAY_SHAPE } from './optimize.js';

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

export interface GammaGammaFit {
  params: GammaGammaParams;
  logLikelihood: number;
  se: GammaGammaParams;
  /** Covariance of (ln p, ln q, ln γ): the inverse Hessian; null when it is not positive definite. */
  logCovariance: number[][] | null;
  /** Customers used: x > 0 and z̄ > 0. */
  customers: number;
  diagnostics: Diagnostics;
}

/**
 * One customer's log-likelihood of z̄ given x (z̄ ~ Gamma(px, νx), ν integrated out):
 * ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄).
 */
export function gammaGammaCustomerLogLikelihood(g: GammaGammaParams, x: number, zbar: number): number {
  const { p, q, gamma } = g;
  const px = p * x;
  return (
    logGamma(px + q) - logGamma(px) - logGamma(q) + q * Math.log(gamma) + (px - 1) * Math.log(zbar) + px * Math.log(x) - (px + q) * Math.log(gamma + x * zbar)
  );
}

/** Which customers the Gamma-Gamma uses: repeat buyers with a positive mean repeat value. */
export const usableForGammaGamma = (x: number, zbar: number): boolean => x > 0 && zbar > 0;

/** Maximum-likelihood fit on log-parameters; published CDNOW values p 6.25, q 3.74, γ 15.44. */
export function fitGammaGamma(x: ArrayLike<number>, zbar: ArrayLike<number>): GammaGammaFit {
  const xs: number[] = [];
  const zs: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (usableForGammaGamma(x[i]!, zbar[i]!)) {
      xs.push(x[i]!);
      zs.push(zbar[i]!);
    }
  }
  if (xs.length === 0) throw new RangeError('Gamma-Gamma fit needs customers with repeat purchases');
  const meanZ = zs.reduce((s, z) => s + z, 0) / zs.length;
  const fromLog = (t: number[]): GammaGammaParams => ({ p: Math.exp(t[0]!), q: Math.exp(t[1]!), gamma: Math.exp(t[2]!) });
  const negLL = (t: number[]): number => {
    const g = fromLog(t);
    let ll = 0;
    for (let i = 0; i < xs.length; i++) ll += gammaGammaCustomerLogLikelihood(g, xs[i]!, zs[i]!);
    return -ll;
  };
  const res = minimize(negLL, [0, 0, Math.log(meanZ)], { runaway: { indices: [1], logLimit: Math.log(RUNAWAY_SHAPE) } });
  const cov = covarianceFromHessian(res.hessian);
  const se = res.x.map((t, i) => (cov ? Math.exp(t) * Math.sqrt(cov[i]![i]!) : NaN));
  return {
    params: fromLog(res.x),
    logLikelihood: -res.value,
    se: { p: se[0]!, q: se[1]!, gamma: se[2]! },
    logCovariance: cov,
    customers: xs.length,
    diagnostics: { converged: res.converged, iterations: res.iterations, evaluations: res.evaluations, gradientNorm: res.gradientNorm, message: res.message, ...(res.stop ? { stop: res.stop } : {}) },
  };
}

/**
 * E[Z | x, z̄]: the expected value of a customer's next order,
 * (γ + x z̄)·p / (px + q − 1); the population mean pγ/(q−1) when x = 0.
 */
export function conditionalExpectedValue(g: GammaGammaParams, x: number, zbar: number): number {
  return ((g.gamma + x * zbar) * g.p) / (g.p * x + g.q - 1);
}
