/**
 * Issue 12, second round: a draft and a history that do not fit each other,
 * pilot dates a person can read, drafts in Windows-1251 and YAML errors in
 * user wording.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli.js';

describe('a draft whose thresholds do not fit the history', () => {
  it('a RUB draft on a USD history (CDNOW): tiers and brackets out of reach, the percentiles and a currency note', async () => {
    const r = await run('simulate', 'scenarios/wholesale-hybrid.yaml', '--history', 'fixtures/history/cdnow_sample.csv', '--runs', '4', '--workers', '1', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: scenarios\/wholesale-hybrid\.yaml on fixtures\/history\/cdnow_sample\.csv: tier "Gold" min_spend 150,000 RUB is out of everyone's reach/);
    expect(r.stderr).toMatch(/tier "Platinum" min_spend 500,000 RUB is out of everyone's reach/);
    expect(r.stderr).toMatch(/rebate bracket 1 \(per quarter\) min_spend 300,000 RUB is out of everyone's reach: above the highest spend per quarter/);
    expect(r.stderr).toMatch(/warning: fixtures\/history\/cdnow_sample\.csv: 12-month spend of the [\d,]+ customers who bought in the last 12 months: P10 [\d.,]+, P50 [\d.,]+, P90 [\d.,]+, P99 [\d.,]+, max [\d.,]+/);
    expect(r.stderr).toMatch(/is the history in RUB, like the draft\? the lowest threshold \(150,000 a year\) is \d+× the P99 of 12-month spend: a currency mismatch/);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it('without a history there is nothing to compare with, and nothing is said', async () => {
    const r = await run('simulate', 'scenarios/wholesale-hybrid.yaml', '--runs', '4', '--workers', '1', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/out of everyone's reach|12-month spend of the/);
  });
});

describe('pilot analyze dates', () => {
  const args = ['pilot', 'analyze', '--history', 'fixtures/pilot/after.csv', '--assignment', 'fixtures/pilot/groups.csv'];
  it.each([[[]], [['--interim']]])('an end before the start: exit 2 with both dates, no day numbers %j', async (extra) => {
    const r = await run(...args, '--start', '01.03.2023', '--end', '2023-01-31', ...extra);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/error: the pilot ends on 2023-01-31, before it starts on 2023-03-01\n {2}hint: /);
    expect(r.stderr).not.toMatch(/day \d/);
  });

  it('a start in 1990, before the history: exit 2 with the dates the history covers', async () => {
    const r = await run(...args, '--start', '1990-01-01');
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/the pilot starts on 1990-01-01, before the history's first day 2022-01-06[\s\S]*hint: .*\(2022-01-06 \.\. 2023-03-31\)/);
  });
});

describe('simulate --csv speaks the tables\' language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loyalty-first-hour-2-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('the header names are the labels the terminal tables print; JSON keys stay in --json', async () => {
    const csv = join(dir, 'runs.csv');
    const r = await run('simulate', 'scenarios/wholesale-hybrid.yaml', '--runs', '4', '--workers', '1', '--plain', '--csv', csv);
    expect(r.code, r.stderr).toBe(0);
    const header = readFileSync(csv, 'utf8').split('\n')[0]!.split(',');
    expect(header[0]).toBe('Run');
    for (const label of ['ROI (net profit / cost)', 'Net incremental profit', 'NPV', 'Payback month', 'Cost per member (mean of ratios)', 'Members', 'Discounts', 'Points (accrual)', 'Rebates']) {
      expect(r.stdout).toContain(label);
      expect(header).toContain(label.includes(',') ? `"${label}"` : label);
    }
    expect(header).toContain('Annualised churn (baseline)');
    expect(header.join()).not.toMatch(/netIncrementalProfit|listSpendBaseline/);
  });
});

describe('sweep on a terminal fits its width', () => {
  const args = ['sweep', 'scenarios/discount-only.yaml', '--vary', 'mechanics.discount.rate=0.01:0.05:0.01', '--vary', 'effects.frequency_uplift=0:0.3:0.05', '--runs', '8', '--workers', '1', '--plain'];
  const widest = (text: string) => Math.max(...text.split('\n').map((l) => l.length));
  const onTerminal = async (columns: number) => {
    const saved = { isTTY: process.stdout.isTTY, columns: process.stdout.columns };
    Object.defineProperty(process.stdout, 'isTTY', { value: true, configurable: true });
    Object.defineProperty(process.stdout, 'columns', { value: columns, configurable: true });
    try {
      return await run(...args);
    } finally {
      Object.defineProperty(process.stdout, 'isTTY', { value: saved.isTTY, configurable: true });
      Object.defineProperty(process.stdout, 'columns', { value: saved.columns, configurable: true });
    }
  };

  it('the grid of a two-parameter sweep is split to fit 50 columns, with every column kept; piped it keeps its full width', async () => {
    const piped = await run(...args);
    expect(piped.code, piped.stderr).toBe(0);
    const tty = await onTerminal(50);
    expect(tty.code, tty.stderr).toBe(0);
    // the table lines only (the title above the grid is one long line of text)
    const tables = (text: string) =>
      text
        .slice(text.indexOf('Mean net incremental profit'), text.indexOf('* next to a cell'))
        .split('\n')
        .filter((l) => /^[┌│└]/.test(l))
        .join('\n');
    expect(widest(tables(piped.stdout))).toBeGreaterThan(50);
    expect(widest(tables(tty.stdout))).toBeLessThanOrEqual(50);
    // every frequency_uplift column value is still shown
    for (const v of ['0.05', '0.1', '0.15', '0.2', '0.25', '0.3']) expect(tables(tty.stdout)).toContain(v);
  });
});
