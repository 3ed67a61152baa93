/**
 * The customers a simulation runs on (MODEL.md §1), as structure of arrays.
 *
 * Every customer carries four latent quantities drawn afresh in every run:
 * λ (orders per month while active), the monthly dropout hazard (λ·p under
 * the BG/NBD, where p is the dropout probability after an order; μ under the
 * Pareto/NBD, a lifetime rate independent of orders), ν (rate of the
 * order-value Gamma) and a (active at month 0), plus h, the list spend of the
 * 12 months before month 1 (for tier placement). The engine only reads the
 * hazard, so it does not need to know which purchase model made it.
 */
import type { Synthetic } from '../draft/schema.js';
import { beta, betaFromMeanSd, gamma } from '../random/distributions.js';
import type { Rng } from '../random/rng.js';
import type { PurchaseModel } from '../fit/purchase-model.js';

/** BG/NBD (r, α, a, b) and Gamma-Gamma (p, q, γ) parameters, time in months. */
export interface LatentParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
  p: number;
  q: number;
  gamma: number;
}

export interface SyntheticPopulation extends LatentParams {
  kind: 'synthetic';
  size: number;
  /** Totals are multiplied by this (1 unless a sample stands for a larger base). */
  scale: number;
}

/**
 * The asymptotic normal of the fitted log-parameters, from which each run
 * draws its own population parameters (calibration uncertainty): means and
 * lower Cholesky factors of the covariances, for the purchase model
 * (ln r, ln α, and ln a, ln b or ln s, ln β) and the Gamma-Gamma (ln p, ln q, ln γ).
 */
export interface ParameterUncertainty {
  purchaseMean: number[];
  purchaseCholesky: number[][];
  /** A fit at a stated churn: the purchase parameters are drawn in its coordinates (fit/purchase-model.ts ChurnDraw) instead. */
  churn?: { phi: number[]; phiCholesky: number[][]; g: number; gSd: number; year: number; target: number; targetSd: number };
  gammaGammaMean: number[];
  gammaGammaCholesky: number[][];
}

/**
 * Real customers from a history: each customer's latent quantities are drawn
 * from the fitted posteriors given their (x, tₓ, T, z̄), in months.
 */
export interface HistoryPopulation extends LatentParams {
  kind: 'history';
  /** Which purchase model the parameters belong to: bg-nbd uses a, b; pareto-nbd uses s, β (a, b are then unused). */
  model: PurchaseModel;
  /** Pareto/NBD lifetime-rate shape and rate (μ ~ Gamma(s, β)); unused under the BG/NBD. */
  s: number;
  beta: number;
  size: number;
  scale: number;
  /** Null: every run uses the fitted parameters (--no-parameter-uncertainty, or no usable covariance). */
  uncertainty: ParameterUncertainty | null;
  /** Repeat purchases in the history. */
  x: Float64Array;
  /** Time of the last repeat purchase in months (for P(alive) when a run redraws the parameters). */
  tx: Float64Array;
  /** Observation length T in months (first purchase to the history's end). */
  T: Float64Array;
  /** Mean repeat order value z̄ (0 when x = 0 or the repeat days net to nothing: ν then comes from the prior). */
  zbar: Float64Array;
  /** P(alive | x, tₓ, T) under the fitted parameters (recomputed by runs that draw their own). */
  pAlive: Float64Array;
  /** List spend of the last 12 months of the history (tier placement). */
  h12: Float64Array;
  /**
   * Month-of-year multipliers of λ for simulated month t at index (t − 1) mod 12
   * (month 1 is the calendar month after the history's end; history/seasonality.ts);
   * null: no seasonality (off, or the history cannot say).
   */
  season: Float64Array | null;
  /**
   * docs/model.md §13: each customer's RFM class as `profile` shows it (an
   * index into RFM_SEGMENTS of history/profile.ts; NO_ATTRIBUTE: none), when a
   * draft's segment asks for one. Absent: not computed.
   */
  rfmClass?: Uint8Array;
  /**
   * docs/model.md §13: customer attribute columns (from the history or
   * --customers) a draft's segments name: the column names, each column's
   * distinct values, and per customer the index of its value, column after
   * column (attributeCodes[c·size + i]; −1: the customer has none). Flat
   * top-level fields, so population-codec.ts carries them as they are.
   */
  attributeNames?: string[];
  attributeValues?: string[][];
  attributeCodes?: Int32Array;
}

/** An rfmClass of a customer the attribute does not know. */
export const NO_ATTRIBUTE = 255;

export type Population = SyntheticPopulation | HistoryPopulation;

/** The synthetic population of a draft's `customers.synthetic` block. */
export function syntheticPopulation(s: Synthetic): SyntheticPopulation {
  const dropout = s.dropout_per_order.beta;
  const { a, b } = 'a' in dropout ? dropout : betaFromMeanSd(dropout.mean, dropout.sd);
  const gg = s.order_value.gamma_gamma;
  return {
    kind: 'synthetic',
    size: s.count,
    scale: 1,
    r: s.orders_per_month.gamma.shape,
    alpha: s.orders_per_month.gamma.rate,
    a,
    b,
    p: gg.p,
    q: gg.q,
    gamma: gg.gamma,
  };
}

/**
 * The first n customers of a synthetic population standing for all of it.
 * Synthetic customers are independent draws, each from a stream of its own
 * named by (seed, run, customer), so the first n are a simple random sample
 * and simulate exactly as they do in the full population; totals are scaled
 * by size / n (the report's what-if panel runs on such a sample).
 */
export function syntheticSample(pop: SyntheticPopulation, n: number): SyntheticPopulation {
  const size = Math.max(1, Math.min(pop.size, Math.floor(n)));
  return { ...pop, size, scale: (pop.scale * pop.size) / size };
}

/** Slots of the scratch array `drawLatent` fills. */
export const LAMBDA = 0;
/** The monthly dropout hazard: the customer survives a month with probability e^(−hazard). */
export const HAZARD = 1;
export const NU = 2;
export const ACTIVE = 3;
export const H12 = 4;
export const LATENT_SLOTS = 5;

/**
 * Draws customer i's latent quantities for one run into `out` (MODEL.md §1).
 * Always consumes the same draws whatever the outcome, so the streams of
 * later customers and months never depend on earlier results.
 */
export function drawLatent(pop: Population, i: number, rng: Rng, out: Float64Array): void {
  if (pop.kind === 'synthetic') {
    const lambda = gamma(rng, pop.r, pop.alpha);
    out[LAMBDA] = lambda;
    out[HAZARD] = lambda * beta(rng, pop.a, pop.b);
    out[NU] = gamma(rng, pop.q, pop.gamma);
    out[ACTIVE] = 1;
    out[H12] = 0;
    return;
  }
  const x = pop.x[i]!;
  const u = rng.next();
  out[ACTIVE] = u < pop.pAlive[i]! ? 1 : 0;
  const lambda = gamma(rng, pop.r + x, pop.alpha + pop.T[i]!);
  out[LAMBDA] = lambda;
  // Given alive at T: BG/NBD p ~ Beta(a, b + x); Pareto/NBD μ ~ Gamma(s, β + T) (FH 2005 note, §4).
  out[HAZARD] = pop.model === 'bg-nbd' ? lambda * beta(rng, pop.a, pop.b + x) : gamma(rng, pop.s, pop.beta + pop.T[i]!);
  // Gamma-Gamma posterior; the prior when there is no order-value evidence (z̄ = 0).
  const zbar = pop.zbar[i]!;
  const xv = zbar > 0 ? x : 0;
  out[NU] = gamma(rng, pop.p * xv + pop.q, pop.gamma + xv * zbar);
  out[H12] = pop.h12[i]!;
}
