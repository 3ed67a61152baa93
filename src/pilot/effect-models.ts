/**
 * The pilot's effects as parameters of the model the simulator runs
 * (issue 22; MODEL.md §1–2, §4 steps 2, 3, 8, §9's ramp). Pure.
 *
 * Orders and dropout. Customer i buys Poisson(λᵢ·ρₘ) orders in month m and
 * survives the month's end with probability exp(−λᵢpᵢ·hₘ): ρ = h = 1 before
 * the pilot; in pilot month m the control has ρ = e^{κₘ}, h = e^{η} (a
 * common shift, so a season or a misfit of the baseline is not read as an
 * effect) and the treatment ρ = e^{κₘ}(1 + f·gₘ), h = e^{η}(1 − d·gₘ).
 * λ ~ Gamma(r, α) and p ~ Beta(a, b) are the BG/NBD fit of the pre-period
 * (src/fit, as `fit` does and as the engine reads them, MODEL.md §1), so each
 * customer's own history is their posterior. With τ the last month alive,
 * E_τ the exposure Σρ to its end and D_τ the hazard Σh of the checks passed,
 * λ integrates out in closed form:
 *   Lᵢ ∝ Πₘ ρₘ^{kₘ} · E_p Σ_τ [(α + E_τ + p·D_τ)^{−s} − (α + E_τ + p·(D_τ + h_τ))^{−s}],
 * s = r + x (x the repeat orders), τ from the last purchase's month on, the
 * second term absent for the last observed month (censored); p by a
 * 12-point quantile rule of Beta(a, b). d has a weak normal(0, 0.5) prior
 * (CHURN_PRIOR_SD), so a pilot that sees too few dropouts says so. So recency within the pilot, each
 * customer's rate and the quiet months all inform d, not just "bought or not".
 *
 * Order value. Values are Gamma(p_gg, ν)·vₘ with v = e^{μₘ} (control) and
 * e^{μₘ}(1 + c·gₘ) (treatment) in pilot month m, 1 before; ν ~ Gamma(q, γ)
 * (the Gamma-Gamma fit of the pre-period) integrates out:
 *   ℓᵢ = −p_gg Σₘ nₘ ln vₘ − (p_gg·n + q) ln(γ + S₀ + Σₘ Sₘ / vₘ).
 */
import { fitBgNbd } from '../fit/bg-nbd.js';
import { fitGammaGamma } from '../fit/gamma-gamma.js';
import { betaQuantile } from '../random/distributions.js';
import type { LatentParams } from '../engine/population.js';
import { type Evaluation, maximize, type MaxLikelihood, scoreCovariance } from './newton.js';
import type { PilotPanel } from './panel.js';

/** Quadrature points over p: 12 moved no effect by more than a few thousandths of its s.e. against 24 (measured in the unit tests' pilots). */
export const NODES = 12;

/**
 * The pre-period calibration: the baseline the effects are multipliers of, the engine's own latent
 * parameters (Gamma-Gamma's p, q, γ are NaN when too few customers bought twice).
 */
export type Calibration = LatentParams;

/** At most this many customers (every k-th) for the BG/NBD prior: see `calibrate`. */
export const CALIBRATION_SAMPLE = 5000;

/**
 * BG/NBD and Gamma-Gamma on the panel's pre-period, in months (src/fit). The
 * BG/NBD prior is fitted on an evenly spaced sample of at most
 * CALIBRATION_SAMPLE customers: it only shapes each customer's posterior,
 * the effects are contrasts between the groups under the same prior, and the
 * full fit costs seconds on a 20,000-customer pilot.
 */
export function calibrate(panel: PilotPanel): Calibration {
  const step = Math.max(1, Math.ceil(panel.n / CALIBRATION_SAMPLE));
  const pick = <T extends Float64Array | Int32Array>(v: T): number[] => Array.from(v).filter((_, i) => i % step === 0);
  const bg = fitBgNbd({ x: pick(panel.preRepeats), tx: pick(panel.preLast), T: pick(panel.preExposure) });
  const n = Float64Array.from(panel.preValueOrders);
  const z = Float64Array.from(panel.preValue, (v, i) => (n[i]! > 0 ? v / n[i]! : 0));
  let gg = { p: NaN, q: NaN, gamma: NaN };
  try {
    gg = fitGammaGamma(n, z).params;
  } catch {
    // too few customers with orders: the check effect is then not estimated
  }
  return { ...bg.params, ...gg };
}

/** How θ maps onto the per-month multipliers of each group (index g·P + m; g = 1 treatment). */
export interface Design {
  dim: number;
  /** Where d is in θ: it gets the weak prior CHURN_PRIOR_SD. */
  churnIndex: number;
  /** Writes ρ, h and their derivatives ∂/∂θₖ (index (g·P + m)·dim + k); false outside the domain. */
  map(theta: Float64Array, rho: Float64Array, h: Float64Array, dRho: Float64Array, dH: Float64Array): boolean;
}

/**
 * θ = [κ₀..κ_{P−1}, η, f, d] with the ramp shape g (MODEL.md §9's min(1, s/R)),
 * or with `monthly`, θ = [κ₀..κ_{P−1}, η, f₀..f_{P−1}, d]: a free frequency effect per month (d not ramped).
 */
export function orderDesign(P: number, g: ArrayLike<number>, monthly = false): Design {
  const dim = P + 1 + (monthly ? P : 1) + 1;
  const iEta = P;
  const iF = P + 1;
  const iD = monthly ? 2 * P + 1 : P + 2;
  return {
    dim,
    churnIndex: iD,
    map(theta, rho, h, dRho, dH) {
      dRho.fill(0);
      dH.fill(0);
      const eta = Math.exp(theta[iEta]!);
      const d = theta[iD]!;
      for (let m = 0; m < P; m++) {
        const base = Math.exp(theta[m]!);
        const gm = monthly ? 1 : g[m]!;
        const fk = monthly ? iF + m : iF;
        const f = theta[fk]! * gm;
        if (!(1 + f > 0) || !(1 - d * gm > 0)) return false;
        rho[m] = base;
        rho[P + m] = base * (1 + f);
        dRho[m * dim + m] = base;
        dRho[(P + m) * dim + m] = base * (1 + f);
        dRho[(P + m) * dim + fk] = base * gm;
        h[m] = eta;
        h[P + m] = eta * (1 - d * gm);
        dH[m * dim + iEta] = eta;
        dH[(P + m) * dim + iEta] = eta * (1 - d * gm);
        dH[(P + m) * dim + iD] = -eta * gm;
      }
      return true;
    },
  };
}

/**
 * The prior sd of the hazard reduction d: normal(0, 0.5). A pilot of a few
 * months on a small or slow-buying shop sees few customers leave, and the
 * likelihood alone then runs d off to −∞ (a draft's churn_reduction must lie
 * in (−1, 1)); with the prior such a pilot writes "about 0, sd near 0.5". On
 * a 20,000-customer pilot (s.e. about 0.1) it pulls d towards 0 by 4 %.
 */
export const CHURN_PRIOR_SD = 0.5;

/** Per-customer constants of the order/dropout likelihood (those that do not depend on θ). */
export interface OrderModel {
  panel: PilotPanel;
  cal: Calibration;
  s: Float64Array;
  ref: Float64Array;
  /** Σ over the pre-period months of the death terms, per customer and node (scaled by e^{−ref}). */
  pre: Float64Array;
  nodes: Float64Array;
}

export function orderModel(panel: PilotPanel, cal: Calibration): OrderModel {
  const { n, months: P } = panel;
  const nodes = Float64Array.from({ length: NODES }, (_, j) => betaQuantile((j + 0.5) / NODES, cal.a, cal.b));
  const s = new Float64Array(n);
  const ref = new Float64Array(n);
  const pre = new Float64Array(n * NODES);
  for (let i = 0; i < n; i++) {
    let x = panel.preRepeats[i]!;
    for (let m = 0; m < P; m++) x += panel.pilotOrders[i * P + m]!;
    const si = cal.r + x;
    s[i] = si;
    const L = panel.lastBlock[i]!;
    const E0 = panel.preExposure[i]!;
    const firstE = L < 0 ? L + 1 + E0 : E0 + L + 1;
    ref[i] = -si * Math.log(cal.alpha + Math.max(firstE, 0));
    for (let tau = L; tau < 0; tau++) {
      const E = tau + 1 + E0;
      const D = tau + panel.preChecks[i]!;
      for (let j = 0; j < NODES; j++) {
        const p = nodes[j]!;
        const b1 = cal.alpha + E + p * D;
        pre[i * NODES + j]! += Math.exp(-si * Math.log(b1) - ref[i]!) - Math.exp(-si * Math.log(b1 + p) - ref[i]!);
      }
    }
  }
  return { panel, cal, s, ref, pre, nodes };
}

/** The log-likelihood of the orders and dropouts in the pilot under a design (constants in θ left out). */
export function orderLogLikelihood(om: OrderModel, design: Design): (theta: Float64Array, withScores: boolean) => Evaluation | undefined {
  const { panel, cal, s, ref, pre, nodes } = om;
  const { n, months: P } = panel;
  const dim = design.dim;
  const rho = new Float64Array(2 * P);
  const h = new Float64Array(2 * P);
  const dRho = new Float64Array(2 * P * dim);
  const dH = new Float64Array(2 * P * dim);
  const GE = new Float64Array(P);
  const GD = new Float64Array(P);
  const GH = new Float64Array(P);
  const dRhoI = new Float64Array(P);
  const dHI = new Float64Array(P);
  const gi = new Float64Array(dim);
  return (theta, withScores) => {
    if (!design.map(theta, rho, h, dRho, dH)) return undefined;
    let ll = 0;
    const grad = new Float64Array(dim);
    const bhhh = new Float64Array(withScores ? dim * dim : 0);
    for (let i = 0; i < n; i++) {
      const g = panel.treated[i]!;
      const off = g * P;
      const si = s[i]!;
      const refi = ref[i]!;
      const start = Math.max(0, panel.lastBlock[i]!);
      const E0 = panel.preExposure[i]!;
      const D0 = panel.preChecks[i]!;
      GE.fill(0);
      GD.fill(0);
      GH.fill(0);
      let S = 0;
      for (let j = 0; j < NODES; j++) {
        const p = nodes[j]!;
        S += pre[i * NODES + j]!;
        let E = E0;
        let D = D0;
        for (let m = 0; m < P; m++) {
          E += rho[off + m]!;
          if (m >= start) {
            const b1 = cal.alpha + E + p * D;
            const a1 = Math.exp(-si * Math.log(b1) - refi);
            S += a1;
            let dE = (-si * a1) / b1;
            let dD = (-si * p * a1) / b1;
            if (m < P - 1) {
              const b2 = b1 + p * h[off + m]!;
              const a2 = Math.exp(-si * Math.log(b2) - refi);
              S -= a2;
              dE += (si * a2) / b2;
              dD += (si * p * a2) / b2;
              GH[m]! += (si * p * a2) / b2;
            }
            GE[m]! += dE;
            GD[m]! += dD;
          }
          D += h[off + m]!;
        }
      }
      if (!(S > 0)) return undefined;
      let li = refi + Math.log(S / NODES);
      // ∂ℓ/∂ρₘ = kₘ/ρₘ + Σ_{m' ≥ m} GE / S; ∂ℓ/∂hₘ = (Σ_{m' > m} GD + GH) / S
      let suffixE = 0;
      let suffixD = 0;
      for (let m = P - 1; m >= 0; m--) {
        const k = panel.pilotOrders[i * P + m]!;
        li += k * Math.log(rho[off + m]!);
        suffixE += GE[m]!;
        dRhoI[m] = k / rho[off + m]! + suffixE / S;
        dHI[m] = (suffixD + GH[m]!) / S;
        suffixD += GD[m]!;
      }
      ll += li;
      gi.fill(0);
      for (let m = 0; m < P; m++) {
        const row = (off + m) * dim;
        for (let k = 0; k < dim; k++) gi[k]! += dRhoI[m]! * dRho[row + k]! + dHI[m]! * dH[row + k]!;
      }
      for (let k = 0; k < dim; k++) grad[k]! += gi[k]!;
      if (withScores) for (let a = 0; a < dim; a++) for (let b = 0; b < dim; b++) bhhh[a * dim + b]! += gi[a]! * gi[b]!;
    }
    // the weak prior on d (a MAP fit): its curvature joins the information
    const dIdx = design.churnIndex;
    const prec = 1 / (CHURN_PRIOR_SD * CHURN_PRIOR_SD);
    ll -= 0.5 * prec * theta[dIdx]! ** 2;
    grad[dIdx]! -= prec * theta[dIdx]!;
    if (withScores) bhhh[dIdx * dim + dIdx]! += prec;
    return { ll, grad, bhhh };
  };
}

/** θ = [μ₀..μ_{P−1}, c] with the ramp shape g, or with `monthly` [μ₀..μ_{P−1}, c₀..c_{P−1}]. */
export function valueLogLikelihood(panel: PilotPanel, cal: Calibration, g: ArrayLike<number>, monthly = false): { dim: number; f: (theta: Float64Array, withScores: boolean) => Evaluation | undefined } {
  const { n, months: P } = panel;
  const dim = monthly ? 2 * P : P + 1;
  const vC = new Float64Array(P);
  const vT = new Float64Array(P);
  const gi = new Float64Array(dim);
  const f = (theta: Float64Array, withScores: boolean): Evaluation | undefined => {
    for (let m = 0; m < P; m++) {
      const c = (monthly ? theta[P + m]! : theta[P]! * g[m]!);
      if (!(1 + c > 0)) return undefined;
      vC[m] = Math.exp(theta[m]!);
      vT[m] = vC[m]! * (1 + c);
    }
    let ll = 0;
    const grad = new Float64Array(dim);
    const bhhh = new Float64Array(withScores ? dim * dim : 0);
    for (let i = 0; i < n; i++) {
      const t = panel.treated[i]!;
      const v = t ? vT : vC;
      let orders = panel.preValueOrders[i]!;
      let B = cal.gamma + panel.preValue[i]!;
      let li = 0;
      for (let m = 0; m < P; m++) {
        const k = panel.pilotValueOrders[i * P + m]!;
        if (k === 0) continue;
        orders += k;
        B += panel.pilotValue[i * P + m]! / v[m]!;
        li -= cal.p * k * Math.log(v[m]!);
      }
      if (orders === panel.preValueOrders[i]!) continue; // no pilot orders: nothing on the effect
      const shape = cal.p * orders + cal.q;
      li -= shape * Math.log(B);
      ll += li;
      gi.fill(0);
      for (let m = 0; m < P; m++) {
        const k = panel.pilotValueOrders[i * P + m]!;
        if (k === 0) continue;
        // ∂ℓ/∂ln vₘ = −p·k + shape·(Sₘ/vₘ)/B
        const dl = -cal.p * k + (shape * panel.pilotValue[i * P + m]!) / v[m]! / B;
        gi[m]! += dl;
        if (t) {
          const c = monthly ? theta[P + m]! : theta[P]! * g[m]!;
          const dc = monthly ? 1 : g[m]!;
          gi[monthly ? P + m : P]! += (dl * dc) / (1 + c);
        }
      }
      for (let k = 0; k < dim; k++) grad[k]! += gi[k]!;
      if (withScores) for (let a = 0; a < dim; a++) for (let b = 0; b < dim; b++) bhhh[a * dim + b]! += gi[a]! * gi[b]!;
    }
    return { ll, grad, bhhh };
  };
  return { dim, f };
}

export interface Estimate {
  estimate: number;
  se: number;
}

export interface ShapeFit {
  /** Log-likelihoods of the orders/dropout and the order-value models (θ-free constants left out). */
  llOrders: number;
  llValue: number;
  frequency: Estimate;
  check: Estimate;
  churn: Estimate;
  converged: boolean;
  orders: MaxLikelihood;
  value: MaxLikelihood | undefined;
}

const est = (ml: MaxLikelihood, k: number): Estimate => ({ estimate: ml.theta[k]!, se: ml.cov ? Math.sqrt(Math.max(0, ml.cov[k]![k]!)) : NaN });

/**
 * The effects under one ramp shape g (length P). `start` warm-starts from an
 * earlier fit; without `withSe` the standard errors are left NaN until
 * `withStandardErrors` adds them (from the scores the fit already holds).
 */
export function fitShape(om: OrderModel, g: ArrayLike<number>, start?: ShapeFit, withSe = true): ShapeFit {
  const P = om.panel.months;
  const se = withSe ? 'scores' : 'none';
  const orders = maximize(orderLogLikelihood(om, orderDesign(P, g)), start?.orders.theta ?? new Float64Array(P + 3), se);
  const hasValue = Number.isFinite(om.cal.p);
  const vl = hasValue ? valueLogLikelihood(om.panel, om.cal, g) : undefined;
  const value = vl ? maximize(vl.f, start?.value?.theta ?? new Float64Array(vl.dim), se) : undefined;
  return shapeFit(orders, value, P);
}

function shapeFit(orders: MaxLikelihood, value: MaxLikelihood | undefined, P: number): ShapeFit {
  return {
    llOrders: orders.ll,
    llValue: value?.ll ?? 0,
    frequency: est(orders, P + 1),
    churn: est(orders, P + 2),
    check: value ? est(value, P) : { estimate: NaN, se: NaN },
    converged: orders.converged && (value?.converged ?? true),
    orders,
    value,
  };
}

/**
 * A fit of `fitShape(…, false)` with its standard errors added: from the
 * scores' outer product its last evaluation already holds (newton.ts), so no
 * likelihood is evaluated again.
 */
export function withStandardErrors(fit: ShapeFit): ShapeFit {
  if (fit.orders.cov) return fit;
  const P = fit.orders.theta.length - 3;
  const orders = { ...fit.orders, cov: scoreCovariance(fit.orders.at) };
  const value = fit.value ? { ...fit.value, cov: scoreCovariance(fit.value.at) } : undefined;
  return shapeFit(orders, value, P);
}

export interface MonthEffect {
  month: number;
  frequency: Estimate;
  check: Estimate;
}

/** A free frequency and check effect per pilot month (the chart; dropout's effect held constant). */
export function fitMonthly(om: OrderModel): MonthEffect[] {
  const P = om.panel.months;
  const ones = new Float64Array(P).fill(1);
  const orders = maximize(orderLogLikelihood(om, orderDesign(P, ones, true)), new Float64Array(2 * P + 2), 'scores');
  const vl = Number.isFinite(om.cal.p) ? valueLogLikelihood(om.panel, om.cal, ones, true) : undefined;
  const value = vl ? maximize(vl.f, new Float64Array(vl.dim), 'scores') : undefined;
  return Array.from({ length: P }, (_, m) => ({
    month: m + 1,
    frequency: est(orders, P + 1 + m),
    check: value ? est(value, P + m) : { estimate: NaN, se: NaN },
  }));
}
