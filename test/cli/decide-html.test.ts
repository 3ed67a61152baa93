import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE, englishWords, visibleText } from './latin-scan.js';

// sweep, tornado and breakeven --html through the built CLI (npm run build first): the page written,
// an existing file refused before any run (exit 2, file unchanged), --force replacing it. Small runs.
const BIN = new URL('../../bin/loyalty-sim.js', import.meta.url).pathname;
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: undefined } });
const FAST = ['--runs', '20', '--workers', '1'];

const dir = mkdtempSync(join(tmpdir(), 'loyalty-sim-decide-html-'));
const file = join(dir, 'small.yaml');
writeFileSync(
  file,
  `name: small discount
currency: USD
horizon_months: 12
gross_margin: 0.3
customers:
  synthetic:
    count: 500
    orders_per_month: { gamma: { shape: 0.8, rate: 2.0 } }
    dropout_per_order: { beta: { a: 0.6, b: 6 } }
    order_value: { gamma_gamma: { p: 6, q: 4, gamma: 150 } }
participation: { uniform: { min: 0.4, max: 0.6 } }
effects: { frequency_uplift: { triangular: { min: 0, mode: 0.1, max: 0.2 } }, check_uplift: 0.02 }
mechanics:
  - type: discount
    rate: 0.02
costs: { monthly: 100 }
`,
);

/** Writes the page, refuses an existing one before running (no progress note, nothing on stdout), replaces it with --force. */
function pageRoundTrip(args: string[], name: string, heading: string): string {
  const html = join(dir, name);
  const r = cli(...args, '--html', html, ...FAST);
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toContain(`wrote ${html}`);
  const page = readFileSync(html, 'utf8');
  expect(page).toMatch(/^<!doctype html>/);
  expect(page).toContain(heading);
  expect(page).toContain(`draft ${file}`);
  writeFileSync(html, 'OLD');
  const again = cli(...args, '--html', html, ...FAST);
  expect(again.status).toBe(2);
  expect(again.stderr).toMatch(/already exists/);
  expect(again.stderr).toContain('--force');
  expect(again.stderr).not.toMatch(/note: /);
  expect(again.stdout).toBe('');
  expect(readFileSync(html, 'utf8')).toBe('OLD');
  const forced = cli(...args, '--html', html, '--force', '--json', ...FAST);
  expect(forced.status, forced.stderr).toBe(0);
  JSON.parse(forced.stdout);
  expect(readFileSync(html, 'utf8')).toContain(heading);
  return page;
}

describe('--html on the decision commands', () => {
  it('sweep writes the curve page (one field) and the heat map page (two)', () => {
    const curve = pageRoundTrip(['sweep', file, '--vary', 'mechanics.discount.rate=0.01:0.05:0.02'], 'sweep.html', '<h2>Along the range</h2>');
    expect(curve.split('class="chart chart-band"').length - 1).toBe(2);
    const grid = join(dir, 'grid.html');
    const g = cli('sweep', file, '--vary', 'mechanics.discount.rate=0.01:0.05:0.02', '--vary', 'effects.check_uplift=0:0.04:0.02', '--html', grid, ...FAST);
    expect(g.status, g.stderr).toBe(0);
    expect(readFileSync(grid, 'utf8').split('class="mark cell').length - 1).toBe(9);
  }, 300_000);

  it('tornado writes the tornado page with readable input names', () => {
    const page = pageRoundTrip(['tornado', file], 'tornado.html', '<h2>What moves net profit most</h2>');
    expect(page).toContain('<code class="path-of">effects.frequency_uplift</code>');
    expect(page).toContain('class="chart chart-tornado"');
  }, 300_000);

  it('breakeven writes the value with its interval and the curve searched', () => {
    const page = pageRoundTrip(['breakeven', file, '--solve', 'mechanics.discount.rate'], 'breakeven.html', '<h2>The curve searched</h2>');
    expect(page).toContain('<h2>The break-even value</h2>');
    expect(page).toContain('class="chart chart-band"');
  }, 300_000);

  it('--help shows the flag and an example; each page written with --lang ru is Russian, no English word', () => {
    for (const cmd of ['sweep', 'tornado', 'breakeven']) {
      const h = cli(cmd, '--help');
      expect(h.stdout).toMatch(/--html <file> +also write the/);
      expect(h.stdout).toMatch(new RegExp(`\\$ loyalty-sim ${cmd} .*--html ${cmd}\\.html`));
    }
    // each page as the CLI writes it in Russian (the population and how a value is set worded by the run): no English word
    const runs: [string[], string][] = [
      [['sweep', file, '--vary', 'mechanics.discount.rate=0.01:0.05:0.02'], '<h2>По диапазону</h2>'],
      [['tornado', file], '<h2>Что сильнее всего двигает прибыль</h2>'],
      [['breakeven', file, '--solve', 'mechanics.discount.rate'], '<h2>Значение безубыточности</h2>'],
    ];
    for (const [args, heading] of runs) {
      const html = join(dir, `ru-${args[0]}.html`);
      const r = cli(...args, '--lang', 'ru', '--locale', 'ru-RU', '--html', html, ...FAST);
      expect(r.status, r.stderr).toBe(0);
      const page = readFileSync(html, 'utf8');
      expect(page).toContain(heading);
      expect(englishWords(visibleText(page, [CODE]), ['small discount', file, 'loyalty-sim']), args[0]).toEqual([]);
    }
  }, 300_000);
});
