/** The summary input (issue 13, part 5): the CDNOW summary fits exactly like its transactions; bad rows are errors at file:line:column. */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { fitCustomerHistory, fitSummary } from '../../src/fit/fit-history.js';
import { dayOf, isoDay } from '../../src/history/format.js';
import { readHistoryFile } from '../../src/history/read.js';
import { summarizeHistory, UNIT_DAYS } from '../../src/history/summarize.js';
import { convertUnit, parseSummary } from '../../src/history/summary-file.js';

const rel = (a: number, b: number) => Math.abs(a / b - 1);

describe('CDNOW as a summary file', async () => {
  const h = await readHistoryFile('fixtures/history/cdnow_sample.csv');
  const calibrationEndDay = dayOf('1997-09-30');
  const s = summarizeHistory(h, { unit: 'week', calibrationEndDay });
  // what lifetimes or a SQL job would write: one row per customer, full precision
  const lines = ['customer,frequency,recency,T,monetary_value,spend_12m,first_purchase'];
  for (let i = 0; i < s.ids.length; i++) {
    const first = calibrationEndDay - Math.round(s.T[i]! * UNIT_DAYS.week);
    lines.push([s.ids[i], s.x[i], s.tx[i], s.T[i], s.zbar[i], s.h12[i], isoDay(first)].join(','));
  }
  const text = lines.join('\n');

  it('reproduces the transaction fit to 1e-9 relative (BG/NBD, Pareto/NBD and Gamma-Gamma)', () => {
    const read = parseSummary(text, 'cdnow_summary.csv', 'week');
    expect(read.ids).toEqual(s.ids);
    expect(read.calibrationEnd).toBe('1997-09-30');
    for (const model of ['bg-nbd', 'pareto-nbd'] as const) {
      const fromTransactions = fitCustomerHistory(h, { unit: 'week', calibrationEndDay, model });
      const fromSummary = fitSummary(read, { unit: 'week', model });
      for (const [k, v] of Object.entries(fromTransactions.purchase.params)) expect(rel((fromSummary.purchase.params as unknown as Record<string, number>)[k]!, v)).toBeLessThan(1e-9);
      expect(rel(fromSummary.purchase.logLikelihood, fromTransactions.purchase.logLikelihood)).toBeLessThan(1e-9);
      for (const [k, v] of Object.entries(fromTransactions.gammaGamma.params)) expect(rel((fromSummary.gammaGamma.params as unknown as Record<string, number>)[k]!, v)).toBeLessThan(1e-9);
    }
  });

  it('converts weeks to months for the engine', () => {
    const m = convertUnit(parseSummary(text, 'f', 'week'), 'month');
    expect(m.unit).toBe('month');
    expect(m.T[0]).toBeCloseTo((s.T[0]! * 7) / (365.25 / 12), 12);
    expect(m.x[0]).toBe(s.x[0]);
  });
});

describe('bad summary rows are errors at file:line:column', () => {
  const head = 'customer,frequency,recency,T,monetary_value';
  const fails = (rows: string[], line: number, message: RegExp) => {
    let err: unknown;
    try {
      parseSummary([head, ...rows].join('\n'), 'sum.csv', 'month');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).where).toMatchObject({ file: 'sum.csv', line });
    expect((err as UserError).message).toMatch(message);
  };
  it.each([
    [['a,2,0,10,5'], 2, /frequency 2 with recency 0/],
    [['a,1,3,10,5', 'b,2,12,10,5'], 3, /recency 12 is after T 10/],
    [['a,1,3,10,-5'], 2, /monetary_value -5 is negative/],
    [['a,-1,0,10,0'], 2, /frequency -1 is negative/],
    [['a,1,3,ten,5'], 2, /T "ten" is not a number/],
    [['a,1.5,3,10,5'], 2, /not a whole number/],
    [['a,0,2,10,0'], 2, /recency 2 with frequency 0/],
    [['a,1,3,10,5', 'a,1,3,10,5'], 3, /appears twice/],
  ])('%j', (rows, line, message) => fails(rows, line, message));

  it('a missing column names the header', () => {
    expect(() => parseSummary('customer,frequency,T\na,1,2', 'sum.csv', 'month')).toThrow(/no recency, monetary_value column/);
  });
});

describe('the BTYD libraries\' summaries (issue 28)', async () => {
  const { lifetimesSummaryCsv } = await import('../../src/history/summary-file.js');
  const h = await readHistoryFile('fixtures/history/cdnow_sample.csv');
  const calibrationEndDay = dayOf('1997-09-30');
  const s = summarizeHistory(h, { unit: 'week', calibrationEndDay });
  const days = (v: number) => Math.round(v * 7);
  // lifetimes' summary_data_from_transaction_data writes days (freq='D') with the index named customer_id
  const lifetimes = ['customer_id,frequency,recency,T,monetary_value', ...s.ids.map((id, i) => `${id},${s.x[i]},${days(s.tx[i]!)}.0,${days(s.T[i]!)}.0,${s.zbar[i]}`)].join('\n');
  // BTYD's / CLVTools' cbs matrix written by R's write.csv: quoted names, the customer column named cust, weeks
  const btyd = ['"cust","x","t.x","T.cal","m.x"', ...s.ids.map((id, i) => `"${id}",${s.x[i]},${s.tx[i]},${s.T[i]},${s.zbar[i]}`)].join('\n');
  const fits = (read: ReturnType<typeof parseSummary>) => {
    for (const model of ['bg-nbd', 'pareto-nbd'] as const) {
      const fromTransactions = fitCustomerHistory(h, { unit: 'week', calibrationEndDay, model });
      const fromSummary = fitSummary(read, { unit: 'week', model });
      for (const [k, v] of Object.entries(fromTransactions.purchase.params)) expect(rel((fromSummary.purchase.params as unknown as Record<string, number>)[k]!, v)).toBeLessThan(1e-6);
      for (const [k, v] of Object.entries(fromTransactions.gammaGamma.params)) expect(rel((fromSummary.gammaGamma.params as unknown as Record<string, number>)[k]!, v)).toBeLessThan(1e-6);
    }
  };

  it('a lifetimes-style summary in days fits like the transactions (to 1e-6) and is named as lifetimes', () => {
    const read = parseSummary(lifetimes, 'lifetimes.csv', 'week', 'day');
    expect(read.convention).toBe('lifetimes');
    expect(read.ids).toEqual(s.ids);
    expect(Array.from(read.T)).toEqual(Array.from(s.T));
    fits(read);
  });

  it('a BTYD-style summary in weeks fits like the transactions (to 1e-6) and is named as BTYD', () => {
    const read = parseSummary(btyd, 'cbs.csv', 'week');
    expect(read.convention).toBe('btyd');
    expect(read.ids).toEqual(s.ids);
    fits(read);
  });

  it('messages name the file\'s own columns', () => {
    expect(() => parseSummary('cust,x,t.x,T.cal,m.x\na,1,3,10,-5', 'cbs.csv', 'week')).toThrow(/m\.x -5 is negative/);
  });

  it('--summary-out (the lifetimes summary, in days) reads back to the same summary', () => {
    const whole = summarizeHistory(h, { unit: 'week' });
    const back = parseSummary(lifetimesSummaryCsv(whole), 'out.csv', 'week', 'day');
    expect(back.convention).toBe('lifetimes');
    expect(back.ids).toEqual(whole.ids);
    for (const k of ['x', 'tx', 'T', 'zbar', 'h12'] as const) expect(Array.from(back[k])).toEqual(Array.from(whole[k]));
    expect(back.calibrationEnd).toBe(whole.calibrationEnd);
  });
});
