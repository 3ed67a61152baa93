/**
 * Pareto/NBD against the published CDNOW values (Fader & Hardie 2005, "A
 * Note on Deriving the Pareto/NBD Model", in weeks on the 2,357-customer
 * sample calibrated to 1997-09-30), and against closed-form identities.
 */
import { describe, expect, it } from 'vitest';
import {
  fitParetoNbd,
  logA0Integral,
  logA0Series,
  paretoConditionalExpectedTransactions,
  paretoExpectedTransactions,
  paretoNbdCustomerLogLikelihood,
  paretoNbdLogLikelihood,
  paretoPAlive,
} from '../../src/fit/pareto-nbd.js';
import { dayOf } from '../../src/history/format.js';
import { readHistoryFile } from '../../src/history/read.js';
import { summarizeHistory } from '../../src/history/summarize.js';

const within = (value: number, target: number, rel: number) => expect(Math.abs(value / target - 1)).toBeLessThan(rel);

describe('CDNOW sample, calibration 1997-01-01..1997-09-30, weeks', async () => {
  const h = await readHistoryFile('fixtures/history/cdnow_sample.csv');
  const s = summarizeHistory(h, { unit: 'week', calibrationEndDay: dayOf('1997-09-30') });
  const f = fitParetoNbd(s);

  it('reproduces r 0.553, α 10.58, s 0.606, β 11.67, LL −9595.0 within 0.5 %', () => {
    within(f.params.r, 0.553, 0.005);
    within(f.params.alpha, 10.58, 0.005);
    within(f.params.s, 0.606, 0.005);
    within(f.params.beta, 11.67, 0.005);
    expect(f.logLikelihood).toBeCloseTo(-9595.0, 0);
    expect(f.diagnostics.converged).toBe(true);
    expect(f.customers).toBe(2357);
  });

  it('the likelihood is maximal at the fit, and the standard errors are finite and below the estimates', () => {
    const at = paretoNbdLogLikelihood(f.params, s);
    expect(at).toBeCloseTo(f.logLikelihood, 6);
    for (const k of ['r', 'alpha', 's', 'beta'] as const) {
      expect(paretoNbdLogLikelihood({ ...f.params, [k]: f.params[k] * 1.02 }, s)).toBeLessThan(at);
      expect(paretoNbdLogLikelihood({ ...f.params, [k]: f.params[k] * 0.98 }, s)).toBeLessThan(at);
      expect(f.se[k]).toBeGreaterThan(0);
      expect(f.se[k]).toBeLessThan(f.params[k]);
    }
  });

  it('predicts the holdout total within 15 % (Fader & Hardie report a close fit on this sample)', () => {
    let predicted = 0;
    let actual = 0;
    for (let i = 0; i < s.x.length; i++) {
      predicted += paretoConditionalExpectedTransactions(f.params, s.holdoutT[i]!, s.x[i]!, s.tx[i]!, s.T[i]!);
      actual += s.holdoutX[i]!;
    }
    expect(Math.abs(predicted / actual - 1)).toBeLessThan(0.15);
  });
});

describe('closed forms', () => {
  const p = { r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 };
  const q = { r: 0.8, alpha: 6, s: 1.4, beta: 3 }; // α > β: the other branch of A₀

  it('x = 0, tₓ = 0: the likelihood is P(alive at T) + P(died before T, no purchase) in closed form', () => {
    // With x = 0 the integral over the death time τ is elementary:
    // L = (α/(α+T))^r (β/(β+T))^s + ∫₀ᵀ (α/(α+τ))^r · s βˢ/(β+τ)^(s+1) dτ, checked by quadrature.
    for (const m of [p, q]) {
      for (const T of [1, 10, 39]) {
        let integral = 0;
        const steps = 20000;
        for (let k = 0; k < steps; k++) {
          const tau = ((k + 0.5) / steps) * T;
          integral += (m.alpha / (m.alpha + tau)) ** m.r * ((m.s * m.beta ** m.s) / (m.beta + tau) ** (m.s + 1)) * (T / steps);
        }
        const L = (m.alpha / (m.alpha + T)) ** m.r * (m.beta / (m.beta + T)) ** m.s + integral;
        expect(paretoNbdCustomerLogLikelihood(m, 0, 0, T)).toBeCloseTo(Math.log(L), 6); // midpoint rule: error ~1e-7
      }
    }
  });

  it('P(alive) is 1 at T = tₓ and falls as the customer stays silent', () => {
    for (const m of [p, q]) {
      expect(paretoPAlive(m, 3, 20, 20)).toBeCloseTo(1, 12);
      expect(paretoPAlive(m, 3, 20, 40)).toBeLessThan(paretoPAlive(m, 3, 20, 30));
      expect(paretoPAlive(m, 0, 0, 30)).toBeLessThan(1);
    }
  });

  it('a customer just acquired (x = 0, T = 0) expects E[X(t)], whose slope at 0 is E[λ] = r/α', () => {
    for (const m of [p, q]) {
      for (const t of [1, 10, 39]) expect(paretoConditionalExpectedTransactions(m, t, 0, 0, 0)).toBeCloseTo(paretoExpectedTransactions(m, t), 10);
      expect(paretoExpectedTransactions(m, 1e-6) / 1e-6).toBeCloseTo(m.r / m.alpha, 4);
    }
  });

  it('E[X(t)] is continuous through s = 1 (the 0/0 of the closed form)', () => {
    const at = (s: number) => paretoExpectedTransactions({ ...p, s }, 52);
    expect(at(1)).toBeCloseTo((p.r * p.beta / p.alpha) * Math.log((p.beta + 52) / p.beta), 10);
    expect(at(1 + 1e-7)).toBeCloseTo(at(1), 6);
    expect(at(1 - 1e-7)).toBeCloseTo(at(1), 6);
  });
});

describe('A₀ far from the series (β ≫ α or α ≫ β)', () => {
  it('the integral and the ₂F₁ series agree where both work (so the switch at z = 0.9 is seamless)', () => {
    for (const [alpha, beta] of [[1, 10.5], [1, 11.5], [10.5, 1], [11.5, 1], [2, 30], [10.58, 11.67]] as const) {
      const p = { r: 0.7, alpha, s: 0.8, beta };
      for (const [x, tx, T] of [[0, 0, 20], [3, 5, 20], [12, 18, 20], [40, 30, 39]] as const) {
        expect(logA0Integral(p, x, tx, T)).toBeCloseTo(logA0Series(p, x, tx, T), 9);
      }
    }
  });

  it('x = 0 matches quadrature when β ≫ α (the integral branch)', () => {
    const m = { r: 0.8, alpha: 1, s: 0.5, beta: 5000 };
    const T = 12;
    let integral = 0;
    const steps = 200000;
    for (let k = 0; k < steps; k++) {
      const tau = ((k + 0.5) / steps) * T;
      integral += (m.alpha / (m.alpha + tau)) ** m.r * ((m.s * m.beta ** m.s) / (m.beta + tau) ** (m.s + 1)) * (T / steps);
    }
    const L = (m.alpha / (m.alpha + T)) ** m.r * (m.beta / (m.beta + T)) ** m.s + integral;
    expect(paretoNbdCustomerLogLikelihood(m, 0, 0, T)).toBeCloseTo(Math.log(L), 8);
  });
});

describe('homogeneous dropout (s and β huge, s/β fixed): the ridge a fit on quiet B2B histories walks', () => {
  // As s → ∞ with μ = s/β held, every lifetime is exponential with rate μ, and
  // L = Γ(r+x)αʳ/Γ(r) · [(α+T)^−(r+x) e^(−μT) + μ ∫ₜₓᵀ (α+τ)^−(r+x) e^(−μτ) dτ], a closed form up to one integral.
  const limit = (r: number, alpha: number, mu: number, x: number, tx: number, T: number): number => {
    let integral = 0;
    const steps = 200000;
    for (let k = 0; k < steps; k++) {
      const tau = tx + ((k + 0.5) / steps) * (T - tx);
      integral += (alpha + tau) ** -(r + x) * Math.exp(-mu * tau) * ((T - tx) / steps);
    }
    let lg = 0;
    for (let k = 0; k < x; k++) lg += Math.log(r + k);
    return lg + r * Math.log(alpha) + Math.log((alpha + T) ** -(r + x) * Math.exp(-mu * T) + mu * integral);
  };

  it('the likelihood at s = 10⁵ matches the exponential-lifetime limit (the integral keeps its precision)', () => {
    const mu = 1 / 60;
    for (const [x, tx, T] of [[0, 0, 24], [3, 10, 24], [20, 23, 24], [1, 2, 24]] as const) {
      const p = { r: 1.9, alpha: 1.6, s: 1e5, beta: 1e5 / mu };
      // the limit is reached at rate 1/s: 1e-5 relative
      expect(paretoNbdCustomerLogLikelihood(p, x, tx, T)).toBeCloseTo(limit(1.9, 1.6, mu, x, tx, T), 4);
    }
  });

  it('stays fast there: 2,000 likelihoods at s = 10⁴…10⁶ in well under a second (adaptive Simpson took minutes)', () => {
    const t0 = performance.now();
    let sum = 0;
    for (let k = 0; k < 2000; k++) {
      const s = 10 ** (4 + (k % 3));
      sum += paretoNbdCustomerLogLikelihood({ r: 1.9, alpha: 1.6, s, beta: s * 60 }, k % 25, (k % 25) * 0.9, 24);
    }
    expect(Number.isFinite(sum)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
