/**
 * BG/NBD and Gamma-Gamma against the published CDNOW values (FHL 2005 in
 * weeks on the 2,357-customer sample; Fader & Hardie 2013), standard errors
 * against lifetimes' summary tables, and closed-form identities.
 */
import { describe, expect, it } from 'vitest';
import { bgnbdLogLikelihood, conditionalExpectedTransactions, expectedTransactions, fitBgNbd, pAlive } from '../../src/fit/bg-nbd.js';
import { conditionalExpectedValue, fitGammaGamma } from '../../src/fit/gamma-gamma.js';
import { hyp2f1 } from '../../src/fit/special.js';
import { dayOf } from '../../src/history/format.js';
import { readHistoryFile } from '../../src/history/read.js';
import { summarizeHistory } from '../../src/history/summarize.js';

const within = (value: number, target: number, rel: number) => expect(Math.abs(value / target - 1)).toBeLessThan(rel);

describe('CDNOW sample, calibration 1997-01-01..1997-09-30, weeks', async () => {
  const h = await readHistoryFile('fixtures/history/cdnow_sample.csv');
  const s = summarizeHistory(h, { unit: 'week', calibrationEndDay: dayOf('1997-09-30') });
  const bg = fitBgNbd(s);
  const gg = fitGammaGamma(s.x, s.zbar);

  it('BG/NBD reproduces r 0.243, α 4.414, a 0.793, b 2.426, LL −9582.4 within 0.5 %', () => {
    within(bg.params.r, 0.243, 0.005);
    within(bg.params.alpha, 4.414, 0.005);
    within(bg.params.a, 0.793, 0.005);
    within(bg.params.b, 2.426, 0.005);
    within(bg.logLikelihood, -9582.4, 0.005);
    expect(bg.logLikelihood).toBeCloseTo(-9582.4, 0);
    expect(bg.diagnostics.converged).toBe(true);
    expect(bg.customers).toBe(2357);
  });

  it('the likelihood is maximal at the fit', () => {
    const at = bgnbdLogLikelihood(bg.params, s);
    expect(at).toBeCloseTo(bg.logLikelihood, 6);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      expect(bgnbdLogLikelihood({ ...bg.params, [k]: bg.params[k] * 1.02 }, s)).toBeLessThan(at);
      expect(bgnbdLogLikelihood({ ...bg.params, [k]: bg.params[k] * 0.98 }, s)).toBeLessThan(at);
    }
  });

  it('standard errors match lifetimes (r 0.0126, α 0.378, a 0.186, b 0.705) within 2 %', () => {
    within(bg.se.r, 0.012557, 0.02);
    within(bg.se.alpha, 0.378221, 0.02);
    within(bg.se.a, 0.185719, 0.02);
    within(bg.se.b, 0.705345, 0.02);
  });

  it('Gamma-Gamma reproduces p 6.25, q 3.74, γ 15.44 within 0.5 % on the 946 repeat buyers', () => {
    expect(gg.customers).toBe(946);
    within(gg.params.p, 6.25, 0.005);
    within(gg.params.q, 3.74, 0.005);
    within(gg.params.gamma, 15.44, 0.005);
    expect(gg.diagnostics.converged).toBe(true);
    within(gg.se.p, 1.189687, 0.02);
    within(gg.se.q, 0.290166, 0.02);
    within(gg.se.gamma, 4.159994, 0.02);
  });
});

describe('closed forms', () => {
  const p = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
  it('₂F₁ matches its elementary cases', () => {
    for (const z of [0, 0.1, 0.5, 0.9, 0.99]) {
      expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(z === 0 ? 1 : -Math.log(1 - z) / z, 10);
      expect(hyp2f1(0.7, 2.5, 2.5, z)).toBeCloseTo((1 - z) ** -0.7, 10);
    }
    expect(hyp2f1(1, 1, 2, 1)).toBeNaN();
  });

  it('a customer just acquired (x = 0, T = 0) expects the unconditional E[X(t)]', () => {
    for (const t of [1, 10, 39, 100]) expect(conditionalExpectedTransactions(p, t, 0, 0, 0)).toBeCloseTo(expectedTransactions(p, t), 10);
  });

  it('E[X(t)] starts at 0 with slope E[λ] = r/α, and grows', () => {
    expect(expectedTransactions(p, 0)).toBeCloseTo(0, 15);
    expect(expectedTransactions(p, 1e-6) / 1e-6).toBeCloseTo(p.r / p.alpha, 4);
    expect(expectedTransactions(p, 78)).toBeGreaterThan(expectedTransactions(p, 39));
  });

  it('P(alive): 1 with no repeat, 1 when the last purchase is now, falls as the silence grows', () => {
    expect(pAlive(p, 0, 0, 30)).toBe(1);
    expect(pAlive(p, 3, 30, 30)).toBeCloseTo(1 / (1 + p.a / (p.b + 2)), 12);
    expect(pAlive(p, 3, 10, 30)).toBeLessThan(pAlive(p, 3, 20, 30));
  });

  it('Gamma-Gamma: the prior mean pγ/(q−1) with no history, shrinking towards z̄ as x grows', () => {
    const g = { p: 6.25, q: 3.74, gamma: 15.44 };
    expect(conditionalExpectedValue(g, 0, 0)).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
    const prior = conditionalExpectedValue(g, 0, 0);
    expect(Math.abs(conditionalExpectedValue(g, 50, 100) - 100)).toBeLessThan(Math.abs(conditionalExpectedValue(g, 2, 100) - 100));
    expect(conditionalExpectedValue(g, 2, 100)).toBeGreaterThan(prior);
  });
});
