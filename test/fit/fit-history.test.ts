import { describe, expect, it } from 'vitest';
import { fitCustomerHistory, fitHistory } from '../../src/fit/fit-history.js';
import { holdoutCheck } from '../../src/fit/holdout.js';
import { PARETO_SHAPE_MAX } from '../../src/fit/pareto-nbd.js';
import { parameterUncertainty } from '../../src/engine/parameter-uncertainty.js';
import { dayOf } from '../../src/history/format.js';
import { readHistory } from '../../src/history/read.js';

const calibrationEndDay = dayOf('1997-09-30');

describe('fitHistory', async () => {
  const base = await fitHistory('fixtures/history/cdnow_sample.csv', {}, { unit: 'week', calibrationEndDay });

  it.each(['cdnow_1c_cp1251.csv', 'cdnow_1c_utf8bom.csv'])('%s (1C re-encoding) gives the identical fit', async (name) => {
    const f = await fitHistory(`fixtures/history/${name}`, {}, { unit: 'week', calibrationEndDay });
    expect(f.purchase.params).toEqual(base.purchase.params);
    expect(f.purchase.logLikelihood).toBe(base.purchase.logLikelihood);
    expect(f.gammaGamma.params).toEqual(base.gammaGamma.params);
  });

  it('holdout: predicted and actual repeat purchases, by calibration frequency 0..6, 7+', () => {
    const h = base.holdout!;
    expect(h.length).toBeCloseTo(39, 12);
    expect(h.actual).toBe(base.summary.holdoutX.reduce((a, b) => a + b, 0));
    expect(h.byFrequency.map((b) => b.frequency)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
    expect(h.byFrequency.reduce((s, b) => s + b.customers, 0)).toBe(2357);
    expect(h.byFrequency.reduce((s, b) => s + b.predicted, 0)).toBeCloseTo(h.predicted, 8);
    expect(h.byFrequency[0]!.customers).toBe(1411);
    // the BG/NBD's known behaviour on this sample: within 15 % in total, more purchases expected the more frequent
    expect(Math.abs(h.predicted / h.actual - 1)).toBeLessThan(0.15);
    for (let k = 1; k < 8; k++) expect(h.byFrequency[k]!.predictedMean).toBeGreaterThan(h.byFrequency[k - 1]!.predictedMean);
  });

  it('a whole-history fit in months has no holdout and scales α by the unit', async () => {
    const m = await fitHistory('fixtures/history/cdnow_sample.csv', {}, { unit: 'month', calibrationEndDay });
    expect(m.holdout).not.toBeNull();
    expect(m.purchase.params.alpha).toBeCloseTo((base.purchase.params.alpha * 7) / (365.25 / 12), 2);
    expect(m.purchase.params.r).toBeCloseTo(base.purchase.params.r, 3);
    const whole = await fitHistory('fixtures/history/cdnow_sample.csv');
    expect(whole.summary.unit).toBe('month');
    expect(whole.holdout).toBeNull();
    expect(whole.summary.calibrationEnd).toBe('1998-06-30');
  });

  it('no warning on CDNOW (a year and a half, correlation 0.11)', () => {
    expect(base.frequencyValueCorrelation).toBeCloseTo(0.11, 2);
    expect(base.warnings).toEqual([]);
  });
});

describe('warnings', () => {
  async function* text(s: string): AsyncGenerator<string> {
    yield s;
  }
  it('short history and frequency/value correlation', async () => {
    // 40 customers over 3 months; the frequent ones spend more per order
    const rows = ['customer,date,amount'];
    for (let c = 0; c < 40; c++) {
      const repeats = c % 5;
      rows.push(`c${c},2020-01-0${1 + (c % 9)},10`);
      for (let k = 1; k <= repeats; k++) rows.push(`c${c},2020-0${1 + k % 3}-${10 + k + (c % 7)},${(repeats * 20 + (c % 3)).toFixed(2)}`);
    }
    const h = await readHistory(text(rows.join('\n')), 'short.csv');
    const f = fitCustomerHistory(h, { unit: 'week' });
    expect(f.frequencyValueCorrelation).toBeGreaterThan(0.3);
    expect(f.warnings.some((w) => /correlated \(r = [\d.]+ > 0\.3\)/.test(w))).toBe(true);
    expect(f.warnings.some((w) => /less than a year: seasonality/.test(w))).toBe(true);
  });

  it('warns when dropout is poorly identified: customers who never stop buying', async () => {
    // 120 customers over two years, each buying every 20-50 days until the end: no dropout in the data
    const rows = ['customer,date,amount'];
    for (let c = 0; c < 120; c++) {
      const gap = 20 + (c % 31);
      for (let d = c % 17; d < 730; d += gap) rows.push(`c${c},${new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10)},100`);
    }
    const f = fitCustomerHistory(await readHistory(text(rows.join('\n')), 'loyal.csv'), { unit: 'month' });
    expect(f.identification.identified).toBe(false);
    expect(f.identification.prior).toBe('weak');
    expect(f.warnings.some((w) => /BG\/NBD dropout \(a, b\) is not identified.*--annual-churn 0\.15±0\.05/.test(w))).toBe(true);
  });

  it('does not warn about identification on CDNOW, whose dropout is well measured', async () => {
    const f = await fitHistory('fixtures/history/cdnow_sample.csv', {}, { unit: 'month' });
    expect(f.warnings.some((w) => /poorly identified|not identified/.test(w))).toBe(false);
    expect(f.identification).toMatchObject({ identified: true, prior: 'none' });
  });

  it('holds a stated churn on CDNOW too, whose dropout the data identify: the history\'s own churn is reported beside it', async () => {
    const ml = await fitHistory('fixtures/history/cdnow_sample.csv', {}, { unit: 'month' });
    const f = await fitHistory('fixtures/history/cdnow_sample.csv', {}, { unit: 'month', annualChurn: { mean: 0.15, sd: 0.03 } });
    expect(f.identification).toMatchObject({ identified: true, prior: 'churn', churnPrior: { mean: 0.15, sd: 0.03 }, priorShare: 1 });
    // held, not a compromise with the data: the fit's churn is the stated one, the data's is the maximum-likelihood one
    expect(f.identification.churn).toBeCloseTo(0.15, 5);
    // and its sd is the stated one, the range the runs draw from (not the covariance at the held point)
    expect(f.identification.churnSd).toBe(0.03);
    expect(f.identification.dataChurn).toBe(ml.identification.churn);
    expect(Math.abs(f.identification.dataChurn - 0.15)).toBeGreaterThan(0.05);
    // every run draws the churn from the stated range (parameter-uncertainty.ts)
    expect(f.purchase.churnDraw).toMatchObject({ target: 0.15, targetSd: 0.03 });
  });

  it('a calibration end before every first purchase is a user error', async () => {
    await expect(fitHistory('fixtures/history/cdnow_sample.csv', {}, { unit: 'week', calibrationEndDay: dayOf('1990-01-01') })).rejects.toThrow(/no customer's first purchase/);
  });

  it('holdoutCheck on hand data: sums per bucket', () => {
    const p = { r: 0.5, alpha: 5, a: 1.5, b: 3 };
    const c = holdoutCheck({ model: 'bg-nbd', params: p }, { x: [0, 1, 9], tx: [0, 2, 8], T: [10, 10, 10], holdoutX: [1, 0, 4], holdoutT: [5, 5, 5] });
    expect(c.actual).toBe(5);
    expect(c.byFrequency[7]).toMatchObject({ frequency: '7+', customers: 1, actual: 4 });
    expect(c.byFrequency[2]).toMatchObject({ customers: 0, predicted: 0, predictedMean: 0 });
  });
});

describe('Pareto/NBD with a held churn on the bundled 1C export (the defect: the fit never finished)', { timeout: 60_000 }, () => {
  it('finishes, pins s at its cap with a warning, and keeps a covariance every run can draw from', async () => {
    const t0 = performance.now();
    const f = await fitHistory('fixtures/examples/sales.csv', {}, { unit: 'month', model: 'pareto-nbd', annualChurn: { mean: 0.15, sd: 0.05 } });
    expect(performance.now() - t0).toBeLessThan(30_000);
    expect(f.purchase.model).toBe('pareto-nbd');
    if (f.purchase.model !== 'pareto-nbd') return;
    expect(f.purchase.params.s).toBeCloseTo(PARETO_SHAPE_MAX, 6);
    expect(f.warnings.some((w) => /s is at its cap 1000/.test(w))).toBe(true);
    expect(f.identification.churn).toBeCloseTo(0.15, 4);
    expect(f.identification.churnSd).toBeCloseTo(0.05, 3);
    const u = parameterUncertainty(f.purchase, f.gammaGamma);
    expect(typeof u).not.toBe('string');
    // ln s is pinned (no variance), r and α carry the data's uncertainty
    expect(f.purchase.logCovariance![2]![2]).toBe(0);
    expect(f.purchase.se.r).toBeGreaterThan(0);
    expect(f.purchase.se.r).toBeLessThan(f.purchase.params.r);
  });
});


describe('--model auto: a near tie of holdout errors is a tie (issue 23)', () => {
  it('14.1 % vs 14.3 % is no meaningful difference, and the default model is kept; 10 % vs 14 % is a choice', async () => {
    const { choiceReason, holdoutTie } = await import('../../src/fit/fit-history.js');
    const { catalog } = await import('../../src/i18n/index.js');
    expect(holdoutTie([0.141, 0.143])).toBe(true);
    expect(holdoutTie([0.10, 0.14])).toBe(false);
    // 5 % of the smaller error: 0.40 vs 0.42 ties, 0.40 vs 0.43 does not
    expect(holdoutTie([0.4, 0.42])).toBe(true);
    expect(holdoutTie([0.4, 0.43])).toBe(false);
    const candidates = [
      { model: 'bg-nbd' as const, logLikelihood: -100, holdoutError: 0.141 },
      { model: 'pareto-nbd' as const, logLikelihood: -99, holdoutError: 0.143 },
    ];
    expect(choiceReason('bg-nbd', candidates, catalog('en').fit)).toBe('holdout errors bg-nbd 14.1 % vs pareto-nbd 14.3 %: no meaningful difference; bg-nbd kept');
    expect(choiceReason('bg-nbd', candidates, catalog('ru').fit)).toContain('существенной разницы нет');
  });
});
