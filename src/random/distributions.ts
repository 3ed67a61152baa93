/**
 * Samplers for the customer-level draws (MODEL.md §1–§2) and quantile
 * functions for the run-level draws (MODEL.md §3).
 *
 * Samplers take the stream first (`rng: Rng`) and never allocate, so the
 * engine can call them in its hot loop. Quantiles map a uniform u in (0, 1)
 * to a value and are used with the run design (lhs.ts), one u per field.
 */
import type { Uncertain } from '../draft/schema.js';
import type { Rng } from './rng.js';
import {
  logBeta,
  logGamma,
  normalQuantile,
  regularizedBeta,
  regularizedGammaP,
  regularizedGammaQ,
} from './special.js';

export {
  logBeta,
  logGamma,
  normalCdf,
  normalQuantile,
  regularizedBeta,
  regularizedGammaP,
  regularizedGammaQ,
} from './special.js';

// ---------------------------------------------------------------------------
// Samplers
// ---------------------------------------------------------------------------

/**
 * A standard normal variate by Marsaglia's polar method. The second value of
 * each pair is kept on the stream (`rng.spare`), so the sequence depends only
 * on the stream; `rng.reset` discards it.
 */
export function normal(rng: Rng): number {
  const spare = rng.spare;
  if (spare === spare) {
    rng.spare = NaN;
    return spare;
  }
  let u: number;
  let v: number;
  let s: number;
  do {
    u = 2 * rng.next() - 1;
    v = 2 * rng.next() - 1;
    s = u * u + v * v;
  } while (s >= 1 || s === 0);
  const f = Math.sqrt((-2 * Math.log(s)) / s);
  rng.spare = v * f;
  return u * f;
}

/** Gamma(shape ≥ 1, rate 1) by Marsaglia & Tsang, ACM TOMS 26 (2000) 363–372. */
function standardGammaAtLeastOne(rng: Rng, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.nextOpen();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

function badParameter(what: string, value: number): never {
  throw new RangeError(`${what} must be a positive finite number, got ${value}`);
}

/**
 * A Gamma(shape, rate) variate (mean shape / rate), Marsaglia & Tsang; for
 * shape < 1 the boost G(shape + 1)·U^(1/shape). Shape 0 gives 0 (the point
 * mass at 0 that a Gamma(k·p, ν) order total has when k = 0, MODEL.md §2).
 */
export function gamma(rng: Rng, shape: number, rate: number): number {
  if (!(rate > 0 && rate < Infinity)) badParameter('gamma rate', rate);
  if (shape >= 1 && shape < Infinity) return standardGammaAtLeastOne(rng, shape) / rate;
  if (shape > 0 && shape < 1) {
    const g = standardGammaAtLeastOne(rng, shape + 1);
    return (g * Math.exp(Math.log(rng.nextOpen()) / shape)) / rate;
  }
  if (shape === 0) return 0;
  return badParameter('gamma shape', shape);
}

/** ln of a Gamma(shape, 1) variate, in log space so tiny shapes do not underflow to 0. */
function logStandardGamma(rng: Rng, shape: number): number {
  if (shape >= 1) return Math.log(standardGammaAtLeastOne(rng, shape));
  return Math.log(standardGammaAtLeastOne(rng, shape + 1)) + Math.log(rng.nextOpen()) / shape;
}

/** A Beta(a, b) variate as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
export function beta(rng: Rng, a: number, b: number): number {
  if (!(a > 0 && a < Infinity)) badParameter('beta a', a);
  if (!(b > 0 && b < Infinity)) badParameter('beta b', b);
  if (a >= 1 && b >= 1) {
    const x = standardGammaAtLeastOne(rng, a);
    const y = standardGammaAtLeastOne(rng, b);
    return x / (x + y);
  }
  // With a shape below 1 both gammas can underflow to 0 (0/0); the ratio in logs cannot.
  const lx = logStandardGamma(rng, a);
  const ly = logStandardGamma(rng, b);
  return 1 / (1 + Math.exp(ly - lx));
}

/** Below this mean `poisson` inverts the CDF; above it, PTRS. */
const POISSON_INVERSION_MAX = 10;

/**
 * A Poisson(mean) variate: sequential inversion for mean < 10; above that
 * Hörmann's transformed rejection with squeeze (PTRS), "The transformed
 * rejection method for generating Poisson random variables", Insurance:
 * Mathematics and Economics 12 (1993) 39–45, which is exact and O(1).
 */
export function poisson(rng: Rng, mean: number): number {
  if (mean < POISSON_INVERSION_MAX) {
    if (!(mean >= 0)) throw new RangeError(`poisson mean must be a non-negative finite number, got ${mean}`);
    return poissonInverse(rng.next(), mean, Math.exp(-mean));
  }
  if (!(mean < Infinity)) throw new RangeError(`poisson mean must be a non-negative finite number, got ${mean}`);
  const sq = Math.sqrt(mean);
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * sq;
  const a = -0.059 + 0.02483 * b;
  const logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng.next() - 0.5;
    const v = rng.nextOpen();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b) <= -mean + k * logMean - logGamma(k + 1)) return k;
  }
}

const ONE_SIXTH = 1 / 6;

/**
 * A lower bound of e^(−x) for every real x that costs three multiplications:
 * the Taylor sum 1 − x + x²/2 − x³/6 (its remainder x⁴·e^(−ξ)/24 is never
 * negative), less 1e-12, far more than the rounding of this sum and of
 * Math.exp. A uniform u below it is below Math.exp(−x) too, so the engine
 * knows a month has no order (`poissonInverse` returns 0 for u ≤ e^(−mean))
 * or that a customer survives it (u < e^(−hazard)) without calling Math.exp,
 * which cost a tenth of a run when it was called for every member-month.
 * Above the bound the engine computes e^(−x) as before, so the draws are the same.
 */
export function expMinusLowerBound(x: number): number {
  // × (1/6), not ÷ 6: a division is several multiplications' time, and the 1e-12 covers the last bit either way
  return 1 - x * (1 - x * (0.5 - x * ONE_SIXTH)) - 1e-12;
}

/** Up to this mean `poissonInverse` sums the CDF up from 0; above it, it searches from a normal-approximation guess. */
const POISSON_INVERSE_SUM_MAX = 30;

/**
 * The Poisson(mean) quantile at a GIVEN uniform u in [0, 1): the smallest k
 * with P(K ≤ k) ≥ u. For common random numbers (MODEL.md §2) the engine
 * draws both worlds' orders from one u; the result is non-decreasing in mean
 * for a fixed u (up to rounding in the last bit of the CDF, a 1e-15 event),
 * so a member never buys less than the same customer in the baseline.
 *
 * `expMinusMean` is exp(−mean), passed in because the engine already has it.
 * For mean ≤ 30 the CDF is summed from 0 (O(mean) steps); above that the
 * search starts at the Cornish–Fisher guess mean + z√mean + (z² − 1)/6 with
 * the exact CDF there (an incomplete gamma), then steps by the exact pmf
 * recursion, so it stays an exact inversion.
 */
export function poissonInverse(u: number, mean: number, expMinusMean: number): number {
  if (mean <= POISSON_INVERSE_SUM_MAX) {
    let p = expMinusMean;
    let cdf = p;
    let k = 0;
    while (u > cdf && p > 0) {
      k++;
      p *= mean / k;
      cdf += p;
    }
    return k;
  }
  return poissonQuantileLarge(u, mean);
}

function poissonQuantileLarge(u: number, mean: number): number {
  if (!(u > 0)) return 0;
  if (!(mean < Infinity)) throw new RangeError(`poisson mean must be finite, got ${mean}`);
  const z = normalQuantile(u);
  let k = Math.max(0, Math.round(mean + z * Math.sqrt(mean) + (z * z - 1) / 6));
  // P(K ≤ k) = Q(k + 1, mean), the upper incomplete gamma; pmf from logs to avoid overflow.
  let cdf = regularizedGammaQ(k + 1, mean);
  let p = Math.exp(-mean + k * Math.log(mean) - logGamma(k + 1));
  if (u > cdf) {
    while (u > cdf && p > 0) {
      k++;
      p *= mean / k;
      cdf += p;
    }
    return k;
  }
  while (k > 0) {
    const below = cdf - p;
    if (u > below) break;
    cdf = below;
    p *= k / mean;
    k--;
  }
  return k;
}

/** Triangular(min, mode, max) by its closed-form inverse CDF. */
export function triangular(rng: Rng, min: number, mode: number, max: number): number {
  return triangularQuantile(rng.next(), min, mode, max);
}

/** The Beta shapes of PERT(min, mode, max), MODEL.md §3: 1 + 4(mode − min)/(max − min) and 1 + 4(max − mode)/(max − min). */
function pertShapes(min: number, mode: number, max: number): [number, number] {
  const range = max - min;
  return [1 + (4 * (mode - min)) / range, 1 + (4 * (max - mode)) / range];
}

/** PERT(min, mode, max) = min + (max − min)·Beta(a, b), MODEL.md §3. */
export function pert(rng: Rng, min: number, mode: number, max: number): number {
  checkMinModeMax('pert', min, mode, max);
  if (max === min) return min;
  return min + (max - min) * beta(rng, ...pertShapes(min, mode, max));
}

/** ln-space parameters (μ, σ) of a lognormal whose VALUE has the given mean and sd. */
export function lognormalParameters(mean: number, sd: number): { mu: number; sigma: number } {
  if (!(mean > 0 && mean < Infinity)) throw new RangeError(`lognormal mean must be positive, got ${mean}`);
  if (!(sd >= 0 && sd < Infinity)) throw new RangeError(`lognormal sd must be zero or positive, got ${sd}`);
  const cv = sd / mean;
  const sigma2 = Math.log1p(cv * cv);
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

/** A lognormal variate with the given mean and sd of the value (not of its log). */
export function lognormal(rng: Rng, mean: number, sd: number): number {
  const cv = sd / mean;
  if (!(mean > 0 && sd >= 0 && cv < Infinity)) lognormalParameters(mean, sd); // throws the clear message
  const sigma2 = Math.log1p(cv * cv);
  return Math.exp(Math.log(mean) - sigma2 / 2 + Math.sqrt(sigma2) * normal(rng));
}

/** Uniform on [min, max). */
export function uniform(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng.next();
}

// ---------------------------------------------------------------------------
// Closed-form quantiles used by the samplers
// ---------------------------------------------------------------------------

function checkMinModeMax(kind: string, min: number, mode: number, max: number): void {
  if (!(Number.isFinite(min) && Number.isFinite(mode) && Number.isFinite(max))) {
    throw new Error(`${kind}: min, mode and max must be finite numbers`);
  }
  if (!(min <= mode && mode <= max)) {
    throw new Error(`${kind}: needs min ≤ mode ≤ max, got min ${min}, mode ${mode}, max ${max}`);
  }
}

/** The triangular quantile: min + √(u(max − min)(mode − min)) below the mode's CDF, max − √((1 − u)(max − min)(max − mode)) above. */
export function triangularQuantile(u: number, min: number, mode: number, max: number): number {
  checkMinModeMax('triangular', min, mode, max);
  const range = max - min;
  if (range === 0) return min;
  if (u * range < mode - min) return min + Math.sqrt(u * range * (mode - min));
  return max - Math.sqrt((1 - u) * range * (max - mode));
}

// ---------------------------------------------------------------------------
// Quantiles of run-level distributions (MODEL.md §3)
// ---------------------------------------------------------------------------

/**
 * Invert a continuous CDF on [lo, hi] (hi may be Infinity) by Newton steps
 * safeguarded with bisection: a step that leaves the bracket is replaced by
 * the bracket's midpoint, so it always converges, and near the root it is
 * quadratic. Stops at a relative step of 1e-15.
 */
function invertCdf(
  u: number,
  cdf: (x: number) => number,
  survival: (x: number) => number,
  pdf: (x: number) => number,
  guess: number,
  lo: number,
  hi: number,
): number {
  // In the upper half solve S(x) = 1 − u instead: 1 − u is exact there (Sterbenz), while
  // F(x) = 1 − S(x) near 1 has lost the digits that fix x in a thin upper tail.
  const upper = u > 0.5;
  const tail = 1 - u;
  const excess = upper ? (x: number) => tail - survival(x) : (x: number) => cdf(x) - u;
  let x = guess;
  if (!(x > lo && x < hi)) x = hi < Infinity ? (lo + hi) / 2 : lo + 1;
  // Find a finite upper end first when the support is unbounded.
  while (hi === Infinity) {
    if (excess(x) >= 0) hi = x;
    else {
      lo = x;
      x *= 2;
    }
  }
  for (let i = 0; i < 400; i++) {
    const f = excess(x);
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const d = pdf(x);
    let next = x - f / d;
    if (!(next > lo && next < hi)) {
      // Bisect, geometrically when the bracket spans decades (thin lower tails of small shapes).
      next = lo === 0 ? hi / 8 : hi > 4 * lo ? Math.sqrt(lo * hi) : 0.5 * (lo + hi);
    }
    if (Math.abs(next - x) <= 1e-15 * Math.abs(x) || next === lo || next === hi) return next;
    x = next;
  }
  return x;
}

/** Rough normal-deviate start values for the gamma and beta inversions (NR §6.2.1, §6.4.1). */
function gammaQuantileGuess(u: number, shape: number): number {
  if (shape > 1) {
    const z = normalQuantile(u);
    // Wilson–Hilferty: (X/a)^(1/3) is close to normal with mean 1 − 1/(9a) and sd 1/(3√a).
    return Math.max(1e-3, shape * Math.pow(1 - 1 / (9 * shape) + z / (3 * Math.sqrt(shape)), 3));
  }
  const t = 1 - shape * (0.253 + shape * 0.12);
  return u < t ? Math.pow(u / t, 1 / shape) : 1 - Math.log(1 - (u - t) / (1 - t));
}

/** The Gamma(shape, rate) quantile by safeguarded Newton on the regularized incomplete gamma P (Q in the upper half). */
export function gammaQuantile(u: number, shape: number, rate: number): number {
  if (!(shape > 0 && shape < Infinity)) badParameter('gamma shape', shape);
  if (!(rate > 0 && rate < Infinity)) badParameter('gamma rate', rate);
  if (!(u > 0)) return 0;
  if (!(u < 1)) return Infinity;
  // Deep in the lower tail P(a, x) = x^a / Γ(a + 1)·(1 + O(x)); below 1e-80 that closed form is exact
  // to the last digit, and it reaches values (down to 0) that no bracketing search would.
  const logTail = (Math.log(u) + logGamma(shape + 1)) / shape;
  if (logTail < -184) return Math.exp(logTail) / rate;
  const logNorm = logGamma(shape);
  const x = invertCdf(
    u,
    (x) => regularizedGammaP(shape, x),
    (x) => regularizedGammaQ(shape, x),
    (x) => Math.exp((shape - 1) * Math.log(x) - x - logNorm),
    gammaQuantileGuess(u, shape),
    0,
    Infinity,
  );
  return x / rate;
}

function betaQuantileGuess(u: number, a: number, b: number): number {
  if (a >= 1 && b >= 1) {
    const z = normalQuantile(u);
    const al = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (z * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    return a / (a + b * Math.exp(2 * w));
  }
  const lna = Math.log(a / (a + b));
  const lnb = Math.log(b / (a + b));
  const t = Math.exp(a * lna) / a;
  const v = Math.exp(b * lnb) / b;
  const w = t + v;
  return u < t / w ? Math.pow(a * w * u, 1 / a) : 1 - Math.pow(b * w * (1 - u), 1 / b);
}

/** The Beta(a, b) quantile by safeguarded Newton on the regularized incomplete beta I_x(a, b). */
export function betaQuantile(u: number, a: number, b: number): number {
  if (!(a > 0 && a < Infinity)) badParameter('beta a', a);
  if (!(b > 0 && b < Infinity)) badParameter('beta b', b);
  if (!(u > 0)) return 0;
  if (!(u < 1)) return 1;
  const logNorm = logBeta(a, b);
  // Deep in the lower tail I_x(a, b) = x^a / (a·B(a, b))·(1 + O(x)), as for the gamma.
  const logTail = (Math.log(u) + Math.log(a) + logNorm) / a;
  if (logTail < -184) return Math.exp(logTail);
  return invertCdf(
    u,
    (x) => regularizedBeta(x, a, b),
    (x) => regularizedBeta(1 - x, b, a),
    (x) => Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logNorm),
    betaQuantileGuess(u, a, b),
    0,
    1,
  );
}

/** PERT(min, mode, max) quantile through the Beta quantile (MODEL.md §3). */
export function pertQuantile(u: number, min: number, mode: number, max: number): number {
  checkMinModeMax('pert', min, mode, max);
  if (max === min) return min;
  return min + (max - min) * betaQuantile(u, ...pertShapes(min, mode, max));
}

/**
 * Beta shape parameters from a mean m and sd s (MODEL.md §3):
 * n = m(1 − m)/s² − 1, a = m·n, b = (1 − m)·n. Throws when no beta has
 * that mean and sd (s² ≥ m(1 − m)).
 */
export function betaFromMeanSd(mean: number, sd: number): { a: number; b: number } {
  if (!(mean > 0 && mean < 1)) throw new Error(`beta: the mean must lie strictly between 0 and 1, got ${mean}`);
  if (!(sd > 0 && sd < Infinity)) throw new Error(`beta: the sd must be a positive number, got ${sd}`);
  const limit = mean * (1 - mean);
  if (sd * sd >= limit) {
    throw new Error(
      `beta: no beta distribution has mean ${mean} and sd ${sd}; the sd must be below √(m(1 − m)) = ${Math.sqrt(limit).toPrecision(4)}`,
    );
  }
  const n = limit / (sd * sd) - 1;
  return { a: mean * n, b: (1 - mean) * n };
}

/** The Beta(a, b) of a `beta` field, given either as a/b or as mean/sd. */
function betaShapes(spec: { a: number; b: number } | { mean: number; sd: number }): { a: number; b: number } {
  if ('a' in spec) {
    if (!(spec.a > 0 && spec.b > 0 && spec.a < Infinity && spec.b < Infinity)) {
      throw new Error(`beta: a and b must be positive, got a ${spec.a}, b ${spec.b}`);
    }
    return spec;
  }
  return betaFromMeanSd(spec.mean, spec.sd);
}

function checkNormal(kind: string, mean: number, sd: number): void {
  if (!Number.isFinite(mean)) throw new Error(`${kind}: the mean must be a finite number, got ${mean}`);
  if (!(sd >= 0 && sd < Infinity)) throw new Error(`${kind}: the sd must be zero or positive, got ${sd}`);
}

/**
 * What is wrong with a run-level distribution's parameters, or undefined
 * when it is usable; `quantile` throws exactly this message. Lets the draft
 * linter report the problem without catching.
 */
export function distributionIssue(dist: Uncertain): string | undefined {
  try {
    quantile(dist, 0.5);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * The value of a numeric field at probability u in (0, 1): its inverse CDF.
 * A plain number is returned as is. Every distribution of MODEL.md §3:
 * normal and lognormal (through the AS 241 normal quantile; lognormal takes
 * the mean and sd of the value), uniform, triangular (closed form), pert,
 * beta (by a/b or mean/sd) and gamma (by Newton on the incomplete beta and
 * gamma functions, to about 1e-14 relative, so the result rises with u up to
 * that last-digit noise). Throws a plain Error with a readable message when the
 * parameters describe no distribution.
 *
 * @example
 * quantile({ pert: { min: 0.01, mode: 0.03, max: 0.08 } }, design.u(run, dim))
 */
export function quantile(dist: Uncertain, u: number): number {
  if (typeof dist === 'number') return dist;
  if (!(u >= 0 && u <= 1)) throw new Error(`quantile: u must lie in [0, 1], got ${u}`);
  if ('normal' in dist) {
    const { mean, sd } = dist.normal;
    checkNormal('normal', mean, sd);
    return sd === 0 ? mean : mean + sd * normalQuantile(u);
  }
  if ('lognormal' in dist) {
    const { mean, sd } = dist.lognormal;
    if (!(mean > 0 && mean < Infinity)) throw new Error(`lognormal: the mean must be positive, got ${mean}`);
    checkNormal('lognormal', mean, sd);
    const { mu, sigma } = lognormalParameters(mean, sd);
    return sigma === 0 ? mean : Math.exp(mu + sigma * normalQuantile(u));
  }
  if ('uniform' in dist) {
    const { min, max } = dist.uniform;
    if (!(Number.isFinite(min) && Number.isFinite(max) && min <= max)) {
      throw new Error(`uniform: needs finite min ≤ max, got min ${min}, max ${max}`);
    }
    return min + (max - min) * u;
  }
  if ('triangular' in dist) {
    const { min, mode, max } = dist.triangular;
    return triangularQuantile(u, min, mode, max);
  }
  if ('pert' in dist) {
    const { min, mode, max } = dist.pert;
    return pertQuantile(u, min, mode, max);
  }
  if ('beta' in dist) {
    const { a, b } = betaShapes(dist.beta);
    return betaQuantile(u, a, b);
  }
  if ('gamma' in dist) {
    const { shape, rate } = dist.gamma;
    if (!(shape > 0 && shape < Infinity && rate > 0 && rate < Infinity)) {
      throw new Error(`gamma: shape and rate must be positive, got shape ${shape}, rate ${rate}`);
    }
    return gammaQuantile(u, shape, rate);
  }
  return unknownDistribution(dist);
}

function unknownDistribution(dist: never): never {
  throw new Error(`unknown distribution ${JSON.stringify(dist)}`);
}

/** The same function under the name the engine's run-level code uses. */
export const distributionQuantile = quantile;

/**
 * The expected value of a numeric field (the number itself when fixed):
 * normal and lognormal their mean, uniform (min + max)/2, triangular
 * (min + mode + max)/3, pert (min + 4·mode + max)/6, beta a/(a + b) or its
 * mean, gamma shape/rate. Throws like `quantile` on impossible parameters.
 */
export function distributionMean(dist: Uncertain): number {
  if (typeof dist === 'number') return dist;
  quantile(dist, 0.5); // the same parameter checks and messages as quantile
  if ('normal' in dist) return dist.normal.mean;
  if ('lognormal' in dist) return dist.lognormal.mean;
  if ('uniform' in dist) return (dist.uniform.min + dist.uniform.max) / 2;
  if ('triangular' in dist) return (dist.triangular.min + dist.triangular.mode + dist.triangular.max) / 3;
  if ('pert' in dist) return (dist.pert.min + 4 * dist.pert.mode + dist.pert.max) / 6;
  if ('beta' in dist) {
    const { a, b } = betaShapes(dist.beta);
    return a / (a + b);
  }
  if ('gamma' in dist) return dist.gamma.shape / dist.gamma.rate;
  return unknownDistribution(dist);
}
