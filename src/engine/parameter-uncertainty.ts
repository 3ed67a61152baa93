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
import { logParamsAtChurn } from '../fit/churn-prior.js';
import { compress, type Compressed } from '../fit/compress.js';
import { aliveProbability, baseChurn, fromLog, purchaseParams, toLog, type PurchaseFit, type PurchaseModel } from '../fit/purchase-model.js';
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
  const d = purchase.churnDraw;
  const phiCholesky = d && choleskyWithPinned(d.phiCovariance);
  return {
    purchaseMean: toLog(purchaseParams(purchase)),
    purchaseCholesky: pc,
    ...(d && phiCholesky ? { churn: { phi: d.phi, phiCholesky, g: d.g, gSd: d.gSd, year: d.year, target: d.target, targetSd: d.targetSd } } : {}),
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
export function drawnLogParameters(u: ParameterUncertainty, seed: number, run: number, pop: Pick<HistoryPopulation, 'model' | 'x' | 'tx' | 'T'>): number[] {
  const rng = new Rng(seed, run, STREAM_PARAMETERS);
  const purchase = u.churn ? drawAtChurn(u.churn, pop.model, rng, customersOf(pop)) : drawNormal(u.purchaseMean, u.purchaseCholesky, rng);
  return [...purchase, ...drawNormal(u.gammaGammaMean, u.gammaGammaCholesky, rng)];
}

/** Churn draws are kept inside (0, 1): a share, however wide the user's ± is. */
const CHURN_FLOOR = 1e-3;

// The simulated customers' (x, tₓ, T) compressed once per population, for the churn of today's active customers.
const compressed = new WeakMap<ArrayLike<number>, Compressed>();
function customersOf(pop: Pick<HistoryPopulation, 'x' | 'tx' | 'T'>): Compressed {
  let c = compressed.get(pop.x);
  if (!c) compressed.set(pop.x, (c = compress(pop)));
  return c;
}

/**
 * The purchase log-parameters of a fit at a stated churn (fit/churn-prior.ts):
 * φ from the data's normal, then the churn of today's active customers from
 * the user's range, held exactly by solving for the new-customer churn g at
 * that φ, so the run simulates the churn it drew. Along the ridge a short
 * history leaves (the Pareto/NBD shape s), the same g gives survivors very
 * different churns; holding g alone would not keep the user's word. Four
 * normals, as the linear draw takes, so the Gamma-Gamma's draws follow on the
 * same stream. Where no g reaches the drawn churn at the drawn φ, the fitted φ is used.
 */
function drawAtChurn(c: NonNullable<ParameterUncertainty['churn']>, model: PurchaseModel, rng: Rng, customers: Compressed): number[] {
  const phi = drawNormal(c.phi, c.phiCholesky, rng);
  const target = Math.min(1 - CHURN_FLOOR, Math.max(CHURN_FLOOR, c.target + c.targetSd * normal(rng)));
  const churnOf = (p: Parameters<typeof baseChurn>[0]) => baseChurn(p, customers, c.year);
  for (const at of [phi, c.phi]) {
    const theta = thetaAtChurn(model, at, target, c.year, churnOf);
    if (theta) return theta;
  }
  return logParamsAtChurn(model, c.phi, c.g, c.year)!;
}

/**
 * The log-parameters at φ whose churn of today's active customers is
 * `target`, null when no g in (0, 1) gives it. Regula falsi (Illinois) on g,
 * along which that churn rises: a dozen passes over the customers instead of
 * bisection's sixty (each pass recomputes every P(alive), the costly part).
 */
function thetaAtChurn(model: PurchaseModel, phi: number[], target: number, year: number, churnOf: (p: Parameters<typeof baseChurn>[0]) => number): number[] | null {
  const at = (g: number): [number[] | null, number] => {
    const theta = logParamsAtChurn(model, phi, g, year);
    return [theta, theta ? churnOf(fromLog(model, theta)) - target : NaN];
  };
  let a = CHURN_FLOOR / 10, b = topChurn(model, phi, year, a, 1 - CHURN_FLOOR / 10);
  let [ta, fa] = at(a);
  let [tb, fb] = at(b);
  if (!ta || !tb || !(fa < 0 && fb > 0)) return null;
  let side = 0;
  for (let k = 0; k < 40; k++) {
    const g = (a * fb - b * fa) / (fb - fa);
    const [t, f] = at(g);
    if (!t || !Number.isFinite(f)) return null;
    if (Math.abs(f) < 1e-7 || b - a < 1e-12) return t;
    if (f < 0) {
      a = g; fa = f; ta = t;
      if (side === -1) fb /= 2;
      side = -1;
    } else {
      b = g; fb = f; tb = t;
      if (side === 1) fa /= 2;
      side = 1;
    }
  }
  return Math.abs(fa) < Math.abs(fb) ? ta : tb;
}

/**
 * The highest new-customer churn g in [lo, hi] that parameters at φ reach
 * (hi itself when it is reached). A BG/NBD customer drops out only at a
 * purchase, so at a given r, α even dropout at every purchase loses less than
 * everyone in a year: above that g no parameters exist, and a bracket ending
 * there would refuse every drawn churn (each run then simulated the fitted
 * churn alone). Bisection on existence: closed-form churns, no pass over the customers.
 */
function topChurn(model: PurchaseModel, phi: number[], year: number, lo: number, hi: number): number {
  if (logParamsAtChurn(model, phi, hi, year)) return hi;
  if (!logParamsAtChurn(model, phi, lo, year)) return hi;
  for (let k = 0; k < 50 && hi - lo > 1e-12; k++) {
    const mid = (lo + hi) / 2;
    if (logParamsAtChurn(model, phi, mid, year)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * The population run `run` simulates: `pop` itself without uncertainty;
 * otherwise a copy with parameters drawn from (seed, run) and P(alive)
 * recomputed under them (the customers' histories are shared, not copied).
 */
export function populationForRun(pop: HistoryPopulation, seed: number, run: number): HistoryPopulation {
  const u = pop.uncertainty;
  if (!u) return pop;
  const theta = drawnLogParameters(u, seed, run, pop);
  const purchase = fromLog(pop.model, theta.slice(0, 4));
  const [lp, lq, lg] = theta.slice(4);
  const alive = new Float64Array(pop.size);
  for (let i = 0; i < pop.size; i++) alive[i] = aliveProbability(purchase, pop.x[i]!, pop.tx[i]!, pop.T[i]!);
  return { ...pop, ...modelParams(purchase), p: Math.exp(lp!), q: Math.exp(lq!), gamma: Math.exp(lg!), pAlive: alive };
}
