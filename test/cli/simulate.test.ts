import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// End to end through the built CLI (npm test builds first), as a user runs it: piped, so no colour.
const BIN = new URL('../../bin/loyalty-sim.js', import.meta.url).pathname;
const HYBRID = new URL('../../scenarios/wholesale-hybrid.yaml', import.meta.url).pathname;
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: undefined } });

const dir = mkdtempSync(join(tmpdir(), 'loyalty-sim-'));
function draftFile(name: string, text: string): string {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}
const SMALL = (count: number, horizon = 12) => `name: small
currency: USD
horizon_months: ${horizon}
gross_margin: 0.3
customers:
  synthetic:
    count: ${count}
    orders_per_month: { gamma: { shape: 0.8, rate: 2.0 } }
    dropout_per_order: { beta: { a: 0.6, b: 6 } }
    order_value: { gamma_gamma: { p: 6, q: 4, gamma: 150 } }
participation: 0.5
effects: { frequency_uplift: { triangular: { min: 0, mode: 0.1, max: 0.2 } } }
mechanics:
  - type: discount
    rate: 0.02
costs: { monthly: 100 }
`;

describe('simulate on the command line', () => {
  it('prints the decision, cost and KPI tables, with no ANSI codes when piped', () => {
    const r = cli('simulate', draftFile('ok.yaml', SMALL(300)), '--runs', '40', '--workers', '1');
    expect(r.status).toBe(0);
    for (const heading of ['Decision', 'ROI (net profit / cost)', 'Program cost', 'KPIs', 'Annualised churn', 'P(ROI > 0)']) expect(r.stdout).toContain(heading);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stderr).toBe('');
  });

  it('--json has every metric key of CLI.md with mean, se, p5, p50, p95, and is the same for any --workers', () => {
    const file = draftFile('json.yaml', SMALL(300));
    const one = cli('simulate', file, '--runs', '30', '--workers', '1', '--json', '--seed', '9');
    const two = cli('simulate', file, '--runs', '30', '--workers', '2', '--json', '--seed', '9');
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const j = JSON.parse(one.stdout);
    expect(j).toMatchObject({ seed: 9, runs: 30, customers: 300, horizonMonths: 12 });
    const keys = ['listSpendBaseline', 'listSpendProgram', 'revenueBaseline', 'revenueProgram', 'discounts', 'rebates', 'pointsIssued', 'pointsCost', 'pointsLiability', 'benefits', 'perMemberCosts', 'fixedCosts', 'programCost', 'windfallCost', 'incrementalGrossProfit', 'netIncrementalProfit', 'roi', 'npv', 'paybackMonth', 'members', 'activeAtHorizonBaseline', 'activeAtHorizonProgram', 'ordersBaseline', 'ordersProgram'];
    for (const k of keys) expect(Object.keys(j.metrics[k]).slice(0, 5)).toEqual(['mean', 'se', 'p5', 'p50', 'p95']);
    expect(j.probabilities).toHaveProperty('roiPositive');
    expect(j.probabilities).toHaveProperty('npvPositive');
    expect(j.monthly.netIncrementalProfit).toHaveLength(12);
  });

  it('formats money the Russian way with --locale ru-RU', () => {
    const r = cli('simulate', draftFile('ru.yaml', SMALL(200).replace('USD', 'RUB')), '--runs', '10', '--workers', '1', '--locale', 'ru-RU', '--plain');
    expect(r.status).toBe(0);
    // groups of thousands split by a (narrow) no-break space, the ruble sign after, a decimal comma
    expect(r.stdout).toMatch(/\d[\u00a0\u202f ]\d{3}[\u00a0\u202f ]₽/);
    expect(r.stdout).toMatch(/\d+,\d[\u00a0\u202f ]%/);
    expect(r.stdout).not.toMatch(/\d,\d{3} ₽/);
  });

  it('writes one CSV row per run, and will not overwrite a file without --force', () => {
    const csv = join(dir, 'runs.csv');
    const file = draftFile('csv.yaml', SMALL(200));
    expect(cli('simulate', file, '--runs', '12', '--workers', '1', '--csv', csv).status).toBe(0);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(13);
    expect(lines[0]).toMatch(/^Run,effects\.frequency_uplift,List spend \(baseline\),/);
    writeFileSync(csv, 'precious');
    const again = cli('simulate', file, '--runs', '12', '--workers', '1', '--csv', csv);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(csv, 'utf8')).toBe('precious');
    expect(cli('simulate', file, '--runs', '12', '--workers', '1', '--csv', csv, '--force').status).toBe(0);
    expect(readFileSync(csv, 'utf8')).not.toBe('precious');
  });

  it.each([
    ['zero customers', () => [draftFile('zero.yaml', SMALL(0))], /customers\.synthetic\.count/],
    ['horizon 0 in the draft', () => [draftFile('h0.yaml', SMALL(100, 0))], /horizon_months/],
    ['--horizon 0', () => [HYBRID, '--horizon', '0'], /--horizon/],
    ['--runs 0', () => [HYBRID, '--runs', '0'], /--runs/],
    ['an unknown --sampling', () => [HYBRID, '--sampling', 'sobol'], /--sampling/],
    ['a draft that does not validate', () => [draftFile('bad.yaml', SMALL(100).replace('gross_margin: 0.3', 'gross_margin: 1.5'))], /bad\.yaml:4:\d+ +gross_margin/],
    ['a missing draft', () => [join(dir, 'nope.yaml')], /no such draft/],
  ])('%s is bad input: exit 2 with a message', (_name, args, message) => {
    const r = cli('simulate', ...args());
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('--sample n on synthetic customers simulates the first n and scales the totals to the whole base', { timeout: 60_000 }, () => {
    const json = (...args: string[]) => JSON.parse(cli('simulate', ...args, '--runs', '6', '--workers', '1', '--json').stdout);
    const sampled = json(draftFile('s100.yaml', SMALL(100)), '--sample', '50');
    const first50 = json(draftFile('s50.yaml', SMALL(50)));
    // the first 50 customers are the same draws in both; doubling is exact in floating point
    for (const key of ['listSpendBaseline', 'listSpendProgram', 'discounts', 'members']) {
      expect(sampled.metrics[key].mean).toBe(2 * first50.metrics[key].mean);
    }
    // program-level costs are not per customer: the sample does not halve them
    expect(sampled.metrics.fixedCosts.mean).toBe(first50.metrics.fixedCosts.mean);
  });

  it('simulates the real customers of a history, and says the synthetic block is ignored', () => {
    const history = new URL('../../fixtures/history/cdnow_sample.csv', import.meta.url).pathname;
    const r = cli('simulate', draftFile('hist.yaml', SMALL(50)), '--history', history, '--runs', '8', '--workers', '1', '--json');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('customers.synthetic is ignored');
    expect(JSON.parse(r.stdout).customers).toBe(2357);
    expect(existsSync(history)).toBe(true);
  });
});
