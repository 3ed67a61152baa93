/**
 * Calibration uncertainty in every run (issue 13, part 2): before drawing its
 * customers, each Monte Carlo run draws the population parameters
 * (r, α, a, b or s, β, and p, q, γ) from the fits' asymptotic normal on the
 * log scale, N(θ̂, H⁻¹), so the ROI interval includes what the history does
 * not pin down.
 *
 * The draw comes from its own stream named by (seed, run), not from any
 * customer's stream A or B, so every customer sees the same uniforms with or
 * without it: switching it off (`--no-parameter-uncertainty`) changes only
 * the parameters, which is what lets simulate split the ROI variance into
 * the calibration's share and the rest (see variance-split.ts). The two fits
 * are independent (different data: purchase timing, order values), so the
 * covariance is block-diagonal.
 */
import type { GammaGammaFit } from '../fit/gamma-gamma.js';
import { cholesky } from '../fit/optimize.js';
import { aliveProbability, fromLog, purchaseParams, toLog, type PurchaseFit } from '../fit/purchase-model.js';
import { normal } from '../random/distributions.js';
import { Rng } from '../random/rng.js';
import { modelParams } from './history-population.js';
import type { HistoryPopulation, ParameterUncertainty } from './population.js';

/** Names the parameter stream: 'PARM'. Two keys (run, tag), so it cannot equal a customer's (run, customer, stream). */
const STREAM_PARAMETERS = 0x5041524d;

/**
 * The asymptotic normals of two fits, or a reason why there is none (a
 * covariance that is not positive definite cannot be sampled).
 */
export function parameterUncertainty(purchase: PurchaseFit, gammaGamma: GammaGammaFit): ParameterUncertainty | string {
  const pc = purchase.logCovariance && choleskyWithPinned(purchase.logCovariance);
  const gc = gammaGamma.logCovariance && cholesky(gammaGamma.logCovariance);
  if (!pc) return `the ${purchase.model} fit has no positive-definite covariance`;
  if (!gc) return 'the Gamma-Gamma fit has no positive-definite covariance';
  const g = gammaGamma.params;
  return {
    purchaseMean: toLog(purchaseParams(purchase)),
    purchaseCholesky: pc,
    gammaGammaMean: [Math.log(g.p), Math.log(g.q), Math.log(g.gamma)],
    gammaGammaCholesky: gc,
  };
}

/**
 * The Cholesky factor of a covariance whose zero rows are parameters pinned
 * at a bound (a Pareto/NBD shape s at its cap, churn-prior.ts): those get a
 * zero row in L and are not drawn; the rest must be positive definite.
 */
function choleskyWithPinned(cov: number[][]): number[][] | undefined {
  const free = cov.map((_, i) => i).filter((i) => cov[i]!.some((v) => v !== 0));
  const L = cholesky(free.map((i) => free.map((j) => cov[i]![j]!)));
  if (!L) return undefined;
  const full = cov.map(() => new Array<number>(cov.length).fill(0));
  free.forEach((i, a) => free.forEach((j, b) => (full[i]![j] = L[a]![b]!)));
  return full;
}

/** μ + L·z with z standard normal from `rng`. */
function drawNormal(mean: number[], L: number[][], rng: Rng): number[] {
  const z = mean.map(() => normal(rng));
  return mean.map((m, i) => {
    let v = m;
    for (let k = 0; k <= i; k++) v += L[i]![k]! * z[k]!;
    return v;
  });
}

/**
 * The log-parameters run `run` draws, purchase model's four then the
 * Gamma-Gamma's three (the same numbers populationForRun uses).
 */
export function drawnLogParameters(u: ParameterUncertainty, seed: number, run: number): number[] {
  const rng = new Rng(seed, run, STREAM_PARAMETERS);
  return [...drawNormal(u.purchaseMean, u.purchaseCholesky, rng), ...drawNormal(u.gammaGammaMean, u.gammaGammaCholesky, rng)];
}

/**
 * The population run `run` simulates: `pop` itself without uncertainty;
 * otherwise a copy with parameters drawn from (seed, run) and P(alive)
 * recomputed under them (the customers' histories are shared, not copied).
 */
export function populationForRun(pop: HistoryPopulation, seed: number, run: number): HistoryPopulation {
  const u = pop.uncertainty;
  if (!u) return pop;
  const theta = drawnLogParameters(u, seed, run);
  const purchase = fromLog(pop.model, theta.slice(0, 4));
  const [lp, lq, lg] = theta.slice(4);
  const alive = new Float64Array(pop.size);
  for (let i = 0; i < pop.size; i++) alive[i] = aliveProbability(purchase, pop.x[i]!, pop.tx[i]!, pop.T[i]!);
  return { ...pop, ...modelParams(purchase), p: Math.exp(lp!), q: Math.exp(lq!), gamma: Math.exp(lg!), pAlive: alive };
}
