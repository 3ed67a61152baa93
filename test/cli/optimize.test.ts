import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// optimize end to end through the built CLI (npm test builds first), piped.
const BIN = new URL('../../bin/loyalty-sim.js', import.meta.url).pathname;
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } });
const FAST = ['--runs', '12', '--workers', '1'];

const dir = mkdtempSync(join(tmpdir(), 'loyalty-sim-optimize-'));
const DRAFT = `name: small tiers
currency: USD
horizon_months: 12
gross_margin: 0.25
customers:
  synthetic:
    count: 300
    orders_per_month: { gamma: { shape: 0.8, rate: 2.0 } }
    dropout_per_order: { beta: { a: 0.6, b: 6 } }
    order_value: { gamma_gamma: { p: 6, q: 4, gamma: 150 } }
participation: 0.6
effects: { frequency_uplift: { uniform: { min: 0, max: 0.04 } } }
mechanics:
  - type: tiers
    levels:
      - { name: Silver, min_spend: 0 }
      # keep this comment
      - { name: Gold, min_spend: 1000, discount: 0.02, frequency_uplift: 0.3, benefit_cost_per_month: 10 }   # the level under study
costs: { monthly: 100 }
`;
const file = join(dir, 'tiers.yaml');
writeFileSync(file, DRAFT);
const GOLD = 'mechanics.tiers.levels.Gold.min_spend=200:10000';

describe('optimize', () => {
  it('--json gives the chosen design, its confirmation on a fresh seed, the frontier and customerMonths; --write keeps comments and refuses to overwrite', () => {
    const out = join(dir, 'best.yaml');
    // a constraint the designs meet: a design that misses them is not written (issue 29; first-hour-3.test.ts)
    const r = cli('optimize', file, '--vary', GOLD, '--constraint', 'programCost<=1e6', '--write', out, '--json', ...FAST);
    expect(r.stderr).toMatch(/wrote .*best\.yaml: mechanics\.tiers\.levels\.Gold\.min_spend = /);
    expect(r.status).toBe(0);
    // the batch's note of its work goes to stderr, the JSON alone to stdout
    expect(r.stderr).toMatch(/note: optimizing: [\d,]+ runs in [\d.]+ s on 1 worker\./);
    const j = JSON.parse(r.stdout);
    expect(j.customerMonths).toBeGreaterThan(0);
    expect(Number(/note: optimizing: ([\d,]+) runs/.exec(r.stderr)![1]!.replace(/,/g, ''))).toBe(j.runs);
    expect(j.runs).toBeGreaterThan(0);
    expect(j.confirmation.seed).not.toBe(j.search.seed);
    expect(j.confirmation.design.checks[0]).toMatchObject({ text: 'programCost<=1e6' });
    expect(j.frontier.length).toBeGreaterThan(0);
    expect(j.evaluations.length).toBeGreaterThan(3);
    const chosen = j.vary[0].chosen;
    expect(chosen).toBeGreaterThanOrEqual(200);
    expect(chosen).toBeLessThanOrEqual(10000);
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('# keep this comment');
    expect(written).toContain('# the level under study');
    expect(written).toContain(`min_spend: ${chosen}`);
    const again = cli('optimize', file, '--vary', GOLD, '--write', out, ...FAST);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    const v = cli('validate', out);
    expect(v.status).toBe(0);
  }, 300_000);

  it('prints the chosen design beside the draft, the constraint margins, the trade-off chart and the work', () => {
    const r = cli('optimize', file, '--vary', GOLD, '--constraint', 'programCost<=1e6', ...FAST);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Confirmed on fresh runs: mean NPV/);
    expect(r.stdout).toMatch(/programCost<=1e6/);
    expect(r.stdout).toMatch(/The draft \(A\) and the chosen design \(B\)/);
    expect(r.stdout).toMatch(/mean NPV across, P5 NPV up/);
    expect(r.stdout).toMatch(/Work: \d+ simulations, [\d,]+ runs, [\d,]+ customer-months/);
  }, 300_000);

  it('--html writes the page (with --json on stdout), refuses an existing file before searching (exit 2, file unchanged), and --force replaces it', () => {
    const html = join(dir, 'optimize.html');
    const r = cli('optimize', file, '--vary', GOLD, '--constraint', 'P(roi>0)>=0.8', '--html', html, '--json', ...FAST);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`wrote ${html}`);
    const j = JSON.parse(r.stdout);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<h1>Optimised design: small tiers</h1>');
    expect(page).toContain('<h2>Trade-off frontier</h2>');
    // one chart point per design the search evaluated on all its runs
    const full = j.evaluations.filter((e: { runs: number }) => e.runs === j.search.runsPerDesign).length;
    expect(page.split('class="mark design ').length - 1).toBe(full);
    expect(page).toContain(`fresh seed ${j.confirmation.seed}`);
    writeFileSync(html, 'OLD');
    const again = cli('optimize', file, '--vary', GOLD, '--html', html, ...FAST);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect(again.stderr).toContain('--force');
    // refused before the search: no run was spent
    expect(again.stderr).not.toMatch(/note: optimizing/);
    expect(again.stdout).toBe('');
    expect(readFileSync(html, 'utf8')).toBe('OLD');
    const forced = cli('optimize', file, '--vary', GOLD, '--html', html, '--force', '--plain', ...FAST);
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/Confirmed on fresh runs/);
    expect(readFileSync(html, 'utf8')).toContain('<h2>The chosen design beside the draft</h2>');
  }, 300_000);

  it('bad input is exit 2 with the column and a did-you-mean', () => {
    const c = cli('optimize', file, '--vary', GOLD, '--constraint', 'p5(nvp)>=0', ...FAST);
    expect(c.status).toBe(2);
    expect(c.stderr).toMatch(/unknown metric "nvp" at column 4/);
    expect(c.stderr).toMatch(/did you mean npv/);
    const p = cli('optimize', file, '--vary', 'mechanics.tiers.levels.Gold.min_spnd=1:2', ...FAST);
    expect(p.status).toBe(2);
    expect(p.stderr).toMatch(/did you mean mechanics\.tiers\.levels\.Gold\.min_spend/);
    const o = cli('optimize', file, '--vary', GOLD, '--objective', 'profit', ...FAST);
    expect(o.status).toBe(2);
    const s = cli('optimize', file, '--vary', 'mechanics.tiers.levels.Gold.min_spend=0:1000', ...FAST);
    expect(s.status).toBe(2);
    expect(s.stderr).toMatch(/sorted by min_spend/);
  }, 300_000);

  it('--help has runnable examples on the bundled scenarios', () => {
    const h = cli('optimize', '--help');
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/loyalty-sim optimize scenarios\/tiers\.yaml --vary/);
    expect(h.stdout).toMatch(/FRESH seed/);
    expect(h.stdout).toMatch(/--html <file> +also write the search/);
    expect(h.stdout).toMatch(/\$ loyalty-sim optimize scenarios\/discount-only\.yaml .*--html optimize\.html/);
  }, 30_000);
});
