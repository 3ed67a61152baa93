import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// compare, sweep, tornado and breakeven end to end through the built CLI (npm test builds first), piped.
const BIN = new URL('../../bin/loyalty-sim.js', import.meta.url).pathname;
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: undefined } });
const FAST = ['--runs', '20', '--workers', '1'];

const dir = mkdtempSync(join(tmpdir(), 'loyalty-sim-decide-'));
function draftFile(name: string, text: string): string {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}
const DRAFT = (o: { currency?: string; horizon?: number; discount?: number; count?: number } = {}) => `name: small ${o.discount ?? 0.02}
currency: ${o.currency ?? 'USD'}
horizon_months: ${o.horizon ?? 12}
gross_margin: 0.3
customers:
  synthetic:
    count: ${o.count ?? 1000}
    orders_per_month: { gamma: { shape: 0.8, rate: 2.0 } }
    dropout_per_order: { beta: { a: 0.6, b: 6 } }
    order_value: { gamma_gamma: { p: 6, q: 4, gamma: 150 } }
participation: { uniform: { min: 0.4, max: 0.6 } }
effects: { frequency_uplift: { triangular: { min: 0, mode: 0.1, max: 0.2 } }, check_uplift: 0.02 }
mechanics:
  - type: discount
    rate: ${o.discount ?? 0.02}
costs: { monthly: 100 }
`;
const a = draftFile('a.yaml', DRAFT());
const b = draftFile('b.yaml', DRAFT({ discount: 0.05 }));

describe('compare', () => {
  it('a draft with itself: identical columns, zero paired difference, "no difference"', () => {
    const j = cli('compare', a, a, ...FAST, '--json');
    expect(j.status).toBe(0);
    const json = JSON.parse(j.stdout);
    expect(json.drafts).toHaveLength(2);
    for (const key of ['draft', 'metrics', 'probabilities']) expect(json.drafts[0]).toHaveProperty(key);
    expect(json.drafts[0].metrics).toEqual(json.drafts[1].metrics);
    const p = json.pairs[0];
    expect([p.a, p.b]).toEqual([0, 1]);
    expect(p.meanDifference.netIncrementalProfit).toBe(0);
    expect(p.seDifference.netIncrementalProfit).toBe(0);
    expect(p.pAOverB).toBe(0);
    expect(p.verdict).toBe('identical');
    const t = cli('compare', a, a, ...FAST);
    expect(t.status).toBe(0);
    expect(t.stdout).toContain('No difference');
    expect(t.stdout).not.toMatch(/\x1b\[/);
  });

  it('a bigger discount loses in paired runs, and the text says which is ahead', () => {
    const t = cli('compare', a, b, ...FAST);
    expect(t.status).toBe(0);
    for (const s of ['ROI (mean)', 'P5 · P50 · P95', 'Program cost', 'Windfall', 'Incremental revenue', 'Annual churn', 'Members', 'P(first > second)']) expect(t.stdout).toContain(s);
    expect(t.stdout).toMatch(/A ahead by/);
  });

  it('different currencies or horizons: exit 2, naming the drafts and values', () => {
    const usd = cli('compare', a, draftFile('eur.yaml', DRAFT({ currency: 'EUR' })), ...FAST);
    expect(usd.status).toBe(2);
    expect(usd.stderr).toMatch(/a\.yaml USD, .*eur\.yaml EUR/);
    const long = cli('compare', a, draftFile('long.yaml', DRAFT({ horizon: 24 })), ...FAST);
    expect(long.status).toBe(2);
    expect(long.stderr).toMatch(/12 months.*24 months/);
    expect(cli('compare', a, draftFile('long2.yaml', DRAFT({ horizon: 24 })), ...FAST, '--horizon', '6').status).toBe(0);
  });

  it('warns when a draft has other customers, and refuses --precision', () => {
    const r = cli('compare', a, draftFile('other.yaml', DRAFT({ count: 500 })), ...FAST);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/other\.yaml: its customers\.synthetic block differs/);
    expect(cli('compare', a, a, ...FAST, '--precision', '0.1').status).toBe(2);
  });

  it('--help has an example and says the default runs', () => {
    const h = cli('compare', '--help');
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('$ loyalty-sim compare scenarios/*.yaml');
    expect(h.stdout).toContain('default: 200');
  });
});

describe('sweep', () => {
  it('one parameter: table and chart; --json has a point per value', () => {
    const t = cli('sweep', a, '--vary', 'mechanics.discount.rate=0:0.04:0.02', ...FAST);
    expect(t.status).toBe(0);
    expect(t.stdout).toContain('mean ROI');
    expect(t.stdout).toContain('P5–P95');
    const j = JSON.parse(cli('sweep', a, '--vary', 'mechanics.discount.rate=0:0.04:0.02', ...FAST, '--json').stdout);
    expect(j.vary[0].values).toEqual([0, 0.02, 0.04]);
    expect(j.points).toHaveLength(3);
    expect(j.points[0].roi).toHaveProperty('p95');
  });

  it('two parameters: a grid with the sign map', () => {
    const t = cli('sweep', a, '--vary', 'mechanics.discount.rate=0:0.1:0.05', '--vary', 'effects.frequency_uplift=0:0.2:0.1', ...FAST);
    expect(t.status).toBe(0);
    expect(t.stdout).toContain('Sign map');
    expect(t.stdout).toContain('shifted so that its mean is each value');
  });

  it('a bad path: exit 2 with the available paths; an invalid range: exit 2', () => {
    const r = cli('sweep', a, '--vary', 'mechanics.points.earn_per_currency=0:1:0.5', ...FAST);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/hint:.*mechanics\.discount\.rate/);
    const bad = cli('sweep', a, '--vary', 'mechanics.discount.rate=0.5:1:0.25', ...FAST);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/invalid/);
    expect(cli('sweep', a, '--vary', 'mechanics.discount.rate=0:1', ...FAST).status).toBe(2);
  });
});

describe('tornado and breakeven', () => {
  it('tornado --json ranks the inputs; the text draws bars', () => {
    const j = JSON.parse(cli('tornado', a, ...FAST, '--json').stdout);
    expect(j.inputs.map((i: { path: string }) => i.path).sort()).toEqual(['effects.frequency_uplift', 'participation']);
    expect(j.inputs[0].swing).toBeGreaterThanOrEqual(j.inputs[1].swing);
    const t = cli('tornado', a, ...FAST);
    expect(t.status).toBe(0);
    expect(t.stdout).toContain('Spearman');
    expect(t.stdout).toContain('│');
  });

  it('breakeven --json has the CLI.md keys; a bad path is exit 2', () => {
    const r = cli('breakeven', a, '--solve', 'mechanics.discount.rate', ...FAST, '--json');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    for (const key of ['path', 'value', 'se', 'bracket', 'runs']) expect(j).toHaveProperty(key);
    expect(j.runs).toBe(20);
    // the draft pays at 2 %: it breaks even at a higher discount, inside the last bracket
    expect(j.value).toBeGreaterThan(0.02);
    expect(j.value).toBeGreaterThanOrEqual(j.bracket[0]);
    expect(j.value).toBeLessThanOrEqual(j.bracket[1]);
    expect(cli('breakeven', a, '--solve', 'effects.nope', ...FAST).status).toBe(2);
  });
});
