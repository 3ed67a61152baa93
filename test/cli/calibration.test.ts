/**
 * Calibration through the CLI (issue 13): --model, --annual-churn, the
 * refusal to simulate on a dropout the history cannot identify, and the ROI
 * variance split.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli.js';
import { smallDraft } from './small-draft.js';
import { writeSeasonalHistory } from '../fit/seasonal-history.js';
import { englishWords } from './latin-scan.js';
import { readHistoryFile } from '../../src/history/read.js';
import { summarizeHistory } from '../../src/history/summarize.js';

const dir = mkdtempSync(join(tmpdir(), 'loyalty-sim-calibration-'));
const sample = 'fixtures/history/cdnow_sample.csv';
const draft = join(dir, 'draft.yaml');
writeFileSync(draft, smallDraft('calibration'));

// A one-year export: 200 customers, each buying every 25-124 days to the end, so no dropout shows in the data
const loyal = join(dir, 'loyal.csv');
const rows = ['customer,date,amount'];
for (let c = 0; c < 200; c++) {
  const gap = 25 + ((c * 37) % 100);
  for (let d = c % 29; d < 365; d += gap) rows.push(`c${c},${new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10)},${100 + (c % 7) * 10}`);
}
writeFileSync(loyal, rows.join('\n'));

describe('short histories', { timeout: 60_000 }, () => {
  it('simulate --history refuses a non-identified dropout with exit 2 and a hint naming --annual-churn', async () => {
    const r = await run('simulate', draft, '--history', loyal, '--runs', '5');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot identify dropout/);
    expect(r.stderr).toMatch(/hint: .*--annual-churn 0\.15±0\.05/);
  });

  it('with --annual-churn the fit says the stated churn is held, with the stated sd the runs draw from, and simulate runs with the churn in the stated range', async () => {
    const f = await run('fit', loyal, '--annual-churn', '0.2±0.05');
    expect(f.code).toBe(0);
    expect(f.stdout).toMatch(/annual churn of active customers 20\.0 % ± 5\.0 % \(stated with --annual-churn and held: every run draws it from this range; the data alone cannot say\)/);
    const s = await run('simulate', draft, '--history', loyal, '--annual-churn', '0.2±0.05', '--runs', '40', '--horizon', '12', '--json', '--workers', '1');
    expect(s.code).toBe(0);
    const churn = JSON.parse(s.stdout).metrics.churnAnnualBaseline;
    expect(churn.mean).toBeGreaterThan(0.15);
    expect(churn.mean).toBeLessThan(0.25);
  });

  it('a malformed --annual-churn is a usage error', async () => {
    for (const bad of ['0.2', '1.2±0.1', '0.2±0', 'a±b']) expect((await run('fit', loyal, '--annual-churn', bad)).code).toBe(2);
    expect(JSON.parse((await run('fit', loyal, '--annual-churn', '20%+-5%', '--json')).stdout).identification.churnPrior).toEqual({ mean: 0.2, sd: 0.05 });
  });
});

describe('--model', { timeout: 60_000 }, () => {
  it('pareto-nbd on CDNOW in weeks: the published values in the JSON', async () => {
    const j = JSON.parse((await run('fit', sample, '--unit', 'week', '--calibration-end', '1997-09-30', '--model', 'pareto-nbd', '--json')).stdout);
    expect(j.model).toBe('pareto-nbd');
    expect(j.paretoNbd.r).toBeCloseTo(0.553, 2);
    expect(j.paretoNbd.beta).toBeCloseTo(11.67, 1);
    expect(j.paretoNbd.logLikelihood).toBeCloseTo(-9595.0, 0);
  });

  it('auto says which model won and why', async () => {
    const r = await run('fit', sample, '--unit', 'week', '--calibration-end', '1997-09-30', '--model', 'auto');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/model: (bg-nbd|pareto-nbd) predicts the holdout better: bg-nbd error [\d.]+ %, pareto-nbd error [\d.]+ %/);
  });
});

describe('parameter uncertainty', { timeout: 120_000 }, () => {
  it('simulate --history prints the calibration share of the ROI variance; --no-parameter-uncertainty leaves it out', async () => {
    const r = await run('simulate', draft, '--history', sample, '--runs', '30', '--workers', '1', '--plain');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Calibration uncertainty: \d+ % of the ROI's spread, so its P5–P95 is about \d\.\d\d× as wide as with the fit's parameters fixed \(\d+ % of the ROI variance/);
    const j = JSON.parse((await run('simulate', draft, '--history', sample, '--runs', '30', '--workers', '1', '--json')).stdout);
    expect(j.calibration.share).toBeGreaterThanOrEqual(0);
    expect(j.calibration.runs).toBe(30);
    const off = await run('simulate', draft, '--history', sample, '--runs', '30', '--workers', '1', '--json', '--no-parameter-uncertainty');
    expect(JSON.parse(off.stdout).calibration).toBeUndefined();
    expect(JSON.parse(off.stdout).population).toMatch(/fixed parameters/);
  });
});

describe('--summary', { timeout: 120_000 }, () => {
  it('fit --summary and simulate --summary work from a per-customer summary; a bad row is exit 2 at file:line:column', async () => {
    const file = join(dir, 'summary.csv');
    writeFileSync(file, 'customer,frequency,recency,T,monetary_value,spend_12m\na,3,20,30,50.5,200\nb,0,0,25,0,10\nc,1,4,40,20,0\nd,6,38,39,70,500\ne,2,10,12,30,60\n');
    const f = await run('fit', '--summary', file, '--unit', 'week', '--json');
    expect(f.code).toBe(0);
    expect(JSON.parse(f.stdout).customers).toBe(5);
    const bad = join(dir, 'bad-summary.csv');
    writeFileSync(bad, 'customer,frequency,recency,T,monetary_value\na,3,20,30,50\nb,2,0,25,10\n');
    const e = await run('fit', '--summary', bad);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain(`${bad}:3:3: frequency 2 with recency 0`);
    expect((await run('fit', sample, '--summary', file)).code).toBe(2);
    expect((await run('fit')).code).toBe(2);
  });

  it('simulate --summary of the CDNOW history gives the same runs as --history', async () => {
    const s = summarizeHistory(await readHistoryFile(sample), { unit: 'week' });
    const file = join(dir, 'cdnow-summary.csv');
    const lines = ['customer,frequency,recency,T,monetary_value,spend_12m'];
    for (let i = 0; i < s.ids.length; i++) lines.push([s.ids[i], s.x[i], s.tx[i], s.T[i], s.zbar[i], s.h12[i]].join(','));
    writeFileSync(file, lines.join('\n'));
    const args = ['--runs', '10', '--workers', '1', '--json', '--no-parameter-uncertainty', '--horizon', '6'];
    const a = JSON.parse((await run('simulate', draft, '--summary', file, '--unit', 'week', ...args)).stdout);
    const b = JSON.parse((await run('simulate', draft, '--history', sample, ...args)).stdout);
    expect(a.customers).toBe(2357);
    // weeks → months in the summary vs days → months in the history: equal up to rounding
    expect(a.metrics.listSpendBaseline.mean).toBeCloseTo(b.metrics.listSpendBaseline.mean, 3);
  });
});

describe('fit diagnostics in the terminal', { timeout: 60_000 }, () => {
  it('prints the P(alive) histogram over every customer and the Gamma-Gamma independence check', async () => {
    const r = await run('fit', sample, '--unit', 'week', '--calibration-end', '1997-09-30');
    expect(r.stdout).toMatch(/P\(alive\) of the customers/);
    expect(r.stdout).toMatch(/0\.9–1\.0\s+│\s+[\d,]+/);
    expect(r.stdout).toMatch(/correlation 0\.11 \(small: the Gamma-Gamma independence assumption holds\)/);
    const j = JSON.parse((await run('fit', sample, '--unit', 'week', '--calibration-end', '1997-09-30', '--json')).stdout);
    expect(j.pAliveHistogram.reduce((a: number, b: number) => a + b, 0)).toBe(2357);
  });
});

describe('seasonality through the CLI', { timeout: 180_000 }, () => {
  const seasonal = join(dir, 'seasonal.csv');
  const raw = [1, 1, 1, 1, 1, 1, 1, 0.6, 1, 1, 1, 1.6];
  writeSeasonalHistory(seasonal, { customers: 1200, years: 2, multipliers: raw.map((v) => v / (12.2 / 12)), seed: 8 });

  it('fit and profile show the 12 multipliers with intervals (text and --json); --no-seasonality leaves them out', async () => {
    const t = await run('fit', seasonal);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/Seasonality: repeat purchases by calendar month, against the fitted model's expected purchases/);
    expect(t.stdout).toMatch(/│\s+│\s+Jan │\s+Feb │.*│\s+Dec │/);
    expect(t.stdout).toMatch(/│ multiplier │(\s+[\d.]+ │){12}/);
    expect(t.stdout).toMatch(/│ ± \(95 %\)\s+│(\s+[\d.]+ │){12}/);
    const j = JSON.parse((await run('fit', seasonal, '--json')).stdout);
    expect(j.seasonality.multipliers).toHaveLength(12);
    expect(j.seasonality.se).toHaveLength(12);
    expect(j.seasonality.multipliers[11]).toBeGreaterThan(1.2);
    expect(JSON.parse((await run('fit', seasonal, '--json', '--no-seasonality')).stdout).seasonality).toBeNull();
    expect((await run('fit', seasonal, '--no-seasonality')).stdout).toMatch(/Seasonality: none \(--no-seasonality/);
    const p = await run('profile', seasonal);
    expect(p.stdout).toMatch(/Seasonality: repeat purchases by calendar month, per at-risk customer-month/);
    expect(JSON.parse((await run('profile', seasonal, '--json')).stdout).seasonality.multipliers).toHaveLength(12);
    // in Russian: the catalog's words, no English left in the section; --json stays the same in every language
    const ru = await run('--lang', 'ru', 'fit', seasonal);
    const section = ru.stdout.slice(ru.stdout.indexOf('Сезонность'));
    expect(section).toMatch(/│\s+│\s+янв │\s+фев │.*│\s+дек │/);
    expect(section).toMatch(/│ множитель │/);
    expect(englishWords(section.split('\n\n')[0]!)).toEqual([]);
    expect((await run('--lang', 'ru', 'fit', seasonal, '--json')).stdout).toBe((await run('fit', seasonal, '--json')).stdout);
  });

  it('a history too short to show a season simulates bit-identically with and without --no-seasonality (--json bytes)', async () => {
    const args = ['--runs', '8', '--workers', '1', '--json', '--horizon', '12'];
    const a = await run('simulate', draft, '--history', sample, ...args);
    const b = await run('simulate', draft, '--history', sample, ...args, '--no-seasonality');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('simulate on a seasonal history says so, and --no-seasonality changes the runs', async () => {
    const args = ['--runs', '8', '--workers', '1', '--json', '--horizon', '12', '--no-parameter-uncertainty'];
    const on = JSON.parse((await run('simulate', draft, '--history', seasonal, ...args)).stdout);
    const off = JSON.parse((await run('simulate', draft, '--history', seasonal, ...args, '--no-seasonality')).stdout);
    expect(on.population).toMatch(/, seasonal\)$/);
    expect(off.population).not.toMatch(/, seasonal\)$/);
    expect(on.metrics.listSpendBaseline.mean).not.toBe(off.metrics.listSpendBaseline.mean);
    // the season travels to worker threads with the population: any --workers, the same runs
    const one = await run('simulate', draft, '--history', seasonal, '--runs', '8', '--json', '--horizon', '12', '--workers', '1');
    const two = await run('simulate', draft, '--history', seasonal, '--runs', '8', '--json', '--horizon', '12', '--workers', '2');
    expect(two.stdout).toBe(one.stdout);
  });
});

describe('issue 13 criterion: parameter uncertainty on the CDNOW history with a bundled scenario', { timeout: 180_000 }, () => {
  // discount-only.yaml is a RUB wholesale program; its fixed costs are scaled to CDNOW's dollars so ROI is not just −100 %
  const scenario = 'scenarios/discount-only.yaml';
  const costs = ['--set', 'costs.launch=3000', '--set', 'costs.monthly=300', '--set', 'costs.per_member_monthly=0.05'];
  const args = ['--history', sample, ...costs, '--runs', '200', '--seed', '7', '--json'];

  it('prints the decomposition, is identical for any --workers, widens what calibration decides; the ROI interval widens only within its noise', async () => {
    const on1 = await run('simulate', scenario, ...args, '--workers', '1');
    const on2 = await run('simulate', scenario, ...args, '--workers', '2');
    const off = await run('simulate', scenario, ...args, '--workers', '1', '--no-parameter-uncertainty');
    expect(on1.code).toBe(0);
    expect(on2.stdout).toBe(on1.stdout);
    const a = JSON.parse(on1.stdout);
    const b = JSON.parse(off.stdout);
    expect(a.calibration.runs).toBe(200);
    expect(b.calibration).toBeUndefined();
    const width = (m: { p5: number; p95: number }) => m.p95 - m.p5;
    // baseline churn is decided by calibration alone: its interval must widen clearly
    expect(width(a.metrics.churnAnnualBaseline)).toBeGreaterThan(1.3 * width(b.metrics.churnAnnualBaseline));
    // ROI: calibration is a small share of its variance on 2,357 customers (measured about 1 %), so
    // its P5–P95 moves by less than the Monte Carlo noise of 200 runs, in either direction
    expect(a.calibration.share).toBeLessThan(0.1);
    expect(a.calibration.widening).toBeLessThan(1.05);
    const ratio = width(a.metrics.roi) / width(b.metrics.roi);
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.1);
    const text = await run('simulate', scenario, ...args.filter((x) => x !== '--json'), '--workers', '1', '--plain');
    expect(text.stdout).toMatch(/Calibration uncertainty: \d+ % of the ROI's spread, so its P5–P95 is about \d\.\d\d× as wide/);
  });

  // The case: a client's short export. The same CDNOW customers, but only the first quarter of
  // their history (Jan–Mar 1997, 90 days): the fit's parameters are loose (log-scale sd of a and b about
  // 0.55), so calibration is a large part of what a run does not know. The draft's own effects and
  // participation are fixed numbers here, so the spread is customers and calibration only.
  it('on a three-month export of the same history the ROI P5–P95 is clearly wider with parameter uncertainty', async () => {
    const lines = readFileSync(sample, 'utf8').trimEnd().split('\n');
    const quarter = join(dir, 'cdnow-first-quarter.csv');
    writeFileSync(quarter, [lines[0], ...lines.slice(1).filter((l) => l.split(',')[1]! <= '1997-03-31')].join('\n'));
    const fixedEffects = ['--set', 'effects.frequency_uplift=0.05', '--set', 'effects.check_uplift=0.04', '--set', 'effects.churn_reduction=0.05', '--set', 'participation=0.7'];
    const short = ['--history', quarter, ...costs, ...fixedEffects, '--runs', '400', '--seed', '7', '--json', '--workers', '2'];
    const on = await run('simulate', scenario, ...short);
    const off = await run('simulate', scenario, ...short, '--no-parameter-uncertainty');
    expect(on.code).toBe(0);
    const a = JSON.parse(on.stdout);
    const b = JSON.parse(off.stdout);
    const width = (m: { p5: number; p95: number }) => m.p95 - m.p5;
    // measured 1.25 at this seed (1.15–1.28 over seeds 1–4); without the draws the ratio of two
    // independent 400-run widths scatters about 1 with an sd near 0.065
    const measured = width(a.metrics.roi) / width(b.metrics.roi);
    expect(measured).toBeGreaterThan(1.1);
    expect(width(a.metrics.npv) / width(b.metrics.npv)).toBeGreaterThan(1.3);
    // the one-pass split predicts it: a third of the spread (normal scores), though under a tenth of a
    // variance that a few runs with huge order values dominate
    expect(a.calibration.spreadShare).toBeGreaterThan(0.25);
    expect(a.calibration.share).toBeLessThan(a.calibration.spreadShare);
    expect(Math.abs(a.calibration.widening - measured)).toBeLessThan(0.12);
  });
});
