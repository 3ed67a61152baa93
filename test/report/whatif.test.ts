import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HORIZON_LEVER, runWhatIf } from '../../src/decide/whatif.js';
import { loadDraft } from '../../src/draft/load.js';
import { getPath } from '../../src/draft/paths.js';
import { decodePopulation } from '../../src/engine/population-codec.js';
import { shellWords } from './shell-words.js';
import { whatIfCommands, whatIfLevers, type WhatIfSpec } from '../../src/report/whatif.js';
import { applyWhatIf } from '../../src/decide/whatif.js';
import { runCli } from '../cli/run-cli.js';

const HYBRID = 'scenarios/wholesale-hybrid.yaml';
const dir = mkdtempSync(join(tmpdir(), 'loyalty-whatif-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The spec, worker and page script a `report --interactive` embedded. */
function embedded(html: string): { spec: WhatIfSpec; page: string; csp: string } {
  const spec = JSON.parse(/<script type="application\/json" id="whatif-spec">([\s\S]*?)<\/script>/.exec(html)![1]!) as WhatIfSpec;
  const page = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
  const csp = /Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!;
  return { spec, page, csp };
}

describe('report --interactive: the what-if panel', () => {
  it('offers the key levers of a draft at the draft\'s values', async () => {
    const { draft } = await loadDraft(HYBRID);
    const levers = whatIfLevers(draft, 36);
    const paths = levers.map((l) => l.path);
    expect(paths).toEqual(expect.arrayContaining(['participation', 'effects.frequency_uplift', 'effects.check_uplift', 'effects.churn_reduction', 'mechanics.points.earn_per_currency', 'mechanics.rebate.brackets[0].rate', HORIZON_LEVER]));
    const participation = levers.find((l) => l.path === 'participation')!;
    expect(participation).toMatchObject({ value: 0.6, min: 0, max: 1, distribution: true });
    for (const l of levers) {
      expect(l.min).toBeLessThanOrEqual(l.value);
      expect(l.max).toBeGreaterThanOrEqual(l.value);
    }
  });

  it('embeds the engine, allowed by the page script\'s hash alone; nothing can be fetched', { timeout: 120_000 }, async () => {
    const html = join(dir, 'w.html');
    const r = await runCli('report', HYBRID, '--html', html, '--interactive', '--runs', '10', '--workers', '1');
    expect(r.code).toBe(0);
    const text = readFileSync(html, 'utf8');
    const { spec, page, csp } = embedded(text);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('worker-src blob:');
    expect(csp).toContain(`script-src 'sha256-${createHash('sha256').update(page).digest('base64')}'`);
    expect(spec).toMatchObject({ sample: 2000, customers: 10000, runs: 200, seed: 20240601, horizon: 36 });
    // the report stays small enough to email
    expect(text.length).toBeLessThan(1_000_000);
  });

  it('needs --html and one draft (exit 2)', async () => {
    expect((await runCli('report', HYBRID, '--xlsx', join(dir, 'x.xlsx'), '--interactive')).code).toBe(2);
    expect((await runCli('report', HYBRID, 'scenarios/tiers.yaml', '--html', join(dir, 'y.html'), '--interactive')).code).toBe(2);
  });

  it('computes exactly what its repeat command prints in the terminal, lever moved or not', { timeout: 300_000 }, async () => {
    const html = join(dir, 'e.html');
    expect((await runCli('report', HYBRID, '--html', html, '--interactive', '--runs', '10', '--workers', '1')).code).toBe(0);
    const { spec } = embedded(readFileSync(html, 'utf8'));
    const pop = decodePopulation(spec.population);
    for (const values of [{}, { participation: 0.3, 'mechanics.rebate.brackets[1].rate': 0.03, [HORIZON_LEVER]: 24 }]) {
      const all = { ...Object.fromEntries(spec.levers.map((l) => [l.path, l.value])), ...values };
      const panel = await runWhatIf(spec.draft, pop, { seed: spec.seed, runs: spec.runs, horizon: spec.horizon, values: all });
      const cmd = whatIfCommands(spec, all, (path) => getPath(applyWhatIf(spec.draft, { [path]: all[path]! }), path));
      const words = shellWords(cmd.exact);
      expect(words.slice(0, 2)).toEqual(['loyalty-sim', 'simulate']);
      const cli = await runCli(...words.slice(1), '--workers', '1', '--json');
      expect(cli.code, cli.stderr).toBe(0);
      const json = JSON.parse(cli.stdout);
      expect(json.horizonMonths).toBe(panel.horizon);
      // the same engine on the same customers and random numbers: identical to the last bit
      expect(JSON.parse(JSON.stringify(panel.summary.metrics))).toEqual(json.metrics);
    }
  });
});
