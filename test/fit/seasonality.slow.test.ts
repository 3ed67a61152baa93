/**
 * Month-of-year multipliers from a history (issue 13, part 4), on synthetic
 * histories written from known multipliers (seasonal-history.ts): a seasonal
 * one gets them back within their intervals, a flat one gets multipliers
 * within noise of 1, and a history too short to see every month twice stays
 * flat and says why.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitCustomerHistory } from '../../src/fit/fit-history.js';
import { readHistoryFile } from '../../src/history/read.js';
import { isSeasonal } from '../../src/history/seasonality.js';
import { writeSeasonalHistory } from './seasonal-history.js';

const dir = mkdtempSync(join(tmpdir(), 'loyalty-sim-seasonality-'));
const raw = [1, 1, 1, 1, 1, 1, 1, 0.6, 1, 1, 1, 1.6];
const TRUTH = raw.map((v) => v / (raw.reduce((a, b) => a + b, 0) / 12));

async function fitted(name: string, multipliers: number[], years: number) {
  const file = join(dir, `${name}.csv`);
  writeSeasonalHistory(file, { customers: 3000, years, multipliers, seed: 3 });
  return fitCustomerHistory(await readHistoryFile(file), { unit: 'month' });
}

describe('seasonality from a synthetic history', { timeout: 180_000 }, () => {
  it('3 years with 1.6 in December and 0.6 in August: the multipliers come back within their intervals', async () => {
    const f = await fitted('seasonal', TRUTH, 3);
    const s = f.seasonality!;
    expect(s.flat).toBeNull();
    expect(s.observations).toEqual(new Array(12).fill(3));
    expect(s.multipliers.reduce((a, b) => a + b, 0) / 12).toBeCloseTo(1, 12);
    const z = s.multipliers.map((m, i) => (m - TRUTH[i]!) / s.se[i]!);
    for (const v of z) expect(Math.abs(v)).toBeLessThan(3);
    expect(z.filter((v) => Math.abs(v) < 1.96).length).toBeGreaterThanOrEqual(10);
    // the season is read, not shrunk away: December high, August low, both clearly apart from 1
    expect(s.multipliers[11]! - 1.96 * s.se[11]!).toBeGreaterThan(1.3);
    expect(s.multipliers[7]! + 1.96 * s.se[7]!).toBeLessThan(0.75);
    // the refit on the deseasonalised clock recovers the generating r, α (2, 4 per month)
    expect(f.purchase.params.r).toBeGreaterThan(1.6);
    expect(f.purchase.params.r).toBeLessThan(2.5);
  });

  it('3 flat years: every multiplier within noise of 1', async () => {
    const s = (await fitted('flat', new Array(12).fill(1), 3)).seasonality!;
    expect(s.estimated).toBe(true);
    for (let m = 0; m < 12; m++) expect(Math.abs(s.multipliers[m]! - 1)).toBeLessThanOrEqual(3 * s.se[m]! + 1e-12);
    expect(Math.max(...s.multipliers.map((v) => Math.abs(v - 1)))).toBeLessThan(0.06);
  });

  it('18 months: half the calendar is seen once, so the multipliers stay flat and the reason is given', async () => {
    const file = join(dir, 'short.csv');
    writeSeasonalHistory(file, { customers: 400, years: 1.5, multipliers: TRUTH, seed: 4 });
    const f = fitCustomerHistory(await readHistoryFile(file), { unit: 'month' });
    expect(isSeasonal(f.seasonality)).toBe(false);
    expect(f.seasonality!.flat).toEqual({ cause: 'too-short', months: 18, missing: [6, 7, 8, 9, 10, 11] });
  });
});
