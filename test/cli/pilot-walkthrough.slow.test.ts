/**
 * The README's "A pilot, end to end" as a test (issue 22 part 3): assign →
 * analyze → write back → simulate on the bundled pilot (fixtures/pilot), in a
 * temporary folder so nothing in the checkout changes, and step 5's mean net
 * incremental profit against the truth the pilot was generated with
 * (fixtures/pilot/README.md: the hybrid draft with frequency 0.2, check 0.05,
 * churn 0 and no ramp): within 2 sd of the written effects' uncertainty, the
 * spread the written distributions add to the truth's run-to-run spread.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'pilot-walk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = (f: string) => resolve('fixtures/pilot', f);
const RUNS = '300';

/** The hybrid draft with the pilot's true effects (fixtures/pilot/README.md). */
export function truthDraft(hybrid: string): string {
  return hybrid
    .replace(/^ {2}frequency_uplift: .*$/m, '  frequency_uplift: 0.2')
    .replace(/^ {2}check_uplift: .*$/m, '  check_uplift: 0.05')
    .replace(/^ {2}churn_reduction: .*$/m, '  churn_reduction: 0')
    .replace(/^ {2}ramp_months: .*$/m, '  ramp_months: 0');
}

describe('the README pilot walkthrough', () => {
  it("recounts the budget within 2 sd of the truth's", async () => {
    const hybrid = readFileSync(resolve('scenarios/wholesale-hybrid.yaml'), 'utf8');
    // 2. assign (the walkthrough analyses the bundled groups, drawn the same way)
    const groups = join(dir, 'my-groups.csv');
    const assign = await run('pilot', 'plan', '--history', fixture('before.csv'), '--group-size', '1000', '--assign', groups);
    expect(assign.code).toBe(0);
    expect(readFileSync(groups, 'utf8').trim().split('\n')).toHaveLength(2001);
    // 4. read it and write the effects back into a copy of the draft
    const program = join(dir, 'my-program.yaml');
    copyFileSync(resolve('scenarios/wholesale-hybrid.yaml'), program);
    const analyze = await run(
      'pilot', 'analyze', '--history', fixture('after.csv'), '--assignment', fixture('groups.csv'),
      '--start', '2023-01-01', '--end', '2023-03-31', '--write-effects', program,
    );
    expect(analyze.code).toBe(0);
    expect(analyze.stderr).toContain('effects.frequency_uplift:');
    expect(readFileSync(program, 'utf8')).not.toBe(hybrid);
    // 5. recount the budget, and the truth on the same seed
    const truth = join(dir, 'truth.yaml');
    writeFileSync(truth, truthDraft(hybrid));
    const written = await run('simulate', program, '--runs', RUNS, '--json');
    const real = await run('simulate', truth, '--runs', RUNS, '--json');
    expect(written.code).toBe(0);
    expect(real.code).toBe(0);
    const net = (s: string) => JSON.parse(s).metrics.netIncrementalProfit as { mean: number; p5: number; p95: number };
    const w = net(written.stdout);
    const t = net(real.stdout);
    // run-to-run sd from the 5–95 % range (±1.645 sd); the written effects' share is what they add to the truth's
    const sd = (x: { p5: number; p95: number }) => (x.p95 - x.p5) / (2 * 1.6448536269514722);
    const effectsSd = Math.sqrt(Math.max(0, sd(w) ** 2 - sd(t) ** 2));
    console.log(`walkthrough: written mean net ${w.mean.toFixed(0)}, truth ${t.mean.toFixed(0)}, effects' sd ${effectsSd.toFixed(0)}`);
    expect(effectsSd).toBeGreaterThan(0);
    expect(Math.abs(w.mean - t.mean)).toBeLessThan(2 * effectsSd);
  }, 900_000);
});
