/**
 * The expected monthly list spend of a typical customer under a draft's
 * synthetic priors, for the design lint (PROGRAM-FORMAT.md: a redemption
 * threshold the median member needs more than expiry_months to reach).
 *
 * A customer's spend score is s = λ·p_gg/ν (MODEL.md §8), with
 * λ ~ Gamma(r, α) and ν ~ Gamma(q, γ) independent (§1). Its quantile has no
 * closed form, so the CDF is integrated over ν on a grid of its quantiles,
 * P(s ≤ x) = E_ν[P_λ(λ ≤ x·ν/p_gg)], and inverted by bisection: a few
 * thousand incomplete-gamma evaluations, deterministic, no random draws.
 */
import { gammaQuantile } from '../random/distributions.js';
import { regularizedGammaP } from '../random/special.js';
import type { Synthetic } from './schema.js';

/** Points of the ν grid: enough for about 1 % on the quantile (the test checks it against sampling), plenty for a lint. */
const GRID = 100;

/**
 * The u-quantile of the spend score s (expected monthly list spend while
 * active) across synthetic customers; NaN when the priors are not usable.
 */
export function spendScoreQuantile(synthetic: Synthetic, u: number): number {
  const { shape: r, rate: alpha } = synthetic.orders_per_month.gamma;
  const { p, q, gamma } = synthetic.order_value.gamma_gamma;
  if (!(r > 0 && alpha > 0 && p > 0 && q > 0 && gamma > 0 && u > 0 && u < 1)) return NaN;
  const nu = Array.from({ length: GRID }, (_, j) => gammaQuantile((j + 0.5) / GRID, q, gamma));
  const cdf = (x: number): number => nu.reduce((sum, v) => sum + regularizedGammaP(r, (alpha * x * v) / p), 0) / GRID;
  // bracket on the log scale around the mean spend r/α·p·γ/(q − 1) (or p/ν at ν's median when q ≤ 1)
  const centre = (r / alpha) * (p / nu[GRID >> 1]!);
  let lo = Math.log(centre) - 30;
  let hi = Math.log(centre) + 30;
  for (let i = 0; i < 100 && hi - lo > 1e-4; i++) {
    const mid = (lo + hi) / 2;
    if (cdf(Math.exp(mid)) < u) lo = mid;
    else hi = mid;
  }
  return Math.exp((lo + hi) / 2);
}
