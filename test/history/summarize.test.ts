import { describe, expect, it } from 'vitest';
import { dayOf } from '../../src/history/format.js';
import { readHistory, readHistoryFile } from '../../src/history/read.js';
import { summarizeHistory, UNIT_DAYS } from '../../src/history/summarize.js';

async function* text(s: string): AsyncGenerator<string> {
  yield s;
}

describe('summarizeHistory', () => {
  it('CDNOW sample, calibration to 1997-09-30 in weeks: Σx = 2,457, 946 repeat buyers (CDNOW README)', async () => {
    const h = await readHistoryFile('fixtures/history/cdnow_sample.csv');
    const s = summarizeHistory(h, { unit: 'week', calibrationEndDay: dayOf('1997-09-30') });
    expect(s.ids).toHaveLength(2357);
    expect(s.x.reduce((a, b) => a + b, 0)).toBe(2457);
    expect(s.x.filter((x) => x > 0)).toHaveLength(946);
    // customer 4 (the first): purchases 1997-01-01, 01-18, 08-02 in calibration; 12-12 in the holdout
    expect(s.ids[0]).toBe('4');
    expect(s.x[0]).toBe(2);
    expect(s.tx[0]).toBeCloseTo(213 / 7, 12);
    expect(s.T[0]).toBeCloseTo(272 / 7, 12);
    expect(s.zbar[0]).toBeCloseTo((29.73 + 14.96) / 2, 12);
    expect(s.holdoutX[0]).toBe(1);
    expect(s.holdoutT[0]).toBeCloseTo(273 / 7, 12);
    expect([s.calibrationEnd, s.holdoutStart, s.observationEnd]).toEqual(['1997-09-30', '1997-10-01', '1998-06-30']);
  });

  it('works in months of 365.25/12 days, leaves out customers who start after calibration, sums h over the last 365 days', async () => {
    const csv = [
      'customer,date,amount',
      'a,2020-01-01,10',
      'a,2020-01-01,5', // same day: merged
      'a,2020-03-01,-4', // a return alone: not a purchase
      'a,2020-06-30,20',
      'a,2020-06-30,-30', // same-day net −10 still a repeat purchase day
      'a,2021-06-30,40', // holdout
      'b,2021-01-15,7', // first purchase after the calibration end
      'c,2019-06-01,100', // h12 window starts 2019-07-01: not counted
    ].join('\n');
    const h = await readHistory(text(csv), 't.csv');
    const s = summarizeHistory(h, { unit: 'month', calibrationEndDay: dayOf('2020-06-30') });
    expect(s.ids).toEqual(['a', 'c']);
    expect(s.excludedAfterCalibration).toBe(1);
    const m = UNIT_DAYS.month;
    expect(UNIT_DAYS.month).toBe(365.25 / 12);
    expect(Array.from(s.x)).toEqual([1, 0]);
    expect(s.tx[0]).toBeCloseTo(181 / m, 12);
    expect(s.T[0]).toBeCloseTo(181 / m, 12);
    expect(s.zbar[0]).toBe(-10);
    expect(Array.from(s.h12)).toEqual([15 - 4 - 10, 0]);
    expect(Array.from(s.holdoutX)).toEqual([1, 0]);
    expect(s.tx[1]).toBe(0);
    expect(s.zbar[1]).toBe(0);
  });

  it('without a calibration end the whole history is calibration, the holdout empty', async () => {
    const h = await readHistory(text('customer,date,amount\na,2020-01-01,1\na,2020-02-01,2\n'), 't.csv');
    const s = summarizeHistory(h, { unit: 'week' });
    expect(s.calibrationEnd).toBe('2020-02-01');
    expect(Array.from(s.holdoutT)).toEqual([0]);
    expect(s.T[0]).toBeCloseTo(31 / 7, 12);
    expect(s.h12[0]).toBe(3);
  });
});
